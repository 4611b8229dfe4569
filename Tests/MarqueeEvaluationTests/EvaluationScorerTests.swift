import MarqueeCore
import MarqueeEvaluation
import Testing

/// The evaluations scorer on a case whose figures were worked out by hand.
@Suite struct EvaluationScorerTests {
  // "A gorgeous score, but Riz Ahmed is wooden and the plot drags."
  //    2......10 score=16     22......31 35..41        50..55..60
  static let text = "A gorgeous score, but Riz Ahmed is wooden and the plot drags."

  static func evaluation(
    _ id: String, _ start: Int, _ end: Int, _ polarity: String, target: String? = nil
  ) -> Annotation {
    Annotation(
      id: id, start: start, end: end,
      features: ["polarity": .string(polarity), "target": target.map { .string($0) } ?? .null])
  }

  static func document(_ evaluations: [Annotation], entityID: String) throws -> Document {
    var document = Document(id: "r", text: text)
    try document.setLayer("entities", [Annotation(id: entityID, start: 22, end: 31, label: "CAST")])
    try document.setLayer("evaluations", evaluations)
    return document
  }

  @Test func spansPolarityAndTargetAsWorkedOutByHand() throws {
    let gold = try Self.document(
      [
        Self.evaluation("g1", 2, 16, "positive"),  // gorgeous score
        Self.evaluation("g2", 32, 41, "negative", target: "e1"),  // is wooden → Riz Ahmed
        Self.evaluation("g3", 50, 60, "negative"),  // plot drags
      ], entityID: "e1")
    let predicted = try Self.document(
      [
        Self.evaluation("p1", 2, 10, "positive"),  // overlaps g1, not the same span
        Self.evaluation("p2", 35, 41, "positive", target: "x9"),  // overlaps g2, wrong polarity
        Self.evaluation("p3", 0, 1, "positive"),  // "A": matches nothing
      ], entityID: "x9")
    let report = EvaluationScorer().score(gold: [gold], predicted: [predicted])
    // Lenient: g1–p1 and g2–p2 overlap; g3 is missed; p3 is a false alarm.
    #expect(report.lenient == Counts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(abs(report.lenient.f1 - 2.0 / 3.0) < 1e-9)
    // Strict: no span is identical.
    #expect(report.strict == Counts(truePositives: 0, falsePositives: 3, falseNegatives: 3))
    // Polarity: g1–p1 agree, g2–p2 do not.
    #expect(report.polarityCorrect == 1 && report.polarityTotal == 2)
    // Target: only g2 has one; p2's target x9 has the same span (22–31) as e1, so it is right
    // even though the ids differ.
    #expect(report.targetCorrect == 1 && report.targetTotal == 1)
    #expect(report.table.contains("polarity accuracy on matched spans: 0.500 (1/2)"))
  }

  @Test func aMissingPredictionCountsEveryGoldEvaluationAsMissed() throws {
    let gold = try Self.document(
      [Self.evaluation("g1", 2, 16, "positive"), Self.evaluation("g2", 35, 41, "negative")],
      entityID: "e1")
    let report = EvaluationScorer().score(gold: [gold], predicted: [])
    #expect(report.lenient == Counts(truePositives: 0, falsePositives: 0, falseNegatives: 2))
    #expect(report.missingPredictions == ["r"])
    #expect(report.polarityAccuracy == nil && report.targetAccuracy == nil)
  }

  @Test func aWrongTargetSpanIsWrong() throws {
    let gold = try Self.document(
      [Self.evaluation("g1", 32, 41, "negative", target: "e1")], entityID: "e1")
    var predicted = Document(id: "r", text: Self.text)
    try predicted.setLayer("entities", [Annotation(id: "e7", start: 50, end: 54, label: "TITLE")])
    try predicted.setLayer(
      "evaluations", [Self.evaluation("p1", 35, 41, "negative", target: "e7")])
    let report = EvaluationScorer().score(gold: [gold], predicted: [predicted])
    #expect(report.polarityCorrect == 1)
    #expect(report.targetCorrect == 0 && report.targetTotal == 1)
  }

  static func scored(_ id: String, _ start: Int, _ end: Int, _ score: Double) -> Annotation {
    Annotation(
      id: id, start: start, end: end,
      features: ["polarity": .string(score > 0 ? "positive" : "negative"), "score": .number(score)])
  }

  @Test func theDocumentVerdictFollowsTheSumOfTheGoldScores() throws {
    // Gold: +0.7 (gorgeous score) − 0.5 (wooden) − 0.4 (drags) = −0.2, so the review is negative.
    var gold = try Self.document(
      [Self.scored("g1", 2, 16, 0.7), Self.scored("g2", 35, 41, -0.5),
        Self.scored("g3", 50, 60, -0.4)], entityID: "e1")
    gold.id = "negative"
    // Gold scores that cancel out (+0.5 − 0.5) give no overall polarity: not counted.
    var balanced = try Self.document(
      [Self.scored("g1", 2, 16, 0.5), Self.scored("g2", 35, 41, -0.5)], entityID: "e1")
    balanced.id = "balanced"
    var saysPositive = try Self.document([], entityID: "e1")
    saysPositive.id = "negative"
    saysPositive.summary = ["positiveProbability": .number(0.62), "score": .number(-0.1)]
    var report = EvaluationScorer().score(gold: [gold, balanced], predicted: [saysPositive])
    // The probability decides over the score: 0.62 ≥ 0.5 is positive, against a negative gold.
    #expect(report.verdictTotal == 1 && report.verdictCorrect == 0)
    #expect(report.verdictMisses == ["negative"])
    var saysNegative = saysPositive
    saysNegative.summary = ["score": .number(-0.1)]
    report = EvaluationScorer().score(gold: [gold], predicted: [saysNegative])
    #expect(report.verdictTotal == 1 && report.verdictCorrect == 1)
    #expect(report.table.contains("document verdict accuracy: 1.000 (1/1)"))
  }
}
