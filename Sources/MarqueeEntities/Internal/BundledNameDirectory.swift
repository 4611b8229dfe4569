import Foundation

/// The name lexicons bundled in this module's resources, read into look-up tables.
///
/// A deliberately thin reader of the gazetteer's TSV files (people, other-people, titles, orgs,
/// given-names, surnames: their columns are documented at the top of each file). It exists only
/// so that the tagger can run before the gazetteer's own `FilmNameLexicon` lands; when it does,
/// this type becomes an adapter over it.
struct BundledNameDirectory: NameDirectory {
  private var fullNames: [String: [KnownPerson]] = [:]
  private var surnameIndex: [String: [KnownPerson]] = [:]
  private var titles: [String: KnownTitle] = [:]
  private var orgs: [String: KnownOrg] = [:]
  private var givenNames: Set<String> = []
  private var surnames: Set<String> = []

  /// The directory read once from the bundle.
  static let shared: BundledNameDirectory = BundledNameDirectory(bundle: .module)

  init(bundle: Bundle) {
    for row in Self.rows("people", bundle) where row.count >= 2 {
      let roles = row[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      add(person: row, roles: roles, isOther: false)
    }
    for row in Self.rows("other-people", bundle) where row.count >= 2 {
      add(person: row, roles: [], isOther: true)
    }
    for row in Self.rows("titles", bundle) where row.count >= 3 {
      let entry = KnownTitle(title: row[0], work: row[2])
      for name in [row[0]] + Self.list(row, 3) where titles[NameFolding.fold(name)] == nil {
        titles[NameFolding.fold(name)] = entry
      }
    }
    for row in Self.rows("orgs", bundle) where row.count >= 2 {
      let entry = KnownOrg(name: row[0], kind: row[1])
      for name in [row[0]] + Self.list(row, 2) {
        var key = NameFolding.fold(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if orgs[key] == nil { orgs[key] = entry }
      }
    }
    for row in Self.rows("given-names", bundle) { givenNames.insert(NameFolding.fold(row[0])) }
    for row in Self.rows("surnames", bundle) { surnames.insert(NameFolding.fold(row[0])) }
  }

  private mutating func add(person row: [String], roles: [String], isOther: Bool) {
    let forms = Self.list(row, 2)
    let person = KnownPerson(name: row[0], roles: roles, isOther: isOther, surnames: forms)
    for name in [row[0]] + Self.list(row, 3) {
      fullNames[NameFolding.fold(name), default: []].append(person)
    }
    for form in forms { surnameIndex[NameFolding.fold(form), default: []].append(person) }
  }

  func people(named key: String) -> [KnownPerson] { fullNames[key] ?? [] }
  func people(withSurname key: String) -> [KnownPerson] { surnameIndex[key] ?? [] }
  func title(named key: String) -> KnownTitle? { titles[key] }
  func org(named key: String) -> KnownOrg? {
    if let org = orgs[key] { return org }
    if key.hasSuffix("s"), let org = orgs[String(key.dropLast())] { return org }
    return orgs[key + "s"]
  }
  func isGivenName(_ key: String) -> Bool { givenNames.contains(key) }
  func isSurname(_ key: String) -> Bool { surnames.contains(key) }

  private static func list(_ row: [String], _ column: Int) -> [String] {
    guard row.count > column else { return [] }
    return row[column].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// The tab-separated rows of a resource, without comments and blank lines; a missing file
  /// gives no rows (the tagger then works from context alone).
  static func rows(_ name: String, _ bundle: Bundle) -> [[String]] {
    guard let url = bundle.url(forResource: name, withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) {
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
    return rows
  }
}
