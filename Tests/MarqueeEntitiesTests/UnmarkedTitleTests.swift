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

/// Sentence openers and titles of address at the edges of a run.
@Suite struct RunEdgeTests {
  @Test func aKnownTitleOpeningTheSentenceKeepsItsFirstWord() throws {
    let result = try tag("Sing Sing stars Colman Domingo as a prisoner who acts.")
    #expect(result.mentions.labels(of: "Sing Sing") == ["TITLE"], "\(result.mentions)")
  }

  @Test func aTitleOfAddressAfterAnInitialStartsANewName() throws {
    let result = try tag(
      "Colman Domingo plays Divine G. Mr. Domingo has never been better.")
    #expect(result.mentions.labels(of: "Domingo") == ["CAST"], "\(result.mentions)")
    #expect(!result.mentions.contains { $0.surface.contains("Mr.") })
  }
}

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

/// A writer's verb before coordinated names gives both the job; a character adapting is not one.
@Suite struct AdaptingTests {
  @Test func bothNamesBeforeAdaptedAreWriters() throws {
    let result = try tag("Nils Ovad and Joslyn Barnes adapted the script from the novel.")
    #expect(result.mentions.map(\.label) == ["CREW", "CREW"], "\(result.mentions)")
    #expect(result.mentions.allSatisfy { $0.feature("job") == "writer" })
  }

  @Test func aCharacterWhoAdaptsToSomethingIsNoWriter() throws {
    let result = try tag("Ruben Stone adapts to life at the commune, slowly.")
    #expect(!result.mentions.contains { $0.label == "CREW" }, "\(result.mentions)")
  }
}

/// A plural job noun names a list of crew; a list after a job shares it, but a new clause does
/// not.
@Suite struct CrewListTests {
  @Test(arguments: [
    ("The directors are Ines Moreau, Kemp Dalton and Ana Ruiz.", "director", 3),
    ("The writers are Ana Ruiz and Tom Hale.", "writer", 2),
    ("The film's editors, Ana Ruiz and Tom Hale, keep it moving.", "editor", 2),
    ("The screenplay by Tom Hooper and Lee Hallam tries to give it a story.", "writer", 2),
  ])
  func everyNameInTheListIsCrewWithTheJob(_ text: String, _ job: String, _ count: Int) throws {
    let result = try tag(text)
    #expect(result.mentions.count == count, "\(result.mentions)")
    #expect(result.mentions.allSatisfy { $0.label == "CREW" && $0.feature("job") == job })
  }

  @Test func aNewClauseAfterTheCommaDoesNotShareTheJob() throws {
    let result = try tag("The director is Ana Ruiz, and Tom Hale plays the lead.")
    #expect(result.mentions.labels(of: "Ana Ruiz") == ["CREW"])
    #expect(result.mentions.labels(of: "Tom Hale") == ["CAST"])
  }
}

/// A composer whose piece the film uses is a real person, not the film's crew.
@Test func aComposersConcertoMakesThemAPerson() throws {
  let result = try tag("She picks the cellist for Edvard Lund’s concerto, and rehearsals begin.")
  #expect(result.mentions.labels(of: "Edvard Lund") == ["PERSON"], "\(result.mentions)")
}

/// "X, whom Y plays": the performer inside the relative clause plays the name before it.
@Suite struct WhomPlaysTests {
  @Test(arguments: [
    (
      "It has the collage of Hobart Kell, the Spider-Punk, whom Daniel Kaluuya plays with swagger.",
      "Hobart Kell"
    ),
    ("Tessa Marr, whom Olivia Colman plays with relish, runs the hotel.", "Tessa Marr"),
  ])
  func thePerformerPlaysTheNameBefore(_ text: String, _ character: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(result.mentions)")
    #expect(result.plays.contains { $0.1 == character }, "\(result.plays)")
  }

  @Test func aDirectorInTheClauseIsNoPerformer() throws {
    let result = try tag("The role went to Ana Ruiz, whom Tom Hale directed twice.")
    #expect(result.plays.isEmpty)
  }
}
