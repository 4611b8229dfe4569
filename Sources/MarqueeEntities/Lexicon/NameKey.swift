import Foundation

/// The lookup key of a name: case, diacritics, apostrophe and punctuation differences folded.
///
/// Two spellings a reader takes for the same name get the same key:
/// - case and diacritics: "IÑÁRRITU", "Iñárritu" (precomposed or with combining marks) and
///   "Inarritu" all give `inarritu`; letters without a decomposition fold by hand
///   (ø → o, ł → l, ß → ss, æ → ae, œ → oe, ð → d, þ → th, ı → i);
/// - apostrophes: ’ ‘ ʼ ` ´ ′ become ', so "Nyong’o" = "Nyong'o";
/// - punctuation, hyphens and dashes separate words: "Bong Joon-ho" = "Bong Joon Ho",
///   "Crazy, Stupid, Love." = "Crazy Stupid Love", "Mission: Impossible" = "Mission Impossible";
/// - initials join up: "J. J. Abrams", "J.J. Abrams" and "JJ Abrams" all give `jj abrams`;
/// - apostrophes and spaces at either end are dropped ("'Her'" → `her`).
///
/// `&` and other symbols and digits are kept ("Thelma & Louise", "8½").
struct NameKey: Hashable, Sendable, CustomStringConvertible {
  /// The folded key text.
  let value: String

  /// Folds `text` into its key.
  ///
  /// - Complexity: O(n) in the number of Unicode scalars of `text`.
  init(_ text: some StringProtocol) {
    value = NameKey.fold(text)
  }

  var description: String { value }

  /// The number of words of the key (0 for an empty key).
  var wordCount: Int {
    value.isEmpty ? 0 : value.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
  }

