/// The names the film entity tagger knows: real film people with their roles, other notable
/// people, titles, organisations, plus given names, surnames and capitalised words that are not
/// names, for recognising people it does not know by the shape of their names.
///
/// All lookups fold case, diacritics, apostrophes and punctuation the same way (see
/// ``FilmNameLexicon/key(_:)``), so "Lupita Nyong’o" finds "Lupita Nyong'o", "Inarritu" finds
/// Alejandro González Iñárritu by surname and "BONG JOON HO" finds Bong Joon-ho.
///
/// ```swift
/// let lexicon = try FilmNameLexicon.bundled()
/// lexicon.people(named: "Lupita Nyong’o").first?.roles   // [.actor]
/// lexicon.people(withSurname: "Coen").map(\.name)        // ["Ethan Coen", "Joel Coen"]
/// lexicon.titles(named: "Crazy, Stupid, Love").first?.year  // 2011
/// lexicon.capitalisedWordClass("Oscar")                  // .award
/// ```
///
/// The bundled data is parsed once per process, on first use of ``bundled()``.
public struct FilmNameLexicon: Sendable {
  /// Every person from `people.tsv`, in file order.
  public let people: [FilmPerson]
  /// Every person from `other-people.tsv`, in file order.
  public let notablePeople: [NotablePerson]
  /// Every title from `titles.tsv`, in file order.
  public let titles: [WorkTitle]
  /// Every organisation from `orgs.tsv`, in file order.
  public let organisations: [Organisation]
  /// The most words in any name, alias or title: the longest span worth looking up.
  public let maximumNameWordCount: Int

  private let peopleByName: KeyTable<[Int]>
  private let peopleBySurname: KeyTable<[Int]>
  private let notableByName: KeyTable<[Int]>
  /// The keys of `peopleByName` and `notableByName`, for ``hasPerson(key:)``'s one probe.
  private let personKeys: KeyTable<Void>
  private let notableBySurname: KeyTable<[Int]>
  private let titlesByName: KeyTable<[Int]>
  private let titlesByNameWithoutArticle: KeyTable<[Int]>
  private let organisationsByName: KeyTable<[Int]>
  private let givenNameOrigins: KeyTable<[String]>
  private let surnameOrigins: KeyTable<[String]>
  private let capitalisedWords: KeyTable<CapitalisedWordClass>

  /// The lexicon built from the files bundled with MarqueeEntities, parsed on first use.
  ///
  /// - Throws: ``LexiconError`` naming the file and line when a bundled file is missing or
  ///   has a bad row (a packaging or data bug, not a user error).
  public static func bundled() throws(LexiconError) -> FilmNameLexicon {
    try bundledResult.get()
  }

  private static let bundledResult = Result { () throws(LexiconError) -> FilmNameLexicon in
    var files: [LexiconFile: String] = [:]
    for file in LexiconFile.allCases where file != .cues {
      files[file] = try file.bundledText()
    }
    return try FilmNameLexicon(files: files)
  }

  /// Builds a lexicon from the text of its files; a file left out counts as empty.
  ///
  /// Use it to test data or to load a corrected copy of the bundled files. ``LexiconFile/cues``
  /// is ignored here (see ``CueLexicon``).
  ///
  /// - Throws: ``LexiconError`` for the first bad row, naming its file and line; a row that
  ///   repeats an earlier row's key is an error too.
  /// - Complexity: O(n) in the total size of the files.
  public init(files: [LexiconFile: String]) throws(LexiconError) {
    let people = try Self.parsePeople(files[.people] ?? "")
    let notable = try Self.parseNotablePeople(files[.otherPeople] ?? "")
    let titles = try Self.parseTitles(files[.titles] ?? "")
    let organisations = try Self.parseOrganisations(files[.organisations] ?? "")
    self.people = people
    self.notablePeople = notable
    self.titles = titles
    self.organisations = organisations
    givenNameOrigins = KeyTable(
      try Self.parseWordList(files[.givenNames] ?? "", file: .givenNames))
    surnameOrigins = KeyTable(try Self.parseWordList(files[.surnames] ?? "", file: .surnames))
    capitalisedWords = KeyTable(
      try Self.parseCapitalisedWords(files[.capitalisedStopwords] ?? ""))

    var longest = 0
    func index(_ names: [[String]]) -> [String: [Int]] {
      var result: [String: [Int]] = [:]
      for (position, forms) in names.enumerated() {
        var seen: Set<String> = []
        for form in forms {
          let key = NameKey(form)
          guard !key.value.isEmpty, seen.insert(key.value).inserted else { continue }
          longest = max(longest, key.wordCount)
          result[key.value, default: []].append(position)
        }
      }
      return result
    }
    let peopleByName = index(people.map { [$0.name] + $0.aliases })
    let notableByName = index(notable.map { [$0.name] + $0.aliases })
    self.peopleByName = KeyTable(peopleByName)
    self.notableByName = KeyTable(notableByName)
    var personKeys = KeyTable<Void>(capacity: peopleByName.count + notableByName.count)
    for key in peopleByName.keys { personKeys.insert(key) }
    for key in notableByName.keys { personKeys.insert(key) }
    self.personKeys = personKeys
    peopleBySurname = KeyTable(index(people.map(\.surnames)))
    notableBySurname = KeyTable(index(notable.map(\.surnames)))
    let titleForms = titles.map { [$0.title] + $0.aliases }
    titlesByName = KeyTable(index(titleForms))
    titlesByNameWithoutArticle = KeyTable(
      index(
        titleForms.map { forms in
          forms.compactMap { Self.withoutLeadingArticle(NameKey($0).value) }
        }))
    organisationsByName = KeyTable(index(organisations.map { [$0.name] + $0.aliases }))
    maximumNameWordCount = longest
  }

