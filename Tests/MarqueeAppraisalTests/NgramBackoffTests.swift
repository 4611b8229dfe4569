import Foundation
import MarqueeCore
import Testing

@testable import MarqueeAppraisal

/// The n-gram back-off decides only where the critic's words gave the evaluate stage nothing to
/// count, and says so in the summary. Every sentence here is written for the test.
@Suite struct NgramBackoffTests {
  /// One-line reviews with no lexicon word: the back-off decides, and names its n-grams.
  @Test(arguments: [
    ("I walked out after twenty minutes.", "negative", "walked out"),
    ("Save your money.", "negative", "money"),
    ("Take the whole family.", "positive", "whole family"),
  ])
  func aReviewWithNothingCountedIsDecidedByTheBackoff(
    _ text: String, verdict: String, gram: String
  ) throws {
    let document = try EvaluateStageTests.run(text)
    #expect(document.layer(LayerName.evaluations) == [])
    let summary = document.summary
    #expect(summary["evaluations"]?.integerValue == 0)
    #expect(summary["basis"]?.stringValue == "learned-ngrams")
    #expect(summary["verdict"]?.stringValue == verdict)
    let probability = try #require(summary["positiveProbability"]?.doubleValue)
    #expect(verdict == "positive" ? probability >= 0.55 : probability <= 0.45)
    // The score is the probability on [-1, 1], so it has the verdict's sign.
    let score = try #require(summary["score"]?.doubleValue)
    #expect(abs(score - (2 * probability - 1)) < 0.002)
    let grams = (summary["ngrams"]?.arrayValue ?? []).compactMap {
      $0.objectValue?["ngram"]?.stringValue
    }
    #expect(grams.contains(gram), "\(grams)")
    #expect(grams.count <= NgramBackoff.explainedGrams)
    // Every listed n-gram leans the way the verdict went.
    for item in summary["ngrams"]?.arrayValue ?? [] {
      let weight = try #require(item.objectValue?["weight"]?.doubleValue)
      #expect(verdict == "positive" ? weight > 0 : weight < 0)
    }
  }

  /// A review with counted evidence keeps the verdict layer's decision: no back-off fields.
  @Test(arguments: [
    "The acting is superb; save your money for the soundtrack.",
    "I walked out after twenty minutes of this tedious mess.",
  ])
  func aReviewWithEvidenceIgnoresTheBackoff(_ text: String) throws {
    let document = try EvaluateStageTests.run(text)
    let summary = document.summary
    #expect((summary["evaluations"]?.integerValue ?? 0) > 0)
    #expect(summary["basis"] == nil)
    #expect(summary["ngrams"] == nil)
  }

  /// Text the back-off knows nothing about stays neutral: the calibrated prior is close to an
  /// even chance, inside the margin.
  @Test func anEmptyReviewStaysNeutral() throws {
    let document = try EvaluateStageTests.run("")
    #expect(document.summary["verdict"]?.stringValue == "neutral")
  }

  /// The model on hand-made weights, worked by hand.
  @Test func decisionsSumDistinctNgramsAndCalibrate() throws {
    let rows = try TSVFile.rows(
      in: Array(
        "# a comment\n@scale\t2\n@bias\t-0.5\nfine\t1\nnot fine\t-3\nnot\t-0.25\nnew\t0.5\n".utf8),
      name: "test.tsv")
    let model = try NgramBackoff(rows: rows)
    // "fine" twice counts once: 1; score 1, p = 1 / (1 + e^-(2 - 0.5)).
    let fine = model.decide(["fine", ",", "fine"])
    #expect(abs(fine.probability - 1 / (1 + exp(-1.5))) < 1e-9)
    #expect(fine.deciding == [NgramBackoff.Gram(text: "fine", weight: 1)])
    // "not fine": -0.25 + 1 - 3 = -2.25; p = 1 / (1 + e^-(-4.5 - 0.5)); listed strongest first,
    // only the n-grams on the decision's side.
    let notFine = model.decide(["not", "fine"])
    #expect(abs(notFine.probability - 1 / (1 + exp(5))) < 1e-9)
    #expect(notFine.deciding.map(\.text) == ["not fine", "not"])
    // Nothing known: the bias alone.
    #expect(abs(model.decide(["zorbly"]).probability - 1 / (1 + exp(0.5))) < 1e-9)
  }

  @Test(arguments: ["fine\tvery\n", "one two three\t0.5\n", "\t0.5\n"])
  func aBadRowIsReportedWithItsLine(_ text: String) throws {
    let rows = try TSVFile.rows(in: Array(("# header\n" + text).utf8), name: "bad.tsv")
    #expect(throws: LexiconError.self) { try NgramBackoff(rows: rows) }
    do {
      _ = try NgramBackoff(rows: rows)
    } catch {
      #expect(error.line == 2)
      #expect(error.file == "bad.tsv")
    }
  }

  @Test func theBundledModelLoads() throws {
    let model = try NgramBackoff.bundled()
    #expect(model.names.count > 10_000)
    #expect(model.scale > 0)
  }
}
