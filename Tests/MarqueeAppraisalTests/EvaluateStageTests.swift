import MarqueeAppraisal
import MarqueeCore
import MarqueeTestSupport
import MarqueeText
import Testing

/// The evaluate stage on review prose written for these tests: each case marks the expression
/// the stage must find (⟦…⟧), its polarity, and the kinds of the shifters that must have changed
/// its value, in the order they apply.
@Suite struct EvaluateStageTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var marked: String
    var polarity: String
    var shifters: [String]
    var testDescription: String { marked }
  }

  static func run(_ text: String, entities: [Annotation] = []) throws -> Document {
    var document = Document(id: "t", text: text)
    if !entities.isEmpty { try document.setLayer(LayerName.entities, entities) }
    return try Pipeline([SegmentStage(), EvaluateStage()]).run(document)
  }

  /// Checks that the marked span is an evaluation with the expected polarity and shifters.
  static func check(_ example: Case) throws {
    let fixture = MarkedText(example.marked)
    let span = try #require(fixture.spans.first)
    let document = try run(fixture.text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let found = evaluations.first { $0.range == span }
    let surfaces = evaluations.map { "\(document.surface(of: $0))" }
    let evaluation = try #require(
      found, "no evaluation on \"\(fixture.surface(span))\"; found \(surfaces)")
    #expect(evaluation.features["polarity"]?.stringValue == example.polarity)
    let kinds = evaluation.features["shifters"]?.arrayValue?.compactMap {
      $0.objectValue?["kind"]?.stringValue
    }
    #expect(kinds == example.shifters)
    let score = try #require(evaluation.features["score"]?.doubleValue)
    #expect(score >= -1 && score <= 1)
    #expect((score > 0) == (example.polarity == "positive"))
  }

  static let negation: [Case] = [
    Case(
      marked: "This is ⟦not the worst film of the year⟧.", polarity: "positive",
      shifters: ["negator"]),
    Case(marked: "The second hour is ⟦never boring⟧.", polarity: "positive", shifters: ["negator"]),
    Case(
      marked: "⟦No one could call it dull⟧.", polarity: "positive", shifters: ["hedge", "negator"]),
    Case(
      marked: "The cast is ⟦not bad at all⟧.", polarity: "positive",
      shifters: ["negator", "intensifier"]),
    Case(marked: "The jokes are ⟦not clever⟧.", polarity: "negative", shifters: ["negator"]),
    // compared with everything else, a negation praises
    Case(
      marked: "He has never made anything this ⟦assured⟧.", polarity: "positive", shifters: []),
    Case(
      marked: "Nobody has given a performance as ⟦fierce⟧ as hers.", polarity: "positive",
      shifters: []),
    Case(
      marked: "It is ⟦not so good⟧.", polarity: "negative", shifters: ["intensifier", "negator"]),
  ]

  static let graduation: [Case] = [
    Case(
      marked: "The plot grows ⟦increasingly absurd⟧.", polarity: "negative",
      shifters: ["intensifier"]),
    Case(marked: "The second act is ⟦too neat⟧.", polarity: "negative", shifters: ["excess"]),
    Case(
      marked: "The score is ⟦slightly overbearing⟧.", polarity: "negative", shifters: ["downtoner"]),
    Case(
      marked: "Her character is ⟦utterly charmless⟧.", polarity: "negative",
      shifters: ["intensifier"]),
    Case(
      marked: "The ending is ⟦wonderfully unpredictable⟧.", polarity: "positive",
      shifters: ["intensifier"]),
    Case(
      marked: "The middle section is ⟦too sentimental⟧.", polarity: "negative", shifters: ["excess"]
    ),
  ]

  static let irrealis: [Case] = [
    Case(marked: "It ⟦might have been great⟧.", polarity: "negative", shifters: ["irrealis"]),
    Case(marked: "It ⟦should have been shorter⟧.", polarity: "negative", shifters: ["irrealis"]),
    Case(
      marked: "The film ⟦would be better if it trusted its audience⟧.", polarity: "negative",
      shifters: ["irrealis"]),
    Case(marked: "Is it ⟦any good⟧?", polarity: "positive", shifters: ["irrealis", "hedge"]),
  ]

  static let contrast: [Case] = [
    // A tight phrase with an internal contrast is one mixed expression (the guidelines'
    // "gorgeous but hollow"); contrasting clauses are separate expressions.
    Case(
      marked: "The images are ⟦gorgeous but hollow⟧.", polarity: "mixed", shifters: ["contrast"]),
    Case(
      marked: "The images are ⟦gorgeous⟧, but the story is hollow.", polarity: "positive",
      shifters: ["contrast"]),
    Case(
      marked: "The images are gorgeous, but the story is ⟦hollow⟧.", polarity: "negative",
      shifters: []),
    Case(
      marked: "Although ⟦slow⟧, it rewards patience.", polarity: "negative", shifters: ["contrast"]),
  ]

  static let comparison: [Case] = [
    Case(
      marked: "The sequel is ⟦better than the original⟧.", polarity: "positive",
      shifters: ["comparative"]),
    Case(
      marked: "It is ⟦not as funny as the first one⟧.", polarity: "negative",
      shifters: ["comparative"]),
    Case(
      marked: "The remake is ⟦worse than the original⟧.", polarity: "negative",
      shifters: ["comparative"]),
  ]

  static let filmSenses: [Case] = [
    Case(
      marked: "Riz Ahmed gives ⟦a devastating performance⟧.", polarity: "positive", shifters: []),
    Case(marked: "The score is ⟦haunting⟧.", polarity: "positive", shifters: []),
    Case(marked: "The plot is ⟦predictable⟧.", polarity: "negative", shifters: []),
    Case(marked: "At three hours the film feels ⟦bloated⟧.", polarity: "negative", shifters: []),
    Case(marked: "It is ⟦overlong⟧ by half an hour.", polarity: "negative", shifters: []),
    Case(marked: "The pacing is ⟦bleak⟧.", polarity: "negative", shifters: []),
    Case(
      marked: "Stone gives ⟦the performance of her career⟧.", polarity: "positive", shifters: []),
    Case(marked: "The ending is ⟦a cop-out⟧.", polarity: "negative", shifters: []),
    Case(marked: "The staging feels ⟦airless⟧.", polarity: "negative", shifters: []),
    // "the jokes" are part of the film; "a joke" judges it
    Case(marked: "The jokes ⟦land⟧.", polarity: "positive", shifters: []),
    Case(marked: "The whole third act is ⟦a joke⟧.", polarity: "negative", shifters: []),
  ]

  static let typographyAndSarcasm: [Case] = [
    Case(marked: "What ⟦a great film⟧!!!", polarity: "positive", shifters: ["punctuation"]),
    Case(marked: "This is ⟦a GREAT film⟧.", polarity: "positive", shifters: ["capitals"]),
    Case(
      marked: "⟦Oh great⟧, another superhero sequel.", polarity: "negative", shifters: ["sarcasm"]),
    Case(marked: "⟦An allegedly funny script⟧.", polarity: "negative", shifters: ["sarcasm"]),
  ]

  @Test(arguments: negation) func negationAndItsScope(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: graduation) func intensifiersAndDowntoners(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: irrealis) func hedgesAndIrrealis(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: contrast) func contrastWeakensTheDominatedSide(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: comparison) func comparatives(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: filmSenses) func filmDomainSenses(_ example: Case) throws {
    try Self.check(example)
  }

  @Test(arguments: typographyAndSarcasm) func punctuationCapitalsAndSarcasm(_ example: Case) throws
  {
    try Self.check(example)
  }

  @Test func intensifiersStrengthenAndDowntonersWeaken() throws {
    func score(_ text: String) throws -> Double {
      let document = try Self.run(text)
      return try #require(
        document.layer(LayerName.evaluations)?.first?.features["score"]?.doubleValue)
    }
    let plain = try score("The film is dull.")
    #expect(try score("The film is utterly dull.") < plain)
    #expect(try score("The film is slightly dull.") > plain)
    #expect(try score("The film is slightly dull.") < 0)
    // "!" and capitals strengthen without changing the sign.
    #expect(try score("The film is dull!") < plain)
  }

  @Test func contrastMakesTheMainClauseDecide() throws {
    // "gorgeous but hollow": hollow dominates; "although slow, it rewards patience": praise.
    let hollow = try Self.run("The film is gorgeous but hollow.")
    #expect(hollow.summary["verdict"]?.stringValue == "negative")
    // One mixed expression that leans the way of its dominant side.
    let score = hollow.layer(LayerName.evaluations)?.first?.features["score"]?.doubleValue
    #expect((score ?? 0) < 0)
    let patience = try Self.run("Although slow, it rewards patience.")
    #expect(patience.summary["verdict"]?.stringValue == "positive")
  }

  @Test func targetDependentWordsDescribeGenresAndJudgeCraft() throws {
    // A dark comedy is a genre, not a verdict; slow pacing is a verdict.
    #expect(try Self.run("It is a dark comedy.").layer(LayerName.evaluations) == [])
    let pacing = try Self.run("The pacing is slow.").layer(LayerName.evaluations) ?? []
    #expect(pacing.count == 1)
    #expect(pacing.first?.features["aspect"]?.stringValue == "pacing")
    #expect((pacing.first?.features["score"]?.doubleValue ?? 0) < 0)
  }

  @Test func plotSummaryAndQuotedOpinionDoNotCountTowardTheVerdict() throws {
    let text =
      "Ruben loses his hearing, and his girlfriend leaves him during the worst week of his life. "
      + "Critics called it \"a masterpiece\". The film is a superb, generous drama."
    let document = try Self.run(text)
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    #expect(zones == ["plot", "quoted", "evaluation"])
    let byZone = Dictionary(
      grouping: document.layer(LayerName.evaluations) ?? [],
      by: { $0.features["zone"]?.stringValue ?? "" })
    #expect(byZone["plot"]?.count == 1)  // "worst", about Ruben's week, not the film
    #expect(byZone["quoted"]?.count == 1)  // the critics' "masterpiece"
    // Only the last sentence counts: "a superb, generous drama", one expression whose two
    // cues the verdict counts one by one.
    #expect(document.summary["evaluations"]?.integerValue == 2)
    #expect(document.summary["verdict"]?.stringValue == "positive")
  }

  @Test func targetsAndAspectsComeFromEntitiesAndAspectNouns() throws {
    // "Riz Ahmed is superb; the score is haunting."
    //  0.......9
    let text = "Riz Ahmed is superb; the score is haunting."
    let document = try Self.run(
      text, entities: [Annotation(id: "e1", start: 0, end: 9, label: "CAST")])
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(evaluations.map { "\(document.surface(of: $0))" } == ["superb", "haunting"])
    #expect(evaluations.first?.features["target"] == .string("e1"))
    #expect(evaluations.first?.features["aspect"] == .string("acting"))
    // The clause boundary keeps "haunting" away from Riz Ahmed; "score" gives the aspect.
    #expect(evaluations.last?.features["target"] == .null)
    #expect(evaluations.last?.features["aspect"] == .string("music"))
    let entities = try #require(document.summary["entities"]?.objectValue)
    #expect(entities.keys == ["e1"])
    let aspects = try #require(document.summary["aspects"]?.objectValue)
    #expect(aspects.keys == ["acting", "music"])
  }

  @Test func aVerbOfPraiseAfterADeterminerIsTheNounAndJudgesNothing() throws {
    // "works" praises ("the film works"); "her work" is only what she did.
    let surfaces = { (text: String) throws -> [String] in
      let document = try Self.run(text)
      return (document.layer(LayerName.evaluations) ?? []).map { "\(document.surface(of: $0))" }
    }
    #expect(try surfaces("The film works.") == ["works"])
    #expect(try surfaces("Her work has never been better.") == ["never been better"])
  }

  @Test func aSpanStopsBeforeASecondPredicateOfItsSubject() throws {
    // The judgement runs to the end of its clause, but "and was shot …" starts a new predicate.
    let document = try Self.run("The film is a marvel of restraint and was shot in nine days.")
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(evaluations.map { "\(document.surface(of: $0))" } == ["a marvel of restraint"])
  }

  @Test func aHeadlineCountsForTheVerdictButOtherBackgroundDoesNot() throws {
    // The headline has no full stop: background, but the critic's own words. The release
    // sentence is background too (a year, a distributor) and its faint "slightly long" stays
    // out of the verdict: only "Tender" (0.6) and "very funny" (0.715) count, mean 0.6575.
    let text = "Tender and very funny\n\nThe 2019 release by Neon was slightly long.\n"
    let document = try Self.run(text)
    let zones = document.layer(EvaluateStage.zonesLayer) ?? []
    #expect(zones.map(\.label) == ["background"])
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(
      evaluations.map { "\(document.surface(of: $0))" } == [
        "Tender", "very funny", "slightly long",
      ])
    #expect(document.summary["evaluations"]?.integerValue == 2)
    #expect(abs((document.summary["score"]?.doubleValue ?? 0) - 0.658) < 0.001)
  }

  @Test func summaryScoresEachReferentOnceAcrossItsMentions() throws {
    // "Riz Ahmed is superb. Ahmed is wonderful. Olivia Cooke is dreadful."
    //  0........9           21...26              41..........53
    let text = "Riz Ahmed is superb. Ahmed is wonderful. Olivia Cooke is dreadful."
    let document = try Self.run(
      text,
      entities: [
        Annotation(
          id: "e1", start: 0, end: 9, label: "CAST",
          features: JSONObject([("entity", .string("riz-ahmed"))])),
        Annotation(
          id: "e2", start: 21, end: 26, label: "CAST",
          features: JSONObject([("entity", .string("riz-ahmed"))])),
        Annotation(id: "e3", start: 41, end: 53, label: "CAST"),
      ])
    let evaluations = document.layer(LayerName.evaluations) ?? []
    // Each evaluation still names the mention it is about...
    #expect(
      evaluations.map { $0.features["target"] } == [.string("e1"), .string("e2"), .string("e3")])
    // ...but the summary adds both mentions of Riz Ahmed under his key; an entity without a key
    // is listed under its id.
    let entities = try #require(document.summary["entities"]?.objectValue)
    #expect(entities.keys == ["riz-ahmed", "e3"])
    #expect(entities["riz-ahmed"]?.objectValue?["count"]?.integerValue == 2)
    #expect((entities["e3"]?.objectValue?["score"]?.doubleValue ?? 0) < 0)
  }

  @Test func everyEvaluationSpanSlicesToItsOwnText() throws {
    let text = "Émilie’s turn is 👍🏽 NOT bad at all.\r\nThe ending? Utterly charmless!!"
    let document = try Self.run(text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(evaluations.count == 2)
    let scalars = Array(text.unicodeScalars)
    for evaluation in evaluations {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[evaluation.range])
      #expect(String(view) == "\(document.surface(of: evaluation))")
    }
    #expect(
      evaluations.map { "\(document.surface(of: $0))" } == ["NOT bad at all", "Utterly charmless"])
  }

  @Test func userLexiconAddsAndOverridesEntries() throws {
    let url = FileManagerTemporary.file(
      named: "extra.tsv", contents: "zesty\tadj\tpositive\t0.6\t\tgeneral\t\t\t\n")
    let stage = try EvaluateStage(lexiconFiles: [url])
    let document = try Pipeline([SegmentStage(), stage]).run(
      Document(id: "t", text: "A zesty thriller."))
    #expect(document.layer(LayerName.evaluations)?.first?.features["cues"] == ["zesty"])
    #expect(stage.settings["lexicons"] == .array([.string(url.path)]))
  }

  @Test func aBadUserLexiconNamesFileAndLine() throws {
    let url = FileManagerTemporary.file(
      named: "bad.tsv", contents: "# comment\nzesty\tadj\tpositive\thigh\t\tgeneral\t\t\t\n")
    #expect(throws: LexiconError.self) { try EvaluateStage(lexiconFiles: [url]) }
    do {
      _ = try EvaluateStage(lexiconFiles: [url])
    } catch {
      #expect(error.description.contains("bad.tsv:2"))
      #expect(error.description.contains("expected a number from -1 to 1"))
    }
  }

  @Test func passesTheStageConformanceKit() {
    for problem in StageConformance.problems(running: [EvaluateStage()], after: [SegmentStage()]) {
      Issue.record(Comment(rawValue: problem))
    }
  }
}
