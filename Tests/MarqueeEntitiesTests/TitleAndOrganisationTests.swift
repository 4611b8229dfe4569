import Testing

@testable import MarqueeEntities

/// Titles, including ones that look like ordinary words or carry sentence punctuation, and
/// organisations by name and alias.
@Suite("Titles and organisations")
struct TitleAndOrganisationTests {
  let lexicon: FilmNameLexicon

  init() throws {
    lexicon = try FilmNameLexicon.bundled()
  }

  @Test(
    "titles with terminators or ordinary-word shapes are known with their year",
    arguments: [
      ("Up", 2009), ("Us", 2019), ("Her", 2013), ("Airplane!", 1980), ("Airplane", 1980),
      ("Mission: Impossible", 1996), ("Crazy, Stupid, Love.", 2011), ("Crazy Stupid Love", 2011),
      ("Sound of Metal", 2019), ("Adaptation.", 2002), ("Face/Off", 1997),
      ("Everything Everywhere All at Once", 2022), ("8½", 1963), ("8 1/2", 1963),
    ])
  func titleYears(query: String, year: Int) {
    #expect(lexicon.titles(named: query).map(\.year).contains(year))
  }

  @Test(
    "original titles are aliases of the English release title",
    arguments: [
      ("Gisaengchung", "Parasite"), ("Ladri di biciclette", "Bicycle Thieves"),
      ("Les Quatre Cents Coups", "The 400 Blows"), ("Druk", "Another Round"),
      ("Portrait de la jeune fille en feu", "Portrait of a Lady on Fire"),
      ("Das Leben der Anderen", "The Lives of Others"),
    ])
  func originalTitles(original: String, english: String) {
    #expect(lexicon.titles(named: original).map(\.title) == [english])
  }

  @Test("a missing or extra leading article still finds the title")
  func articles() {
    #expect(
      lexicon.titles(named: "Grand Budapest Hotel").map(\.title) == ["The Grand Budapest Hotel"])
    #expect(lexicon.titles(named: "the Parasite").map(\.title) == ["Parasite"])
  }

  @Test("remakes sharing a title are all returned")
  func remakes() {
    let years = Set(lexicon.titles(named: "A Star Is Born").map(\.year))
    #expect(years == [1954, 2018])
  }

  @Test("work types distinguish films, series and source works")
  func workTypes() {
    #expect(lexicon.titles(named: "The Wire").first?.work == .series)
    #expect(lexicon.titles(named: "Succession").first?.work == .series)
    #expect(lexicon.titles(named: "Moby-Dick").first?.work == .book)
    #expect(lexicon.titles(named: "Hamlet").first?.work == .play)
  }

  @Test(
    "organisations by name and alias",
    arguments: [
      ("A24", OrganisationKind.distributor), ("Neon", .distributor), ("Netflix", .streamer),
      ("HBO", .broadcaster), ("Cannes", .festival), ("Sundance", .festival),
      ("the Academy", .award), ("Oscars", .award), ("Studio Ghibli", .studio),
      ("The Beatles", .band),
    ])
  func organisations(name: String, kind: OrganisationKind) {
    #expect(lexicon.organisations(named: name).map(\.kind) == [kind])
  }

  @Test("entries(named:) looks across every table")
  func entriesAcrossTables() {
    let entries = lexicon.entries(named: "Oppenheimer")
    #expect(entries.contains { if case .title(let t) = $0 { t.year == 2023 } else { false } })
    #expect(entries.count == 1)
    let robert = lexicon.entries(named: "Robert Oppenheimer")
    #expect(robert.contains { if case .notablePerson = $0 { true } else { false } })
  }
}
