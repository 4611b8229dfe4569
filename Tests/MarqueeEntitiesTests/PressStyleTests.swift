import MarqueeCore
import MarqueeEntities
import Testing

/// Newspaper habits: a title of address for everyone named, titles in plain text.
@Suite struct PressStyleTests {
  @Test func aPerformerCalledMsOnEveryMentionStaysAPerformer() throws {
    let result = try tag(
      "Dara Vell plays Ines, a lighthouse keeper. Ms. Vell is superb. Ms. Vell rarely raises "
        + "her voice, and Ms. Vell makes the silence count.")
    #expect(result.mentions.labels(of: "Vell") == ["CAST", "CAST", "CAST"], "\(result.mentions)")
    #expect(result.mentions.labels(of: "Dara Vell") == ["CAST"])
  }

  @Test func aCharacterAddressedByTitleIsStillACharacter() throws {
    let result = try tag("Mr. Pettifer counts the days. Mr. Pettifer never leaves the office.")
    #expect(result.mentions.labels(of: "Pettifer") == ["CHARACTER", "CHARACTER"])
  }

  @Test func aKnownTitleRunsOnAcrossSmallWords() throws {
    let result = try tag(
      "It owes more to Gangs of New York than to In the Bedroom, and it shows.")
    #expect(result.mentions.labels(of: "Gangs of New York") == ["TITLE"], "\(result.mentions)")
    #expect(!result.mentions.contains { $0.surface == "New York" })
  }

  @Test(arguments: [
    ("It is the leap the director made with Whiplash: a film that changes key.", "TITLE"),
    ("For about an hour, Whiplash is the tensest thing on screen.", "TITLE"),
  ])
  func aKnownOneWordTitleStandingAloneIsATitle(_ text: String, _ label: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: "Whiplash") == [label], "\(result.mentions)")
  }

  @Test func aOneWordTitleUsedAsANameOrModifierIsNot() throws {
    let result = try tag("She is Brooklyn’s only Spider-Man, and every Spider-Man story rhymes.")
    #expect(!result.mentions.contains { $0.label == "TITLE" }, "\(result.mentions)")
  }
}
