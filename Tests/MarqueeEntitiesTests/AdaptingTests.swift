import MarqueeCore
import MarqueeEntities
import Testing

/// A writer's verb before coordinated names gives both the job; a character adapting is not one.
@Suite struct AdaptingTests {
  @Test func bothNamesBeforeAdaptedAreWriters() throws {
    let result = try tag("Nils Ovad and Joslyn Barnes adapted the script from the novel.")
    #expect(result.mentions.map(\.label) == ["CREW", "CREW"], "\(result.mentions)")
    #expect(result.mentions.allSatisfy { $0.feature("job") == "writer" })
  }

  @Test func aCharacterWhoAdaptsToSomethingIsNoWriter() throws {
    let result = try tag("Ruben Stone adapts to life at the commune, slowly.")
    #expect(!result.mentions.contains { $0.label == "CREW" }, "\(result.mentions)")
  }
}
