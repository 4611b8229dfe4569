import MarqueeAppraisal
import MarqueeCore
import MarqueeTestSupport
import Testing

/// The span rules of `Corpora/GUIDELINES-evaluations.md` on prose written for these tests: each
/// case marks (⟦…⟧) exactly the span the evaluate stage must write for its expression.
@Suite struct EvaluationSpanTests {
  /// Checks that the marked span is, exactly, one of the stage's evaluations.
  static func check(_ marked: String) throws {
    let fixture = MarkedText(marked)
    let span = try #require(fixture.spans.first)
    let document = try EvaluateStageTests.run(fixture.text)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let surfaces = evaluations.map { "\(document.surface(of: $0))" }
    #expect(
      evaluations.contains { $0.range == span },
      "no evaluation on \"\(fixture.surface(span))\"; found \(surfaces)")
  }

  /// An attributive adjective takes its determiner and the noun phrase it modifies, a name
  /// included, with the complement of its noun up to the clause's end ("about a lighthouse
  /// keeper"), but not past a name or into a word that reads as its verb.
  static let attributive = [
    "The festival premiere brought ⟦a devastating Marta Kovacs⟧ to the screen.",
    "Last night I saw ⟦a wonderful film about a lighthouse keeper⟧.",
    "It is ⟦a gorgeous winter picture⟧, and very cold.",
    "Ines Moreau’s ⟦superb second feature⟧ arrives on Friday.",
    "For all its charm it is ⟦not a perfect picture⟧.",
    "The wedding scene gives the story ⟦too tidy an ending for my taste⟧.",
  ]

  /// A noun of judgement takes its determiner, what an "of" after it names, and a "with" that
  /// makes it a manner phrase.
  static let nouns = [
    "By the last reel the whole thing is ⟦a mess⟧.",
    "The opening heist is ⟦a triumph⟧.",
    "The dinner party sequence is ⟦a marvel of timing⟧.",
    "The last reel is ⟦a tour de force of editing⟧, and then it stops.",
    "Okafor plays the widow ⟦with precision⟧.",
  ]

  /// A predicative adjective keeps its modifiers and takes neither subject nor what follows.
  static let predicative = [
    "The ending is ⟦superb⟧.",
    "Her supporting cast is ⟦not bad at all⟧.",
    "The second hour is ⟦too long for its story⟧.",
  ]

  /// An adverb stays with the word it modifies.
  static let adverbs = [
    "Even the crowded battle scenes are ⟦effortlessly legible⟧.",
    "The goodbye at the station is ⟦painfully real⟧.",
  ]

  /// A comparison takes its standard: "better than" and what it is better than.
  static let comparisons = [
    "The new subtitle translation is ⟦better than any earlier edition on my shelf⟧.",
    "The remake is ⟦worse than the original⟧.",
  ]

  @Test(arguments: comparisons) func comparisonsTakeTheirStandard(_ marked: String) throws {
    try Self.check(marked)
  }

  @Test(arguments: attributive) func attributiveAdjectivesTakeTheirNounPhrase(_ marked: String)
    throws
  {
    try Self.check(marked)
  }

  @Test(arguments: nouns) func judgementNounsTakeTheirDeterminer(_ marked: String) throws {
    try Self.check(marked)
  }

  @Test(arguments: predicative) func predicativeJudgementsStartAfterTheCopula(_ marked: String)
    throws
  {
    try Self.check(marked)
  }

  @Test(arguments: adverbs) func adverbsKeepTheWordTheyModify(_ marked: String) throws {
    try Self.check(marked)
  }

  /// A predicate runs to the end of its clause, with the complement or relative clause of its
  /// head, but not into the verb of a noun phrase that is the subject, past a name, or into a
  /// role ("as") or an agent ("by"); it starts right after a copula, taking the adverbs in
  /// between; a negation split from its auxiliary by the tokenizer stays with it.
  static let clauses = [
    "Her second film is ⟦the best thing she has made⟧, and it opens on Friday.",
    "Okafor is ⟦superb at playing a man who hides his grief⟧.",
    "The ending is ⟦often very moving⟧.",
    "The sequel ⟦doesn't work⟧.",
    "It was ⟦a brilliant summer evening picnic movie⟧.",
    "Ines Moreau’s ⟦superb second feature⟧ is about a ferry.",
    "Okafor is ⟦superb⟧ as the widow.",
    "The dinner is ⟦both funny and touching⟧.",
    "The sound is ⟦as detailed as the images⟧.",
    "Okafor is ⟦superb⟧ and, frankly, the reason to go.",
    "Okafor lies ⟦with admirable timing⟧.",
    "It is a flawed film, but ⟦for all its flaws⟧, I loved it.",
    "The second act is ⟦overlong⟧ by ten minutes.",
  ]

  /// A list of modifiers stays with the determiner of its noun phrase, a possessive included;
  /// a verb whose object is the judgement belongs to it, "give" (which presents a
  /// performance) does not.
  static let nounPhrases = [
    "The ferry sequence is ⟦a grey, wintry, wonderful detour⟧.",
    "The dinner is ⟦the film's most interesting idea⟧.",
    "The director ⟦has a gift for silence⟧.",
    "The director ⟦found the perfect ending⟧.",
    "Nadia Berg gives ⟦a wonderful performance⟧.",
  ]

  @Test(arguments: nounPhrases) func nounPhrasesKeepTheirModifiersAndVerb(_ marked: String)
    throws
  {
    try Self.check(marked)
  }

  @Test(arguments: clauses) func predicatesRunToTheEndOfTheirClause(_ marked: String) throws {
    try Self.check(marked)
  }

  /// "best" in an award name or an idiom judges nothing; as a judgement it still counts.
  @Test func bestInAnAwardNameIsNotAJudgement() throws {
    let document = try EvaluateStageTests.run(
      "Ines Moreau, best known for comedies, won best director at Venice. "
        + "The film took the award for best screenplay in Berlin. "
        + "It is the best film of her career.")
    let surfaces = (document.layer(LayerName.evaluations) ?? []).map {
      "\(document.surface(of: $0))"
    }
    #expect(surfaces == ["the best film of her career"])
  }

  /// A list of attributive adjectives sharing a noun is one expression; a predicative list is
  /// one per adjective (the guidelines' "tender, lovely and a little too tidy").
  @Test func anAttributiveListIsOneExpression() throws {
    let listed = try EvaluateStageTests.run("The ferry sequence is a dull, clumsy, tedious detour.")
    let evaluations = listed.layer(LayerName.evaluations) ?? []
    #expect(evaluations.map { "\(listed.surface(of: $0))" } == ["a dull, clumsy, tedious detour"])
    #expect(evaluations.first?.features["polarity"]?.stringValue == "negative")
    #expect(evaluations.first?.features["cues"]?.arrayValue?.count == 3)
    let mixed = try EvaluateStageTests.run("It is a gorgeous, hollow film.")
    let mixedEvaluations = mixed.layer(LayerName.evaluations) ?? []
    #expect(mixedEvaluations.map { "\(mixed.surface(of: $0))" } == ["a gorgeous, hollow film"])
    #expect(mixedEvaluations.first?.features["polarity"]?.stringValue == "mixed")
    let predicative = try EvaluateStageTests.run(
      "The film is tender, lovely and a little too tidy.")
    #expect(
      (predicative.layer(LayerName.evaluations) ?? []).map { "\(predicative.surface(of: $0))" }
        == ["tender", "lovely", "a little too tidy"])
  }

  /// An adjective and the evaluative noun it modifies are one expression, judged by the
  /// adjective ("a good joke" is praise, though "a joke" alone is not).
  @Test func anAdjectiveAndItsEvaluativeNounAreOneExpression() throws {
    let joke = try EvaluateStageTests.run("The ending is a good joke.")
    let evaluations = joke.layer(LayerName.evaluations) ?? []
    #expect(evaluations.map { "\(joke.surface(of: $0))" } == ["a good joke"])
    #expect(evaluations.first?.features["polarity"]?.stringValue == "positive")
    let precision = try EvaluateStageTests.run("Okafor plays the widow with uncanny precision.")
    #expect(
      (precision.layer(LayerName.evaluations) ?? []).map { "\(precision.surface(of: $0))" }
        == ["with uncanny precision"])
  }

  /// Two expressions of one clause with nothing but words between them are one judgement,
  /// scored by the head ("a dazzling stunt in search of a soul" praises); a conjunction, a
  /// copula or punctuation keeps them apart.
  @Test func expressionsOfOneClauseAreOneJudgement() throws {
    let stunt = try EvaluateStageTests.run("It is a dazzling stunt in search of a soul.")
    let evaluations = stunt.layer(LayerName.evaluations) ?? []
    #expect(
      evaluations.map { "\(stunt.surface(of: $0))" } == ["a dazzling stunt in search of a soul"])
    #expect(evaluations.first?.features["polarity"]?.stringValue == "positive")
    let two = try EvaluateStageTests.run("The script is clever and the acting is superb.")
    #expect(
      (two.layer(LayerName.evaluations) ?? []).map { "\(two.surface(of: $0))" }
        == ["clever", "superb"])
  }
}
