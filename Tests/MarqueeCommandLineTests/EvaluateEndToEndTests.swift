import Foundation
import Testing

/// `marquee evaluate` as a step of a real shell pipeline, with and without a user lexicon.
@Suite struct EvaluateEndToEndTests {
  static func document(_ output: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
  }

  static func evaluations(_ document: [String: Any]) throws -> [[String: Any]] {
    let layers = try #require(document["layers"] as? [String: [[String: Any]]])
    return try #require(layers["evaluations"])
  }

  static func feature(_ evaluation: [String: Any], _ name: String) -> Any? {
    (evaluation["features"] as? [String: Any])?[name]
  }

  /// The review text under each evaluation, sliced in Unicode scalars as the offsets promise.
  static func surfaces(_ evaluations: [[String: Any]], in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return evaluations.compactMap { evaluation in
      guard let start = evaluation["start"] as? Int, let end = evaluation["end"] as? Int,
        start >= 0, start <= end, end <= scalars.count
      else { return nil }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      return String(view)
    }
  }

  @Test func segmentPipedIntoEvaluateFindsTheCriticsJudgements() throws {
    let directory = try CommandRunner.temporaryDirectory()
    // Written for this test: one clear judgement each way, a negated one, and an emoji and a
    // curly apostrophe before them so scalar offsets differ from UTF-8 and UTF-16 ones.
    let text = "🎬 Ahmed’s turn is superb. The script is not bad at all. The ending is dull."
    let review = directory.appendingPathComponent("review.txt")
    try text.write(to: review, atomically: true, encoding: .utf8)
    let result = try CommandRunner.shell(
      #""$MARQUEE" segment < '\#(review.path)' | "$MARQUEE" evaluate"#)
    #expect(result.status == 0, "\(result.error)")
    let document = try Self.document(result.output)
    #expect(document["text"] as? String == text)
    let evaluations = try Self.evaluations(document)
    let found = Dictionary(
      zip(Self.surfaces(evaluations, in: text), evaluations.map { Self.feature($0, "polarity") as? String }),
      uniquingKeysWith: { first, _ in first })
    #expect(found["superb"] == "positive")
    #expect(found["not bad at all"] == "positive")
    #expect(found["dull"] == "negative")
    let layers = try #require(document["layers"] as? [String: Any])
    #expect(layers["sentences"] != nil && layers["tokens"] != nil && layers["zones"] != nil)
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(["positive", "negative", "mixed", "neutral"].contains(summary["verdict"] as? String))
  }

  @Test func aUserLexiconAddsAWordAndABadOneIsNamedWithItsLine() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let text = "The finale is zorptastic."
    let review = directory.appendingPathComponent("review.txt")
    try text.write(to: review, atomically: true, encoding: .utf8)
    let pipeline = #""$MARQUEE" segment < '\#(review.path)' | "$MARQUEE" evaluate"#

    // Without the extra file the made-up word is not evaluative.
    let plain = try CommandRunner.shell(pipeline)
    #expect(plain.status == 0, "\(plain.error)")
    #expect(try Self.evaluations(try Self.document(plain.output)).isEmpty)

    let extra = directory.appendingPathComponent("extra.tsv")
    try "# my words\nzorptastic\tadj\tpositive\t0.8\tstrong\tfilm\tfilm\t\tcoined for a test\n"
      .write(to: extra, atomically: true, encoding: .utf8)
    let extended = try CommandRunner.shell(pipeline + " --lexicon '\(extra.path)'")
    #expect(extended.status == 0, "\(extended.error)")
    let evaluations = try Self.evaluations(try Self.document(extended.output))
    #expect(Self.surfaces(evaluations, in: text) == ["zorptastic"])
    let first = try #require(evaluations.first)
    #expect(Self.feature(first, "polarity") as? String == "positive")
    #expect(Self.feature(first, "cues") as? [String] == ["zorptastic"])

    let bad = directory.appendingPathComponent("bad.tsv")
    try "zorptastic\tadj\tpositive\tvery\tstrong\tfilm\tfilm\t\t\n"
      .write(to: bad, atomically: true, encoding: .utf8)
    let failed = try CommandRunner.shell(pipeline + " --lexicon '\(bad.path)'")
    #expect(failed.status != 0)
    let message = failed.error
    #expect(message.contains("bad.tsv"), "\(message)")
    #expect(message.contains("score"), "\(message)")
  }
}
