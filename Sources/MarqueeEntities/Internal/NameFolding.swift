import Foundation

/// Folds a name for lexicon look-up: lowercase, no diacritics, every apostrophe as U+0027.
///
/// "Lupita Nyong’o" and "lupita nyong'o" fold alike, as do "Iñárritu" and "Inarritu".
enum NameFolding {
  static func fold(_ name: some StringProtocol) -> String {
    var ascii = true
    for byte in name.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii { return lowercasedASCII(name.utf8, count: name.utf8.count) }
    let apostrophes = String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { ["\u{2019}", "\u{2018}", "\u{02BC}"].contains($0) ? "'" : $0 }))
    return apostrophes.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The fold of the text `scalars` spell, without building that text first when it is ASCII.
  static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard scalars.allSatisfy({ $0.value < 0x80 }) else {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return fold(String(view))
    }
    return lowercasedASCII(
      scalars.lazy.map { UInt8(truncatingIfNeeded: $0.value) }, count: scalars.count)
  }

  /// The text of ASCII `scalars` (every value below 0x80), built in one pass.
  static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var k = 0
      for scalar in scalars {
        buffer[k] = UInt8(truncatingIfNeeded: scalar.value)
        k += 1
      }
      return k
    }
  }

  /// ASCII `bytes` with A–Z lowered, as a string.
  static func lowercasedASCII(_ bytes: some Sequence<UInt8>, count: Int) -> String {
    String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for byte in bytes where k < count {
        buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        k += 1
      }
      return k
    }
  }

  /// A lowercase ASCII slug for an `entity` cluster key: "Daniël Bouquet" → "daniel-bouquet";
  /// a leading article is dropped when `dropArticle` ("The Sound of Metal" → "sound-of-metal").
  static func slug(_ name: String, dropArticle: Bool = false) -> String {
    let folded = fold(name)
    if folded.utf8.allSatisfy({ $0 < 0x80 }) {
      return asciiSlug(folded, dropArticle: dropArticle)
    }
    var words = folded.replacingOccurrences(of: "&", with: " and ")
      .split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII }).map(String.init)
    if dropArticle, words.count > 1, ["the", "a", "an"].contains(words[0]) {
      words.removeFirst()
    }
    return words.joined(separator: "-")
  }

  /// ``slug(_:dropArticle:)`` for folded ASCII text: words are runs of letters and digits, and
  /// `&` is the word "and".
  private static func asciiSlug(_ folded: String, dropArticle: Bool) -> String {
    let bytes = Array(folded.utf8)
    // Word ranges; an empty range at -1 stands for the "and" of an `&`.
    var words: [Range<Int>] = []
    var start = -1
    for (k, byte) in bytes.enumerated() {
      let isWordByte = byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10
      if isWordByte {
        if start < 0 { start = k }
        continue
      }
      if start >= 0 {
        words.append(start..<k)
        start = -1
      }
      if byte == 0x26 { words.append(-1 ..< -1) }
    }
    if start >= 0 { words.append(start..<bytes.count) }
    let and: [UInt8] = Array("and".utf8)
    func word(_ range: Range<Int>) -> ArraySlice<UInt8> {
      range.lowerBound < 0 ? and[...] : bytes[range]
    }
    if dropArticle, words.count > 1 {
      let head = word(words[0])
      if head.elementsEqual("the".utf8) || head.elementsEqual("a".utf8)
        || head.elementsEqual("an".utf8)
      {
        words.removeFirst()
      }
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 4)
    for (k, range) in words.enumerated() {
      if k > 0 { result.append(0x2D) }
      result.append(contentsOf: word(range))
    }
    return String(decoding: result, as: UTF8.self)
  }
}