  /// Folds text as described on the type.
  static func fold(_ text: some StringProtocol) -> String {
    if let folded = foldASCII(text) { return folded }
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // The ASCII cases below, byte by byte, without appending scalars one at a time.
      let mapped = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
        var k = 0
        for byte in text.utf8 {
          switch byte {
          case 0x41...0x5A: buffer[k] = byte + 0x20
          case 0x61...0x7A, 0x30...0x39, 0x26: buffer[k] = byte
          case 0x27, 0x60: buffer[k] = 0x27
          default: buffer[k] = 0x20
          }
          k += 1
        }
        return k
      }
      return joinWords(mapped)
    }
    var folded = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x41...0x5A:  // A-Z
          folded.append(Unicode.Scalar(UInt8(value + 0x20)))
        case 0x61...0x7A, 0x30...0x39:
          folded.append(scalar)
        case 0x27, 0x60:  // ' `
          folded.append("'")
        case 0x26:  // &
          folded.append("&")
        default:
          folded.append(" ")
        }
        continue
      }
      if apostrophes.contains(value) {
        folded.append("'")
      } else if let replacement = letterFolds[value] {
        folded.append(contentsOf: replacement.unicodeScalars)
      } else {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
          continue
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
          .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator,
          .lineSeparator, .paragraphSeparator, .control:
          folded.append(" ")
        default:
          folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      }
    }
    return joinWords(String(folded))
  }

  /// The key of ASCII text that needs no more than lowercasing: letters, digits, `&`, `'` and
  /// single spaces, with no one-letter word and nothing to trim (the common case, one pass and
  /// at most one allocation). Nil when the full fold is needed.
  private static func foldASCII(_ text: some StringProtocol) -> String? {
    // A native string's bytes are read in place (iterating its UTF-8 view is slower).
    if let folded = text.utf8.withContiguousStorageIfAvailable({ foldASCII(bytes: $0, of: text) }) {
      return folded
    }
    return foldASCII(bytes: text.utf8, of: text)
  }

  /// ``foldASCII(_:)`` reading `bytes`, the UTF-8 of `text`.
  @inline(__always)
  private static func foldASCII(bytes: some Collection<UInt8>, of text: some StringProtocol)
    -> String?
  {
    var wordLength = 0
    var previous: UInt8 = 0x20
    var hasUpper = false
    var count = 0
    for byte in bytes {
      switch byte {
      case 0x41...0x5A: hasUpper = true
      case 0x61...0x7A, 0x30...0x39, 0x26, 0x27: break
      case 0x20:
        if previous == 0x20 || wordLength == 1 { return nil }
        wordLength = 0
        previous = byte
        count += 1
        continue
      default: return nil
      }
      wordLength += 1
      previous = byte
      count += 1
    }
    guard count > 0, wordLength > 1, previous != 0x27, bytes.first != 0x27 else { return nil }
    guard hasUpper else { return String(text) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for byte in bytes {
        buffer[k] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        k += 1
      }
      return k
    }
  }

  /// Splits on spaces, joins runs of one-letter words (initials) and trims apostrophes.
  private static func joinWords(_ text: String) -> String {
    if isJoined(text) { return text }
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return joinASCIIWords(text) }
    var words: [Substring] = []
    var initials = ""
    for word in text.split(separator: " ") {
      if word.count == 1, let letter = word.first, letter.isLetter {
        initials.append(letter)
        continue
      }
      if !initials.isEmpty {
        words.append(Substring(initials))
        initials = ""
      }
      words.append(word)
    }
    if !initials.isEmpty { words.append(Substring(initials)) }
    var joined = words.joined(separator: " ")
    while joined.first == "'" || joined.first == " " { joined.removeFirst() }
    while joined.last == "'" || joined.last == " " { joined.removeLast() }
    return joined
  }

  /// ``joinWords(_:)`` for ASCII text, byte by byte: single letters between spaces join into
  /// one word, words are separated by one space, and apostrophes and spaces at either end go.
  private static func joinASCIIWords(_ text: String) -> String {
    var text = text
    return text.withUTF8 { utf8 in
      // The result is never longer than the text: written into scratch space, in one pass.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { bytes in
        var count = 0
        var inInitials = false
        var start = 0
        while start < utf8.count {
          guard utf8[start] != 0x20 else {
            start += 1
            continue
          }
          var end = start + 1
          while end < utf8.count, utf8[end] != 0x20 { end += 1 }
          let byte = utf8[start]
          if end - start == 1, byte &- 0x61 < 26 || byte &- 0x41 < 26 {
            // An initial: the first of a run starts a word, the rest join it.
            if !inInitials {
              if count > 0 {
                bytes[count] = 0x20
                count += 1
              }
              inInitials = true
            }
            bytes[count] = byte
            count += 1
          } else {
            inInitials = false
            if count > 0 {
              bytes[count] = 0x20
              count += 1
            }
            for index in start..<end {
              bytes[count] = utf8[index]
              count += 1
            }
          }
          start = end
        }
        var low = 0
        var high = count
        while low < high, bytes[low] == 0x27 || bytes[low] == 0x20 { low += 1 }
        while high > low, bytes[high - 1] == 0x27 || bytes[high - 1] == 0x20 { high -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
      }
    }
  }

  /// Apostrophe-like scalars outside ASCII: ’ ‘ ʼ ´ ′ ʻ.
  /// True when `text` is already what ``joinWords(_:)`` would return: no edge spaces or
  /// apostrophes, no double spaces and no one-letter word (the common case, checked fast).
  private static func isJoined(_ text: String) -> Bool {
    var wordLength = 0
    var previous: UInt8 = 0x20
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x80 { isASCII = false }
      if byte == 0x20 {
        if previous == 0x20 || wordLength == 1 { return false }
        wordLength = 0
      } else {
        wordLength += 1
      }
      previous = byte
    }
    guard isASCII, wordLength > 1, let first = text.utf8.first, first != 0x27, first != 0x20,
      previous != 0x27
    else { return false }
    return true
  }

  private static let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032, 0x02BB]

  /// Folds for letters of the Latin, Greek and Latin Extended Additional blocks, computed once
  /// from their canonical decompositions, plus letters that have no decomposition.
  private static let letterFolds: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let blocks: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x0370...0x03FF, 0x1E00...0x1EFF]
    for block in blocks {
      for value in block {
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else {
          continue
        }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        var base = String.UnicodeScalarView()
        for part in decomposed.unicodeScalars {
          switch part.properties.generalCategory {
          case .nonspacingMark, .spacingMark, .enclosingMark: continue
          default: base.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
          }
        }
        table[value] = String(base)
      }
    }
    let undecomposable: [Character: String] = [
      "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss",
      "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th", "ð": "d",
      "Ð": "d", "ħ": "h", "Ħ": "h", "ŋ": "ng", "Ŋ": "ng",
    ]
    for (letter, replacement) in undecomposable {
      if let scalar = letter.unicodeScalars.first { table[scalar.value] = replacement }
    }
    return table
  }()
}
