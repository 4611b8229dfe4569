import MarqueeCore
import MarqueeXML
import Testing

@testable import MarqueeFormats

@Suite struct GATETests {
  /// The start tags of `xml`, in order, with their unprefixed attributes, and the text inside
  /// `container` with the ids of the nodes in it at their UTF-16 positions in that text.
  static func read(_ xml: [UInt8], container: String) throws -> (
    elements: [(name: String, attributes: [String: String])], text: String,
    nodes: [(id: String, utf16: Int)]
  ) {
    let reader = XMLEventReader(xml)
    var elements: [(String, [String: String])] = []
    var text = ""
    var nodes: [(String, Int)] = []
    var inside = false
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        var attributes: [String: String] = [:]
        for attribute in element.attributes { attributes[attribute.localName] = attribute.value }
        elements.append((element.localName, attributes))
        if element.localName == container { inside = true }
        if inside && element.localName == "Node" {
          nodes.append((attributes["id"] ?? "", text.utf16.count))
        }
      case .end(let name): if name == container { inside = false }
      case .text(let content): if inside { text += content }
      }
    }
    return (elements, text, nodes)
  }

  @Test func nodeIdsAreUTF16OffsetsAndTheTextSurvives() throws {
    let document = try Fixtures.soundOfMetal()
    let bytes = try GATEExporter().exportFiles(document)[0].bytes
    let read = try Self.read(bytes, container: "TextWithNodes")
    #expect(read.text == document.text)
    #expect(!read.nodes.isEmpty)
    for node in read.nodes { #expect(node.id == String(node.utf16)) }
    let annotations = read.elements.filter { $0.name == "Annotation" }
    func nodes(ofType type: String) -> [String] {
      annotations.filter { $0.attributes["Type"] == type }.flatMap {
        [$0.attributes["StartNode"] ?? "", $0.attributes["EndNode"] ?? ""]
      }
    }
    // Worked out by hand, as for XMI: after 🎬 offsets move by one, after 𝄞 by two.
    #expect(nodes(ofType: "CAST") == ["3", "12"])
    #expect(nodes(ofType: "CREW") == ["77", "92"])
    #expect(nodes(ofType: "Evaluation") == ["47", "63"])
    #expect(nodes(ofType: "Token").prefix(2) == ["0", "2"])
    #expect(nodes(ofType: "Token").contains("65") && nodes(ofType: "Token").contains("67"))
    #expect(nodes(ofType: "plays") == ["3", "24"])
    let sets = read.elements.filter { $0.name == "AnnotationSet" }.map { $0.attributes["Name"] }
    #expect(sets == ["sentences", "tokens", "entities", "evaluations", "relations"])
  }

  @Test func annotationIdsAreUniqueAcrossSets() throws {
    let bytes = try GATEExporter().exportFiles(try Fixtures.soundOfMetal())[0].bytes
    let ids = try Self.read(bytes, container: "TextWithNodes").elements
      .filter { $0.name == "Annotation" }.compactMap { $0.attributes["Id"] }
    #expect(Set(ids).count == ids.count)
    // 20 tokens, 3 sentences (ending at ".", "!" and "."), 4 entities, 1 evaluation, 1 plays.
    #expect(ids.count == 20 + 3 + 4 + 1 + 1)
  }

  @Test(arguments: [
    (JSONValue.string("composer"), "java.lang.String", "composer"),
    (JSONValue.bool(true), "java.lang.Boolean", "true"),
    (JSONValue.bool(false), "java.lang.Boolean", "false"),
    (JSONValue.integer(42), "java.lang.Integer", "42"),
    (JSONValue.integer(5_000_000_000), "java.lang.Long", "5000000000"),
    (JSONValue.number(0.9), "java.math.BigDecimal", "0.9"),
    (JSONValue.array(["very", 2]), "java.lang.String", #"["very",2]"#),
    (JSONValue.object(["a": 1]), "java.lang.String", #"{"a":1}"#),
  ])
  func featuresCarryJavaClassNames(_ value: JSONValue, _ className: String, _ lexical: String) {
    #expect(GATEExporter.javaValue(value)! == (className, lexical))
  }

  @Test func aNullFeatureIsLeftOut() {
    #expect(GATEExporter.javaValue(.null) == nil)
  }

  @Test func aControlCharacterIsAnErrorNamingIt() throws {
    var document = Document(id: "nul", text: "A\u{1}B")
    try document.setLayer(LayerName.tokens, [Annotation(id: "t1", start: 0, end: 1)])
    #expect {
      try GATEExporter().exportFiles(document)
    } throws: { error in
      (error as? ExportError)?.description.contains("U+0001") == true
    }
  }
}
