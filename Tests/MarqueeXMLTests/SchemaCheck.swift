import Testing

@testable import MarqueeXML

/// Validates XML the tests produce against Marquee's schema.
enum SchemaCheck {
  static func expectValid(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
  }
}
