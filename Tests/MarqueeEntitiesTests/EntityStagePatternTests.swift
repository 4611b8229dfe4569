import MarqueeCore
import MarqueeEntities
import Testing

/// Each way critics pair an actor with a role, in prose written for these tests.
struct PlaysCase: CustomStringConvertible, Sendable {
  var text: String
  var actor: String
  var character: String
  var description: String { text }
}

let playsCases: [PlaysCase] = [
  PlaysCase(
    text: "The drummer at the centre, Ruben (Riz Ahmed), loses his hearing in the first act.",
    actor: "Riz Ahmed", character: "Ruben"),
  PlaysCase(
    text: "Nobody will forget Riz Ahmed as Ruben, a man who cannot sit still.",
    actor: "Riz Ahmed", character: "Ruben"),
  PlaysCase(
    text: "In the second half Florence Pugh plays Dani with a raw, unguarded face.",
    actor: "Florence Pugh", character: "Dani"),
  PlaysCase(
    text: "The film rests on Cate Blanchett’s Lydia, a conductor who believes her own legend.",
    actor: "Cate Blanchett", character: "Lydia"),
  PlaysCase(
    text: "The housekeeper Moon-gwang, played by Lee Jung-eun, steals every scene she is in.",
    actor: "Lee Jung-eun", character: "Moon-gwang"),
  PlaysCase(
    text: "The villain Grimsby, voiced by Bill Hader, gets the best lines of the picture.",
    actor: "Bill Hader", character: "Grimsby"),
]

@Test(arguments: playsCases)
func playsPatternPairsActorAndCharacter(_ example: PlaysCase) throws {
  let result = try tag(example.text)
  #expect(result.mentions.labels(of: example.actor) == ["CAST"])
  #expect(result.mentions.labels(of: example.character) == ["CHARACTER"])
  #expect(result.plays.contains { $0 == (example.actor, example.character) })
}

@Test func oneActorInTwoRolesGivesTwoRelations() throws {
  let text = "Lupita Nyong’o is extraordinary as both Adelaide and her double, Red, in the film."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Lupita Nyong’o") == ["CAST"])
  #expect(result.plays.contains { $0 == ("Lupita Nyong’o", "Adelaide") })
  #expect(result.plays.contains { $0 == ("Lupita Nyong’o", "Red") })
}

/// Each job cue, with the job it must give.
struct JobCase: CustomStringConvertible, Sendable {
  var text: String
  var person: String
  var job: String
  var description: String { "\(job): \(text)" }
}

let jobCases: [JobCase] = [
  JobCase(
    text: "It was directed by Darius Marder, who spent years on it.", person: "Darius Marder",
    job: "director"),
  JobCase(
    text: "The images are sharp. Cinematographer Daniël Bouquet keeps the frame tight.",
    person: "Daniël Bouquet", job: "cinematographer"),
  JobCase(
    text: "The score, by Nicholas Britell, is all strings and dread.", person: "Nicholas Britell",
    job: "composer"),
  JobCase(
    text: "The picture was edited by Mikkel E. G. Nielsen with great patience.",
    person: "Mikkel E. G. Nielsen", job: "editor"),
  JobCase(
    text: "It was produced by Christine Vachon for a modest sum.", person: "Christine Vachon",
    job: "producer"),
  JobCase(
    text: "Darius Marder’s “The Sound of Metal” arrives at last.", person: "Darius Marder",
    job: "director"),
  JobCase(
    text: "There are long, patient takes, and Paulo Moreira’s camera never blinks.",
    person: "Paulo Moreira", job: "cinematographer"),
  JobCase(
    text: "The screenplay was written by Abraham Marder from a story by Derek Cianfrance.",
    person: "Derek Cianfrance", job: "writer"),
  JobCase(
    text: "In this tale production designer Lee Ha-jun builds a house of glass.",
    person: "Lee Ha-jun", job: "production-designer"),
]

@Test(arguments: jobCases)
func jobCueGivesTheJob(_ example: JobCase) throws {
  let result = try tag(example.text)
  let mention = result.mentions.first { $0.surface == example.person }
  #expect(mention?.label == "CREW")
  #expect(mention?.feature("job") == example.job)
}

