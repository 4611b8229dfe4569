/// Why a UIMA CAS XMI file could not be read back, with the line to look at when known.
public struct XMIImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line of the XMI file, when known.
  public var line: Int?
  /// What is wrong and what was expected.
  public var message: String

  /// Creates an error.
  public init(line: Int?, _ message: String) {
    self.line = line
    self.message = message
  }

  public var description: String {
    guard let line else { return message }
    return "line \(line): \(message)"
  }
}
