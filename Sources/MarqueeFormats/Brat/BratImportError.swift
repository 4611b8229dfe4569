/// Why a brat `.ann` file could not be read back, with the line to look at.
public struct BratImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line of the `.ann` file.
  public var line: Int
  /// What is wrong and what was expected.
  public var message: String

  /// Creates an error.
  public init(line: Int, _ message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}
