/// One problem found while validating XML against a schema: libxml2's message and where.
///
/// ```
/// line 12, column 0: Element '{https://marquee.example/ns/1}a', attribute 'start': '-1' is not
/// a valid value of the atomic type '{https://marquee.example/ns/1}Offset'.
/// ```
public struct XMLValidationIssue: Sendable, Equatable, CustomStringConvertible {
  /// libxml2's message, without its trailing line break.
  public var message: String
  /// The 1-based line of the element or text at fault, when libxml2 knows it.
  public var line: Int?
  /// The 1-based column, when libxml2 knows it (it does for well-formedness errors, rarely for
  /// schema errors).
  public var column: Int?
  /// Whether the XML is not even well-formed, so validation stopped here.
  public var isFatal: Bool

  /// Creates an issue.
  public init(message: String, line: Int? = nil, column: Int? = nil, isFatal: Bool = false) {
    self.message = message
    self.line = line
    self.column = column
    self.isFatal = isFatal
  }

  public var description: String {
    var location = ""
    if let line {
      location = "line \(line)"
      if let column { location += ", column \(column)" }
      location += ": "
    }
    return location + message
  }
}
