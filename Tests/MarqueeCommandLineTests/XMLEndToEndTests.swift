import Foundation
import Testing

/// Marquee XML through the command line: written with `--format xml`, read back from files and
/// from standard input, byte-identical to the JSON it came from.
@Suite struct XMLEndToEndTests {
  @Test func jsonToXMLToJSONIsByteIdenticalThroughTheBinary() throws {
    let lines = [
      #"{"id":"odd","text":"CR\r LF\n CRLF\r\n NUL\u0000 BEL\u0007 \uFFFE 👩‍👩‍👧 e\u0301 עברית","metadata":{"year":2020,"score":0.5},"layers":{"entities":[{"id":"e1","start":0,"end":2,"label":"CAST","features":{"name":"x","n":null,"list":[1,2.5,true]}}]},"relations":[{"id":"r1","label":"plays","from":"e1","to":"e1"}],"summary":{"verdict":"mixed"},"stages":[{"name":"user","version":"1"}]}"#,
      #"{"id":"plain","text":"A devastating Riz Ahmed."}"#,
    ]
    let json = try CommandRunner.marquee(
      ["annotate", "--quiet", "--stages", ""], input: Data(lines.joined(separator: "\n").utf8))
    #expect(json.status == 0, "\(json.error)")
    let xml = try CommandRunner.marquee(
      ["annotate", "--quiet", "--stages", "", "--format", "xml"], input: json.output)
    #expect(xml.status == 0, "\(xml.error)")
    #expect(xml.outputText.hasPrefix("<?xml"))
    #expect(xml.outputText.contains("&#13;"))
    let back = try CommandRunner.marquee(
      ["annotate", "--quiet", "--stages", ""], input: xml.output)
    #expect(back.status == 0, "\(back.error)")
    #expect(back.output == json.output)
  }

  @Test func exportWritesXMLThatReadsBackToTheSameJSON() throws {
    let segmented = try CommandRunner.shell(
      #""$MARQUEE" segment < Corpora/reviews/sound-of-metal.txt"#)
    #expect(segmented.status == 0, "\(segmented.error)")
    let xml = try CommandRunner.marquee(
      ["export", "--quiet", "--format", "xml"], input: segmented.output)
    #expect(xml.status == 0, "\(xml.error)")
    #expect(xml.outputText.contains("<corpus"))
    let back = try CommandRunner.marquee(
      ["annotate", "--quiet", "--stages", ""], input: xml.output)
    #expect(back.output == segmented.output)
    let folder = try CommandRunner.temporaryDirectory()
    let files = try CommandRunner.marquee(
      ["export", "--quiet", "--format", "xml", "--out", folder.path], input: segmented.output)
    #expect(files.status == 0, "\(files.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["stdin.xml"])
  }

  @Test func malformedXMLIsReportedWithItsLine() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let file = directory.appendingPathComponent("broken.xml")
    try Data("<corpus xmlns=\"https://marquee.example/ns/1\">\n<document id=\"a\">\n</corpus>".utf8)
      .write(to: file)
    let result = try CommandRunner.marquee(["annotate", file.path])
    #expect(result.status == 1)
    #expect(result.error.contains("broken.xml"))
    #expect(result.error.contains("line 3"))
  }
}
