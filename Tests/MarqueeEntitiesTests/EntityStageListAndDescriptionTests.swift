import MarqueeCore
import MarqueeEntities
import Testing

/// Plays patterns with lists and descriptions between the names, in prose written for these
/// tests (the names are invented, so only the context can decide).
struct PairsCase: CustomStringConvertible, Sendable {
  var text: String
  var pairs: [(String, String)]
  var description: String { text }
}

let listAndDescriptionCases: [PairsCase] = [
  PairsCase(
    text: "Mara Quellington and Tobin Ashcombe play Irena and Pavel, siblings who never speak.",
    pairs: [("Mara Quellington", "Irena"), ("Tobin Ashcombe", "Pavel")]),
  PairsCase(
    text: "Odile Brandtner and Kasimir Wenzlow, who respectively voiced Pim and Gorsk in the "
      + "original, return for the sequel.",
    pairs: [("Odile Brandtner", "Pim"), ("Kasimir Wenzlow", "Gorsk")]),
  PairsCase(
    text: "Hana Ostrovska, Felix Mbekele and Rune Dalbakken as Vera, Kofi and Lasse carry the "
      + "middle hour.",
    pairs: [("Hana Ostrovska", "Vera"), ("Felix Mbekele", "Kofi"), ("Rune Dalbakken", "Lasse")]),
  PairsCase(
    text: "Later Ilse Varganova plays Tomas’s sister Greta with a brightness the film needs.",
    pairs: [("Ilse Varganova", "Greta")]),
  PairsCase(
    text: "And Pell Orrinson, as his daughter, Wren, is the best thing in the second act.",
    pairs: [("Pell Orrinson", "Wren")]),
  PairsCase(
    text: "Carys Dunmorrow, as a weary detective named Abbot, holds the plot together.",
    pairs: [("Carys Dunmorrow", "Abbot")]),
  PairsCase(
    text: "The boat belongs to Halvard, a gruff old fisherman played by Oren Castellane.",
    pairs: [("Oren Castellane", "Halvard")]),
  PairsCase(
    text: "The story turns on Jory, now played by Sunniva Lekkerkerk, who returns to the farm.",
    pairs: [("Sunniva Lekkerkerk", "Jory")]),
  PairsCase(
    text: "Delia Marchbanks, who played the villainous Crake in the first film, is back.",
    pairs: [("Delia Marchbanks", "Crake")]),
  PairsCase(
    text: "Best of all is Tamsin Rookwood, whose Ottilie has a temper like weather.",
    pairs: [("Tamsin Rookwood", "Ottilie")]),
  PairsCase(
    text: "Benedek Szalai, a veteran of the Budapest stage, is a wonderfully brittle Varnell.",
    pairs: [("Benedek Szalai", "Varnell")]),
]

@Test(arguments: listAndDescriptionCases)
func listsAndDescriptionsPairEachActorWithTheirRole(_ example: PairsCase) throws {
  let result = try tag(example.text)
  for (actor, character) in example.pairs {
    #expect(result.mentions.labels(of: actor) == ["CAST"], "\(actor)")
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(character)")
    #expect(result.plays.contains { $0 == (actor, character) }, "\(actor) → \(character)")
  }
  #expect(result.plays.count == example.pairs.count)
}

@Test func theNextPerformerInAListIsNotASecondRole() throws {
  let text = "Anja Kesselring as Lotte and Bram Oosthuizen as Dirk are the reason to watch."
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("Anja Kesselring", "Lotte") })
  #expect(result.plays.contains { $0 == ("Bram Oosthuizen", "Dirk") })
  #expect(!result.plays.contains { $0.1 == "Bram Oosthuizen" })
  #expect(result.mentions.labels(of: "Bram Oosthuizen") == ["CAST"])
}

@Test func aPossessiveOwnerBeforeARoleNounIsNotTheRole() throws {
  let result = try tag("Then Gideon Farrant plays Nell’s father, a man of few words.")
  #expect(!result.plays.contains { $0 == ("Gideon Farrant", "Nell") })
}

