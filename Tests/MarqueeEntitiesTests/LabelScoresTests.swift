import Testing

@testable import MarqueeEntities

/// The inline label-to-score map behind a mention's evidence and a cluster's scores: it must
/// answer as the `[EntityLabel: Int]` it replaced.
@Suite("Label scores")
struct LabelScoresTests {
  @Test("starts empty and answers nil for every label")
  func startsEmpty() {
    let scores = LabelScores()
    #expect(scores.isEmpty)
    for label in EntityLabel.allCases { #expect(scores[label] == nil) }
    #expect(Array(scores).isEmpty)
  }

  @Test("a zero score is a score: the label is present and the map is not empty")
  func zeroIsPresent() {
    var scores = LabelScores()
    scores[.crew] = 0
    #expect(scores[.crew] == 0)
    #expect(!scores.isEmpty)
    scores[.crew] = nil
    #expect(scores[.crew] == nil)
    #expect(scores.isEmpty)
  }

  @Test("sums through the default subscript and lists labels in declaration order")
  func sumsAndIterates() {
    var scores = LabelScores()
    scores[.org, default: 0] += 2
    scores[.cast, default: 0] += 3
    scores[.cast, default: 0] += 1
    scores[.character, default: 5] += 0
    #expect(scores[.cast] == 4)
    #expect(scores[.org] == 2)
    #expect(scores[.character] == 5)
    #expect(scores[.title] == nil)
    let pairs = scores.map { "\($0.key.rawValue)=\($0.value)" }
    #expect(pairs == ["CAST=4", "CHARACTER=5", "ORG=2"])
    #expect(Array(scores.keys) == [.cast, .character, .org])
    #expect(scores.values.max() == 5)
  }

  @Test("agrees with a dictionary under the same updates", arguments: [1, 7, 42])
  func agreesWithDictionary(seed: Int) {
    var scores = LabelScores()
    var reference: [EntityLabel: Int] = [:]
    var state = UInt64(seed)
    for _ in 0..<200 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let label = EntityLabel.allCases[Int(state >> 33) % EntityLabel.allCases.count]
      let strength = Int(state >> 40) % 4
      scores[label] = max(scores[label] ?? 0, strength)
      reference[label] = max(reference[label] ?? 0, strength)
    }
    for label in EntityLabel.allCases { #expect(scores[label] == reference[label]) }
    #expect(scores.isEmpty == reference.isEmpty)
  }
}
