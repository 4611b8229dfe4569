import Foundation

/// Folds a name for lexicon look-up: lowercase, no diacritics, every apostrophe as U+0027.
///
/// "Lupita Nyong’o" and "lupita nyong'o" fold alike, as do "Iñárritu" and "Inarritu".
enum NameFolding {
  static func fold(_ name: some StringProtocol) -> String {
    var ascii = true
    for scalar in name.unicodeScalars where scalar.value >= 0x80 {
      ascii = false
      break
    }
    if ascii { return name.lowercased() }
    let apostrophes = String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { ["\u{2019}", "\u{2018}", "\u{02BC}"].contains($0) ? "'" : $0 }))
    return apostrophes.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// A lowercase ASCII slug for an `entity` cluster key: "Daniël Bouquet" → "daniel-bouquet";
  /// a leading article is dropped when `dropArticle` ("The Sound of Metal" → "sound-of-metal").
  static func slug(_ name: String, dropArticle: Bool = false) -> String {
    var words = fold(name).replacingOccurrences(of: "&", with: " and ")
      .split(whereSeparator: { !($0.isLetter || $0.isNumber) || !$0.isASCII }).map(String.init)
    if dropArticle, words.count > 1, ["the", "a", "an"].contains(words[0]) {
      words.removeFirst()
    }
    return words.joined(separator: "-")
  }
}
