/// Why a lexicon file could not be loaded: a missing or unreadable resource, or a bad row.
///
/// Every case names the file, and row problems name the line (1-based, counting comment and
/// blank lines), so a message reads like `people.tsv:12: …` and says how to fix the row.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bundled resource is not in the module's bundle.
  case missingResource(file: String)
  /// The file's bytes are not valid UTF-8.
  case unreadableResource(file: String)
  /// A row has fewer or more tab-separated columns than the file's format allows.
  case wrongColumnCount(
    file: String, line: Int, found: Int, expected: ClosedRange<Int>, columns: [String])
  /// A required column is empty, or a list column has an empty item.
  case emptyField(file: String, line: Int, column: String)
  /// A field starts or ends with white space (often a space typed instead of a tab).
  case untrimmedField(file: String, line: Int, column: String, value: String)
  /// A field holds a value the column does not allow.
  case invalidValue(file: String, line: Int, column: String, value: String, expected: String)
  /// A row repeats the key of an earlier row.
  case duplicateRow(file: String, line: Int, firstLine: Int, key: String)

  /// The file the problem is in.
  public var file: String {
    switch self {
    case .missingResource(let file), .unreadableResource(let file): return file
    case .wrongColumnCount(let file, _, _, _, _), .emptyField(let file, _, _),
      .untrimmedField(let file, _, _, _), .invalidValue(let file, _, _, _, _),
      .duplicateRow(let file, _, _, _):
      return file
    }
  }

  /// The 1-based line of the bad row, or `nil` when the whole file is the problem.
  public var line: Int? {
    switch self {
    case .missingResource, .unreadableResource: return nil
    case .wrongColumnCount(_, let line, _, _, _), .emptyField(_, let line, _),
      .untrimmedField(_, let line, _, _), .invalidValue(_, let line, _, _, _),
      .duplicateRow(_, let line, _, _):
      return line
    }
  }

  public var description: String {
    switch self {
    case .missingResource(let file):
      return "\(file): the resource is missing from the MarqueeEntities bundle; check that "
        + "Sources/MarqueeEntities/Resources/\(file) exists and rebuild"
    case .unreadableResource(let file):
      return "\(file): the file is not valid UTF-8; re-save it as UTF-8"
    case .wrongColumnCount(let file, let line, let found, let expected, let columns):
      let range =
        expected.lowerBound == expected.upperBound
        ? "\(expected.lowerBound)" : "\(expected.lowerBound) to \(expected.upperBound)"
      return "\(file):\(line): expected \(range) tab-separated columns "
        + "(\(columns.joined(separator: ", "))) but found \(found); separate columns with "
        + "a single tab"
    case .emptyField(let file, let line, let column):
      return "\(file):\(line): the column '\(column)' is empty or has an empty list item; "
        + "fill it in or remove the stray separator"
    case .untrimmedField(let file, let line, let column, let value):
      return "\(file):\(line): the column '\(column)' has white space at its start or end "
        + "(\"\(value)\"); remove it, and use a tab between columns"
    case .invalidValue(let file, let line, let column, let value, let expected):
      return "\(file):\(line): '\(value)' is not allowed in the column '\(column)'; "
        + "expected \(expected)"
    case .duplicateRow(let file, let line, let firstLine, let key):
      return "\(file):\(line): repeats the entry '\(key)' already given on line \(firstLine); "
        + "merge the two rows"
    }
  }
}
