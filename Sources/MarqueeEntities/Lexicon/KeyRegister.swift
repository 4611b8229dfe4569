/// Remembers the folded key of every row of one file so a repeated entry is reported with
/// both of its lines.
struct KeyRegister {
  let file: String
  private var firstLines: [String: Int] = [:]

  init(file: String) {
    self.file = file
  }

  /// Records `text` (plus an optional qualifier such as a title's year) and returns its folded
  /// key; throws ``LexiconError/duplicateRow(file:line:firstLine:key:)`` if it was seen.
  @discardableResult
  mutating func register(_ text: some StringProtocol, qualifier: String = "", line: Int)
    throws(LexiconError) -> String
  {
    let key = NameKey(text).value
    guard !key.isEmpty else {
      throw .invalidValue(
        file: file, line: line, column: "name", value: String(text),
        expected: "a name with at least one letter or digit")
    }
    let registered = qualifier.isEmpty ? key : "\(key) (\(qualifier))"
    if let first = firstLines[registered] {
      throw .duplicateRow(file: file, line: line, firstLine: first, key: registered)
    }
    firstLines[registered] = line
    return key
  }
}
