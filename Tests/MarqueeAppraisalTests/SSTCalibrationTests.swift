import Foundation
import MarqueeCore
import MarqueeTestSupport
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// What the Stanford Sentiment Treebank's training split taught the evaluate stage: the learned
/// lexicon (`learned-sst.tsv`, used only where the curated lexicon has nothing), the shifter
/// rules its phrase labels corrected, and the verdict layer's shifter-aware features. Every
/// sentence here is written for the test, never taken from the treebank.
@Suite struct SSTCalibrationTests {
  typealias Case = EvaluateStageTests.Case

  /// Rules the train phrases showed to be wrong, as fixed.
  static let rules: [Case] = [
    // "less" is a comparative of inferiority, not a weaker praise.
    Case(marked: "The sequel is ⟦less entertaining⟧.", polarity: "negative", shifters: ["negator"]),
    // "not only" / "not just" keep the value of what follows instead of negating it.
    Case(
      marked: "The film is ⟦not just beautiful⟧; it is also wise.", polarity: "positive",
      shifters: ["intensifier"]),
    Case(
      marked: "Her turn is ⟦not only moving⟧; it is brave.", polarity: "positive",
      shifters: ["intensifier"]),
    // "least" before praise is the superlative of inferiority.
    Case(
      marked: "It dwells on ⟦the least interesting character⟧.", polarity: "negative",
      shifters: ["negator"]),
    // Sarcasm inverts praise only: a criticism in scare quotes or after "apparently" stays one.
    Case(marked: "The middle act is ⟦\"thrilling\"⟧.", polarity: "negative", shifters: ["sarcasm"]),
    // On a criticism irony changes nothing, so it is not listed among the shifters.
    Case(marked: "The middle act is ⟦\"tedious\"⟧.", polarity: "negative", shifters: []),
    Case(marked: "Apparently the plot is ⟦dull⟧.", polarity: "negative", shifters: []),
    // The negated comparative is praise, one curated expression.
    Case(marked: "The ending ⟦couldn't be better⟧.", polarity: "positive", shifters: []),
  ]

  /// A negated verb reaches its object's head even past a determiner and a quantity ("a lot
  /// of", "the audience any"): six tokens, as the train sentences showed (four left the praise
  /// at the end of the object untouched).
  @Test(arguments: [
    ("The sequel doesn't offer the audience any real suspense.", "suspense"),
    ("This thriller never gives us a lot of thrills.", "thrills"),
    ("The remake isn't ever really all that charming.", "charming"),
  ])
  func negationReachesTheHeadOfALongObject(_ text: String, word: String) throws {
    let document = try EvaluateStageTests.run(text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let evaluation = try #require(
      evaluations.first { document.surface(of: $0).contains(word) },
      "\(evaluations.map { document.surface(of: $0) })")
    let kinds = (evaluation.features["shifters"]?.arrayValue ?? []).compactMap {
      $0.objectValue?["kind"]?.stringValue
    }
    #expect(kinds.contains("negator"), "\(document.surface(of: evaluation)): \(kinds)")
    #expect(evaluation.features["polarity"]?.stringValue == "negative")
  }

  /// A negated evaluative verb denies its object as well: in "doesn't deliver a great story"
  /// the story is not called great. Every evaluation within the negator's window and clause is
  /// negated; the first one's span takes in the negator.
  @Test(arguments: [
    ("The film doesn't deliver a great story.", "great story"),
    ("The sequel never delivers real wit.", "wit"),
  ])
  func aNegatedVerbDeniesItsObject(_ text: String, object: String) throws {
    let document = try EvaluateStageTests.run(text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let evaluation = try #require(
      evaluations.first { document.surface(of: $0).contains(object) },
      "\(evaluations.map { document.surface(of: $0) })")
    let kinds = (evaluation.features["shifters"]?.arrayValue ?? []).compactMap {
      $0.objectValue?["kind"]?.stringValue
    }
    #expect(kinds.contains("negator"), "\(document.surface(of: evaluation)): \(kinds)")
    #expect(evaluation.features["polarity"]?.stringValue == "negative")
    #expect(document.summary["verdict"]?.stringValue == "negative")
  }

