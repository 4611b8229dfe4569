/// Why bytes could not be read as a Marquee document.
///
/// The message says what was expected and where: a byte offset (counted from the start of the
/// line or file given to the reader) and, for documents that parse but break the format, the JSON
/// path of the offending member (`layers.tokens[3].end`). The command line adds the file name
/// and JSON Lines line number.
public struct DocumentReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The broad kind of problem.
  public enum Kind: String, Sendable, Equatable {
    /// The bytes are not well-formed JSON.
    case invalidJSON = "invalid JSON"
    /// The bytes are not valid UTF-8.
    case invalidUTF8 = "invalid UTF-8"
    /// Well-formed JSON that is not a valid Marquee document.
    case invalidDocument = "invalid document"
    /// The input is larger than the limit.
    case tooLarge = "too large"
  }

  /// The kind of problem.
  public var kind: Kind
  /// What is wrong and what was expected.
  public var message: String
  /// The byte offset where the problem was found, when known.
  public var byteOffset: Int?
  /// The JSON path of the member at fault, when known (`layers.tokens[3].end`).
  public var path: String?

  /// Creates an error.
  public init(_ kind: Kind, _ message: String, byteOffset: Int? = nil, path: String? = nil) {
    self.kind = kind
    self.message = message
    self.byteOffset = byteOffset
    self.path = path
  }

  public var description: String {
    var parts: [String] = []
    if let byteOffset { parts.append("byte \(byteOffset)") }
    if let path { parts.append("at \(path)") }
    let location = parts.isEmpty ? "" : parts.joined(separator: ", ") + ": "
    return "\(location)\(kind.rawValue): \(message)"
  }
}
