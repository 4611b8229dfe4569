/// The gazetteer's ``FilmNameLexicon`` seen through the tagger's small ``NameDirectory``
/// interface.
struct LexiconNameDirectory: NameDirectory {
  /// Nil when the bundled files cannot be read: the stage then works from context alone.
  let lexicon: FilmNameLexicon?

  /// The bundled lexicon, loaded once.
  static let shared = LexiconNameDirectory(lexicon: try? FilmNameLexicon.bundled())

  func people(named key: String) -> [KnownPerson] {
    guard let lexicon else { return [] }
    let key = NameKey.fold(key)
    return lexicon.people(key: key).map(Self.known)
      + lexicon.notablePeople(key: key).map {
        KnownPerson(name: $0.name, roles: [], isOther: true, surnames: $0.surnames)
      }
  }

  func hasPerson(named key: String) -> Bool {
    lexicon?.hasPerson(key: NameKey.fold(key)) ?? false
  }

  func people(withSurname key: String) -> [KnownPerson] {
    lexicon?.people(withSurname: key).map(Self.known) ?? []
  }

  func title(named key: String) -> KnownTitle? {
    lexicon?.titles(named: key).first.map { KnownTitle(title: $0.title, work: $0.work.rawValue) }
  }

  func org(named key: String) -> KnownOrg? {
    guard let lexicon else { return nil }
    // The key, then with "the", then the other number: built only when the first misses.
    // A key that is its own NameKey (the common case) stays one with "the " before it or an
    // "s" after it, so those forms need no second fold.
    let folded = NameKey.fold(key)
    let isOwnKey = !key.isEmpty && folded == key
    let org =
      lexicon.firstOrganisation(key: folded)
      ?? lexicon.firstOrganisation(key: isOwnKey ? "the " + folded : NameKey.fold("the " + key))
      ?? (key.hasSuffix("s")
        ? lexicon.firstOrganisation(key: NameKey.fold(key.dropLast()))
        : lexicon.firstOrganisation(key: isOwnKey ? folded + "s" : NameKey.fold(key + "s")))
    return org.map { KnownOrg(name: $0.name, kind: $0.kind.rawValue) }
  }

  func isGivenName(_ key: String) -> Bool { lexicon?.isGivenName(key) ?? false }
  func isSurname(_ key: String) -> Bool { lexicon?.isSurname(key) ?? false }
  func wordClass(_ key: String) -> String? { lexicon?.capitalisedWordClass(key)?.rawValue }

  private static func known(_ person: FilmPerson) -> KnownPerson {
    KnownPerson(
      name: person.name, roles: person.roles.map(\.rawValue), isOther: false,
      surnames: person.surnames)
  }
}
