import MarqueeCore
import MarqueeEntities
import Testing

/// A plural job noun names a list of crew; a list after a job shares it, but a new clause does
/// not.
@Suite struct CrewListTests {
  @Test(arguments: [
    ("The directors are Ines Moreau, Kemp Dalton and Ana Ruiz.", "director", 3),
    ("The writers are Ana Ruiz and Tom Hale.", "writer", 2),
    ("The film's editors, Ana Ruiz and Tom Hale, keep it moving.", "editor", 2),
    ("The screenplay by Tom Hooper and Lee Hallam tries to give it a story.", "writer", 2),
  ])
  func everyNameInTheListIsCrewWithTheJob(_ text: String, _ job: String, _ count: Int) throws {
    let result = try tag(text)
    #expect(result.mentions.count == count, "\(result.mentions)")
    #expect(result.mentions.allSatisfy { $0.label == "CREW" && $0.feature("job") == job })
  }

  @Test func aNewClauseAfterTheCommaDoesNotShareTheJob() throws {
    let result = try tag("The director is Ana Ruiz, and Tom Hale plays the lead.")
    #expect(result.mentions.labels(of: "Ana Ruiz") == ["CREW"])
    #expect(result.mentions.labels(of: "Tom Hale") == ["CAST"])
  }
}
