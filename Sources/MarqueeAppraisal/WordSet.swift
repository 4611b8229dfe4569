/// A small, fixed set of words or marks the appraiser tests tokens against ("and", "but", ",").
///
/// A `Set<String>` hashes every probe with a seeded SipHash, which costs more than the whole
/// test for a list of a few short words: this compares UTF-8 lengths first and text only on a
/// length match. Strings compare by canonical equivalence, and three short non-ASCII scalars are
/// canonically equal to ASCII marks (U+037E to ";", U+1FEF to "`", U+212A to "K"), so a short
/// non-ASCII probe is compared in full.
///
/// ```swift
/// let coordinators: WordSet = ["and", "but", "or"]
/// coordinators.contains("but")  // true
/// ```
struct WordSet: ExpressibleByArrayLiteral, Sendable {
  private let words: [String]
  private let lengths: [Int]

  /// The set of the listed words.
  init(arrayLiteral words: String...) {
    self.words = words
    lengths = words.map(\.utf8.count)
  }

  /// Whether `word` is one of the set's words (by canonical equivalence, as `Set` compares).
  func contains(_ word: String) -> Bool {
    let count = word.utf8.count
    for index in words.indices where lengths[index] == count && words[index] == word {
      return true
    }
    if count <= 3, let first = word.utf8.first, first >= 0x80 {
      return words.contains(word)
    }
    return false
  }
}
