import Foundation
import MarqueeCore
import Testing

/// The schema validator on Marquee's own schema, with verdicts worked out by reading the schema.
@Suite struct JSONSchemaValidatorTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func validator() throws -> JSONSchemaValidator {
    let data = try Data(
      contentsOf: root.appendingPathComponent("Schemas/marquee-document.schema.json"))
    return try JSONSchemaValidator(schema: JSONValue(parsing: Array(data)))
  }

  static func errors(_ json: String) throws -> [String] {
    try validator().errors(in: JSONValue(parsing: Array(json.utf8)))
  }

  @Test func aFullDocumentIsValid() throws {
    #expect(
      try Self.errors(
        #"{"id":"a","text":"x","metadata":{},"offsetUnit":"utf-16","layers":{"tokens":[{"id":"t1","start":0,"end":1,"label":"W","features":{"k":[1]}}]},"relations":[{"id":"r","label":"plays","from":"t1","to":"t1"}],"summary":{},"stages":[{"name":"s","version":"1","settings":{}}]}"#
      ).isEmpty)
  }

  @Test(arguments: [
    (#"{"text":"x"}"#, #"/: the member "id" is required"#),
    (#"{"id":"a","text":"x","colour":1}"#, #"/: the member "colour" is not allowed"#),
    (#"{"id":"a","text":"x","offsetUnit":"bytes"}"#, #"/offsetUnit: "bytes" is not one of"#),
    (
      #"{"id":"a","text":"x","layers":{"t":[{"id":"1","start":-1,"end":1}]}}"#,
      "/layers/t/0/start: -1 is less than the minimum"
    ),
    (
      #"{"id":"a","text":"x","layers":{"t":[{"id":"1","start":0.5,"end":1}]}}"#,
      "/layers/t/0/start: expected integer, found number"
    ),
    (#"{"id":"a","text":"x","layers":{"":[]}}"#, "/layers/: the string is shorter than 1"),
    (
      #"{"id":"a","text":"x","stages":[{"name":"s"}]}"#,
      #"/stages/0: the member "version" is required"#
    ),
  ])
  func namesTheViolationAndWhere(json: String, expected: String) throws {
    let errors = try Self.errors(json)
    #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
  }

  @Test func aKeywordItCannotCheckIsRefused() {
    #expect(throws: DocumentReadError.self) {
      try JSONSchemaValidator(schema: ["type": "string", "pattern": "^a"])
    }
  }

  @Test func theCommandLineCarriesAnExactCopyOfTheSchema() throws {
    let published = try Data(
      contentsOf: Self.root.appendingPathComponent("Schemas/marquee-document.schema.json"))
    let bundled = try Data(
      contentsOf: Self.root.appendingPathComponent(
        "Sources/MarqueeCommandLine/Resources/marquee-document.schema.json"))
    #expect(published == bundled, "copy Schemas/marquee-document.schema.json into the resources")
  }
}