@Test func aRankAfterTheIsADescriptionNotAName() throws {
  let text = "Walter Brisk, as her father the Emperor, seems to be in another film."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Emperor").isEmpty)
  #expect(result.plays.isEmpty)
}

@Test func aParticleBeforeALaterSurnameIsPartOfTheMention() throws {
  let text =
    "The cast is led by Marisol de Vriesland. Late in the film, and de Vriesland is "
    + "magnificent, the tone changes."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "de Vriesland") == ["CAST"])
  #expect(result.mentions.labels(of: "Vriesland").isEmpty)
}

@Test func aCollaboratorAfterACommaSharesTheJob() throws {
  let result = try tag("Cuarón also cut the film, with Adam Gough, and the takes breathe.")
  let gough = result.mentions.filter { $0.surface == "Adam Gough" }
  #expect(gough.map(\.label) == ["CREW"])
  #expect(gough.first?.feature("job") == "editor")
}

@Test func aRealPersonACharacterIsModelledOnIsAPerson() throws {
  let result = try tag("Nellie LaRoy is loosely modelled on Clara Bow, the It girl of 1927.")
  #expect(result.mentions.labels(of: "Clara Bow") == ["PERSON"])
  #expect(result.mentions.labels(of: "Nellie LaRoy") == ["CHARACTER"])
}

@Test func aPerformerIsANameStraightAfterIsOrMakes() throws {
  let first = try tag("Tilda Swinton is Orla Brennock, a widow who runs the hotel alone.")
  #expect(first.plays.contains { $0 == ("Tilda Swinton", "Orla Brennock") })
  #expect(first.mentions.labels(of: "Orla Brennock") == ["CHARACTER"])
  let second = try tag("Later Tilda Swinton makes Orla a woman of frightening calm.")
  #expect(second.plays.contains { $0 == ("Tilda Swinton", "Orla") })
  // Another film worker after "is" is no role.
  let third = try tag("Tilda Swinton is Jim Jarmusch’s favourite muse.")
  #expect(third.plays.isEmpty)
}

@Test func writingAScoreIsTheComposersJob() throws {
  let result = try tag("Hesper Vancourt wrote the jittery, clattering score, all woodwind.")
  let vance = result.mentions.filter { $0.surface == "Hesper Vancourt" }
  #expect(vance.map(\.label) == ["CREW"])
  #expect(vance.first?.feature("job") == "composer")
}

@Test func anActorNamedForComparisonIsAPerson() throws {
  let result = try tag("Her deadpan timing in the chase recalls Buster Keaton at his best.")
  #expect(result.mentions.labels(of: "Buster Keaton") == ["PERSON"])
}

@Test func aComposersSurnameAndASymphonyAreAPersonAndAWork() throws {
  let result = try tag("Over the final crane shot, Mahler’s Fifth Symphony swells.")
  #expect(result.mentions.labels(of: "Mahler") == ["PERSON"])
  let symphony = result.mentions.filter { $0.surface == "Fifth Symphony" }
  #expect(symphony.map(\.label) == ["TITLE"])
  #expect(symphony.first?.feature("work") == "other")
}

@Test func aHyphenatedNationalityIsNotAName() throws {
  let result = try tag("She plays a Chilean-born singer who never went home.")
  #expect(result.mentions.labels(of: "Chilean-born").isEmpty)
}

@Test func anUnexplainedRunNotShapedLikeANameIsNoEntity() throws {
  let result = try tag("In the back seat the kids guzzle Frosty Kola and argue about the radio.")
  #expect(result.mentions.isEmpty)
}

@Test(arguments: [
  (
    "In the back seat Ondine Vaszary hums along, and Vaszary is the best thing here.",
    "Ondine Vaszary"
  ),
  ("Much later Alex Brankovic turns up for a single scene.", "Alex Brankovic"),
])
func anUnexplainedNameThatRecursOrHasAGivenNameStays(_ text: String, _ name: String) throws {
  let result = try tag(text)
  #expect(result.mentions.labels(of: name) == ["CAST"])
}

