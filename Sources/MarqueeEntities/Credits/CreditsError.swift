/// Why credits could not be read.
public enum CreditsError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be opened or is not UTF-8.
  case unreadable(path: String)
  /// The JSON is malformed or not shaped like credits.
  case invalidJSON(String)
  /// A TSV line is malformed.
  case invalidRow(line: Int, reason: String)

  /// A message a user can act on.
  public var description: String {
    switch self {
    case .unreadable(let path):
      "cannot read credits file \(path): check that it exists and is UTF-8 text"
    case .invalidJSON(let reason):
      "credits JSON: \(reason); expected an object {\"title\": …, \"year\": …, \"cast\": "
        + "[{\"name\": …, \"characters\": […]}], \"crew\": [{\"name\": …, \"job\": …}]} "
        + "or an array of them"
    case .invalidRow(let line, let reason):
      "credits TSV line \(line): \(reason); rows are 'title<TAB>Title<TAB>year', "
        + "'cast<TAB>Name<TAB>Character[|Character]' or 'crew<TAB>Name<TAB>job'"
    }
  }
}
