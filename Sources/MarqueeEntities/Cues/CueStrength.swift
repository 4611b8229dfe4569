/// How far a cue can be trusted on its own.
public enum CueStrength: String, CaseIterable, Sendable, Hashable {
  /// Reliable alone: "directed by", "cinematographer".
  case strong
  /// Ambiguous: needs a second signal ("score" is also a rating, "as" also a conjunction).
  case weak
}
