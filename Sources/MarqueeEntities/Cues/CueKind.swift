/// How a cue in `cues.tsv` relates to the name next to it.
public enum CueKind: String, CaseIterable, Sendable, Hashable {
  /// A job or role noun beside the name: "director Darius Marder", "the DP, Daniël Bouquet".
  case jobNoun = "job-noun"
  /// A verb or verb phrase: "directed by X", "X directs", "the film stars X".
  case verb
  /// A noun after a possessive name: "X's camera" (cinematographer), "X's turn" (actor).
  case possessive
  /// The name on the cue's side is a CHARACTER; a name on the other side, if any, is the CAST
  /// member who plays it: "Riz Ahmed as Ruben", "the role of Lou".
  case character
  /// A noun introducing a real person outside the film: "novelist X", "critic X".
  case personNoun = "person-noun"
  /// A noun introducing a title: "the film X", "the novel X".
  case titleNoun = "title-noun"
}
