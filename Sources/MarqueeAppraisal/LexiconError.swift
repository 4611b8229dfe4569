/// Why a lexicon or shifter file could not be loaded.
///
/// Every error names the file and, for a bad row, the line, so the user can open the file and
/// fix it: `extra.tsv:12: column 'score' is "high"; expected a number from -1 to 1`.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The broad kind of problem.
  public enum Kind: String, Sendable, Equatable {
    /// The file could not be read (missing, unreadable, or a bundled resource not found).
    case unreadableFile = "unreadable file"
    /// The file is not valid UTF-8.
    case invalidUTF8 = "invalid UTF-8"
    /// A row has the wrong number of columns or a value outside its column's vocabulary.
    case badRow = "bad row"
  }

  /// The kind of problem.
  public var kind: Kind
  /// The file's path or, for a bundled file, its resource name.
  public var file: String
  /// The 1-based line number of the bad row, when the problem is in one row.
  public var line: Int?
  /// What is wrong and what was expected.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return "\(location): \(kind.rawValue): \(message)"
  }
}
