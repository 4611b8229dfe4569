import Testing

@testable import MarqueeXML

/// Validates XML the tests produce against Marquee's schema.
enum SchemaCheck {
  /// Marquee's schema, compiled once for all tests.
  static let validator: XMLSchemaValidator? = try? XMLSchemaValidator.marquee()

  /// Records an issue for each schema error in `bytes`.
  static func expectValid(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let validator = try #require(validator, "the bundled schema did not compile")
    let issues = validator.validate(bytes)
    #expect(issues.isEmpty, "\(issues)", sourceLocation: sourceLocation)
  }
}
