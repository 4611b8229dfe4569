/// Where the name sits relative to its cue.
public enum CueSide: String, CaseIterable, Sendable, Hashable {
  /// The name follows the cue: "directed by *X*", "as *Ruben*".
  case after
  /// The name precedes the cue: "*X* directs", "*X*'s camera".
  case before
}