@Test(arguments: [
  PairsCase(
    text: "Bill Nighy is Mr Pettifer, a clerk who has stopped noticing the rain.",
    pairs: [("Bill Nighy", "Pettifer")]),
  PairsCase(
    text: "Tobias Rennick makes a gaunt, haunted Abraham Lincoln.",
    pairs: [("Tobias Rennick", "Abraham Lincoln")]),
  PairsCase(
    text: "Ada Lindqvist, Tomas’s weary mother, is played by Sunniva Lekkerkerk.",
    pairs: [("Sunniva Lekkerkerk", "Ada Lindqvist")]),
  PairsCase(
    text: "Imelda Staunton is a delight as Miss Vantongeren, the school secretary.",
    pairs: [("Imelda Staunton", "Vantongeren")]),
])
func ranksPossessivesAndRealPeopleInsidePlaysPatterns(_ example: PairsCase) throws {
  let result = try tag(example.text)
  for (actor, character) in example.pairs {
    #expect(result.mentions.labels(of: actor) == ["CAST"], "\(actor)")
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(character)")
    #expect(result.plays.contains { $0 == (actor, character) }, "\(actor) → \(character)")
  }
}

@Test func theAuthorOfAMemoirIsAPerson() throws {
  let result = try tag("It is adapted from a 1998 memoir by Halvard Brekke, who was there.")
  #expect(result.mentions.labels(of: "Halvard Brekke") == ["PERSON"])
}

@Test(arguments: [
  PairsCase(
    text: "Oskar Lindahl, as Tove’s taciturn brother Einar, says almost nothing.",
    pairs: [("Oskar Lindahl", "Einar")]),
  PairsCase(
    text: "Greta Vinter voices the lighthouse keeper, Ossian, with dry patience.",
    pairs: [("Greta Vinter", "Ossian")]),
  PairsCase(
    text: "Tilda Swinton is the badger Mossbeard, a grump with a heart.",
    pairs: [("Tilda Swinton", "Mossbeard")]),
  PairsCase(
    text: "Her cousin Beatrix, known to the family as Bee (Ines Varga), arrives in June.",
    pairs: [("Ines Varga", "Bee")]),
  PairsCase(
    text: "Hollis Quarrie, best known as Wendell in the old sitcom, is a surprise.",
    pairs: [("Hollis Quarrie", "Wendell")]),
])
func descriptionsAndAliasesBeforeTheRole(_ example: PairsCase) throws {
  let result = try tag(example.text)
  for (actor, character) in example.pairs {
    #expect(result.mentions.labels(of: actor) == ["CAST"], "\(actor)")
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(character)")
    #expect(result.plays.contains { $0 == (actor, character) }, "\(actor) → \(character)")
  }
  #expect(result.plays.count == example.pairs.count)
}

@Test func theJobInAPossessiveAppositionBelongsToTheNameBefore() throws {
  let result = try tag("Elin Roos, Vettersten’s editor since the nineties, keeps it short.")
  let roos = result.mentions.filter { $0.surface == "Elin Roos" }
  #expect(roos.map(\.label) == ["CREW"])
  #expect(roos.first?.feature("job") == "editor")
  #expect(result.mentions.filter { $0.surface == "Vettersten" }.first?.feature("job") == "director")
}

@Test func aSeriesCreatorIsCrewAndAContractionStaysInsideATitle() throws {
  let text =
    "Dagny Brandt, who created the series, writes every episode. It began at a dinner in "
    + "“We Don’t Talk About It”."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Dagny Brandt") == ["CREW"])
  #expect(result.mentions.labels(of: "We Don’t Talk About It") == ["TITLE"])
}

@Test func theAuthorOfBooksIsAPerson() throws {
  let result = try tag(
    "The film comes from the picture books by Halvard Brekke, long out of print.")
  #expect(result.mentions.labels(of: "Halvard Brekke") == ["PERSON"])
}

@Test func aPerformerIsAPossessivelyDescribedRole() throws {
  let result = try tag("Tilda Swinton is Ada’s aunt, Hester, a woman of strong views.")
  #expect(result.plays.contains { $0 == ("Tilda Swinton", "Hester") })
  #expect(!result.plays.contains { $0 == ("Tilda Swinton", "Ada") })
}

