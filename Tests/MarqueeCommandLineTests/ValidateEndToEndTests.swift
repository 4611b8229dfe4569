import Foundation
import Testing

@Suite struct ValidateEndToEndTests {
  @Test func listsEveryErrorWithFileAndLineAndPassesRealOutput() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let good = try CommandRunner.marquee([
      "annotate", "--quiet", "Corpora/reviews/sound-of-metal.txt",
    ])
    try good.output.write(to: directory.appendingPathComponent("good.jsonl"))
    let xml = try CommandRunner.marquee(
      ["annotate", "--quiet", "--format", "xml", "Corpora/reviews/sound-of-metal.txt"])
    try xml.output.write(to: directory.appendingPathComponent("good.xml"))
    let valid = try CommandRunner.marquee(["validate", directory.path])
    #expect(valid.status == 0, "\(valid.error)")
    #expect(valid.error.contains("2 documents, 0 invalid"))
    let lines = [
      #"{"id":"a","text":"abc"}"#,
      #"{"id":"b","text":"abc","layers":{"x":[{"id":"1","start":0,"end":9}]}}"#,
      #"{"text":5}"#,
    ]
    try Data(lines.joined(separator: "\n").utf8).write(
      to: directory.appendingPathComponent("bad.jsonl"))
    let invalid = try CommandRunner.marquee(["validate", directory.path])
    #expect(invalid.status == 1)
    #expect(invalid.error.contains("bad.jsonl:2: at layers.x[0]"))
    #expect(invalid.error.contains(#"bad.jsonl:3: schema: /: the member "id" is required"#))
    #expect(invalid.error.contains("bad.jsonl:3: schema: /text: expected string, found integer"))
    #expect(invalid.error.contains("5 documents, 2 invalid"))
    let brokenXML = String(decoding: xml.output, as: UTF8.self)
      .replacingOccurrences(of: #"start="0""#, with: #"start="zero""#)
    try Data(brokenXML.utf8).write(to: directory.appendingPathComponent("bad.xml"))
    let badXML = try CommandRunner.marquee([
      "validate", directory.appendingPathComponent("bad.xml").path,
    ])
    #expect(badXML.status == 1)
    #expect(badXML.error.contains("bad.xml: schema: line "))
    #expect(badXML.error.contains("'zero' is not a valid value"))
  }
}
