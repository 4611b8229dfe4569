import Testing

@testable import MarqueeEntities

/// The bundled data loads and meets the floors the entities stage relies on.
@Suite("Bundled name lexicon")
struct BundledLexiconTests {
  let lexicon: FilmNameLexicon

  init() throws {
    lexicon = try FilmNameLexicon.bundled()
  }

  @Test("every bundled file loads without a bad or duplicate row")
  func loads() throws {
    // The loader rejects repeated keys, so loading at all proves there are no duplicates.
    _ = try FilmNameLexicon.bundled()
    _ = try CueLexicon.bundled()
  }

  @Test("at least 3,000 actors and 1,500 crew")
  func peopleFloors() {
    let actors = lexicon.people.filter(\.isActor).count
    let crew = lexicon.people.filter { !$0.crewRoles.isEmpty }.count
    #expect(actors >= 3_000)
    #expect(crew >= 1_500)
  }

  @Test(
    "crew is heavy on directors but covers every main job",
    arguments: [
      (FilmRole.director, 700), (.writer, 300), (.cinematographer, 150), (.composer, 150),
      (.editor, 60), (.producer, 80), (.productionDesigner, 40), (.costumeDesigner, 40),
      (.sound, 20), (.visualEffects, 20),
    ])
  func roleFloors(role: FilmRole, floor: Int) {
    #expect(lexicon.people.filter { $0.roles.contains(role) }.count >= floor)
  }

  @Test("name-shape lists, titles, organisations and other people meet their floors")
  func otherFloors() {
    #expect(lexicon.givenNameCount >= 3_000)
    #expect(lexicon.surnameCount >= 3_000)
    #expect(lexicon.titles.count >= 2_000)
    #expect(lexicon.organisations.count >= 200)
    #expect(lexicon.notablePeople.count >= 200)
    #expect(lexicon.capitalisedWordCount >= 500)
  }

  @Test("titles span the eras and include series and source works")
  func titleSpread() {
    let years = lexicon.titles.filter { $0.work == .film }.map(\.year)
    for decade in stride(from: 1920, through: 2020, by: 10) {
      #expect(years.contains { (decade..<decade + 10).contains($0) }, "no film from the \(decade)s")
    }
    #expect(lexicon.titles.filter { $0.work == .series }.count >= 150)
    #expect(lexicon.titles.contains { $0.work == .book })
    #expect(lexicon.titles.contains { $0.work == .play })
  }

  @Test("every organisation kind is represented")
  func organisationKinds() {
    for kind in OrganisationKind.allCases {
      #expect(lexicon.organisations.contains { $0.kind == kind }, "no \(kind.rawValue)")
    }
  }

  @Test("every person has at least one role and every listed surname occurs in the name")
  func peopleRowsAreConsistent() {
    for person in lexicon.people {
      #expect(!person.roles.isEmpty, "\(person.name) has no role")
      for surname in person.surnames {
        #expect(person.name.contains(surname), "\(person.name): surname \(surname)")
      }
    }
  }

  @Test("no name or alias is stored with a typographic apostrophe (the file convention is ')")
  func asciiApostrophes() throws {
    for file in [LexiconFile.people, .otherPeople, .titles, .organisations] {
      let text = try file.bundledText()
      let dataLines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
      for line in dataLines {
        #expect(!line.contains("\u{2019}"), "\(file.fileName): \(line)")
      }
    }
  }

  @Test("a longest name is known, so a tagger knows how far to look")
  func longestName() {
    #expect(lexicon.maximumNameWordCount >= 8)
  }
}
