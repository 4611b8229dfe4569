import MarqueeAppraisal
import MarqueeCore
import Testing

/// The target rules of `Corpora/GUIDELINES-evaluations.md` on prose written for these tests: a
/// person or the reviewed film's title in the expression's sentence, the nearest one before it
/// first; a character is not a target; the film as a whole is its title as written nearest.
@Suite struct EvaluationTargetTests {
  /// An entity annotation over the first occurrence of `surface` at or after `from`.
  static func entity(
    _ id: String, _ surface: String, in text: String, label: String, key: String,
    from: Int = 0
  ) throws -> Annotation {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(surface.unicodeScalars)
    let start = try #require(
      (from...(scalars.count - needle.count)).first {
        Array(scalars[$0..<($0 + needle.count)]) == needle
      })
    return Annotation(
      id: id, start: start, end: start + needle.count, label: label,
      features: JSONObject([("entity", .string(key))]))
  }

  /// The target id of the evaluation whose text is `surface`.
  static func target(of surface: String, in document: Document) throws -> JSONValue? {
    let evaluations = document.layer(LayerName.evaluations) ?? []
    let found = try #require(
      evaluations.first { "\(document.surface(of: $0))" == surface },
      "no evaluation \"\(surface)\" in \(evaluations.map { "\(document.surface(of: $0))" })")
    return found.features["target"]
  }

  @Test func thePersonBeforeTheExpressionNotAnotherWorkOrACharacter() throws {
    let text =
      "“Low Tide” opens in March. Nadia Berg, who was Hester in The Salt House, is superb. "
      + "It is never boring."
    let entities = [
      try Self.entity("e1", "Low Tide", in: text, label: "TITLE", key: "low-tide"),
      try Self.entity("e2", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      try Self.entity("e3", "Hester", in: text, label: "CHARACTER", key: "hester"),
      try Self.entity("e4", "The Salt House", in: text, label: "TITLE", key: "the-salt-house"),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    // The nearest entities before "superb" are another film and a character: the actor it is.
    #expect(try Self.target(of: "superb", in: document) == .string("e2"))
    // Nothing in the last sentence: the film as a whole, its title (first of two mentioned
    // once each, so the reviewed one).
    #expect(try Self.target(of: "never boring", in: document) == .string("e1"))
  }

  @Test func theFilmIsItsTitleAsWrittenNearest() throws {
    let text =
      "Low Tide is a drama about a ferry. The Salt House was a comedy. Low Tide is set on an "
      + "island. It is a triumph."
    let entities = [
      try Self.entity("e1", "Low Tide", in: text, label: "TITLE", key: "low-tide"),
      try Self.entity("e2", "The Salt House", in: text, label: "TITLE", key: "the-salt-house"),
      try Self.entity("e3", "Low Tide", in: text, label: "TITLE", key: "low-tide", from: 10),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    // Low Tide is mentioned twice, so it is the reviewed film; its nearer mention is e3.
    #expect(try Self.target(of: "a triumph", in: document) == .string("e3"))
  }

  @Test func aJudgementOfACraftIsNotPinnedOnTheTitle() throws {
    let text = "Low Tide is set on an island. The editing is clumsy."
    let entities = [
      try Self.entity("e1", "Low Tide", in: text, label: "TITLE", key: "low-tide")
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    #expect(try Self.target(of: "clumsy", in: document) == .null)
  }

  @Test func wordsInsideANameOrTitleJudgeNothing() throws {
    let text = "“Brilliant Wreck” opens on Friday, and Frank Bellamy is superb in it."
    let entities = [
      try Self.entity("e1", "Brilliant Wreck", in: text, label: "TITLE", key: "brilliant-wreck"),
      try Self.entity("e2", "Frank Bellamy", in: text, label: "CAST", key: "frank-bellamy"),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let surfaces = (document.layer(LayerName.evaluations) ?? []).map {
      "\(document.surface(of: $0))"
    }
    #expect(surfaces == ["superb in it"])
  }

  @Test func notTheOwnerOfAnotherWorkButTheFirstOfAPair() throws {
    let text =
      "Low Tide opens in March; Low Tide runs two hours. "
      + "Nadia Berg, who starred in Ines Moreau’s “The Salt House”, is superb. "
      + "The sound, designed by Ana Ruiz and Tom Hale, is superb too."
    let entities = [
      try Self.entity("e6", "Low Tide", in: text, label: "TITLE", key: "low-tide"),
      try Self.entity("e7", "Low Tide", in: text, label: "TITLE", key: "low-tide", from: 5),
      try Self.entity("e1", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      try Self.entity("e2", "Ines Moreau", in: text, label: "CREW", key: "ines-moreau"),
      try Self.entity("e3", "The Salt House", in: text, label: "TITLE", key: "the-salt-house"),
      try Self.entity("e4", "Ana Ruiz", in: text, label: "CREW", key: "ana-ruiz"),
      try Self.entity("e5", "Tom Hale", in: text, label: "CREW", key: "tom-hale"),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(evaluations.map { $0.features["target"] } == [.string("e1"), .string("e4")])
  }

  @Test func whoACharacterIsIsNotAJudgementButAPerformanceIs() throws {
    let text = "Mara is bright, bored and cheeky. Nadia Berg’s Mara is superb."
    let entities = [
      try Self.entity("e1", "Mara", in: text, label: "CHARACTER", key: "mara"),
      try Self.entity("e2", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      try Self.entity("e3", "Mara", in: text, label: "CHARACTER", key: "mara", from: 10),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let surfaces = (document.layer(LayerName.evaluations) ?? []).map {
      "\(document.surface(of: $0))"
    }
    #expect(surfaces == ["superb"])
  }

  @Test func anAppositionDescribingACharacterIsNotAJudgement() throws {
    let text =
      "Nadia Berg plays Mara Vell, a brilliant chemist who, in a desperate attempt at a cure, "
      + "ruins her lab. Berg is superb."
    let entities = [
      try Self.entity("e1", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      try Self.entity("e2", "Mara Vell", in: text, label: "CHARACTER", key: "mara-vell"),
      try Self.entity("e3", "Berg", in: text, label: "CAST", key: "nadia-berg", from: 20),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let surfaces = (document.layer(LayerName.evaluations) ?? []).map {
      "\(document.surface(of: $0))"
    }
    #expect(surfaces == ["superb"])
  }

  @Test func theOwnerOfAnotherWorkInsideTheSpanIsNotItsTarget() throws {
    let text =
      "Low Tide opens in March; Low Tide runs two hours. "
      + "Nadia Berg is as good as she was in Ines Moreau’s “The Salt House”."
    let entities = [
      try Self.entity("e1", "Low Tide", in: text, label: "TITLE", key: "low-tide"),
      try Self.entity("e2", "Low Tide", in: text, label: "TITLE", key: "low-tide", from: 5),
      try Self.entity("e3", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      try Self.entity("e4", "Ines Moreau", in: text, label: "CREW", key: "ines-moreau"),
      try Self.entity("e5", "The Salt House", in: text, label: "TITLE", key: "the-salt-house"),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let evaluations = document.layer(LayerName.evaluations) ?? []
    #expect(
      evaluations.map { "\(document.surface(of: $0))" } == ["as good as she was in Ines Moreau"])
    #expect(evaluations.first?.features["target"] == .string("e3"))
  }
}
