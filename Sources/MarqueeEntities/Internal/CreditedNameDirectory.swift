/// The bundled lexicons with one document's credits in front: a credited person comes first
/// with their credited role, credited characters and short titles become known.
struct CreditedNameDirectory: NameDirectory {
  let base: any NameDirectory
  private var people: [String: [KnownPerson]] = [:]
  private var surnames: [String: [KnownPerson]] = [:]
  private var characters: [String: String] = [:]
  private var titles: [String: KnownTitle] = [:]
  /// Every form of a credited title a review may write ("The Lightning Thief" for "Percy
  /// Jackson & the Olympians: The Lightning Thief"), with the full title.
  private(set) var titleForms: [(form: String, title: String, work: String)] = []

  init(base: any NameDirectory, credits: [FilmCredits]) {
    self.base = base
    for film in credits {
      for member in film.cast {
        add(member.name, role: "actor")
        for character in member.characters { addCharacter(character) }
      }
      for member in film.crew { add(member.name, role: member.job) }
      for form in Self.titleForms(film.title) {
        titles[NameFolding.fold(form)] = KnownTitle(title: film.title, work: film.work)
        titleForms.append((form, film.title, film.work))
      }
    }
  }

  /// The full title, the parts either side of a colon, each with and without a leading "The".
  static func titleForms(_ title: String) -> [String] {
    var forms = [title]
    if let colon = title.range(of: ": ") {
      forms.append(String(title[..<colon.lowerBound]))
      forms.append(String(title[colon.upperBound...]))
    }
    for form in forms {
      for article in ["The ", "A ", "An "] where form.hasPrefix(article) {
        let rest = String(form.dropFirst(article.count))
        if rest.contains(" ") { forms.append(rest) }
      }
    }
    var seen: Set<String> = []
    return forms.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// The forms a surname-only mention may take: the last word, or the first for names written
  /// family name first ("Bong Joon-ho").
  static func surnameForms(_ name: String) -> [String] {
    let words = name.split(separator: " ").map(String.init)
    guard words.count > 1, let last = words.last else { return [] }
    var forms = [last]
    if last.contains("-") { forms.append(words[0]) }
    if words.count > 2 { forms.append(words.suffix(2).joined(separator: " ")) }
    return forms
  }

  private mutating func add(_ name: String, role: String) {
    let key = NameFolding.fold(name)
    if let k = people[key]?.firstIndex(where: { $0.name == name }) {
      if !(people[key]?[k].roles.contains(role) ?? true) { people[key]?[k].roles.append(role) }
      return
    }
    let forms = Self.surnameForms(name)
    let person = KnownPerson(
      name: name, roles: [role], isOther: false, surnames: forms, credited: true)
    people[key, default: []].append(person)
    for form in forms { surnames[NameFolding.fold(form), default: []].append(person) }
  }

  private mutating func addCharacter(_ name: String) {
    characters[NameFolding.fold(name)] = name
    let words = name.split(separator: " ")
    guard words.count > 1, let first = words.first, let last = words.last else { return }
    for part in [first, last] where part.count > 1 {
      let key = NameFolding.fold(part)
      if characters[key] == nil { characters[key] = name }
    }
  }

  func people(named key: String) -> [KnownPerson] {
    let credited = people[key] ?? []
    let names = Set(credited.map(\.name))
    return credited + base.people(named: key).filter { !names.contains($0.name) }
  }

  func people(withSurname key: String) -> [KnownPerson] {
    let credited = surnames[key] ?? []
    if !credited.isEmpty { return credited }
    return base.people(withSurname: key)
  }

  func title(named key: String) -> KnownTitle? { titles[key] ?? base.title(named: key) }
  func org(named key: String) -> KnownOrg? { base.org(named: key) }
  func isGivenName(_ key: String) -> Bool { base.isGivenName(key) }
  func isSurname(_ key: String) -> Bool { surnames[key] != nil || base.isSurname(key) }
  func wordClass(_ key: String) -> String? { base.wordClass(key) }
  func creditedCharacter(named key: String) -> String? { characters[key] }
}
