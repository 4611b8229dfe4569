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
///
/// Fold a candidate span once and pass the key to every lookup of ``FilmNameLexicon`` and
/// ``CueLexicon`` rather than folding it again for each table.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
  /// The folded key text.
  public let value: String

  /// Folds `text` into its key.
  ///
  /// - Complexity: O(n) in the number of Unicode scalars of `text`.
  public init(_ text: some StringProtocol) {
    value = NameKey.fold(text)
  }

  public var description: String { value }

  /// Whether nothing is left after folding (the text had no letters, digits or symbols).
  public var isEmpty: Bool { value.isEmpty }

  /// The number of words of the key (0 for an empty key).
  public var wordCount: Int {
    value.isEmpty ? 0 : value.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
  }

  /// Folds text as described on the type.
  ///
  /// One pass: scalars are folded straight into UTF-8 bytes by a ``KeyBuilder``, which
  /// collapses word breaks and joins initials.
  static func fold(_ text: some StringProtocol) -> String {
    var builder = KeyBuilder()
    builder.bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x41...0x5A:  // A-Z
          builder.append(UInt8(value + 0x20), isLetter: true)
        case 0x61...0x7A:
          builder.append(UInt8(value), isLetter: true)
        case 0x30...0x39:
          builder.append(UInt8(value), isLetter: false)
        case 0x27, 0x60:  // ' `
          builder.append(UInt8(ascii: "'"), isLetter: false)
        case 0x26:  // &
          builder.append(UInt8(ascii: "&"), isLetter: false)
        default:
          builder.breakWord()
        }
        continue
      }
      if apostrophes.contains(value) {
        builder.append(UInt8(ascii: "'"), isLetter: false)
      } else if let replacement = letterFolds[value] {
        builder.append(replacement)
      } else {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
          continue
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
          .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator,
          .lineSeparator, .paragraphSeparator, .control:
          builder.breakWord()
        default:
          builder.append(scalar.properties.lowercaseMapping)
        }
      }
    }
    return builder.finish()
  }

  /// Apostrophe-like scalars outside ASCII: ’ ‘ ʼ ´ ′ ʻ.
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