  /// The lookup key of `text`: the folded form every lookup compares.
  ///
  /// ```
  /// key("J. J. Abrams") == key("JJ Abrams") == "jj abrams"
  /// key("Lupita Nyong’o") == "lupita nyong'o"
  /// ```
  public static func key(_ text: some StringProtocol) -> String {
    NameKey.fold(text)
  }

  // MARK: - People

  /// Film people whose full name or alias matches `name`.
  ///
  /// - Complexity: O(m) in the length of `name`, plus the number of matches.
  public func people(named name: some StringProtocol) -> [FilmPerson] {
    (peopleByName[NameKey(name).value] ?? []).map { people[$0] }
  }

  /// Film people under `key`, a ``NameKey`` value the caller folded already.
  func people(key: String) -> [FilmPerson] {
    (peopleByName[key] ?? []).map { people[$0] }
  }

  /// Positions in ``people`` of the film people under `key`, a ``NameKey`` value.
  func personPositions(key: String) -> [Int] { peopleByName[key] ?? [] }

  /// Positions in ``notablePeople`` of the notable people under `key`, a ``NameKey`` value.
  func notablePositions(key: String) -> [Int] { notableByName[key] ?? [] }

  /// Positions in ``people`` of the film people with the surname form `key`.
  func surnamePositions(key: String) -> [Int] { peopleBySurname[key] ?? [] }

  /// Notable non-film people under `key`, a ``NameKey`` value the caller folded already.
  func notablePeople(key: String) -> [NotablePerson] {
    (notableByName[key] ?? []).map { notablePeople[$0] }
  }

  /// Whether any film or notable person goes by `key`, a ``NameKey`` value.
  func hasPerson(key: String) -> Bool {
    personKeys.contains(key)
  }

  /// Every film person with `surname` as a surname form ("Coen" gives both brothers;
  /// "del Toro" gives Guillermo and Benicio).
  ///
  /// - Complexity: O(m) in the length of `surname`, plus the number of matches.
  public func people(withSurname surname: some StringProtocol) -> [FilmPerson] {
    people(surnameKey: NameKey(surname).value)
  }

  /// Film people with the surname form `key`, a ``NameKey`` value the caller folded already.
  func people(surnameKey key: String) -> [FilmPerson] {
    (peopleBySurname[key] ?? []).map { people[$0] }
  }

  /// Notable non-film people whose full name or alias matches `name`.
  public func notablePeople(named name: some StringProtocol) -> [NotablePerson] {
    (notableByName[NameKey(name).value] ?? []).map { notablePeople[$0] }
  }

  /// Every notable non-film person with `surname` as a surname form.
  public func notablePeople(withSurname surname: some StringProtocol) -> [NotablePerson] {
    (notableBySurname[NameKey(surname).value] ?? []).map { notablePeople[$0] }
  }

  // MARK: - Titles and organisations

  /// Titles whose title or alias matches `name`; when none does, a leading English article is
  /// ignored on either side ("Godfather" finds *The Godfather*, "The Parasite" finds
  /// *Parasite*). Remakes give several entries, in file order.
  public func titles(named name: some StringProtocol) -> [WorkTitle] {
    titles(key: NameKey(name).value)
  }