@Test func writingAnAfterwordIsAnAuthorsWork() throws {
  let result = try tag("Years later Solveig Marten wrote an afterword to the reissue.")
  #expect(result.mentions.labels(of: "Solveig Marten") == ["PERSON"])
}

@Test(arguments: [
  (
    "Then she meets Lukas Brandvold, the Swedish tech billionaire, at a party.",
    "Lukas Brandvold", "CHARACTER"
  ),
  (
    "The story belongs to Mara Ostby, a widowed rancher who will not sell.", "Mara Ostby",
    "CHARACTER"
  ),
  (
    "Dominic Farrow, a real boarding-school student when he was cast, is a revelation.",
    "Dominic Farrow", "CAST"
  ),
])
func anAppositionAfterAnUnknownNameTellsStoryFromCareer(
  _ text: String, _ name: String, _ label: String
) throws {
  let result = try tag(text)
  #expect(result.mentions.labels(of: name) == [label])
}

@Test func coordinatedSubjectsShareAJobVerb() throws {
  let text = "Ilka Renvall and Tobias Engstrand created the series, and Engstrand wrote most of it."
  let result = try tag(text)
  for name in ["Ilka Renvall", "Tobias Engstrand"] {
    let found = result.mentions.filter { $0.surface == name }
    #expect(found.map(\.label) == ["CREW"], "\(name)")
    #expect(found.first?.feature("job") == "writer", "\(name)")
  }
}

@Test func takingTheRoleOfANamePairs() throws {
  let result = try tag("Maren Holtet takes the title role of Agnete, a ferrywoman with a past.")
  #expect(result.plays.contains { $0 == ("Maren Holtet", "Agnete") })
}

@Test func aCapitalisedModifierAfterAnArticleIsNoName() throws {
  let result = try tag("She is Mariko, the Christian noblewoman who translates.")
  #expect(result.mentions.labels(of: "Christian").isEmpty)
}

@Test func theSubjectOfADocumentaryIsAPerson() throws {
  let result = try tag("This documentary about Pirjo Vuokkola runs far too long.")
  #expect(result.mentions.labels(of: "Pirjo Vuokkola") == ["PERSON"])
}

@Test func theTitleAsANameCalledInTheStoryIsACharacter() throws {
  let text =
    "“Glasswing” is a comedy about an actor who once played a superhero called Glasswing. "
    + "Later, in his dressing room, the voice of Glasswing mocks him."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Glasswing") == ["TITLE", "CHARACTER", "CHARACTER"])
}

@Test func anUnknownNameIsADescribedRole() throws {
  let result = try tag("Later Ansel Tregunna is the sinister handyman, Tobias, who fixes nothing.")
  #expect(result.plays.contains { $0 == ("Ansel Tregunna", "Tobias") })
}

@Test func aStoryJobBeforeAnAppositiveNameMakesACharacter() throws {
  let result = try tag("Her agent, Jules Penhallow, phones every ten minutes.")
  #expect(result.mentions.labels(of: "Jules Penhallow") == ["CHARACTER"])
}

@Test(arguments: [
  PairsCase(
    text: "The hero is Pip (voiced by Tom Holland), a mouse with ambitions.",
    pairs: [("Tom Holland", "Pip")]),
  PairsCase(
    text: "The heroine is Wenna (played by newcomer Ada Vossberg), a girl with ambitions.",
    pairs: [("Ada Vossberg", "Wenna")]),
  PairsCase(
    text: "Emma Stone, playing Bella, is extraordinary.", pairs: [("Emma Stone", "Bella")]),
  PairsCase(
    text: "Playing Bella, Emma Stone is extraordinary.", pairs: [("Emma Stone", "Bella")]),
  PairsCase(
    text: "As Bella, Emma Stone is extraordinary. In the role of Duncan, Mark Ruffalo is a hoot.",
    pairs: [("Emma Stone", "Bella"), ("Mark Ruffalo", "Duncan")]),
])
func parenthesesAppositionsAndFrontedRolesPair(_ example: PairsCase) throws {
  let result = try tag(example.text)
  for (actor, character) in example.pairs {
    #expect(result.mentions.labels(of: actor) == ["CAST"], "\(actor)")
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(character)")
    #expect(result.plays.contains { $0 == (actor, character) }, "\(actor) → \(character)")
  }
  #expect(result.plays.count == example.pairs.count)
}

