import Foundation
import MarqueeCore
import Testing

@testable import MarqueeFormats

@Suite struct WebAnnotationTests {
  func items(_ document: Document) throws -> [String: [String: Any]] {
    let bytes = try WebAnnotationExporter().exportFiles(document)[0].bytes
    let page = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(page["type"] as? String == "AnnotationPage")
    let list = try #require(page["items"] as? [[String: Any]])
    var byID: [String: [String: Any]] = [:]
    for item in list {
      let id = try #require(item["id"] as? String)
      byID[String(id.split(separator: "#").last ?? "")] = item
    }
    return byID
  }

  func selectors(_ item: [String: Any]?) throws -> [[String: Any]] {
    let target = try #require(item?["target"] as? [String: Any])
    return try #require(target["selector"] as? [[String: Any]])
  }

  @Test func positionsCountCodePointsAndQuotesCarryContext() throws {
    let byID = try items(try Fixtures.soundOfMetal())
    let riz = try selectors(byID["e1"])
    // Code points, not UTF-16: the clapper board before Riz is one code point (two UTF-16 units).
    #expect(riz[0]["type"] as? String == "TextPositionSelector")
    #expect(riz[0]["start"] as? Int == 2)
    #expect(riz[0]["end"] as? Int == 11)
    #expect(riz[1]["type"] as? String == "TextQuoteSelector")
    #expect(riz[1]["exact"] as? String == "Riz Ahmed")
    #expect(riz[1]["prefix"] as? String == "🎬 ")
    // 32 code points of suffix: the rest of the sentence (31) and the CR of the CRLF.
    #expect(riz[1]["suffix"] as? String == " plays Ruben in Sound of Metal.\r")
    let becker = try selectors(byID["e5"])
    #expect(becker[0]["start"] as? Int == 75)
    #expect(becker[1]["exact"] as? String == "Nicolas Becke\u{0301}r")
    #expect(becker[1]["suffix"] as? String == ".")
  }

  @Test func labelsFeaturesAndRelationsAreWritten() throws {
    let byID = try items(try Fixtures.soundOfMetal())
    let body = try #require(byID["e1"]?["body"] as? [[String: Any]])
    #expect(body.first?["value"] as? String == "CAST")
    #expect(byID["v4"]?["motivation"] as? String == "assessing")
    let features = try #require(byID["v4"]?["features"] as? [String: Any])
    #expect(features["polarity"] as? String == "positive")
    #expect(byID["t1"] == nil, "tokens are not written")
    #expect(byID["s1"] != nil)
    let plays = try #require(byID["r1"])
    #expect(plays["motivation"] as? String == "linking")
    let targets = try #require(plays["target"] as? [String])
    #expect(
      targets == [
        "urn:marquee:document:sound-of-metal#e1", "urn:marquee:document:sound-of-metal#e2",
      ])
  }

  @Test func idsArePercentEncodedIntoTheIRI() {
    #expect(WebAnnotationExporter.percentEncoded("a b/é") == "a%20b%2F%C3%A9")
  }
}
