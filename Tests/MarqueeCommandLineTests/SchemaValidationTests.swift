import Foundation
import Testing

/// Real command-line output, checked against the JSON Schema by a real validator (Python's
/// `jsonschema`), not by our own reader.
@Suite struct SchemaValidationTests {
  @Test func realOutputValidatesAgainstTheSchema() throws {
    guard CommandRunner.hasJSONSchemaValidator else {
      #expect(
        !CommandRunner.interopRequired,
        "MARQUEE_REQUIRE_INTEROP=1 but python3 with jsonschema is missing (pip install jsonschema)")
      return
    }
    let directory = try CommandRunner.temporaryDirectory()
    let corpus = try CommandRunner.marquee(["annotate", "--quiet", "Corpora/reviews"])
    #expect(corpus.status == 0, "\(corpus.error)")
    let corpusFile = directory.appendingPathComponent("corpus.jsonl")
    try corpus.output.write(to: corpusFile)
    let odd = [
      #"{"id":"odd","text":"👩‍👩‍👧 e\u0301 \r\n\u0000","metadata":{"year":2020},"#
        + #""layers":{"entities":[{"id":"e1","start":0,"end":5,"label":"CAST","features":{"name":"x","score":0.5,"cues":["a"],"ok":true,"none":null}}],"#
        + #""custom":[{"id":"c1","start":6,"end":8}]},"relations":[{"id":"r1","label":"plays","from":"e1","to":"c1"}],"#
        + #""summary":{"verdict":"mixed"},"stages":[{"name":"user","version":"1","settings":{"k":[1]}}]}"#
    ]
    let rewritten = try CommandRunner.marquee(
      ["annotate", "--quiet", "--stages", ""], input: Data(odd.joined(separator: "\n").utf8))
    #expect(rewritten.status == 0, "\(rewritten.error)")
    let oddFile = directory.appendingPathComponent("odd.jsonl")
    try rewritten.output.write(to: oddFile)
    let script = CommandRunner.packageRoot.appendingPathComponent(
      "Tests/Interop/validate_documents.py")
    let check = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, corpusFile.path, oddFile.path])
    #expect(check.status == 0, "\(check.outputText)\(check.error)")
    #expect(check.outputText.contains("0 problems"))
  }

  @Test func theValidatorCatchesABrokenDocument() throws {
    guard CommandRunner.hasJSONSchemaValidator else { return }
    let directory = try CommandRunner.temporaryDirectory()
    let broken = directory.appendingPathComponent("broken.jsonl")
    try Data(
      #"{"id":"b","text":"abc","layers":{"x":[{"id":"a","start":2,"end":9,"colour":1}]}}"#.utf8
    ).write(to: broken)
    let script = CommandRunner.packageRoot.appendingPathComponent(
      "Tests/Interop/validate_documents.py")
    let check = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, broken.path])
    #expect(check.status == 1)
    #expect(check.outputText.contains("colour"))
    #expect(check.outputText.contains("outside the text"))
  }
}
