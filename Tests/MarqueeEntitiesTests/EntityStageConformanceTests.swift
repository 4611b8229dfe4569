import MarqueeCore
import MarqueeEntities
import MarqueeTestSupport
import MarqueeText
import Testing

@Test func entityStagePassesTheConformanceKit() {
  #expect(StageConformance.problems(running: [EntityStage()], after: [SegmentStage()]) == [])
}

@Test func entityStageWithoutTokensNamesTheFix() throws {
  let stage = EntityStage()
  #expect(throws: EntityStageError.missingLayer("tokens")) {
    try stage.annotate(Document(id: "d", text: "Riz Ahmed drums."))
  }
  #expect("\(EntityStageError.missingLayer("tokens"))".contains("run `segment` first"))
}
