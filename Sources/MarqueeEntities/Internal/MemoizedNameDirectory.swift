/// A directory that answers each question about a key once and remembers the answer, for the
/// length of one document.
///
/// The tagger asks about the same keys again and again: while trimming a capitalised run, then
/// for the trimmed candidate, then for every later mention of the same name. Each key gets one
/// slot, found with one probe of a small ``KeyTable``, holding every answer asked so far; over
/// the bundled lexicon the slot also keeps the key's ``NameKey`` fold, so a key is folded once
/// however many questions are asked about it.
///
/// Not safe to share between threads: the stage makes one for each call to `annotate`, and only
/// that call uses it (hence `@unchecked Sendable`).
final class MemoizedNameDirectory: NameDirectory, @unchecked Sendable {
  let base: any NameDirectory
  /// `base` when it is the bundled lexicon itself, whose answers can start from a folded key.
  private let lexicon: LexiconNameDirectory?
  // The memo belongs to one tagger and no access to its state overlaps another: the run-time
  // exclusivity checks (one per read or write of a class's variable) are left out.
  @exclusivity(unchecked) private var slots = KeyTable<Int>(capacity: 128)
  @exclusivity(unchecked) private var facts: [Facts] = []

  /// What is known about one key; nil for a question not asked yet.
  private struct Facts {
    /// The ``NameKey`` fold of the key (empty unless the base is the bundled lexicon).
    var nameKey: String
    var people: [KnownPerson]?
    var hasPerson: Bool?
    var surnamePeople: [KnownPerson]?
    var title: KnownTitle??
    var org: KnownOrg??
    var isGivenName: Bool?
    var isSurname: Bool?
    var wordClass: String??
  }

  init(base: any NameDirectory) {
    self.base = base
    lexicon = base as? LexiconNameDirectory
    facts.reserveCapacity(128)
  }

  /// The key asked about last and its slot: the tagger asks several questions in a row about
  /// one key, usually the very same string, which compares equal at once.
  @exclusivity(unchecked) private var lastKey = ""
  @exclusivity(unchecked) private var lastSlot = -1

  /// The slot of `key`, made on first use.
  private func slot(_ key: String) -> Int {
    if lastSlot >= 0, key == lastKey { return lastSlot }
    let slot: Int
    // Hashed once for the probe and, for a new key, the insertion.
    let hash = KeyTable<Int>.hash(key)
    if let known = slots[key, hash: hash] {
      slot = known
    } else {
      slot = facts.count
      facts.append(Facts(nameKey: lexicon == nil ? "" : NameKey.fold(key)))
      slots.insert(slot, forKey: key, hash: hash)
    }
    lastKey = key
    lastSlot = slot
    return slot
  }

  func people(named key: String) -> [KnownPerson] {
    let k = slot(key)
    if let known = facts[k].people { return known }
    // The lexicon lists a person under a key only with a name: no name, no people.
    if lexicon != nil, facts[k].hasPerson == false {
      facts[k].people = []
      return []
    }
    let known = lexicon?.people(nameKey: facts[k].nameKey) ?? base.people(named: key)
    facts[k].people = known
    return known
  }

  func hasPerson(named key: String) -> Bool {
    let k = slot(key)
    if let known = facts[k].people { return !known.isEmpty }
    if let has = facts[k].hasPerson { return has }
    let has = lexicon?.hasPerson(nameKey: facts[k].nameKey) ?? base.hasPerson(named: key)
    facts[k].hasPerson = has
    return has
  }

  func people(withSurname key: String) -> [KnownPerson] {
    let k = slot(key)
    if let known = facts[k].surnamePeople { return known }
    let known =
      lexicon?.people(withSurnameKey: facts[k].nameKey) ?? base.people(withSurname: key)
    facts[k].surnamePeople = known
    return known
  }

  func title(named key: String) -> KnownTitle? {
    let k = slot(key)
    if let title = facts[k].title { return title }
    let title =
      if let lexicon { lexicon.title(nameKey: facts[k].nameKey) } else { base.title(named: key) }
    facts[k].title = .some(title)
    return title
  }

  func org(named key: String) -> KnownOrg? {
    let k = slot(key)
    if let org = facts[k].org { return org }
    let org =
      if let lexicon {
        lexicon.org(named: key, nameKey: facts[k].nameKey)
      } else {
        base.org(named: key)
      }
    facts[k].org = .some(org)
    return org
  }

  func isGivenName(_ key: String) -> Bool {
    let k = slot(key)
    if let given = facts[k].isGivenName { return given }
    let given = lexicon?.isGivenName(nameKey: facts[k].nameKey) ?? base.isGivenName(key)
    facts[k].isGivenName = given
    return given
  }

  func isSurname(_ key: String) -> Bool {
    let k = slot(key)
    if let surname = facts[k].isSurname { return surname }
    let surname = lexicon?.isSurname(nameKey: facts[k].nameKey) ?? base.isSurname(key)
    facts[k].isSurname = surname
    return surname
  }

  func wordClass(_ key: String) -> String? {
    let k = slot(key)
    if let wordClass = facts[k].wordClass { return wordClass }
    let wordClass =
      if let lexicon { lexicon.wordClass(nameKey: facts[k].nameKey) } else { base.wordClass(key) }
    facts[k].wordClass = .some(wordClass)
    return wordClass
  }

  /// Not remembered: only credits answer it, from a small table of their own.
  func creditedCharacter(named key: String) -> String? {
    base.creditedCharacter(named: key)
  }
}
