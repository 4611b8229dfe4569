/// Row parsers for the name lexicon's files. Each checks its columns' values and rejects a
/// row whose key repeats an earlier row's.
extension FilmNameLexicon {
  static func parsePeople(_ text: String) throws(LexiconError) -> [FilmPerson] {
    let table = try TSVTable(
      text: text, file: LexiconFile.people.fileName,
      columns: ["name", "roles", "surnames", "aliases"], required: 2)
    var keys = KeyRegister(file: table.file)
    var people: [FilmPerson] = []
    people.reserveCapacity(table.rows.count)
    for row in table.rows {
      let name = String(row.field(0))
      var roles: [FilmRole] = []
      for raw in try table.list(row, column: 1, separator: ",") {
        let role = try table.value(raw, in: row, column: 1, as: FilmRole.self)
        guard !roles.contains(role) else {
          throw .invalidValue(
            file: table.file, line: row.line, column: "roles", value: raw,
            expected: "each role once")
        }
        roles.append(role)
      }
      try keys.register(name, line: row.line)
      people.append(
        FilmPerson(
          name: name, roles: roles,
          surnames: try table.list(row, column: 2, separator: "|"),
          aliases: try table.list(row, column: 3, separator: "|")))
    }
    return people
  }

  static func parseNotablePeople(_ text: String) throws(LexiconError) -> [NotablePerson] {
    let table = try TSVTable(
      text: text, file: LexiconFile.otherPeople.fileName,
      columns: ["name", "kind", "surnames", "aliases"], required: 2)
    var keys = KeyRegister(file: table.file)
    var result: [NotablePerson] = []
    for row in table.rows {
      let name = String(row.field(0))
      let kind = try table.value(row.field(1), in: row, column: 1, as: NotablePersonKind.self)
      try keys.register(name, line: row.line)
      result.append(
        NotablePerson(
          name: name, kind: kind,
          surnames: try table.list(row, column: 2, separator: "|"),
          aliases: try table.list(row, column: 3, separator: "|")))
    }
    return result
  }

  static func parseTitles(_ text: String) throws(LexiconError) -> [WorkTitle] {
    let table = try TSVTable(
      text: text, file: LexiconFile.titles.fileName,
      columns: ["title", "year", "work", "aliases"], required: 3)
    var keys = KeyRegister(file: table.file)
    var result: [WorkTitle] = []
    result.reserveCapacity(table.rows.count)
    for row in table.rows {
      let title = String(row.field(0))
      let rawYear = row.field(1)
      guard rawYear.count == 4, rawYear.allSatisfy(\.isASCII), let year = Int(rawYear),
        (1000...2100).contains(year)
      else {
        throw .invalidValue(
          file: table.file, line: row.line, column: "year", value: String(rawYear),
          expected: "a four-digit year between 1000 and 2100")
      }
      let work = try table.value(row.field(2), in: row, column: 2, as: WorkType.self)
      try keys.register(title, qualifier: "\(year) \(work.rawValue)", line: row.line)
      result.append(
        WorkTitle(
          title: title, year: year, work: work,
          aliases: try table.list(row, column: 3, separator: "|")))
    }
    return result
  }

  static func parseOrganisations(_ text: String) throws(LexiconError) -> [Organisation] {
    let table = try TSVTable(
      text: text, file: LexiconFile.organisations.fileName,
      columns: ["name", "kind", "aliases"], required: 2)
    var keys = KeyRegister(file: table.file)
    var result: [Organisation] = []
    for row in table.rows {
      let name = String(row.field(0))
      let kind = try table.value(row.field(1), in: row, column: 1, as: OrganisationKind.self)
      try keys.register(name, line: row.line)
      result.append(
        Organisation(
          name: name, kind: kind, aliases: try table.list(row, column: 2, separator: "|")))
    }
    return result
  }

  /// Parses `given-names.tsv` or `surnames.tsv` into folded word → origin tags.
  static func parseWordList(_ text: String, file: LexiconFile) throws(LexiconError)
    -> [String: [String]]
  {
    let table = try TSVTable(
      text: text, file: file.fileName, columns: ["name", "origin"], required: 2)
    var keys = KeyRegister(file: table.file)
    var result: [String: [String]] = [:]
    result.reserveCapacity(table.rows.count)
    for row in table.rows {
      let word = row.field(0)
      guard !word.contains(" ") else {
        throw .invalidValue(
          file: table.file, line: row.line, column: "name", value: String(word),
          expected: "a single word")
      }
      let key = try keys.register(word, line: row.line)
      result[key] = try table.list(row, column: 1, separator: ",")
    }
    return result
  }

  static func parseCapitalisedWords(_ text: String) throws(LexiconError)
    -> [String: CapitalisedWordClass]
  {
    let table = try TSVTable(
      text: text, file: LexiconFile.capitalisedStopwords.fileName,
      columns: ["word", "class"], required: 2)
    var keys = KeyRegister(file: table.file)
    var result: [String: CapitalisedWordClass] = [:]
    for row in table.rows {
      let wordClass = try table.value(
        row.field(1), in: row, column: 1, as: CapitalisedWordClass.self)
      let key = try keys.register(row.field(0), line: row.line)
      result[key] = wordClass
    }
    return result
  }
}
