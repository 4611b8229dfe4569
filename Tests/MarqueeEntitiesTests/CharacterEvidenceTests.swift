import MarqueeCore
import MarqueeEntities
import Testing

/// Evidence that a name the lexicon does not know belongs to a character or to a performer,
/// in prose written for these tests (every name here is invented).
struct LabelCase: CustomStringConvertible, Sendable {
  var text: String
  var surface: String
  var label: String
  var description: String { "\(label): \(text)" }
}

let characterEvidenceCases: [LabelCase] = [
  // A role noun (a word of entity-patterns.tsv) right before the name, with no comma.
  LabelCase(
    text: "In the opening scene the detective Tolliver Crane smashes a window to get in.",
    surface: "Tolliver Crane", label: "CHARACTER"),
  LabelCase(
    text: "Later her mother Eleanor Vasquith arrives with a suitcase and opinions.",
    surface: "Eleanor Vasquith", label: "CHARACTER"),
  // A life inside the story after a possessive.
  LabelCase(
    text: "Wenna Castellane’s arc is the spine of the film, and it bends beautifully.",
    surface: "Wenna Castellane", label: "CHARACTER"),
  LabelCase(
    text: "Dorrit Halloway’s grief fills the house long before anyone names it.",
    surface: "Dorrit Halloway", label: "CHARACTER"),
  // The performance nouns still mark a performer.
  LabelCase(
    text: "Wenna Castellane’s performance is the spine of the film, and it bends beautifully.",
    surface: "Wenna Castellane", label: "CAST"),
  // Whoever plays is a performer, even when the role is a pronoun.
  LabelCase(
    text: "Oakhurst plays her with a quiet fury that never tips into speechifying.",
    surface: "Oakhurst", label: "CAST"),
  // Plot summary after a name marks a character; performing or praise marks a performer.
  LabelCase(
    text: "Halfway through, Marisol Quennell flees the town with the stolen ledger.",
    surface: "Marisol Quennell", label: "CHARACTER"),
  LabelCase(
    text: "Oakhurst gives the kind of performance that makes everyone else look busy.",
    surface: "Oakhurst", label: "CAST"),
  LabelCase(
    text: "Oakhurst is simply magnificent in the last reel, and the film knows it.",
    surface: "Oakhurst", label: "CAST"),
  // "played out" is not a performance: the name keeps the default of a full name nothing
  // explains (a given name makes it one; see anUnexplainedRunNotShapedLikeANameIsNoEntity).
  LabelCase(
    text: "The chase is one Milo Tolliver played out with more bite in the first film.",
    surface: "Milo Tolliver", label: "CAST"),
]

@Test(arguments: characterEvidenceCases)
func unknownNameTakesTheLabelItsContextGives(_ example: LabelCase) throws {
  let result = try tag(example.text)
  #expect(result.mentions.labels(of: example.surface) == [example.label])
}

@Test func describedPerformerInParenthesesPlaysTheNameBefore() throws {
  let text = "Osric (a haunted Tobias Venneker) spends the winter alone in the lighthouse."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Osric") == ["CHARACTER"])
  #expect(result.mentions.labels(of: "Tobias Venneker") == ["CAST"])
  #expect(result.plays.contains { $0 == ("Tobias Venneker", "Osric") })
}

@Test func storyNounsDoNotTurnAFilmMakerIntoACharacter() throws {
  let text = "Bong Joon-ho’s family drama is built like a house with a basement nobody mentions."
  let result = try tag(text)
  #expect(!result.mentions.labels(of: "Bong Joon-ho").contains("CHARACTER"))
}

@Test func fullNameLaterCalledByFirstNameIsACharacter() throws {
  let text =
    "The film follows Priya Vandermeer through one bad week. By Friday Priya has stopped "
    + "answering the phone, and the camera stays close to Priya in the car."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Priya Vandermeer") == ["CHARACTER"])
  #expect(result.mentions.labels(of: "Priya") == ["CHARACTER", "CHARACTER"])
}

@Test func fullNameLaterCalledBySurnameStaysCast() throws {
  let text =
    "The film follows Priya Vandermeer through one bad week. By Friday the camera stays "
    + "close to Vandermeer in the car, and Vandermeer never overplays a moment."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Priya Vandermeer") == ["CAST"])
}

@Test func aNameSomeonePlaysIsNeverASecondPerformer() throws {
  // Osric is an actor inside the story, so performer cues pile up on his name; the plays
  // pattern still makes him the character.
  let text =
    "Osric (Tobias Venneker) is a fading stage idol. The actor Osric gives one last recital; "
    + "the star Osric delivers it drunk, and the performer Osric is superb in it."
  let result = try tag(text)
  #expect(result.mentions.labels(of: "Tobias Venneker") == ["CAST"])
  #expect(result.mentions.labels(of: "Osric").allSatisfy { $0 == "CHARACTER" })
  #expect(result.mentions.labels(of: "Osric").count == 4)
}
