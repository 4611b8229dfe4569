/// What a cue says the name next to it is.
public enum CueTarget: Sendable, Hashable {
  /// A performer (``FilmRole/actor``) or a crew member with the given job.
  case role(FilmRole)
  /// A fictional character.
  case character
  /// A real person outside the film (PERSON).
  case person
  /// A title of the given kind of work.
  case title(WorkType)
}
