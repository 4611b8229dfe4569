import MarqueeCore
import MarqueeEntities
import Testing

/// A composer whose piece the film uses is a real person, not the film's crew.
@Suite struct ComposerPersonTests {
  @Test func aComposersConcertoMakesThemAPerson() throws {
    let result = try tag("She picks the cellist for Edvard Lund’s concerto, and rehearsals begin.")
    #expect(result.mentions.labels(of: "Edvard Lund") == ["PERSON"], "\(result.mentions)")
  }
}
