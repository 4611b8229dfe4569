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

  @Test func anActorNamedInTheSentenceSpeaksOfThePerformance() throws {
    // Without the CAST mention the pronouns and the character outweigh the two mild words.
    let text = "Her Mara is calm and kind with her son, and Nadia Berg gives her a quiet force."
    let scalars = Array(text.unicodeScalars)
    func span(_ surface: String) -> Range<Int> {
      let needle = Array(surface.unicodeScalars)
      let start =
        (0...(scalars.count - needle.count)).first {
          Array(scalars[$0..<($0 + needle.count)]) == needle
        } ?? 0
      return start..<(start + needle.count)
    }
    let mara = span("Mara")
    let berg = span("Nadia Berg")
    let document = try EvaluateStageTests.run(
      text,
      entities: [
        Annotation(id: "e1", start: mara.lowerBound, end: mara.upperBound, label: "CHARACTER"),
        Annotation(id: "e2", start: berg.lowerBound, end: berg.upperBound, label: "CAST"),
      ])
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    #expect(zones == ["evaluation"])
  }

  @Test func anActorNamedToIntroduceACharacterIsPlot() throws {
    let text =
      "Mara (Nadia Berg) is tired, lonely and miserable, and her son hides from her at the hotel."
    let scalars = Array(text.unicodeScalars)
    func span(_ surface: String) -> Range<Int> {
      let needle = Array(surface.unicodeScalars)
      let start =
        (0...(scalars.count - needle.count)).first {
          Array(scalars[$0..<($0 + needle.count)]) == needle
        } ?? 0
      return start..<(start + needle.count)
    }
    let mara = span("Mara")
    let berg = span("Nadia Berg")
    let document = try EvaluateStageTests.run(
      text,
      entities: [
        Annotation(id: "e1", start: mara.lowerBound, end: mara.upperBound, label: "CHARACTER"),
        Annotation(id: "e2", start: berg.lowerBound, end: berg.upperBound, label: "CAST"),
      ])
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    #expect(zones == ["plot"])
  }

  @Test func quotationMarksAroundATitleAreNotAQuotation() throws {
    let text =
      "Whatever the trailer says, I think “Low Tide” is a masterpiece. "
      + "Critics said Low Tide was “a masterpiece of the sea”."
    let scalars = Array(text.unicodeScalars)
    let needle = Array("Low Tide".unicodeScalars)
    let starts = (0...(scalars.count - needle.count)).filter {
      Array(scalars[$0..<($0 + needle.count)]) == needle
    }
    let entities = starts.enumerated().map { index, start in
      Annotation(
        id: "e\(index + 1)", start: start, end: start + needle.count, label: "TITLE",
        features: JSONObject([("entity", .string("low-tide"))]))
    }
    let document = try EvaluateStageTests.run(text, entities: entities)
    let zones = (document.layer(EvaluateStage.zonesLayer) ?? []).compactMap(\.label)
    // The first sentence quotes nobody's words (the marks set off the title; the trailer is
    // only mentioned): the critic's own "masterpiece"; the second reports the critics' words.
    #expect(zones == ["evaluation", "quoted"])
  }
}
