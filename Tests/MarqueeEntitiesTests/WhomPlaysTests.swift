import MarqueeCore
import MarqueeEntities
import Testing

/// "X, whom Y plays": the performer inside the relative clause plays the name before it.
@Suite struct WhomPlaysTests {
  @Test(arguments: [
    (
      "It has the collage of Hobart Kell, the Spider-Punk, whom Daniel Kaluuya plays with swagger.",
      "Hobart Kell"
    ),
    ("Tessa Marr, whom Olivia Colman plays with relish, runs the hotel.", "Tessa Marr"),
  ])
  func thePerformerPlaysTheNameBefore(_ text: String, _ character: String) throws {
    let result = try tag(text)
    #expect(result.mentions.labels(of: character) == ["CHARACTER"], "\(result.mentions)")
    #expect(result.plays.contains { $0.1 == character }, "\(result.plays)")
  }

  @Test func aDirectorInTheClauseIsNoPerformer() throws {
    let result = try tag("The role went to Ana Ruiz, whom Tom Hale directed twice.")
    #expect(result.plays.isEmpty)
  }
}
