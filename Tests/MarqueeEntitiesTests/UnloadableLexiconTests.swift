import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeEntities

/// A bundled lexicon that cannot be loaded stops the stage with a message, instead of leaving it
/// to tag every document without its names.
@Suite struct UnloadableLexiconTests {
  @Test func theStageReportsTheLexiconsErrorForEveryDocument() throws {
    var failure: LexiconError?
    do {
      _ = try FilmNameLexicon(files: [.givenNames: "Adele\ten\nAdèle\tfr\n"])
    } catch {
      failure = error
    }
    let error = try #require(failure)
    let stage = EntityStage(
      names: LexiconNameDirectory(lexicon: nil, loadError: error.description))
    let document = try Pipeline([SegmentStage()]).run(
      Document(id: "r1", text: "Riz Ahmed plays Ruben."))
    #expect(throws: EntityStageError.lexiconUnavailable(reason: error.description)) {
      try stage.annotate(document)
    }
    #expect(
      EntityStageError.lexiconUnavailable(reason: error.description).description.contains(
        "given-names.tsv:2"))
  }

  @Test func theBundledLexiconLoads() {
    #expect(LexiconNameDirectory.shared.loadError == nil)
  }
}