  /// ``titles(named:)`` for `key`, a ``NameKey`` value the caller folded already.
  func titles(key: String) -> [WorkTitle] {
    if let exact = titlesByName[key] { return exact.map { titles[$0] } }
    if let bare = Self.withoutLeadingArticle(key) {
      if let found = titlesByName[bare] ?? titlesByNameWithoutArticle[bare] {
        return found.map { titles[$0] }
      }
    }
    return (titlesByNameWithoutArticle[key] ?? []).map { titles[$0] }
  }

  /// The first organisation under `key`, a ``NameKey`` value the caller folded already.
  func firstOrganisation(key: String) -> Organisation? {
    organisationsByName[key]?.first.map { organisations[$0] }
  }

  /// The first organisation under the key `prefix + key + suffix`, with `key` a ``NameKey``
  /// value and the whole one too ("the " + key, key + "s"), looked up without building it.
  func firstOrganisation(prefix: String, key: String, suffix: String) -> Organisation? {
    organisationsByName.value(prefix: prefix, key, suffix: suffix)?.first.map { organisations[$0] }
  }

  /// Organisations whose name or alias matches `name` ("A24", "the Academy", "Cannes").
  public func organisations(named name: some StringProtocol) -> [Organisation] {
    (organisationsByName[NameKey(name).value] ?? []).map { organisations[$0] }
  }

  /// Every entry whose name, alias or title matches `name`, across all tables: people first,
  /// then notable people, titles and organisations. Surnames are not consulted.
  public func entries(named name: some StringProtocol) -> [LexiconEntry] {
    people(named: name).map(LexiconEntry.person)
      + notablePeople(named: name).map(LexiconEntry.notablePerson)
      + titles(named: name).map(LexiconEntry.title)
      + organisations(named: name).map(LexiconEntry.organisation)
  }

  // MARK: - Name shapes

  /// Whether `word` is a common given name in some language ("Darius", "Siobhán").
  public func isGivenName(_ word: some StringProtocol) -> Bool {
    givenNameOrigins[NameKey(word).value] != nil
  }

  /// ``isGivenName(_:)`` for `key`, a ``NameKey`` value the caller folded already.
  func isGivenName(key: String) -> Bool { givenNameOrigins[key] != nil }

  /// The language or region tags under which `word` is listed as a given name; empty if none.
  public func givenNameOrigins(_ word: some StringProtocol) -> [String] {
    givenNameOrigins[NameKey(word).value] ?? []
  }

  /// Whether `word` is a common surname in some language ("Ahmed", "Nguyen").
  public func isSurname(_ word: some StringProtocol) -> Bool {
    surnameOrigins[NameKey(word).value] != nil
  }

  /// ``isSurname(_:)`` for `key`, a ``NameKey`` value the caller folded already.
  func isSurname(key: String) -> Bool { surnameOrigins[key] != nil }

  /// The language or region tags under which `word` is listed as a surname; empty if none.
  public func surnameOrigins(_ word: some StringProtocol) -> [String] {
    surnameOrigins[NameKey(word).value] ?? []
  }

  /// Why the capitalised `word` is not an entity on its own, or `nil` when it is not listed
  /// ("Oscar" → `.award`, "Monday" → `.day`, "The" → `.functionWord`).
  public func capitalisedWordClass(_ word: some StringProtocol) -> CapitalisedWordClass? {
    capitalisedWords[NameKey(word).value]
  }

  /// ``capitalisedWordClass(_:)`` for `key`, a ``NameKey`` value the caller folded already.
  func capitalisedWordClass(key: String) -> CapitalisedWordClass? { capitalisedWords[key] }

  /// The number of distinct given names listed.
  public var givenNameCount: Int { givenNameOrigins.count }

  /// The number of distinct surnames listed.
  public var surnameCount: Int { surnameOrigins.count }

  /// The number of capitalised non-entity words listed.
  public var capitalisedWordCount: Int { capitalisedWords.count }

  /// The articles ``withoutLeadingArticle(_:)`` removes, built once.
  private static let leadingArticles = ["the ", "a ", "an "]

  static func withoutLeadingArticle(_ key: String) -> String? {
    // Most keys begin with neither "t" nor "a": their first byte answers at once.
    guard let head = key.utf8.first, head == 0x74 || head == 0x61 else { return nil }
    for article in leadingArticles where key.hasPrefix(article) && key.count > article.count {
      return String(key.dropFirst(article.count))
    }
    return nil
  }
}
