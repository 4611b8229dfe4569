import Testing

@testable import MarqueeEntities

/// Bad rows are reported with their file and line, and say what was expected.
@Suite("Malformed rows")
struct MalformedRowTests {
  /// One hand-written bad file and the error it must produce.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let file: LexiconFile
    let text: String
    let expected: LexiconError
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "a row with a space instead of a tab",
      file: .people,
      text: "# people\nGreta Gerwig\tactor,director\nJane Campion director\n",
      expected: .wrongColumnCount(
        file: "people.tsv", line: 3, found: 1, expected: 2...4,
        columns: ["name", "roles", "surnames", "aliases"])),
    Case(
      name: "an unknown role",
      file: .people,
      text: "Greta Gerwig\tactor,gaffer\n",
      expected: .invalidValue(
        file: "people.tsv", line: 1, column: "roles", value: "gaffer",
        expected: "one of: " + FilmRole.allCases.map(\.rawValue).joined(separator: ", "))),
    Case(
      name: "a role given twice",
      file: .people,
      text: "Greta Gerwig\tactor,actor\n",
      expected: .invalidValue(
        file: "people.tsv", line: 1, column: "roles", value: "actor",
        expected: "each role once")),
    Case(
      name: "the same person twice, once with a typographic apostrophe",
      file: .people,
      text: "Lupita Nyong'o\tactor\n\n# again\nLupita Nyong\u{2019}o\tactor\n",
      expected: .duplicateRow(
        file: "people.tsv", line: 4, firstLine: 1, key: "lupita nyong'o")),
    Case(
      name: "a trailing space in a name",
      file: .people,
      text: "Riz Ahmed \tactor\n",
      expected: .untrimmedField(
        file: "people.tsv", line: 1, column: "name", value: "Riz Ahmed ")),
    Case(
      name: "an empty alias between two separators",
      file: .people,
      text: "Bong Joon-ho\tdirector\tBong\tBong Joon Ho||Joon-ho Bong\n",
      expected: .emptyField(file: "people.tsv", line: 1, column: "aliases")),
    Case(
      name: "an empty role column",
      file: .people,
      text: "Riz Ahmed\t\n",
      expected: .emptyField(file: "people.tsv", line: 1, column: "roles")),
    Case(
      name: "a two-digit year",
      file: .titles,
      text: "# titles\nUp\t09\tfilm\n",
      expected: .invalidValue(
        file: "titles.tsv", line: 2, column: "year", value: "09",
        expected: "a four-digit year between 1000 and 2100")),
    Case(
      name: "an unknown work type",
      file: .titles,
      text: "Up\t2009\tcartoon\n",
      expected: .invalidValue(
        file: "titles.tsv", line: 1, column: "work", value: "cartoon",
        expected: "one of: " + WorkType.allCases.map(\.rawValue).joined(separator: ", "))),
    Case(
      name: "the same title, year and work twice",
      file: .titles,
      text: "Airplane!\t1980\tfilm\nAirplane\t1980\tfilm\n",
      expected: .duplicateRow(
        file: "titles.tsv", line: 2, firstLine: 1, key: "airplane (1980 film)")),
    Case(
      name: "an unknown organisation kind",
      file: .organisations,
      text: "A24\tindie\n",
      expected: .invalidValue(
        file: "orgs.tsv", line: 1, column: "kind", value: "indie",
        expected: "one of: "
          + OrganisationKind.allCases.map(\.rawValue).joined(separator: ", "))),
    Case(
      name: "two words in a surname list",
      file: .surnames,
      text: "Ahmed\tar\nde la Cruz\tes\n",
      expected: .invalidValue(
        file: "surnames.tsv", line: 2, column: "name", value: "de la Cruz",
        expected: "a single word")),
    Case(
      name: "a given name repeated without its accent",
      file: .givenNames,
      text: "Siobhán\tceltic\nSiobhan\tceltic\n",
      expected: .duplicateRow(file: "given-names.tsv", line: 2, firstLine: 1, key: "siobhan")),
    Case(
      name: "a name of punctuation only",
      file: .otherPeople,
      text: "...\tcritic\n",
      expected: .invalidValue(
        file: "other-people.tsv", line: 1, column: "name", value: "...",
        expected: "a name with at least one letter or digit")),
  ]

  @Test("each bad row is reported with its file and line", arguments: cases)
  func reportsFileAndLine(testCase: Case) {
    do {
      _ = try FilmNameLexicon(files: [testCase.file: testCase.text])
      Issue.record("expected \(testCase.expected)")
    } catch {
      #expect(error == testCase.expected)
      if let line = testCase.expected.line {
        #expect(error.description.hasPrefix("\(testCase.file.fileName):\(line): "))
        #expect(error.line == line)
      }
      #expect(error.file == testCase.file.fileName)
    }
  }

  @Test("the message names the columns and the fix")
  func message() {
    let error = LexiconError.wrongColumnCount(
      file: "people.tsv", line: 3, found: 1, expected: 2...4,
      columns: ["name", "roles", "surnames", "aliases"])
    #expect(
      error.description
        == "people.tsv:3: expected 2 to 4 tab-separated columns (name, roles, surnames, "
        + "aliases) but found 1; separate columns with a single tab")
  }

  @Test(
    "bad cue rows",
    arguments: [
      ("Directed by\tverb\tdirector\tafter\tstrong\n", "cue", "Directed by"),
      ("directed by\tphrase\tdirector\tafter\tstrong\n", "kind", "phrase"),
      ("as\tcharacter\tactor\tafter\tstrong\n", "role", "actor"),
      ("the film\ttitle-noun\tmovie\tafter\tstrong\n", "role", "movie"),
      ("directed by\tverb\tdirector\tleft\tstrong\n", "side", "left"),
      ("directed by\tverb\tdirector\tafter\tsure\n", "strength", "sure"),
    ])
  func badCues(text: String, column: String, value: String) {
    do {
      _ = try CueLexicon(text: "# cues\n" + text)
      Issue.record("expected an error in column \(column)")
    } catch {
      guard case .invalidValue(let file, let line, let badColumn, let badValue, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == "cues.tsv")
      #expect(line == 2)
      #expect(badColumn == column)
      #expect(badValue == value)
    }
  }

  @Test("a repeated cue with the same kind, role and side is a duplicate")
  func duplicateCue() {
    let text =
      "dp\tjob-noun\tcinematographer\tafter\tstrong\n"
      + "d.p.\tjob-noun\tcinematographer\tafter\tweak\n"
    #expect(
      throws: LexiconError.duplicateRow(
        file: "cues.tsv", line: 2, firstLine: 1, key: "dp (job-noun cinematographer after)")
    ) {
      try CueLexicon(text: text)
    }
  }

  @Test("CRLF line endings, a byte-order mark, comments and blank lines are accepted")
  func tolerantShape() throws {
    let text =
      "\u{FEFF}# people\r\n\r\nRiz Ahmed\tactor\tAhmed\r\nDarius Marder\tdirector,writer\r\n"
    let lexicon = try FilmNameLexicon(files: [.people: text])
    #expect(lexicon.people.map(\.name) == ["Riz Ahmed", "Darius Marder"])
    #expect(lexicon.people.map(\.roles) == [[.actor], [.director, .writer]])
    #expect(lexicon.people(withSurname: "ahmed").map(\.name) == ["Riz Ahmed"])
  }

  @Test("files left out count as empty")
  func missingFilesAreEmpty() throws {
    let lexicon = try FilmNameLexicon(files: [:])
    #expect(lexicon.people.isEmpty)
    #expect(lexicon.titles(named: "Up").isEmpty)
    #expect(!lexicon.isGivenName("Darius"))
    #expect(lexicon.maximumNameWordCount == 0)
  }
}
