import MarqueeAppraisal
import MarqueeCore
import Testing

/// The zone rules of `Corpora/GUIDELINES-evaluations.md` on prose written for these tests.
@Suite struct ZoneClassifierTests {
  static func zones(_ text: String) throws -> [String] {
    try (EvaluateStageTests.run(text).layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
  }

  @Test func aHeadingIsBackgroundAndItsJudgementStillCounts() throws {
    let document = try EvaluateStageTests.run(
      "Low Tide: a gorgeous ferry drama\n\nThe film is superb.")
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    #expect(zones == ["background", "evaluation"])
    // "gorgeous" in the headline and "superb" in the body are both the critic's.
    #expect(document.summary["evaluations"]?.integerValue == 2)
  }

  @Test func shortNarrationIsPlot() throws {
    #expect(try Self.zones("She presses. He switches the camera off.") == ["plot"])
  }

  @Test func theCriticsVoiceWithoutALexiconWordIsEvaluation() throws {
    #expect(try Self.zones("I cried.") == ["evaluation"])
  }

  @Test func releaseFactsAreBackground() throws {
    #expect(
      try Self.zones("The film was produced by Tidewater and distributed by Harbour Pictures.")
        == ["background"])
  }

  /// The zones of `text` with its character Mara and her actor Nadia Berg tagged.
  static func zonesWithMaraAndBerg(_ text: String) throws -> [String] {
    let document = try EvaluateStageTests.run(
      text,
      entities: [
        try EvaluationTargetTests.entity("e1", "Mara", in: text, label: "CHARACTER", key: "mara"),
        try EvaluationTargetTests.entity(
          "e2", "Nadia Berg", in: text, label: "CAST", key: "nadia-berg"),
      ])
    return (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
  }

  @Test func anActorNamedInTheSentenceSpeaksOfThePerformance() throws {
    // Without the CAST mention the pronouns and the character outweigh the two mild words.
    let zones = try Self.zonesWithMaraAndBerg(
      "Her Mara is calm and kind with her son, and Nadia Berg gives her a quiet force.")
    #expect(zones == ["evaluation"])
  }

  @Test func anActorNamedToIntroduceACharacterIsPlot() throws {
    let zones = try Self.zonesWithMaraAndBerg(
      "Mara (Nadia Berg) is tired, lonely and miserable, and her son hides from her at the hotel.")
    #expect(zones == ["plot"])
  }

  @Test func quotationMarksAroundATitleAreNotAQuotation() throws {
    let text =
      "Whatever the trailer says, I think “Low Tide” is a masterpiece. "
      + "Critics said Low Tide was “a masterpiece of the sea”."
    let first = try EvaluationTargetTests.entity(
      "e1", "Low Tide", in: text, label: "TITLE", key: "low-tide")
    let entities = [
      first,
      try EvaluationTargetTests.entity(
        "e2", "Low Tide", in: text, label: "TITLE", key: "low-tide", from: first.end),
    ]
    let document = try EvaluateStageTests.run(text, entities: entities)
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    // The first sentence quotes nobody's words (the marks set off the title; the trailer is
    // only mentioned): the critic's own "masterpiece"; the second reports the critics' words.
    #expect(zones == ["evaluation", "quoted"])
  }
}
