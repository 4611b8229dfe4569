import MarqueeCore
import MarqueeTestSupport
import Testing

/// Writing a document and reading it back gives the same document, and writing that again gives
/// the same bytes, for random documents full of awkward text and feature values.
@Suite struct JSONRoundTripTests {
  static func randomFeatures(using generator: inout SeededGenerator) -> JSONObject {
    var features = JSONObject()
    let values: [JSONValue] = [
      .string("Riz Ahmed"), .string("quote \" backslash \\ slash / tab \t nul \u{0} 👩‍👩‍👧"),
      .integer(0), .integer(-42), .integer(Int64.max), .number(0.25), .number(-1e-7),
      .number(1.0), .bool(true), .bool(false), .null,
      .array([.integer(1), .string("two"), .array([])]),
      .object(JSONObject([("nested", .object(JSONObject([("deep", .string("é"))])))])),
    ]
    for key in ["kind", "norm", "score", "ünïcode key", "cues"]
    where Bool.random(using: &generator) {
      features[key] = values[Int.random(in: 0..<values.count, using: &generator)]
    }
    return features
  }

  static func randomDocument(seed: UInt64) throws -> Document {
    var generator = SeededGenerator(seed: seed)
    let text = RandomText.make(pieceCount: 40, using: &generator)
    var metadata = JSONObject()
    metadata["source"] = .string("reviews/\(seed).txt")
    metadata["year"] = .integer(2020)
    var document = Document(id: "doc-\(seed)", text: text, metadata: metadata)
    var counter = 0
    for layer in ["tokens", "entities", "my-layer"] {
      let ranges = RandomText.ranges(count: 12, length: document.length, using: &generator)
      let annotations = ranges.map { range in
        counter += 1
        return Annotation(
          id: "a\(counter)", start: range.lowerBound, end: range.upperBound,
          label: Bool.random(using: &generator) ? "CAST" : nil,
          features: randomFeatures(using: &generator))
      }
      try document.setLayer(layer, annotations)
    }
    document.relations = [Relation(id: "r1", label: "plays", from: "a1", to: "a2")]
    document.summary["verdict"] = .string("positive")
    document.stages = [StageRecord(name: "segment", version: "0.1.0", settings: ["x": 1])]
    return document
  }

  @Test(arguments: 1...60)
  func writeReadWriteIsByteIdentical(seed: Int) throws {
    let document = try Self.randomDocument(seed: UInt64(seed))
    let writer = DocumentJSONWriter()
    let first = writer.encode(document)
    let reread = try DocumentJSONReader().decode(first)
    let second = writer.encode(reread)
    #expect(first == second, "seed \(seed)")
    #expect(reread.text == document.text)
    #expect(reread.length == document.length)
    #expect(reread.layerNames == document.layerNames)
    for name in document.layerNames {
      #expect(reread.layer(name) == document.layer(name))
    }
    #expect(reread.relations == document.relations)
    #expect(reread.stages == document.stages)
  }
}