@Test func possessiveStaysOutsideTheSpan() throws {
  let result = try tag("The film belongs to Riz Ahmed. Ahmed’s performance is a marvel.")
  #expect(result.mentions.map(\.surface) == ["Riz Ahmed", "Ahmed"])
  #expect(result.mentions.allSatisfy { $0.label == "CAST" })
}

@Test func jobWordStaysOutsideTheSpan() throws {
  let result = try tag("The story is slight, but director Darius Marder knows the milieu.")
  #expect(result.mentions.map(\.description) == ["Darius Marder|CREW"])
}

@Test func diacriticNamesLinkTheirShortForms() throws {
  let text =
    "Alejandro González Iñárritu directed it in long takes. Iñárritu never lets the camera rest."
  let result = try tag(text)
  #expect(result.mentions.map(\.surface) == ["Alejandro González Iñárritu", "Iñárritu"])
  #expect(result.mentions.allSatisfy { $0.label == "CREW" && $0.feature("job") == "director" })
  #expect(Set(result.mentions.compactMap { $0.feature("entity") }).count == 1)
  #expect(result.mentions[1].feature("name") == "Alejandro González Iñárritu")
}

@Test func surnameMentionsShareTheFullNamesCluster() throws {
  let text = "Riz Ahmed is superb. Later, Ahmed’s Ruben breaks down, and Ahmed lets us see it."
  let result = try tag(text)
  let cast = result.mentions.filter { $0.label == "CAST" }
  #expect(cast.map(\.surface) == ["Riz Ahmed", "Ahmed", "Ahmed"])
  #expect(Set(cast.compactMap { $0.feature("entity") }) == ["riz-ahmed"])
  #expect(Set(cast.compactMap { $0.feature("name") }) == ["Riz Ahmed"])
}

@Test func titleAndCharacterWithOneNameAreToldApartByContext() throws {
  let text = """
    Near the end of Christopher Nolan’s “Oppenheimer”, the noise stops. Cillian Murphy plays \
    J. Robert Oppenheimer as a man hollowed out. The bomb has fallen, and Oppenheimer hears it.
    """
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Oppenheimer") == ["TITLE", "CHARACTER"])
  #expect(result.mentions.labels(of: "J. Robert Oppenheimer") == ["CHARACTER"])
  #expect(result.mentions.labels(of: "Christopher Nolan") == ["CREW"])
}

@Test(arguments: [
  "The director and her co-star barely speak in the second half.",
  "The Kims are poor; the Parks are rich. It is a fable about class.",
  "Nobody here is wicked. Everybody is reaching for something just out of range.",
])
func descriptionsAreNotEntities(_ text: String) throws {
  #expect(try tag(text).mentions.isEmpty)
}

@Test func quotedTitlesButNotQuotedSpeech() throws {
  let text = "As in “Memories of Murder”, the tech man warns nobody to “cross the line”."
  let result = try tag(text)
  #expect(result.mentions.map(\.description) == ["Memories of Murder|TITLE"])
  #expect(result.mentions.first?.feature("work") == "film")
}

@Test(arguments: [
  ("I loved “Carrie,” which still frightens.", "Carrie"),
  ("Everyone adored “Nomadland.” It won everything.", "Nomadland"),
  ("Her favourite remains \"Jaws;\" mine is \"Duel.\"", "Jaws"),
  ("Mine is still \"Duel.\"", "Duel"),
  ("The sequel to “Wall Street:” a lesser film.", "Wall Street"),
  // A title that ends with its own full stop keeps it; an initial keeps its point.
  ("Kaufman followed it with “Adaptation.” in 2002.", "Adaptation."),
  ("Spike Lee’s “Malcolm X.” runs over three hours.", "Malcolm X."),
])
func sentencePunctuationInsideTheQuotesIsNotPartOfTheTitle(_ text: String, _ title: String) throws {
  let result = try tag(text)
  #expect(result.mentions.contains { $0.surface == title && $0.label == "TITLE" }, "\(result)")
  #expect(!result.mentions.contains { $0.surface == title + "," || $0.surface == title + "." })
}

@Test func italicTitleOfASeriesTakesItsWork() throws {
  let result = try tag("She first made her name in the series *Fleabag*, years ago.")
  #expect(result.mentions.map(\.description) == ["Fleabag|TITLE"])
  #expect(result.mentions.first?.feature("work") == "series")
}
