import MarqueeCore
import MarqueeEntities
import Testing

/// Organisations found from their shape and the words around them, in prose written for these
/// tests.
@Suite struct OrganisationCueTests {
  @Test(arguments: [
    ("The series moved to Disney+ for its second season.", "Disney+", "streamer"),
    ("It was assembled by 20th Century Fox as a franchise starter.", "20th Century Fox", "studio"),
    ("It won the Palme d’Or and then everything else.", "Palme d’Or", "award"),
    ("The family’s news network, ATN, is the battlefield this season.", "ATN", "broadcaster"),
    ("She leads a resistance group, the Fireflies, across the ruins.", "Fireflies", "band"),
  ])
  func organisationsFromShapeAndCues(_ text: String, _ surface: String, _ kind: String) throws {
    let result = try tag(text)
    let org = result.mentions.first { $0.surface == surface }
    #expect(org?.label == "ORG")
    #expect(org?.feature("kind") == kind)
  }

  @Test func aFestivalTownIsAFestivalOnlyAfterAtOrIn() throws {
    let festival = try tag("The film premiered at Cannes and went on to win nothing there.")
    #expect(festival.mentions.first { $0.surface == "Cannes" }?.label == "ORG")
    let town = try tag("Her family emigrates to Toronto, and the two friends lose touch.")
    #expect(town.mentions.labels(of: "Toronto").isEmpty)
  }

  @Test(arguments: [
    "Who cares whether the villain survives? The sequel will decide.",
    "Police detective Frank Keller investigates the killing.",
    "Bravo. I have not laughed this hard in years.",
    "History will not be kind to this version of the story.",
  ])
  func anOrganisationNamedLikeACommonWordNeedsACue(_ text: String) throws {
    let result = try tag(text)
    #expect(!result.mentions.contains { $0.label == "ORG" }, "\(result.mentions)")
  }

  @Test(arguments: [
    ("The soundtrack borrows two songs from The Who and one from Queen.", "The Who", "band"),
    ("I caught it last night on Bravo, between two reality shows.", "Bravo", "broadcaster"),
    ("The film is streaming on History this month.", "History", "broadcaster"),
  ])
  func withItsArticleOrAPrepositionTheCommonWordIsTheOrganisation(
    _ text: String, _ surface: String, _ kind: String
  ) throws {
    let result = try tag(text)
    let org = result.mentions.first { $0.surface == surface }
    #expect(org?.label == "ORG", "\(result.mentions)")
    #expect(org?.feature("kind") == kind)
  }

  @Test func aPlaceOfTwoWordsIsNoName() throws {
    let result = try tag(
      "The film is set in Hong Kong and Sri Lanka, and Tony Leung carries every scene.")
    #expect(result.mentions.labels(of: "Hong Kong").isEmpty)
    #expect(result.mentions.labels(of: "Sri Lanka").isEmpty)
    #expect(result.mentions.labels(of: "Tony Leung") == ["CAST"])
  }

  @Test func theAcademyIsTheAwardBody() throws {
    let result = try tag("The film went on to win the Academy’s prize for best feature.")
    #expect(result.mentions.first { $0.surface == "Academy" }?.label == "ORG")
  }
}

/// A lone unknown word before a present-tense verb is a character; an actor's surname before
/// "plays" is not.
@Suite struct PlotSubjectTests {
  @Test func aLoneWordBeforeAPlotVerbIsACharacter() throws {
    let result = try tag("When Thessaly kidnaps the boy’s mother, the hunt begins.")
    #expect(result.mentions.labels(of: "Thessaly") == ["CHARACTER"])
  }

  @Test func anActorsSurnameBeforePlaysStaysCast() throws {
    let result = try tag(
      "Orla Quennell is the villain of the piece. Quennell plays him with a wounded glee.")
    #expect(result.mentions.labels(of: "Quennell") == ["CAST"])
  }
}
