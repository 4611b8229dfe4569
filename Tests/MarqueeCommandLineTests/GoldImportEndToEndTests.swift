import Foundation
import Testing

/// Gold made or corrected in brat or INCEpTION comes back: exported, read back by `annotate` and
/// `eval` directly, it scores perfectly against the gold it came from.
@Suite struct GoldImportEndToEndTests {
  @Test(arguments: ["brat", "xmi"])
  func exportedGoldReadsBackAndScoresPerfectly(format: String) throws {
    let folder = try CommandRunner.temporaryDirectory().appendingPathComponent(format)
    let gold = "Corpora/gold/entities"
    let export = try CommandRunner.marquee(
      ["export", "--quiet", "--format", format, "--out", folder.path, gold])
    #expect(export.status == 0, "\(export.error)")
    let score = try CommandRunner.marquee(
      ["eval", "--gold", gold, "--pred", folder.path, "--format", "json"])
    #expect(score.status == 0, "\(score.error)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: score.output) as? [String: Any])
    let strict = try #require((report["microAll"] as? [String: Any])?["strict"] as? [String: Any])
    #expect(strict["f1"] as? Double == 1.0)
    #expect((report["plays"] as? [String: Any])?["f1"] as? Double == 1.0)
    #expect((report["missingPredictions"] as? [Any])?.isEmpty == true)
    // The folder also reads as input to annotate: one document per pair, not per file.
    let annotated = try CommandRunner.marquee(["annotate", "--quiet", "--stages", "", folder.path])
    #expect(annotated.status == 0, "\(annotated.error)")
    let count = annotated.outputText.split(separator: "\n").count
    let goldCount = try FileManager.default.contentsOfDirectory(
      atPath: CommandRunner.packageRoot.appendingPathComponent(gold).path
    ).filter { $0.hasSuffix(".json") }.count
    #expect(count == goldCount)
  }
}
