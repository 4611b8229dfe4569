import MarqueeCore
import MarqueeEvaluation
import Testing

/// The zone scorer on cases whose figures were worked out by hand.
@Suite struct ZoneScorerTests {
  // Four sentences: 0..<10, 11..<20, 21..<30, 31..<40.
  static let text = String(repeating: "x", count: 40)

  static func document(_ zones: [(Int, Int, String)]) throws -> Document {
    var document = Document(id: "r", text: text)
    try document.setLayer(
      "zones",
      zones.enumerated().map {
        Annotation(id: "z\($0.offset)", start: $0.element.0, end: $0.element.1, label: $0.element.2)
      })
    return document
  }

  @Test func eachGoldSentenceTakesTheLabelOfItsLargestOverlap() throws {
    let gold = try Self.document([
      (0, 10, "background"), (11, 20, "plot"), (21, 30, "evaluation"), (31, 40, "quoted"),
    ])
    // One predicted run covers the first two sentences; the third sentence overlaps a plot zone
    // by 4 scalars (21–25) and an evaluation zone by 5 (25–30): evaluation wins. The last
    // sentence is overlapped by nothing.
    let predicted = try Self.document([
      (0, 20, "plot"), (21, 25, "plot"), (25, 30, "evaluation"),
    ])
    let report = ZoneScorer().score(gold: [gold], predicted: [predicted])
    // background → plot (wrong), plot → plot, evaluation → evaluation, quoted → none (wrong).
    #expect(report.total == 4 && report.correct == 2)
    #expect(report.accuracy == 0.5)
    #expect(report.confusion["background"] == ["plot": 1])
    #expect(report.confusion["quoted"] == [ZoneReport.none: 1])
    #expect(report.table.hasPrefix("zone accuracy: 0.500 (2/4)"))
    #expect(report.json.objectValue?["correct"] == .integer(2))
  }

  @Test func aMissingPredictionCountsEveryGoldZoneAsNone() throws {
    let gold = try Self.document([(0, 10, "evaluation"), (11, 20, "plot")])
    let report = ZoneScorer().score(gold: [gold], predicted: [])
    #expect(report.total == 2 && report.correct == 0)
    #expect(report.confusion["evaluation"] == [ZoneReport.none: 1])
    #expect(report.missingPredictions == ["r"])
  }
}
