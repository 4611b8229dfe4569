import MarqueeCore
import MarqueeEntities
import Testing

/// Titles without quotation marks or italics, of films the lexicon does not know (the names
/// below are invented for these tests), found from the words critics put around them.
@Suite struct UnmarkedTitleTests {
  @Test(arguments: [
    // a credit after the title
    (
      "Broken Lanterns, directed by Greg Kwedar, follows a prison theatre troupe.",
      "Broken Lanterns"
    ),
    ("Marrowglass, written and directed by Ines Fallow, is a ghost story.", "Marrowglass"),
    // a year in parentheses
    ("I still think of Salt Orchard (2019) every winter.", "Salt Orchard"),
    // a fronted credit before the subject
    (
      "Directed by Greg Kwedar, Broken Lanterns is among the year’s best films.",
      "Broken Lanterns"
    ),
  ])
  func aCreditOrAYearMakesAnUnknownRunATitle(_ text: String, _ title: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: title) == ["TITLE"], "\(result.mentions)")
  }

  @Test func aFilmMakersPossessiveBeforeARepeatedRunNamesTheirFilm() throws {
    let result = try tag(
      "Greg Kwedar’s Broken Lanterns is among the year’s best films. Broken Lanterns runs two "
        + "hours and never drags.")
    #expect(result.mentions.labels(of: "Broken Lanterns") == ["TITLE", "TITLE"])
    let kwedar = result.mentions.first { $0.surface == "Greg Kwedar" }
    #expect(kwedar?.label == "CREW")
    #expect(kwedar?.feature("job") == "director")
  }

  @Test func anArticleAfterThePossessiveBelongsToTheTitle() throws {
    let result = try tag("Ines Fallow’s The Glass Orchard runs three and a half hours.")
    #expect(result.mentions.labels(of: "The Glass Orchard") == ["TITLE"], "\(result.mentions)")
    #expect(result.mentions.labels(of: "Ines Fallow") == ["CREW"])
  }

  @Test(arguments: [
    // a role: a name shape, or a run said once after a performer's possessive
    "Zendaya’s Chani is fierce, and Jovan Adepo’s Sidney Palmer is tender.",
    "Jason Derulo’s Rum Tum Tugger mostly pouts.",
  ])
  func aPerformersPossessiveStillNamesARole(_ text: String) throws {
    let result = try tag(text)
    #expect(!result.mentions.contains { $0.label == "TITLE" }, "\(result.mentions)")
  }

  @Test func aPersonWithLifeDatesIsNoTitle() throws {
    let result = try tag("The script draws on Orson Welles (1915–1985) and his radio years.")
    #expect(result.mentions.labels(of: "Orson Welles") != ["TITLE"])
  }
}

/// A run that a longer title may continue is not cut into a wrong title span.
@Suite struct UnmarkedTitleEdgeTests {
  @Test(arguments: [
    ("A low-budget classic like Dawn of the Dead (1978) still frightens.", "Dead"),
    ("Anyone who has seen Ines Fallow’s The Passion of the Orchard will know.", "The Passion"),
    ("Then came Glass Orchard II: Unhappy Campers (1988) on video.", "Unhappy Campers"),
  ])
  func aTitleThatMayContinueIsNotCut(_ text: String, _ fragment: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: fragment).isEmpty, "\(result.mentions)")
  }
}
