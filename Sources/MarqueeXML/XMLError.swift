/// Why Marquee XML or HTML could not be read, written or validated.
///
/// Errors that come from libxml2 carry its message with the line and column it reports; errors
/// Marquee finds itself (a misplaced element, a forbidden `<!DOCTYPE>`, a limit passed) say what
/// was expected and where. The command line adds the file name when it has one.
///
/// ```
/// line 3, column 14: malformed XML: Opening and ending tag mismatch: layer line 2 and document
/// ```
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The broad kind of problem.
  public enum Kind: String, Sendable, Equatable {
    /// libxml2 found the input is not well-formed XML.
    case malformed = "malformed XML"
    /// Well-formed XML that is not a Marquee document (wrong element, missing attribute, bad
    /// number, span outside the text).
    case invalidDocument = "invalid Marquee XML"
    /// A construct Marquee refuses to read for safety: a `<!DOCTYPE>` (and with it every entity
    /// declaration, including entity-expansion bombs) or an external reference.
    case forbidden = "forbidden XML construct"
    /// The input is larger or deeper than the reader's limits.
    case limitExceeded = "limit exceeded"
    /// The input could not be opened or is not valid UTF-8.
    case unreadable = "unreadable input"
    /// libxml2 failed while writing (it only does so when memory runs out).
    case writeFailed = "XML writer failed"
    /// The XML schema could not be loaded or compiled.
    case schema = "schema error"
  }

  /// The kind of problem.
  public var kind: Kind
  /// What is wrong and what was expected (for libxml2 errors, libxml2's own message).
  public var message: String
  /// The 1-based line where the problem was found, when known.
  public var line: Int?
  /// The 1-based column where the problem was found, when known.
  public var column: Int?

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, line: Int? = nil, column: Int? = nil) {
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
  }

  public var description: String {
    var location = ""
    if let line {
      location = "line \(line)"
      if let column { location += ", column \(column)" }
      location += ": "
    }
    return "\(location)\(kind.rawValue): \(message)"
  }
}
