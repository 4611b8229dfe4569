/// A role a person has in making films: acting, or a crew job.
///
/// The raw values are the ones used in `people.tsv`, `cues.tsv` and the `job` feature of CREW
/// annotations.
public enum FilmRole: String, CaseIterable, Sendable, Hashable {
  /// Performs on screen or with the voice (label CAST).
  case actor
  /// Directs (CREW).
  case director
  /// Writes the screenplay or story (CREW).
  case writer
  /// Photographs the film (CREW).
  case cinematographer
  /// Writes the music (CREW).
  case composer
  /// Edits the picture (CREW).
  case editor
  /// Produces (CREW).
  case producer
  /// Designs the sets and look (CREW).
  case productionDesigner = "production-designer"
  /// Designs the costumes (CREW).
  case costumeDesigner = "costume-designer"
  /// Sound design, editing or mixing (CREW).
  case sound
  /// Visual or special effects (CREW).
  case visualEffects = "visual-effects"
  /// Any other credited job: choreographer, casting director, make-up artist… (CREW).
  case other

  /// Whether the role is a crew job rather than acting.
  public var isCrew: Bool { self != .actor }
}