  /// Praise that holds "only if" or "only when" something else is true is conditional, and in a
  /// review it leans against the film.
  @Test(arguments: [
    "The comedy works only if you love slapstick.",
    "The film comes alive only when the music starts.",
  ])
  func praiseOnlyUnderAConditionIsHedged(_ text: String) throws {
    let document = try EvaluateStageTests.run(text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let evaluation = try #require(evaluations.first, "no evaluation in \(text)")
    let kinds = (evaluation.features["shifters"]?.arrayValue ?? []).compactMap {
      $0.objectValue?["kind"]?.stringValue
    }
    #expect(kinds.contains("irrealis"), "\(document.surface(of: evaluation)): \(kinds)")
    #expect(evaluation.features["polarity"]?.stringValue == "negative")
  }

  @Test func aBareComparativeCarriesNoValueButBetterThanDoes() throws {
    // "better" alone measures the film against what it should have been; "better than" praises.
    #expect(try EvaluateStageTests.run("The sequel is better.").layer(LayerName.evaluations) == [])
    // Intensified, it praises; "never been better" is not a negation.
    try EvaluateStageTests.check(
      Case(marked: "The sequel is ⟦even better⟧.", polarity: "positive", shifters: []))
    try EvaluateStageTests.check(
      Case(marked: "Her work has ⟦never been better⟧.", polarity: "positive", shifters: []))
    try EvaluateStageTests.check(
      Case(
        marked: "It is ⟦better than the original⟧.", polarity: "positive",
        shifters: ["comparative"]))
  }

  /// Concessive criticism ("flawed but fascinating", "minor flaws") stays negative but weak.
  @Test(arguments: ["The film is flawed.", "It has a flaw.", "The film is minor."])
  func concessiveCriticismIsWeak(_ text: String) throws {
    let evaluations = try EvaluateStageTests.run(text).layer(LayerName.evaluations) ?? []
    let score = try #require(evaluations.first?.features["score"]?.doubleValue)
    #expect(evaluations.count == 1)
    #expect(score < 0 && score > -0.25)
  }

  @Test(arguments: rules) func shifterRulesCalibratedOnTrainPhrases(_ example: Case) throws {
    try EvaluateStageTests.check(example)
  }

  /// Words only the learned lexicon knows become evaluations marked `learned`, and the curated
  /// shifters act on them.
  static let learned: [Case] = [
    Case(marked: "The drama is ⟦full-bodied⟧.", polarity: "positive", shifters: []),
    Case(marked: "Its humour is ⟦depraved⟧.", polarity: "negative", shifters: []),
    Case(marked: "The drama is ⟦not full-bodied⟧.", polarity: "negative", shifters: ["negator"]),
  ]

  @Test(arguments: learned) func learnedEntriesBecomeLearnedEvaluations(_ example: Case) throws {
    try EvaluateStageTests.check(example)
    let fixture = MarkedText(example.marked)
    let document = try EvaluateStageTests.run(fixture.text)
    let evaluation = try #require(
      document.layer(LayerName.evaluations)?.first { $0.range == fixture.spans.first })
    #expect(evaluation.features["learned"] == .bool(true))
  }

  /// Subjects a film can be about are labelled polar alone in the treebank but do not pass their
  /// sign on to the phrases around them, so the learned lexicon leaves them out: naming a topic
  /// is not judging the film.
  @Test(arguments: [
    "The film follows a nurse through her cancer.",
    "A shooting at a school sets the plot going.",
    "Most of the second act takes place in a toilet.",
    "The violence of the war reaches the village.",
    "He cannot sleep after the accident.",
  ])
  func topicsAreNotLearnedEvaluations(_ text: String) throws {
    let evaluations = try EvaluateStageTests.run(text).layer(LayerName.evaluations) ?? []
    #expect(evaluations.allSatisfy { $0.features["learned"] == nil }, "\(evaluations)")
  }

