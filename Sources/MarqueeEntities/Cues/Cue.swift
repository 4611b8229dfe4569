/// One contextual cue from `cues.tsv`.
///
/// ```
/// "directed by"  verb        → .role(.director), name .after,  .strong
/// "camera"       possessive  → .role(.cinematographer), name .before ("X's camera")
/// "as"           character   → .character, name .after ("Riz Ahmed as Ruben")
/// ```
public struct Cue: Sendable, Hashable {
  /// The cue as written in the file: lower-case words ("director of photography").
  public let phrase: String
  /// How the cue relates to the name.
  public let kind: CueKind
  /// What the cue says the name is.
  public let target: CueTarget
  /// Where the name sits relative to the cue.
  public let side: CueSide
  /// Whether the cue is reliable on its own.
  public let strength: CueStrength

  /// Creates a cue.
  public init(
    phrase: String, kind: CueKind, target: CueTarget, side: CueSide, strength: CueStrength
  ) {
    self.phrase = phrase
    self.kind = kind
    self.target = target
    self.side = side
    self.strength = strength
  }

  /// The number of words in the cue's lookup key ("d.p." and "DP" are one word).
  public var wordCount: Int { NameKey(phrase).wordCount }
}
