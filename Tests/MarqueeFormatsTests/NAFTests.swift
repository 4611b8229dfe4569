import MarqueeCore
import MarqueeXML
import Testing

@testable import MarqueeFormats

@Suite struct NAFTests {
  static func elements(_ bytes: [UInt8], named name: String) throws -> [[String: String]] {
    try GATETests.read(bytes, container: "raw").elements.filter { $0.name == name }.map(
      \.attributes)
  }

  /// The ids of the `target`s inside each element called `name`, in order.
  static func targets(_ bytes: [UInt8], inside name: String) throws -> [[String]] {
    let reader = XMLEventReader(bytes)
    var result: [[String]] = []
    var depth = 0
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        if element.localName == name {
          result.append([])
          depth = 1
        } else if depth > 0 {
          if element.localName == "target", let id = element.attribute("id") {
            result[result.count - 1].append(id)
          }
          if !element.isEmpty { depth += 1 }
        }
      case .end: if depth > 0 { depth -= 1 }
      case .text: continue
      }
    }
    return result
  }

  @Test func wordFormsCountCodePointsAndRawKeepsTheText() throws {
    let document = try Fixtures.soundOfMetal()
    let bytes = try NAFExporter().exportFiles(document)[0].bytes
    #expect(try GATETests.read(bytes, container: "raw").text == document.text)
    let words = try Self.elements(bytes, named: "wf")
    #expect(words.count == document.layer(LayerName.tokens)?.count)
    // By hand: 🎬 is one code point, so Riz is at 2; 𝄞 is at 64; Nicolas at 75.
    #expect(words[0]["offset"] == "0" && words[0]["length"] == "1")
    #expect(words[1]["offset"] == "2" && words[1]["length"] == "3")
    #expect(words.contains { $0["offset"] == "64" && $0["length"] == "1" })
    #expect(words.contains { $0["offset"] == "75" && $0["length"] == "7" })
    // The second sentence starts after the CRLF, with "A".
    #expect(words[9]["sent"] == "1" && words[10]["sent"] == "2")
  }

  @Test func entitiesAndOpinionsPointAtTerms() throws {
    let bytes = try NAFExporter().exportFiles(try Fixtures.soundOfMetal())[0].bytes
    let entities = try Self.elements(bytes, named: "entity")
    #expect(entities.map { $0["type"] } == ["CAST", "CHARACTER", "TITLE", "CREW"])
    #expect(try Self.targets(bytes, inside: "references")[0] == ["t2", "t3"])
    #expect(try Self.targets(bytes, inside: "references")[2] == ["t7", "t8", "t9"])
    let expression = try #require(try Self.elements(bytes, named: "opinion_expression").first)
    #expect(expression["polarity"] == "positive")
    #expect(expression["strength"] == "0.9")
    #expect(try Self.targets(bytes, inside: "opinion_expression") == [["t12", "t13"]])
    // The evaluation's target feature names e1, Riz Ahmed.
    #expect(try Self.targets(bytes, inside: "opinion_target") == [["t2", "t3"]])
    #expect(try Self.elements(bytes, named: "opinion_holder").isEmpty)
  }

  @Test func aSpanThatCutsATokenCoversTheWholeToken() throws {
    var document = Document(id: "x", text: "Farhadi's film")
    try document.setLayer(
      LayerName.tokens,
      [
        Annotation(id: "t1", start: 0, end: 9), Annotation(id: "t2", start: 10, end: 14),
      ])
    try document.setLayer(
      LayerName.entities,
      [
        Annotation(id: "e1", start: 0, end: 7, label: "CREW"),
        Annotation(id: "e2", start: 9, end: 10, label: "PERSON"),
      ])
    let bytes = try NAFExporter().exportFiles(document)[0].bytes
    // e2 covers only the space, which no token holds: it cannot be written.
    #expect(try Self.targets(bytes, inside: "references") == [["t1"]])
  }

  @Test func withoutTokensTheErrorSaysWhatToRun() {
    #expect(
      throws: ExportError.missingLayer(
        format: "naf", layer: "tokens", fix: "run `marquee segment` first")
    ) {
      try NAFExporter().exportFiles(Document(id: "x", text: "No tokens."))
    }
  }

  @Test func tokenLookupFindsOverlapsByBinarySearch() {
    let tokens = [(0, 3), (4, 9), (9, 10), (11, 15)].enumerated().map {
      Annotation(id: "t\($0.offset)", start: $0.element.0, end: $0.element.1)
    }
    #expect(
      NAFExporter.tokenNumbers(overlapping: Annotation(id: "a", start: 2, end: 5), in: tokens) == [
        0, 1,
      ])
    #expect(
      NAFExporter.tokenNumbers(overlapping: Annotation(id: "a", start: 9, end: 11), in: tokens) == [
        2
      ])
    #expect(
      NAFExporter.tokenNumbers(overlapping: Annotation(id: "a", start: 10, end: 11), in: tokens)
        == [])
    #expect(
      NAFExporter.tokenNumbers(overlapping: Annotation(id: "a", start: 0, end: 15), in: tokens) == [
        0, 1, 2, 3,
      ])
  }
}
