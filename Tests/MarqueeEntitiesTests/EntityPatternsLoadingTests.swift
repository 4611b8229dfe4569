import Foundation
import Testing

@testable import MarqueeEntities

/// The patterns file is read in full or the stage says why not: a missing file or a row of an
/// unknown kind is an error naming the file and line, not a tagger quietly missing words.
@Suite struct EntityPatternsLoadingTests {
  /// A directory standing in for a resource bundle, holding `files`.
  func bundle(with files: [String: String]) throws -> Bundle {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-patterns-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try #require(Bundle(path: directory.path))
  }

  @Test func theBundledPatternsLoad() {
    #expect(EntityPatterns.shared.loadError == nil)
    #expect(EntityPatterns.shared.jobVerbs["adapted"] == "writer")
  }

  @Test func aRowOfAnUnknownKindIsReportedWithItsLine() throws {
    let patterns = EntityPatterns(
      bundle: try bundle(with: [
        "entity-patterns.tsv": "# kinds\r\njob\tdirector\tdirector\r\nverbb\tadapted\twriter\r\n"
      ]))
    #expect(patterns.jobNouns["director"] == "director")
    #expect(patterns.loadError == "entity-patterns.tsv:3: unknown kind 'verbb'")
  }

  @Test func aMissingFileIsReported() throws {
    let patterns = EntityPatterns(bundle: try bundle(with: [:]))
    #expect(patterns.loadError?.contains("entity-patterns.tsv is missing") == true)
  }
}
