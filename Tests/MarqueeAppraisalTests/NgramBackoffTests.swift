import Foundation
import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// The n-gram back-off decides only where the critic's words gave the evaluate stage nothing to
/// count or left its verdict undecided, and says so in the summary. Every sentence here is
/// written for the test.
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

  /// Evaluations that leave the verdict layer undecided (a weak praise before "but") let the
  /// back-off weigh in; the evaluations stay, and the summary records the layer's probability.
  @Test(arguments: [
    ("The acting is fine, but save your money.", "negative"),
    ("It has a few good moments, but I walked out after an hour.", "negative"),
  ])
  func undecidedEvaluationsLetTheBackoffWeighIn(_ text: String, verdict: String) throws {
    let document = try EvaluateStageTests.run(text)
    let summary = document.summary
    #expect(summary["evaluations"]?.integerValue == 1)
    #expect(document.layer(LayerName.evaluations)?.count == 1)
    #expect(summary["basis"]?.stringValue == "evaluations+learned-ngrams")
    #expect(summary["verdict"]?.stringValue == verdict)
    let layer = try #require(summary["evaluationsProbability"]?.doubleValue)
    #expect(abs(layer - 0.5) < ReviewVerdict.undecidedBand)
    // The layer alone leaned the other way; the n-grams outweighed it.
    #expect(layer > 0.5)
    // The score is still the evaluations' mean: the praise the span found.
    #expect((summary["score"]?.doubleValue ?? 0) > 0)
  }

  /// The verdict's rules, on hand-made numbers: the log-odds of undecided evaluations and of
  /// the back-off (weighted) add up; with nothing counted, a back-off near an even chance is
  /// neutral.
  @Test func undecidedEvaluationsAndTheBackoffAddTheirLogOdds() {
    let praise: [(score: Double, aspect: String?, target: String?)] = [(0.4, "film", nil)]
    // Only `positive` (the mean positive score) weighs: the layer's log-odds are 0.4.
    let model = VerdictModel(weights: [0, 1] + [Double](repeating: 0, count: 12))
    let dull = NgramBackoff.Decision(
      probability: 0.2, deciding: [NgramBackoff.Gram(text: "dull", weight: -2)])
    // 0.4 + w · log(0.2 / 0.8) = 0.4 - 1.4 × 1.386 < 0: negative.
    let w = ReviewVerdict.backoffWeight
    let overruled = ReviewVerdict(evaluations: praise, model: model, backoff: dull)
    #expect(overruled.verdict == "negative")
    #expect(
      abs((overruled.positiveProbability ?? 0) - 1 / (1 + exp(-(0.4 + w * log(0.25))))) < 1e-9)
    #expect(overruled.score == 0.4)
    #expect(abs((overruled.evaluationsProbability ?? 0) - 1 / (1 + exp(-0.4))) < 1e-9)
    #expect(overruled.json["basis"]?.stringValue == "evaluations+learned-ngrams")
    #expect(overruled.json["ngrams"]?.arrayValue?.count == 1)
    // A back-off near an even chance moves the praise only a little: still positive.
    let weak = NgramBackoff.Decision(probability: 0.52, deciding: [])
    let kept = ReviewVerdict(evaluations: praise, model: model, backoff: weak)
    #expect(kept.verdict == "positive")
    #expect(
      abs((kept.positiveProbability ?? 0) - 1 / (1 + exp(-(0.4 + w * log(0.52 / 0.48))))) < 1e-9)
    // With nothing counted the same weak decision is all there is, and it is neutral.
    let alone = ReviewVerdict(evaluations: [], model: model, backoff: weak)
    #expect(alone.verdict == "neutral")
    #expect(alone.json["basis"]?.stringValue == "learned-ngrams")
    #expect(abs(alone.score - 0.04) < 1e-9)
  }

  /// A review with decisive evaluations keeps the verdict layer's decision: no back-off fields.
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

  /// Litotes: the stage reads "not bad" and "never boring" as praise, a bag of n-grams reads
  /// "bad" and "boring"; the back-off does not see the words of a negated criticism, nor of the
  /// side a contrast weakened, so it cannot overturn the evaluation. Negated praise ("not good")
  /// stays in its view.
  @Test(arguments: [
    ("Not bad at all.", "positive"),
    ("Never boring.", "positive"),
    ("It is not the worst film of the year.", "positive"),
    ("It is not good.", "negative"),
    // the side a contrast weakened is the evaluation's too
    ("Although slow, it rewards patience.", "positive"),
  ])
  func theBackoffDoesNotReadTheWordsOfANegatedCriticism(_ text: String, _ verdict: String)
    throws
  {
    let document = try EvaluateStageTests.run(text)
    #expect(document.summary["verdict"]?.stringValue == verdict, "\(document.summary)")
  }

  /// A text with no sentence stays neutral: the back-off has nothing to read.
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

  /// A review's sentences weigh by their mean log-odds, so a long text is no surer than one
  /// sentence: "fine" twice in two sentences is as sure as once in one.
  @Test func sentencesWeighByTheirMeanLogOdds() throws {
    let rows = try TSVFile.rows(in: Array("@scale\t1\n@bias\t0\nfine\t1\n".utf8), name: "t.tsv")
    let model = try NgramBackoff(rows: rows)
    let one = model.decide(["fine"]).probability
    #expect(abs(model.decide(sentences: [["fine"], ["fine"]]).probability - one) < 1e-12)
    // One sentence with it and one without: half the log-odds.
    let half = model.decide(sentences: [["fine"], ["zorbly"]]).probability
    #expect(abs(half - 1 / (1 + exp(-0.5))) < 1e-12)
  }

  /// The stage reads each token's word through its word table; the result is the model's on
  /// the same words written out, whatever the case, quotes or line ends.
  @Test(arguments: [
    "Save Your Money.\r\nI walked out after twenty minutes.",
    "Take the whole family’s kids.\nThey’ll ask to go again.",
  ])
  func theStageReadsTheWordsTheModelKnows(_ text: String) throws {
    let document = try EvaluateStageTests.run(text)
    #expect(document.summary["evaluations"]?.integerValue == 0)
    let tokens = document.layer(LayerName.tokens) ?? []
    let sentences = (document.layer(LayerName.sentences) ?? []).map { sentence in
      tokens.filter { $0.start >= sentence.start && $0.end <= sentence.end }.map {
        ExpressionWords.normalize(document.surface(of: $0))
      }
    }
    #expect(sentences.count == 2)
    let expected = try NgramBackoff.bundled().decide(sentences: sentences)
    let probability = try #require(document.summary["positiveProbability"]?.doubleValue)
    #expect(abs(probability - ReviewVerdict.rounded(expected.probability)) < 1e-9)
    let grams = (document.summary["ngrams"]?.arrayValue ?? []).compactMap {
      $0.objectValue?["ngram"]?.stringValue
    }
    #expect(grams == expected.deciding.map(\.text))
  }

  /// Fitting and measuring on the treebank the bundled back-off was learned from must not see
  /// it: a stage can do without it, or ask another.
  @Test func aStageCanDoWithoutTheBackoffOrAskAnother() throws {
    let text = "Save your money."
    let without = try Pipeline([SegmentStage(), EvaluateStage(backoff: .none)])
      .run(Document(id: "none", text: text))
    #expect(without.summary["basis"] == nil)
    #expect(without.summary["verdict"]?.stringValue == "neutral")
    let rows = try TSVFile.rows(in: Array("@scale\t1\n@bias\t0\nmoney\t3\n".utf8), name: "t.tsv")
    let other = try Pipeline([
      SegmentStage(), EvaluateStage(backoff: .model(NgramBackoff(rows: rows))),
    ])
    .run(Document(id: "other", text: text))
    #expect(other.summary["verdict"]?.stringValue == "positive")
    #expect(other.summary["basis"]?.stringValue == "learned-ngrams")
  }

  @Test func theBundledModelLoads() throws {
    let model = try NgramBackoff.bundled()
    #expect(model.names.count > 10_000)
    #expect(model.scale > 0)
  }
}
