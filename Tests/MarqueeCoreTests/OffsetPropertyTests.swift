import MarqueeCore
import MarqueeTestSupport
import Testing

/// Offsets on random mixed-Unicode text: every conversion agrees with a brute-force count, and
/// converting there and back gives the offset we started from.
@Suite struct OffsetPropertyTests {
  @Test(arguments: 1...40)
  func conversionsMatchBruteForceCounts(seed: Int) throws {
    var generator = SeededGenerator(seed: UInt64(seed))
    let text = RandomText.make(pieceCount: seed * 3, using: &generator)
    let index = OffsetIndex(text)
    let scalarCount = text.unicodeScalars.count
    #expect(index.scalarCount == scalarCount)
    #expect(index.utf8Count == text.utf8.count)
    #expect(index.utf16Count == text.utf16.count)
    for offset in 0...scalarCount {
      let utf8 = ScalarSlice.utf8Count(text, before: offset)
      let utf16 = ScalarSlice.utf16Count(text, before: offset)
      #expect(index.utf8Offset(ofScalar: offset) == utf8, "seed \(seed), offset \(offset)")
      #expect(index.utf16Offset(ofScalar: offset) == utf16, "seed \(seed), offset \(offset)")
      #expect(try index.scalarOffset(ofUTF8: utf8) == offset)
      #expect(try index.scalarOffset(ofUTF16: utf16) == offset)
      #expect(index.offset(ofScalar: offset, in: .utf16) == utf16)
      #expect(try index.scalarOffset(of: utf8, in: .utf8) == offset)
    }
  }

  @Test(arguments: 1...30)
  func surfacesEqualPythonStyleSlices(seed: Int) throws {
    var generator = SeededGenerator(seed: UInt64(1000 + seed))
    let text = RandomText.make(pieceCount: 25, using: &generator)
    let document = Document(id: "d", text: text)
    let index = document.makeOffsetIndex()
    for range in RandomText.ranges(count: 30, length: document.length, using: &generator) {
      #expect(
        String(document.surface(of: range, using: index)) == ScalarSlice.slice(text, range),
        "seed \(seed), range \(range)")
    }
  }

  @Test func offsetsInsideAScalarAreRejected() throws {
    let index = OffsetIndex("a😀é")
    // 😀 takes UTF-8 bytes 1..<5 and UTF-16 units 1..<3; é takes bytes 5..<7.
    #expect(throws: OffsetError.self) { try index.scalarOffset(ofUTF8: 2) }
    #expect(throws: OffsetError.self) { try index.scalarOffset(ofUTF8: 6) }
    #expect(throws: OffsetError.self) { try index.scalarOffset(ofUTF16: 2) }
    #expect(throws: OffsetError.self) { try index.scalarOffset(ofUTF8: 8) }
    #expect(try index.scalarOffset(ofUTF8: 5) == 2)
    #expect(try index.scalarOffset(ofUTF16: 3) == 2)
  }

  @Test func aCombiningMarkCanBeLeftOutOfASpan() {
    // "e" + U+0301 is one Character but two scalars: a span covering only the "e" must not
    // swallow the accent (String's own subscripts round to Character boundaries).
    let document = Document(id: "d", text: "Cafe\u{301}!")
    #expect(document.length == 6)
    #expect(document.surface(of: 0..<4, using: document.makeOffsetIndex()) == "Cafe")
    #expect(
      document.surface(of: 4..<5, using: document.makeOffsetIndex()).unicodeScalars.first
        == "\u{301}")
  }
}
