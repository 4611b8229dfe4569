import MarqueeCore
import MarqueeEntities
import Testing

/// The priors for names nothing in the lexicons explains, and the cues added for them. The
/// names are invented for these tests, so no lexicon knows them.
@Suite struct EntityStagePriorTests {
  @Test func anUnexplainedFullNameInAFictionReviewIsCast() throws {
    let result = try tag(
      "The thriller is tight and cold. Orla Quennell gives it a wounded warmth, and Quennell "
        + "never overplays.")
    #expect(result.mentions.labels(of: "Orla Quennell") == ["CAST"])
    #expect(result.mentions.labels(of: "Quennell") == ["CAST"])
  }

  @Test func anUnexplainedFullNameInADocumentaryIsItsSubject() throws {
    let result = try tag(
      "This documentary follows Orla Quennell up a sea cliff. Quennell is fearless.")
    #expect(result.mentions.labels(of: "Orla Quennell") == ["PERSON"])
  }

  @Test(arguments: [
    ("The family moves from Ohio to Kansas City in the second act.", "Kansas City"),
    ("Later they wander through Times Square at dawn.", "Times Square"),
    ("She grew up in New Jersey and never left.", "New Jersey"),
    ("The last scenes were shot in Mexico City.", "Mexico City"),
    ("Elsewhere, the film is crowded with small turns.", "Elsewhere"),
  ])
  func placesAndCommonWordsAreNotNames(_ text: String, _ surface: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: surface).isEmpty)
  }

  @Test func aPlaceStillPairsInAPlaysPattern() throws {
    let result = try tag("Orla Quennell plays Georgia, a nurse who never sleeps.")
    #expect(result.mentions.labels(of: "Georgia") == ["CHARACTER"])
    #expect(result.plays.contains { $0 == ("Orla Quennell", "Georgia") })
  }

  @Test(arguments: [
    "His wife, Brunhild, has made a garden of the villa.",
    "There is the childhood friend, Brunhild, who shares the illness.",
  ])
  func aRoleNounBeforeAnAppositionMakesACharacter(_ text: String) throws {
    #expect(try tag(text).mentions.labels(of: "Brunhild") == ["CHARACTER"])
  }

  @Test func theDirectorIsGivesTheJob() throws {
    let result = try tag("The director is Tamsin Vell, and it shows in every frame.")
    let vell = result.mentions.first { $0.surface == "Tamsin Vell" }
    #expect(vell?.label == "CREW")
    #expect(vell?.feature("job") == "director")
  }

  @Test func aPluralJobWordAtTheStartOfASentenceStaysOutside() throws {
    let result = try tag(
      "The roof scene is a marvel. Editors Tamsin Vell and Orla Quennell hide the cuts.")
    #expect(result.mentions.labels(of: "Tamsin Vell") == ["CREW"])
    #expect(result.mentions.first { $0.surface == "Tamsin Vell" }?.feature("job") == "editor")
  }

  @Test func anOrgNounMakesAnOrganisation() throws {
    let result = try tag("The score, by the band Velvet Harrow, drifts like fog.")
    let band = result.mentions.first { $0.surface == "Velvet Harrow" }
    #expect(band?.label == "ORG")
    #expect(band?.feature("kind") == "band")
  }

  @Test func anAuthorsPossessiveBeforeATitleIsAPerson() throws {
    let result = try tag(
      "It is a cute update of an episode in Homer’s “Odyssey”, set in a casino.")
    #expect(result.mentions.labels(of: "Homer") == ["PERSON"])
    #expect(result.mentions.labels(of: "Odyssey") == ["TITLE"])
  }

  @Test(arguments: [
    ("It went on to win the Oscar for best documentary feature.", "Oscar"),
    ("Offerman won an Emmy for the episode, and deserved to.", "Emmy"),
  ])
  func anAwardWordIsAnAwardOrganisation(_ text: String, _ surface: String) throws {
    let result = try tag(text)
    let award = result.mentions.first { $0.surface == surface }
    #expect(award?.label == "ORG")
    #expect(award?.feature("kind") == "award")
  }
}
