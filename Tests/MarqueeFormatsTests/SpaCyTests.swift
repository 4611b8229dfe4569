import Foundation
import MarqueeCore
import Testing

@testable import MarqueeFormats

@Suite struct SpaCyTests {
  func words(_ text: String, cuts: Set<Int> = []) -> [String] {
    let scalars = ScalarText(text)
    return SpaCyExporter.words(of: scalars, cuts: cuts).map {
      scalars.slice($0.range.lowerBound, $0.range.upperBound)
    }
  }

  // Expected words worked out from spaCy's rule: one space after a word is its trailing space,
  // any other whitespace is a token of its own.
  @Test(arguments: [
    ("a b", [String](["a", "b"])),
    ("a  b", ["a", " ", "b"]),
    ("a\r\nb", ["a", "\r\n", "b"]),
    ("  a ", ["  ", "a"]),
    ("a \n b", ["a", "\n ", "b"]),
    ("𝄞 é", ["𝄞", "é"]),
  ])
  func whitespaceIsTiledAsSpacyDoes(_ text: String, _ expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test func spansCutWordsSoTheyAlign() {
    #expect(words("Ahmed’s turn", cuts: [5]) == ["Ahmed", "’s", "turn"])
  }

  @Test func entitiesSentencesAndSpanGroupsAreWritten() throws {
    let bytes = try SpaCyExporter().exportFiles(try Fixtures.soundOfMetal())[0].bytes
    let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let ents = try #require(json["ents"] as? [[String: Any]])
    #expect(ents.map { $0["label"] as? String } == ["CAST", "CHARACTER", "TITLE", "CREW"])
    #expect(ents[0]["start"] as? Int == 2)
    let spans = try #require(json["spans"] as? [String: [[String: Any]]])
    #expect(spans["evaluations"]?.first?["label"] as? String == "Evaluation")
    #expect(spans["evaluations"]?.first?["start"] as? Int == 46)
    let sents = try #require(json["sents"] as? [[String: Any]])
    #expect(sents.count == 3)
  }

  @Test func aDocumentWithoutTokensIsSplitAtWhitespace() throws {
    let bytes = try SpaCyExporter().exportFiles(Document(id: "d", text: "Just  text."))[0].bytes
    let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let tokens = try #require(json["tokens"] as? [[String: Int]])
    #expect(tokens.map { [$0["start"], $0["end"]] } == [[0, 4], [5, 6], [6, 11]])
  }
}
