/// A directory that answers each question about a key once and remembers the answer, for the
/// length of one document.
///
/// The tagger asks about the same keys again and again: while trimming a capitalised run, then
/// for the trimmed candidate, then for every later mention of the same name. The bundled
/// lexicon folds each key again and probes large tables (an organisation look-up tries up to
/// three spellings), so a small per-document ``KeyTable`` of answers is cheaper.
///
/// Not safe to share between threads: the stage makes one for each call to `annotate`, and only
/// that call uses it (hence `@unchecked Sendable`).
final class MemoizedNameDirectory: NameDirectory, @unchecked Sendable {
  let base: any NameDirectory
  private var people = KeyTable<[KnownPerson]>()
  private var hasPeople = KeyTable<Bool>()
  private var surnamePeople = KeyTable<[KnownPerson]>()
  private var titles = KeyTable<KnownTitle?>()
  private var orgs = KeyTable<KnownOrg?>()
  private var givenNames = KeyTable<Bool>()
  private var surnames = KeyTable<Bool>()
  private var wordClasses = KeyTable<String?>()

  init(base: any NameDirectory) {
    self.base = base
  }

  func people(named key: String) -> [KnownPerson] {
    if let known = people[key] { return known }
    let known = base.people(named: key)
    people[key] = known
    return known
  }

  func hasPerson(named key: String) -> Bool {
    if let known = people[key] { return !known.isEmpty }
    if let has = hasPeople[key] { return has }
    let has = base.hasPerson(named: key)
    hasPeople[key] = has
    return has
  }

  func people(withSurname key: String) -> [KnownPerson] {
    if let known = surnamePeople[key] { return known }
    let known = base.people(withSurname: key)
    surnamePeople[key] = known
    return known
  }

  func title(named key: String) -> KnownTitle? {
    if let title = titles[key] { return title }
    let title = base.title(named: key)
    titles[key] = .some(title)
    return title
  }

  func org(named key: String) -> KnownOrg? {
    if let org = orgs[key] { return org }
    let org = base.org(named: key)
    orgs[key] = .some(org)
    return org
  }

  func isGivenName(_ key: String) -> Bool {
    if let given = givenNames[key] { return given }
    let given = base.isGivenName(key)
    givenNames[key] = given
    return given
  }

  func isSurname(_ key: String) -> Bool {
    if let surname = surnames[key] { return surname }
    let surname = base.isSurname(key)
    surnames[key] = surname
    return surname
  }

  func wordClass(_ key: String) -> String? {
    if let wordClass = wordClasses[key] { return wordClass }
    let wordClass = base.wordClass(key)
    wordClasses[key] = .some(wordClass)
    return wordClass
  }

  /// Not remembered: only credits answer it, from a small table of their own.
  func creditedCharacter(named key: String) -> String? {
    base.creditedCharacter(named: key)
  }
}
