import Testing

@testable import MarqueeEntities

/// The bundled cues: jobs from nouns, verbs and possessives; character, person, title cues.
@Suite("Cue lexicon")
struct CueLexiconTests {
  let cues: CueLexicon

  init() throws {
    cues = try CueLexicon.bundled()
  }

  @Test("the bundled file has a broad set of cues of every kind")
  func floors() {
    #expect(cues.cues.count >= 400)
    for kind in CueKind.allCases {
      #expect(!cues.cues(ofKind: kind).isEmpty, "no \(kind.rawValue) cue")
    }
    #expect(cues.maximumWordCount >= 4)
  }

  @Test(
    "job nouns give the job of the name after them",
    arguments: [
      ("director", FilmRole.director), ("filmmaker", .director), ("helmer", .director),
      ("DP", .cinematographer), ("D.P.", .cinematographer),
      ("director of photography", .cinematographer), ("cinematographer", .cinematographer),
      ("composer", .composer), ("editor", .editor), ("screenwriter", .writer),
      ("co-writer", .writer), ("production designer", .productionDesigner),
      ("costume designer", .costumeDesigner), ("producer", .producer),
      ("sound designer", .sound), ("VFX supervisor", .visualEffects), ("actress", .actor),
    ])
  func jobNouns(phrase: String, role: FilmRole) {
    let found = cues.cues(for: phrase, kind: .jobNoun)
    #expect(found.map(\.target) == [.role(role)])
    #expect(found.first?.side == .after)
  }

  @Test(
    "verb patterns with the name after them",
    arguments: [
      ("directed by", FilmRole.director), ("written by", .writer), ("shot by", .cinematographer),
      ("lensed by", .cinematographer), ("scored by", .composer), ("edited by", .editor),
      ("produced by", .producer), ("starring", .actor), ("voiced by", .actor),
    ])
  func verbsAfter(phrase: String, role: FilmRole) {
    let found = cues.cues(for: phrase, kind: .verb).filter { $0.side == .after }
    #expect(found.map(\.target).contains(.role(role)))
  }

  @Test("'stars' takes the actor on either side; 'plays' on the left and a character on the right")
  func twoSidedVerbs() {
    let stars = cues.cues(for: "stars", kind: .verb)
    #expect(Set(stars.map(\.side)) == [.before, .after])
    #expect(stars.allSatisfy { $0.target == .role(.actor) })
    #expect(cues.cues(for: "plays", kind: .verb).map(\.side) == [.before])
    #expect(cues.cues(for: "as", kind: .character).map(\.side) == [.after])
  }

  @Test(
    "possessive nouns give the job of the name before them",
    arguments: [
      ("camera", FilmRole.cinematographer), ("score", .composer), ("script", .writer),
      ("screenplay", .writer), ("film", .director), ("direction", .director),
      ("performance", .actor), ("turn", .actor), ("editing", .editor),
    ])
  func possessives(noun: String, role: FilmRole) {
    let found = cues.cues(for: noun, kind: .possessive)
    #expect(found.map(\.target) == [.role(role)])
    #expect(found.map(\.side) == [.before])
  }

  @Test("character cues mark the character's side", arguments: ["the role of", "as", "playing"])
  func characterCues(phrase: String) {
    #expect(cues.cues(for: phrase, kind: .character).first?.target == .character)
  }

  @Test("person and title nouns")
  func personAndTitleNouns() {
    #expect(cues.cues(for: "novelist").map(\.target) == [.person])
    #expect(cues.cues(for: "the series").map(\.target) == [.title(.series)])
    #expect(cues.cues(for: "the novel").map(\.target) == [.title(.book)])
  }

  @Test("weak cues are marked so a tagger asks for a second signal")
  func weakCues() {
    #expect(cues.cues(for: "as", kind: .character).first?.strength == .strong)
    #expect(cues.cues(for: "with", kind: .verb).first?.strength == .weak)
  }
}
