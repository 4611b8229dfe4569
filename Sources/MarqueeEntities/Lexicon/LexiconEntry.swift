/// One entry a name can match in ``FilmNameLexicon``.
public enum LexiconEntry: Sendable, Hashable {
  /// A film or television person.
  case person(FilmPerson)
  /// A real person outside film.
  case notablePerson(NotablePerson)
  /// A title.
  case title(WorkTitle)
  /// An organisation.
  case organisation(Organisation)
}
