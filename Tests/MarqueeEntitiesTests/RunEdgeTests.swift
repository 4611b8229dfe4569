import MarqueeCore
import MarqueeEntities
import Testing

/// Sentence openers and titles of address at the edges of a run.
@Suite struct RunEdgeTests {
  @Test func aKnownTitleOpeningTheSentenceKeepsItsFirstWord() throws {
    let result = try tag("Sing Sing stars Colman Domingo as a prisoner who acts.")
    #expect(result.mentions.labels(of: "Sing Sing") == ["TITLE"], "\(result.mentions)")
  }

  @Test func aTitleOfAddressAfterAnInitialStartsANewName() throws {
    let result = try tag(
      "Colman Domingo plays Divine G. Mr. Domingo has never been better.")
    #expect(result.mentions.labels(of: "Domingo") == ["CAST"], "\(result.mentions)")
    #expect(!result.mentions.contains { $0.surface.contains("Mr.") })
  }
}
