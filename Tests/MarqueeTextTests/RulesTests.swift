import Testing

@testable import MarqueeText

@Suite("Rule data and documented examples")
struct RulesTests {
  @Test("Every resource table is loaded from the bundle")
  func tablesLoad() {
    let rules = SegmentationRules.shared
    #expect(rules.abbreviations.count > 150)
    #expect(rules.abbreviations["Mr"] == .title)
    #expect(rules.abbreviations["p"] == .number)
    #expect(rules.abbreviations["e.g"] == .general)
    #expect(rules.abbreviations["P.M"] == .final)
    #expect(rules.sentenceStarters.contains("however"))
    #expect(rules.emoticons.count > 40)
    #expect(rules.isEmoticon(Array(":-)".unicodeScalars)))
    #expect(!rules.isEmoticon(Array(":-".unicodeScalars)))
    #expect(rules.titleEndings.count > 40)
  }

  @Test("Shouted abbreviations match their entries")
  func shouted() {
    let rules = SegmentationRules.shared
    #expect(rules.abbreviationKind("DR") == .title)
    #expect(rules.abbreviationKind(Array("DR".unicodeScalars)) == .title)
    #expect(rules.abbreviationKind("VS") == .general)
    #expect(rules.abbreviationKind("Dr.") == nil)
  }

  @Test("Token kinds know their place in allCases (the stage's feature table relies on it)")
  func ordinals() {
    for (index, kind) in TokenKind.allCases.enumerated() {
      #expect(kind.ordinal == index)
    }
  }

  @Test("The SentenceSegmenter documentation example")
  func segmenterExample() {
    let text = "I live in the U.S. How about you? Dr. Aziz loved Airplane! in 1980."
    #expect(SentenceSegmenter().sentences(in: text) == [0..<18, 19..<33, 34..<67])
  }
}
