import MarqueeCore
import MarqueeEvaluation
import Testing

/// The scorer on small cases whose figures were worked out by hand.
@Suite struct EntityScorerTests {
  // "Riz Ahmed plays Ruben for Darius Marder."
  //  0........9      16...21    26..........39
  static let text = "Riz Ahmed plays Ruben for Darius Marder."

  static func document(_ entities: [Annotation], plays: [(String, String)] = []) throws
    -> Document
  {
    var document = Document(id: "r", text: text)
    try document.setLayer("entities", entities)
    document.relations = plays.enumerated().map {
      Relation(id: "r\($0.offset + 1)", label: "plays", from: $0.element.0, to: $0.element.1)
    }
    return document
  }

  static func gold() throws -> Document {
    try document(
      [
        Annotation(id: "g1", start: 0, end: 9, label: "CAST"),
        Annotation(id: "g2", start: 16, end: 21, label: "CHARACTER"),
        Annotation(id: "g3", start: 26, end: 39, label: "CREW", features: ["job": "director"]),
      ], plays: [("g1", "g2")])
  }

  @Test func strictLenientAndSpanOnlyAsWorkedOutByHand() throws {
    let predicted = try Self.document(
      [
        Annotation(id: "p1", start: 0, end: 9, label: "CAST"),
        Annotation(id: "p2", start: 16, end: 21, label: "CAST"),  // right span, wrong label
        Annotation(id: "p3", start: 26, end: 32, label: "CREW", features: ["job": "director"]),
      ], plays: [("p1", "p2")])
    let result = EntityScorer().score(gold: [try Self.gold()], predicted: [predicted])
    // Strict: CAST 1 hit + 1 false alarm; CHARACTER missed; CREW "Darius" ≠ "Darius Marder".
    #expect(result.strict["CAST"] == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    #expect(
      result.strict["CHARACTER"] == Counts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    #expect(result.strict["CREW"] == Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    #expect(result.strictFilm == Counts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
    #expect(abs(result.strictFilm.f1 - 1.0 / 3.0) < 1e-9)
    // Lenient: the partial CREW span now counts.
    #expect(result.lenientFilm == Counts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(abs(result.lenientFilm.precision - 2.0 / 3.0) < 1e-9)
    // Span only: 0–9 and 16–21 match whatever their label.
    #expect(result.spanOnly == Counts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    // No strict CREW match, so no job accuracy; the plays pair has matching spans.
    #expect(result.jobAccuracy == nil)
    #expect(result.plays == Counts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
  }

  @Test func jobAccuracyAndMissingDocuments() throws {
    let predicted = try Self.document([
      Annotation(id: "p1", start: 26, end: 39, label: "CREW", features: ["job": "writer"])
    ])
    var other = try Self.gold()
    other.id = "unpredicted"
    let result = EntityScorer().score(gold: [try Self.gold(), other], predicted: [predicted])
    #expect(result.jobTotal == 1)
    #expect(result.jobCorrect == 0)
    #expect(result.jobAccuracy == 0)
    #expect(result.missingPredictions == ["unpredicted"])
    // Six gold mentions over two documents, one found.
    #expect(result.strictFilm == Counts(truePositives: 1, falsePositives: 0, falseNegatives: 5))
    #expect(result.plays == Counts(truePositives: 0, falsePositives: 0, falseNegatives: 2))
  }

  @Test func twoPredictionsOverlappingOneGoldSpanCountOnce() throws {
    let predicted = try Self.document([
      Annotation(id: "p1", start: 26, end: 32, label: "CREW"),
      Annotation(id: "p2", start: 33, end: 39, label: "CREW"),
    ])
    let result = EntityScorer().score(gold: [try Self.gold()], predicted: [predicted])
    #expect(
      result.lenient["CREW"] == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
  }

  @Test func aPerfectPredictionScoresOne() throws {
    let result = EntityScorer().score(gold: [try Self.gold()], predicted: [try Self.gold()])
    #expect(result.strictFilm.f1 == 1)
    #expect(result.jobAccuracy == 1)
    #expect(result.table.contains("micro (film)      1.000  1.000  1.000     1.000"))
    #expect(result.json.jsonText.contains(#""microFilm":{"strict":{"precision":1.0"#))
  }
}
