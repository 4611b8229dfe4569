import Testing

@testable import MarqueeEntities

/// Lookup by full name, alias and surname, insensitive to case, diacritics and apostrophes.
@Suite("Name matching")
struct NameMatchingTests {
  let lexicon: FilmNameLexicon

  init() throws {
    lexicon = try FilmNameLexicon.bundled()
  }

  @Test(
    "spelling variants find the canonical person",
    arguments: [
      ("Lupita Nyong'o", "Lupita Nyong'o"),
      ("Lupita Nyong\u{2019}o", "Lupita Nyong'o"),
      ("LUPITA NYONGʼO", "Lupita Nyong'o"),
      ("Alejandro Gonzalez Inarritu", "Alejandro González Iñárritu"),
      // The same name with combining marks (NFD) instead of precomposed letters.
      ("Alejandro Gonza\u{301}lez In\u{303}a\u{301}rritu", "Alejandro González Iñárritu"),
      ("Alejandro G. Iñárritu", "Alejandro González Iñárritu"),
      ("bong joon ho", "Bong Joon-ho"),
      ("Bong Joon-ho", "Bong Joon-ho"),
      ("J.J. Abrams", "J. J. Abrams"),
      ("JJ Abrams", "J. J. Abrams"),
      ("Timothee Chalamet", "Timothée Chalamet"),
      ("Stellan Skarsgard", "Stellan Skarsgård"),
      ("Lukasz Zal", "Łukasz Żal"),
      ("Sverrir Gudnason", "Sverrir Gudnason"),
      ("Pedro Almodovar", "Pedro Almodóvar"),
      ("Francois Truffaut", "François Truffaut"),
      ("Robert Downey Jr", "Robert Downey Jr."),
      ("Ellen Page", "Elliot Page"),
    ])
  func variants(query: String, canonical: String) {
    #expect(lexicon.people(named: query).map(\.name) == [canonical])
  }

  @Test("roles come most prominent first")
  func roles() throws {
    let gerwig = try #require(lexicon.people(named: "Greta Gerwig").first)
    #expect(gerwig.roles.first == .actor)
    #expect(gerwig.roles.contains(.director))
    let deakins = try #require(lexicon.people(named: "Roger Deakins").first)
    #expect(deakins.roles == [.cinematographer])
    #expect(deakins.crewRoles == [.cinematographer])
    #expect(!deakins.isActor)
    let schoonmaker = try #require(lexicon.people(named: "Thelma Schoonmaker").first)
    #expect(schoonmaker.primaryRole == .editor)
  }

  @Test(
    "surname lookup returns every person with that surname",
    arguments: [
      ("Fonda", ["Bridget Fonda", "Henry Fonda", "Jane Fonda", "Peter Fonda"]),
      ("Coen", ["Ethan Coen", "Joel Coen"]),
      ("Safdie", ["Benny Safdie", "Josh Safdie"]),
      ("Dardenne", ["Jean-Pierre Dardenne", "Luc Dardenne"]),
      (
        "Skarsgard",
        ["Alexander Skarsgård", "Bill Skarsgård", "Gustaf Skarsgård", "Stellan Skarsgård"]
      ),
      ("del Toro", ["Benicio del Toro", "Guillermo del Toro"]),
      ("Inarritu", ["Alejandro González Iñárritu"]),
      ("González Iñárritu", ["Alejandro González Iñárritu"]),
      ("Bong", ["Bong Joon-ho"]),
      ("Nyong’o", ["Lupita Nyong'o"]),
    ])
  func surnames(surname: String, expected: [String]) {
    #expect(lexicon.people(withSurname: surname).map(\.name).sorted() == expected)
  }

  @Test("a family-name-first Korean name is found by its family name, not its last word")
  func familyNameFirst() {
    #expect(lexicon.people(withSurname: "Song").map(\.name).contains("Song Kang-ho"))
    #expect(lexicon.people(withSurname: "Kang-ho").isEmpty)
  }

  @Test("unknown names and empty input find nothing")
  func misses() {
    #expect(lexicon.people(named: "Darius Marderx").isEmpty)
    #expect(lexicon.people(named: "").isEmpty)
    #expect(lexicon.people(withSurname: "   ").isEmpty)
    #expect(lexicon.entries(named: "...").isEmpty)
  }

  @Test("other notable people are kept apart from film people")
  func notablePeople() throws {
    let kael = try #require(lexicon.notablePeople(named: "Pauline Kael").first)
    #expect(kael.kind == .critic)
    #expect(lexicon.notablePeople(withSurname: "Kael").map(\.name) == ["Pauline Kael"])
    #expect(lexicon.people(named: "Pauline Kael").isEmpty)
    #expect(lexicon.notablePeople(named: "Gabriel Garcia Marquez").first?.kind == .writer)
  }

  @Test(
    "given names and surnames are recognised by shape, in many languages",
    arguments: ["Darius", "Siobhan", "Siobhán", "Joaquín", "Yuki", "Chiwetel", "Björn", "Aoife"])
  func givenNames(word: String) {
    #expect(lexicon.isGivenName(word))
  }

  @Test(arguments: ["Ahmed", "Nguyen", "Nguyễn", "Kowalski", "Okafor", "Yamamoto", "García"])
  func surnameShapes(word: String) {
    #expect(lexicon.isSurname(word))
  }

  @Test("common words are not listed as given names or surnames")
  func notNames() {
    #expect(!lexicon.isGivenName("Performance"))
    #expect(!lexicon.isSurname("Cinematography"))
    #expect(lexicon.givenNameOrigins("Siobhán").contains("celtic"))
  }

  @Test(
    "capitalised words that block an entity reading",
    arguments: [
      ("Oscar", CapitalisedWordClass.award), ("oscar", .award), ("Monday", .day),
      ("The", .functionWord), ("French", .nationality), ("God", .religion),
      ("September", .month), ("Hollywood", .place), ("Christmas", .holiday),
    ])
  func capitalised(word: String, expected: CapitalisedWordClass) {
    #expect(lexicon.capitalisedWordClass(word) == expected)
  }

  @Test("names are not stopwords")
  func namesAreNotStopwords() {
    #expect(lexicon.capitalisedWordClass("Ahmed") == nil)
    #expect(lexicon.capitalisedWordClass("Marder") == nil)
  }
}
