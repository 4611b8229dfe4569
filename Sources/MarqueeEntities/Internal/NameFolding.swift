import Foundation

/// Folds a name for lexicon look-up: lowercase, no diacritics, every apostrophe as U+0027.
///
/// "Lupita Nyong’o" and "lupita nyong'o" fold alike, as do "Iñárritu" and "Inarritu".
enum NameFolding {
  static func fold(_ name: some StringProtocol) -> String {
    // A native string's bytes are read in place (iterating its UTF-8 view is slower).
    let contiguous = name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return lowercasedASCII(bytes, count: bytes.count)
    }
    if let contiguous, let folded = contiguous { return folded }
    var ascii = true
    for byte in name.utf8 where byte >= 0x80 {
      ascii = false
      break
    }
    if ascii { return lowercasedASCII(name.utf8, count: name.utf8.count) }
    if let folded = foldedByScalar(name.unicodeScalars) { return folded }
    let apostrophes = String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { ["\u{2019}", "\u{2018}", "\u{02BC}"].contains($0) ? "'" : $0 }))
    return apostrophes.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The fold of the text `scalars` spell, without building that text first when it is ASCII.
  static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard scalars.allSatisfy({ $0.value < 0x80 || isApostrophe($0) }) else {
      return foldedByScalar(scalars) ?? fold(string(scalars))
    }
    return lowercasedASCII(
      scalars.lazy.map { isApostrophe($0) ? 0x27 : UInt8(truncatingIfNeeded: $0.value) },
      count: scalars.count)
  }

  /// The fold of `scalars` one scalar at a time, when each is ASCII, an apostrophe or in
  /// ``scalarFolds``; nil otherwise (the caller then folds the whole text with Foundation).
  ///
  /// Folding Latin letters and general punctuation depends on no neighbour (no combining mark or
  /// joiner is among them), so the fold of the text is the folds of its scalars in turn.
  private static func foldedByScalar(_ scalars: some Collection<Unicode.Scalar>) -> String? {
    var count = 0
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 || isApostrophe(scalar) {
        count += 1
      } else if let folded = scalarFold(value) {
        count += folded.utf8.count
      } else {
        return nil
      }
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          let byte = UInt8(truncatingIfNeeded: value)
          buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
          k += 1
        } else if isApostrophe(scalar) {
          buffer[k] = 0x27
          k += 1
        } else if let folded = scalarFold(value) {
          for byte in folded.utf8 {
            buffer[k] = byte
            k += 1
          }
        }
      }
      return k
    }
  }

  /// The fold of one scalar of Latin-1, Latin Extended-A and -B (U+00A0 to U+024F) or General
  /// Punctuation (U+2010 to U+2027, U+2030 to U+205E), else nil.
  @inline(__always)
  private static func scalarFold(_ value: UInt32) -> String? {
    if value &- 0xA0 < 0x250 - 0xA0 { return scalarFolds[Int(value - 0xA0)] }
    if value &- 0x2010 < 0x18 { return scalarFolds[Int(value - 0x2010) + 0x250 - 0xA0] }
    if value &- 0x2030 < 0x2F {
      return scalarFolds[Int(value - 0x2030) + 0x250 - 0xA0 + 0x18]
    }
    return nil
  }

  /// Foundation's case- and diacritic-insensitive fold of each scalar ``scalarFold(_:)`` covers,
  /// computed once, in the order of its ranges.
  private static let scalarFolds: [String] = {
    let ranges: [Range<UInt32>] = [0xA0..<0x250, 0x2010..<0x2028, 0x2030..<0x205F]
    return ranges.joined().map { value in
      guard let scalar = Unicode.Scalar(value) else { return "" }
      return String(Character(scalar)).folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
  }()

  /// ’ ‘ ʼ: the apostrophes ``fold(_:)`` writes as U+0027.
  @inline(__always)
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x2019 || scalar.value == 0x2018 || scalar.value == 0x02BC
  }

  /// The text `scalars` spell, encoded as UTF-8 in one pass with one allocation at most.
  static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[k] = byte
          k += 1
        }
      }
      return k
    }
  }

  /// The text of ASCII `scalars` (every value below 0x80), built in one pass.
  static func asciiString(_ scalars: some Collection<Unicode.Scalar>) -> String {
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
    // ASCII text (most names) is folded and slugged in one pass over its bytes.
    let contiguous = name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return asciiSlug(bytes, dropArticle: dropArticle)
    }
    if let contiguous, let slug = contiguous { return slug }
    let folded = fold(name)
    if folded.utf8.allSatisfy({ $0 < 0x80 }) {
      var folded = folded
      return folded.withUTF8 { asciiSlug($0, dropArticle: dropArticle) }
    }
    var words = folded.replacingOccurrences(of: "&", with: " and ")
      .split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII }).map(String.init)
    if dropArticle, words.count > 1, ["the", "a", "an"].contains(words[0]) {
      words.removeFirst()
    }
    return words.joined(separator: "-")
  }

  /// ``slug(_:dropArticle:)`` for ASCII text (folding ASCII only lowers A–Z): words are runs
  /// of letters and digits, and `&` is the word "and". Written once into scratch space, then
  /// copied into a string of the exact length (a short slug then needs no allocation).
  private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>, dropArticle: Bool) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 4 + 1) { buffer in
      var k = 0
      var inWord = false
      for byte in bytes {
        if byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10 {
          if !inWord, k > 0 {
            buffer[k] = 0x2D
            k += 1
          }
          inWord = true
          buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
          k += 1
          continue
        }
        inWord = false
        guard byte == 0x26 else { continue }
        if k > 0 {
          buffer[k] = 0x2D
          k += 1
        }
        for letter in "and".utf8 {
          buffer[k] = letter
          k += 1
        }
      }
      // An article that is the first of several words: "the-sound-of-metal" → "sound-of-metal".
      var start = 0
      if dropArticle {
        let slug = UnsafeBufferPointer(rebasing: buffer[..<k])
        if slug.starts(with: "the-".utf8) {
          start = 4
        } else if slug.starts(with: "a-".utf8) {
          start = 2
        } else if slug.starts(with: "an-".utf8) {
          start = 3
        }
      }
      return String(unsafeUninitializedCapacity: k - start) { target in
        for index in start..<k { target[index - start] = buffer[index] }
        return k - start
      }
    }
  }
}
