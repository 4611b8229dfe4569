import Testing

@testable import MarqueeAppraisal

/// A word set answers exactly as a `Set<String>` would, canonical equivalence included.
@Suite struct WordSetTests {
  static let members = ["and", "but", ";", "“", "…", "--", "the"]

  @Test(arguments: [
    "and", "but", "or", "an", "andy", ";", "\u{037E}", "“", "\"", "…", "...", "--", "—", "the",
    "The", "", "é",
  ])
  func answersAsASetDoes(_ probe: String) {
    let words: WordSet = ["and", "but", ";", "“", "…", "--", "the"]
    #expect(words.contains(probe) == Set(Self.members).contains(probe))
  }

  @Test func aGreekQuestionMarkIsTheSemicolonItIsCanonicallyEqualTo() {
    let marks: WordSet = [",", ";"]
    #expect(marks.contains("\u{037E}"))
  }
}
