import Foundation
import Testing

/// `marquee eval` on gold and predictions written to files.
@Suite struct EvalEndToEndTests {
  @Test func scoresPredictionsAndReportsJSONForScripts() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let text = "Riz Ahmed plays Ruben."
    let gold =
      #"{"id":"a","text":"\#(text)","layers":{"entities":[{"id":"e1","start":0,"end":9,"label":"CAST"},{"id":"e2","start":16,"end":21,"label":"CHARACTER"}]}}"#
    let predicted =
      #"{"id":"a","text":"\#(text)","layers":{"entities":[{"id":"e1","start":0,"end":9,"label":"CAST"},{"id":"e2","start":16,"end":21,"label":"CAST"}]}}"#
    try Data(gold.utf8).write(to: directory.appendingPathComponent("gold.jsonl"))
    try Data(predicted.utf8).write(to: directory.appendingPathComponent("pred.jsonl"))
    try Data(#"{"test":["a"],"train":[]}"#.utf8).write(
      to: directory.appendingPathComponent("splits.json"))
    let result = try CommandRunner.marquee([
      "eval", "--gold", directory.appendingPathComponent("gold.jsonl").path, "--pred",
      directory.appendingPathComponent("pred.jsonl").path, "--format", "json", "--splits",
      directory.appendingPathComponent("splits.json").path, "--split", "test",
    ])
    #expect(result.status == 0, "\(result.error)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    let film = try #require((report["microFilm"] as? [String: Any])?["strict"] as? [String: Any])
    // One of two gold mentions found, one of two predictions right: P = R = F1 = 0.5.
    #expect(film["f1"] as? Double == 0.5)
    #expect(film["truePositives"] as? Int == 1)
    let table = try CommandRunner.marquee([
      "eval", "--gold", directory.appendingPathComponent("gold.jsonl").path, "--pred",
      directory.appendingPathComponent("pred.jsonl").path,
    ])
    #expect(table.outputText.contains("micro (film)      0.500  0.500  0.500"))
    let badSplit = try CommandRunner.marquee([
      "eval", "--gold", directory.path + "/gold.jsonl", "--pred", directory.path + "/pred.jsonl",
      "--splits", directory.path + "/splits.json", "--split", "dev",
    ])
    #expect(badSplit.status != 0)
    #expect(badSplit.error.contains("no list called 'dev'"))
  }
}