@Test func aWellKnownPainterIsAPerson() throws {
  let result = try tag("The pool scenes are pure David Hockney, all flat blue and heat.")
  #expect(result.mentions.labels(of: "David Hockney") == ["PERSON"])
}

@Test func aRelativeClauseWithAnAdverbKeepsTheJob() throws {
  let result = try tag("Odile Varnier, who also cut the director’s last film, edits with patience.")
  let varnier = result.mentions.filter { $0.surface == "Odile Varnier" }
  #expect(varnier.map(\.label) == ["CREW"])
  #expect(varnier.first?.feature("job") == "editor")
}

@Test func aCollaboratorAfterAPossessiveObjectSharesTheAdaptation() throws {
  let text = "Mann, who adapted Jon Aldersey’s 1991 biography with the late Ivo Kessing, stages it."
  let result = try tag(text)
  let kessing = result.mentions.filter { $0.surface == "Ivo Kessing" }
  #expect(kessing.map(\.label) == ["CREW"])
  #expect(kessing.first?.feature("job") == "writer")
}

@Test func aHolidayIsNoName() throws {
  let result = try tag("Neon released it on Christmas Day, against the blockbusters.")
  #expect(result.mentions.labels(of: "Day").isEmpty)
  #expect(result.mentions.labels(of: "Christmas Day").isEmpty)
}

@Test func aSharedFirstNameGoesToTheCharacterNotThePerformer() throws {
  let text =
    "Paul Giamatti plays Paul Hunham, a classics teacher. Paul is a pedant, and Giamatti is "
    + "superb. Later Paul softens."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Paul") == ["CHARACTER", "CHARACTER"])
  #expect(result.mentions.labels(of: "Giamatti") == ["CAST"])
}

@Test func castListsAndOppositeMarkPerformers() throws {
  let text =
    "The supporting cast includes Tokio Emotova, Sarun Kittikhun and Ilse Brandvik. "
    + "Later the hero plays opposite Aoi Yamadera."
  let result = try tag(text)
  for name in ["Tokio Emotova", "Sarun Kittikhun", "Ilse Brandvik", "Aoi Yamadera"] {
    #expect(result.mentions.labels(of: name) == ["CAST"], "\(name)")
  }
}

@Test func aKoreanNameWithAPlaceWordSurnameIsStillAName() throws {
  let text =
    "The play is just as carefully cast. Park Ha-neul’s Mi-rae, a mute dancer, gives the final "
    + "scene its grace."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Park Ha-neul") == ["CAST"])
  #expect(result.plays.contains { $0 == ("Park Ha-neul", "Mi-rae") })
}

@Test func aSurnameBeforeFamilyIsADescription() throws {
  let text =
    "Rudolf Hessel lives next to the camp; the people on screen are the real Hessel family."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Hessel").isEmpty)
}

@Test func modifiersAndAdjectivesFromNamesAreNoNames() throws {
  let text =
    "The boy restages the crash with his Lionel set. The Kubrickian touches are everywhere, "
    + "and the plot turns Kafkaesque."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Lionel").isEmpty)
  #expect(result.mentions.labels(of: "Kubrickian").isEmpty)
  #expect(result.mentions.labels(of: "Kafkaesque").isEmpty)
}

@Test func aVerbAfterAndEndsTheSecondRoleSearch() throws {
  let text = "David Lynch appears as John Ford and gives Sammy a lesson about horizons."
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("David Lynch", "John Ford") })
  #expect(!result.plays.contains { $0 == ("David Lynch", "Sammy") })
}

@Test(arguments: [
  "The parents, Jay and Gail, are played by Jasper Ivory and Marta Plimsoll.",
  "Jasper Ivory and Marta Plimsoll are Jay and Gail, the parents of a boy who died.",
  "As Jay and Gail, Jasper Ivory and Marta Plimsoll are devastating.",
])
func listsPairInOrderAcrossPlayedByAreAndFrontedAs(_ text: String) throws {
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("Jasper Ivory", "Jay") })
  #expect(result.plays.contains { $0 == ("Marta Plimsoll", "Gail") })
  #expect(result.plays.count == 2)
}

