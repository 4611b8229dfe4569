/// One data row of a lexicon file: its 1-based line number and its fields.
struct TSVRow {
  /// The line the row is on, counting comment and blank lines.
  let line: Int
  /// The tab-separated fields; optional trailing columns may be absent.
  let fields: [Substring]

  /// The field at `index`, or an empty string when the row stops before it.
  func field(_ index: Int) -> Substring {
    index < fields.count ? fields[index] : ""
  }
}

/// Splits a lexicon file into rows and checks their shape; the per-file parsers check values.
///
/// Lines may end in LF or CRLF; a leading byte-order mark is ignored; blank lines and lines
/// starting with `#` are skipped.
struct TSVTable {
  /// The file name used in error messages.
  let file: String
  /// The column names, in order, as documented in the file's header.
  let columns: [String]
  /// The data rows.
  let rows: [TSVRow]

  /// Parses `text`, requiring the first `required` columns in every row.
  ///
  /// - Complexity: O(n) in the length of the text.
  init(text: String, file: String, columns: [String], required: Int) throws(LexiconError) {
    self.file = file
    self.columns = columns
    var rows: [TSVRow] = []
    var lineNumber = 0
    let body = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
    for line in body.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      lineNumber += 1
      if line.isEmpty || line.first == "#" { continue }
      if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
      let trimmedLine = line.last == "\r" ? line.dropLast() : line
      let fields = trimmedLine.split(separator: "\t", omittingEmptySubsequences: false)
      guard (required...columns.count).contains(fields.count) else {
        throw .wrongColumnCount(
          file: file, line: lineNumber, found: fields.count, expected: required...columns.count,
          columns: columns)
      }
      for (index, field) in fields.enumerated() {
        if index < required && field.isEmpty {
          throw .emptyField(file: file, line: lineNumber, column: columns[index])
        }
        if let first = field.first, let last = field.last,
          first.isWhitespace || last.isWhitespace
        {
          throw .untrimmedField(
            file: file, line: lineNumber, column: columns[index], value: String(field))
        }
      }
      rows.append(TSVRow(line: lineNumber, fields: fields))
    }
    self.rows = rows
  }

  /// Splits a list field on `separator`; an empty field gives no items, an empty item throws.
  func list(_ row: TSVRow, column: Int, separator: Character) throws(LexiconError) -> [String] {
    let field = row.field(column)
    if field.isEmpty { return [] }
    var items: [String] = []
    for item in field.split(separator: separator, omittingEmptySubsequences: false) {
      if item.isEmpty {
        throw .emptyField(file: file, line: row.line, column: columns[column])
      }
      if let first = item.first, let last = item.last, first.isWhitespace || last.isWhitespace {
        throw .untrimmedField(
          file: file, line: row.line, column: columns[column], value: String(item))
      }
      items.append(String(item))
    }
    return items
  }

  /// Parses a field as a value of a `String`-backed enumeration.
  func value<Value: RawRepresentable>(
    _ raw: some StringProtocol, in row: TSVRow, column: Int, as type: Value.Type
  ) throws(LexiconError) -> Value where Value.RawValue == String, Value: CaseIterable {
    guard let value = Value(rawValue: String(raw)) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      throw .invalidValue(
        file: file, line: row.line, column: columns[column], value: String(raw),
        expected: "one of: \(allowed)")
    }
    return value
  }
}