  @Test func aHeldOutLearnedFileReplacesTheBundledOne() throws {
    // The cross-validation of the learned lexicon swaps in a file mined from other folds.
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-learned-\(UUID().uuidString).tsv")
    defer { try? FileManager.default.removeItem(at: url) }
    try "zorbly\tadj\tpositive\t0.60\t\tlearned\t\t\t\n"
      .write(to: url, atomically: true, encoding: .utf8)
    let lexicon = try EvaluativeLexicon.curated(learned: url)
    let learned = lexicon.entries.filter { $0.domain == .learned }
    #expect(learned.map(\.entry) == ["zorbly"])
    #expect(lexicon.entries(for: "gorgeous").first?.polarity == .positive)
    let pipeline = try Pipeline([SegmentStage(), EvaluateStage(lexicon: lexicon)])
    let document = try pipeline.run(Document(id: "cv", text: "The drama is zorbly."))
    let evaluation = try #require(document.layer(LayerName.evaluations)?.first)
    #expect(evaluation.features["learned"] == .bool(true))
    #expect(document.summary["verdict"]?.stringValue == "positive")
  }

  @Test func curatedEvaluationsAreNotMarkedLearned() throws {
    let document = try EvaluateStageTests.run("The drama is gorgeous.")
    let evaluation = try #require(document.layer(LayerName.evaluations)?.first)
    #expect(evaluation.features["learned"] == nil)
  }

  @Test func theLearnedLexiconOnlyCoversWhatTheCuratedOneLeavesOut() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    let learned = lexicon.entries.filter { $0.domain == .learned }
    // Hundreds of entries, each polar, none a function word or a shifter.
    #expect(learned.count > 200)
    let shifters = try ShifterLexicon.bundled()
    for entry in learned {
      #expect(entry.polarity == .positive || entry.polarity == .negative, "\(entry.entry)")
      #expect(entry.source.contains("learned-sst.tsv"))
      for word in entry.words {
        // No word of a learned entry has a curated entry that carries a value.
        let curated = lexicon.entries(for: word).filter {
          $0.domain != .learned && ($0.polarity != .neutral || $0.score != 0)
        }
        #expect(curated.isEmpty, "\(entry.entry): \(word) is curated")
        #expect(shifters.entries(for: word).isEmpty, "\(entry.entry): \(word) is a shifter")
      }
    }
  }

  @Test func evidenceFeaturesSumScoresByShifterKind() {
    // 0.5 negated; -0.25 dominated by a contrast and hedged. Worked by hand:
    // positive 0.5 / 2, negative -0.25 / 2, balance 0.25 / 0.75, last -0.25, none 0,
    // sums 0.5 and -0.25, dominated 0 and -0.25, negated 0.5 and 0, hedged 0 and -0.25.
    let evidence = [
      VerdictModel.Evidence(score: 0.5, shifterKinds: ["negator", "punctuation"]),
      VerdictModel.Evidence(score: -0.25, shifterKinds: ["contrast", "irrealis"]),
    ]
    #expect(evidence[0] == VerdictModel.Evidence(score: 0.5, negated: true))
    #expect(evidence[1] == VerdictModel.Evidence(score: -0.25, dominated: true, hedged: true))
    let features = VerdictModel.features(evidence: evidence)
    let expected: [Double] = [
      1, 0.25, -0.125, 1.0 / 3.0, -0.25, 0, 0.5, -0.25, 0, -0.25, 0.5, 0, 0, -0.25,
    ]
    #expect(features.count == VerdictModel.featureNames.count)
    #expect(zip(features, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    // A weight on `negatedPositive` moves only documents with a negated positive evaluation.
    var weights = [Double](repeating: 0, count: VerdictModel.featureNames.count)
    weights[VerdictModel.featureNames.firstIndex(of: "negatedPositive") ?? 0] = -2
    let model = VerdictModel(weights: weights)
    #expect(model.probability(evidence: evidence) < 0.5)
    #expect(model.probability(scores: [0.5, -0.25]) == 0.5)
  }
}