@Test func aKnownPerformerInParenthesesMayCarryAComment() throws {
  let text = "His mother, Mona (Patti LuPone, in a late and terrifying entrance), dies at once."
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("Patti LuPone", "Mona") })
}

@Test(arguments: [
  (
    "The director of photography, Olek Brandtvik, favours long lenses.", "Olek Brandtvik",
    "cinematographer"
  ),
  ("Olek Brandtvik, the DP, favours long lenses.", "Olek Brandtvik", "cinematographer"),
  ("The drones come from Tarik Aslanov, the film’s composer.", "Tarik Aslanov", "composer"),
  (
    "It was co-written by Lise Morvik and its director, Per Dahlqvist.", "Per Dahlqvist",
    "director"
  ),
  (
    "Producers Kate Holmqvist and Anders Vikstrand fought for it.", "Anders Vikstrand",
    "producer"
  ),
])
func jobAppositionsAndJobListsGiveTheJob(_ text: String, _ name: String, _ job: String) throws {
  let result = try tag(text)
  let found = result.mentions.filter { $0.surface == name }
  #expect(found.map(\.label) == ["CREW"])
  #expect(found.first?.feature("job") == job)
}

@Test func aFamilyWordAloneIsNoNameAndAKinshipAppositionMakesACharacter() throws {
  let text = "Mom and Dad are dead, and Grandma runs the farm. Meanwhile Junie, his sister, plots."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Grandma").isEmpty)
  #expect(result.mentions.labels(of: "Junie") == ["CHARACTER"])
}

@Test func aSecondVerbAfterAndGivesTheJob() throws {
  let result = try tag("Johanna Kallio co-runs the show and directed the finale herself.")
  let kallio = result.mentions.filter { $0.surface == "Johanna Kallio" }
  #expect(kallio.map(\.label) == ["CREW"])
  #expect(kallio.first?.feature("job") == "director")
}

@Test func aDirectorMakingACharacterSomethingIsNoPerformance() throws {
  let result = try tag("Greta Gerwig makes Barbie a philosopher.")
  #expect(result.plays.isEmpty)
}

@Test(arguments: [
  "Ostrander, who wrote the script with his sister, Maren Ostrander, keeps it formal.",
  "Ostrander wrote the script with his sister Maren Ostrander, and it is formal.",
])
func aRelativeWhoCollaboratesIsCrew(_ text: String) throws {
  let result = try tag(text)
  let maren = result.mentions.filter { $0.surface == "Maren Ostrander" }
  #expect(maren.map(\.label) == ["CREW"])
  #expect(maren.first?.feature("job") == "writer")
}

@Test func aPlaceUsedAsAModifierIsSkippedOnTheWayToTheRole() throws {
  let text = "Bill Camp, as the West Virginia farmer Wilbur Tennant, gives the film its heart."
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("Bill Camp", "Wilbur Tennant") })
  #expect(result.mentions.labels(of: "West Virginia").isEmpty)
}

@Test func theAuthorOfAnAdaptedArticleIsAPerson() throws {
  let text = "Haynes directs it, adapted from Nathaniel Rickard’s 2016 New York Times article."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Nathaniel Rickard") == ["PERSON"])
}

@Test func aJobAfterAsInTheSameClauseIsTheJob() throws {
  let result = try tag("Kelsa Manning, making her feature debut as director, keeps it simple.")
  let manning = result.mentions.filter { $0.surface == "Kelsa Manning" }
  #expect(manning.map(\.label) == ["CREW"])
  #expect(manning.first?.feature("job") == "director")
}

@Test func theNewcomerWhoReplacesSomeonePlaysThePart() throws {
  let text = "Lewis Black is back as Anger, Tony Hale replaces Bill Hader as Fear, and it works."
  let result = try tag(text)
  #expect(result.plays.contains { $0 == ("Lewis Black", "Anger") })
  #expect(result.plays.contains { $0 == ("Tony Hale", "Fear") })
  #expect(!result.plays.contains { $0 == ("Bill Hader", "Fear") })
}
