/// The gazetteer's ``FilmNameLexicon`` seen through the tagger's small ``NameDirectory``
/// interface.
///
/// Every question folds its key with ``NameKey`` first; the `nameKey:` forms take a key folded
/// already, so that ``MemoizedNameDirectory`` folds each key once however many questions it
/// asks about it.
///
/// A class: the lexicon is a large struct of tables, and a struct holding it would be copied
/// (every table retained) whenever a memo that keeps the directory asks it a question.
final class LexiconNameDirectory: NameDirectory {
  /// Nil when the bundled files cannot be read (see ``loadError``).
  let lexicon: FilmNameLexicon?
  /// Why the bundled lexicon could not be loaded, when it could not: the stage reports it
  /// instead of tagging without its names.
  let loadError: String?
  /// Every film person, then every notable person, as the tagger sees them: built once, so
  /// that an answer copies entries instead of converting lexicon records on every question.
  private let known: [KnownPerson]

  /// The bundled lexicon, loaded once.
  static let shared: LexiconNameDirectory = {
    do {
      return LexiconNameDirectory(lexicon: try FilmNameLexicon.bundled())
    } catch {
      return LexiconNameDirectory(lexicon: nil, loadError: String(describing: error))
    }
  }()

  init(lexicon: FilmNameLexicon?, loadError: String? = nil) {
    self.lexicon = lexicon
    self.loadError = loadError
    known =
      (lexicon?.people.map(Self.known) ?? [])
      + (lexicon?.notablePeople.map {
        KnownPerson(name: $0.name, roles: [], isOther: true, surnames: $0.surnames)
      } ?? [])
  }

  func people(named key: String) -> [KnownPerson] {
    people(nameKey: NameKey.fold(key))
  }

  func people(nameKey key: String) -> [KnownPerson] {
    guard let lexicon else { return [] }
    let film = lexicon.personPositions(key: key)
    let notable = lexicon.notablePositions(key: key)
    if film.isEmpty && notable.isEmpty { return [] }
    let offset = lexicon.people.count
    // One array, not two joined, when only one table knows the key (the common case).
    if notable.isEmpty { return film.map { known[$0] } }
    if film.isEmpty { return notable.map { known[offset + $0] } }
    return film.map { known[$0] } + notable.map { known[offset + $0] }
  }

  func hasPerson(named key: String) -> Bool {
    hasPerson(nameKey: NameKey.fold(key))
  }

  func hasPerson(nameKey key: String) -> Bool {
    lexicon?.hasPerson(key: key) ?? false
  }

  func people(withSurname key: String) -> [KnownPerson] {
    people(withSurnameKey: NameKey.fold(key))
  }

  func people(withSurnameKey key: String) -> [KnownPerson] {
    lexicon?.surnamePositions(key: key).map { known[$0] } ?? []
  }

  func title(named key: String) -> KnownTitle? {
    title(nameKey: NameKey.fold(key))
  }

  func title(nameKey key: String) -> KnownTitle? {
    lexicon?.titles(key: key).first.map { KnownTitle(title: $0.title, work: $0.work.rawValue) }
  }

  func org(named key: String) -> KnownOrg? {
    org(named: key, nameKey: NameKey.fold(key))
  }

  /// ``org(named:)`` with `folded`, the ``NameKey`` of `key`, computed already.
  func org(named key: String, nameKey folded: String) -> KnownOrg? {
    guard let lexicon else { return nil }
    // The key, then with "the", then the other number: built only when the first misses.
    // A key that is its own NameKey (the common case) stays one with "the " before it or an
    // "s" after it, so those forms need no second fold.
    let isOwnKey = !key.isEmpty && folded == key
    let org =
      lexicon.firstOrganisation(key: folded)
      ?? (isOwnKey
        ? lexicon.firstOrganisation(prefix: "the ", key: folded, suffix: "")
        : lexicon.firstOrganisation(key: NameKey.fold("the " + key)))
      ?? (key.utf8.last == 0x73 && key.hasSuffix("s")
        ? lexicon.firstOrganisation(key: NameKey.fold(key.dropLast()))
        : isOwnKey
          ? lexicon.firstOrganisation(prefix: "", key: folded, suffix: "s")
          : lexicon.firstOrganisation(key: NameKey.fold(key + "s")))
    return org.map { KnownOrg(name: $0.name, kind: $0.kind.rawValue) }
  }

  func isGivenName(_ key: String) -> Bool { isGivenName(nameKey: NameKey.fold(key)) }
  func isGivenName(nameKey key: String) -> Bool { lexicon?.isGivenName(key: key) ?? false }
  func isSurname(_ key: String) -> Bool { isSurname(nameKey: NameKey.fold(key)) }
  func isSurname(nameKey key: String) -> Bool { lexicon?.isSurname(key: key) ?? false }
  func wordClass(_ key: String) -> String? { wordClass(nameKey: NameKey.fold(key)) }
  func wordClass(nameKey key: String) -> String? {
    lexicon?.capitalisedWordClass(key: key)?.rawValue
  }

  private static func known(_ person: FilmPerson) -> KnownPerson {
    KnownPerson(
      name: person.name, roles: person.roles.map(\.rawValue), isOther: false,
      surnames: person.surnames)
  }
}
