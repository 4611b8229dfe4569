import MarqueeCore
import Testing

@Suite struct TextDocumentReaderTests {
  let reader = TextDocumentReader()

  @Test func keepsEveryCharacterExactly() throws {
    let text = "Line one\r\nTab\there\rNUL\u{0}end 👩‍👩‍👧 e\u{301}"
    let document = try reader.read(Array(text.utf8), id: "r", source: "r.txt")
    #expect(Array(document.text.utf8) == Array(text.utf8))
    #expect(document.length == text.unicodeScalars.count)
    #expect(document.metadata["source"] == "r.txt")
    #expect(document.metadata["byteOrderMark"] == nil)
  }

  @Test func removesAndRecordsAByteOrderMark() throws {
    let document = try reader.read([0xEF, 0xBB, 0xBF] + Array("Hi".utf8), id: "b")
    #expect(document.text == "Hi")
    #expect(document.metadata["byteOrderMark"] == .bool(true))
  }

  @Test(
    arguments: [
      ([0x61, 0x62, 0xFF], 2),
      ([0x61, 0xC3], 1),
      ([0xE2, 0x80, 0x41], 0),
      ([0xED, 0xA0, 0x80], 0),
      ([0xEF, 0xBB, 0xBF, 0x61, 0x80], 4),
    ] as [([UInt8], Int)])
  func namesTheFirstInvalidByte(bytes: [UInt8], offset: Int) {
    do {
      _ = try reader.read(bytes, id: "bad")
      Issue.record("invalid UTF-8 accepted")
    } catch {
      #expect(error.kind == .invalidUTF8)
      #expect(error.byteOffset == offset)
    }
  }
}
