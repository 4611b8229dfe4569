import Foundation

/// One data row of a tab-separated resource file, with the line it came from.
struct TSVRow: Sendable {
  /// The file's path or resource name, for error messages.
  var file: String
  /// The 1-based line number.
  var line: Int
  /// The columns, split at tabs; trailing empty columns are kept.
  var columns: [String]

  /// The column at `index`, trimmed of surrounding spaces, or "" when the row is shorter.
  func column(_ index: Int) -> String {
    index < columns.count ? columns[index].trimmingCharacters(in: .whitespaces) : ""
  }

  /// An error about this row.
  func error(_ message: String) -> LexiconError {
    LexiconError(.badRow, file: file, line: line, message)
  }
}

/// Reads the tab-separated files that hold Marquee's word lists: UTF-8, `#` comment lines and
/// blank lines skipped, one row per line, CRLF accepted.
enum TSVFile {
  /// Reads the rows of the file at `url`, naming it `name` in errors.
  ///
  /// - Throws: ``LexiconError`` when the file cannot be read or is not UTF-8.
  /// - Complexity: O(n) in the size of the file.
  static func rows(at url: URL, name: String) throws(LexiconError) -> [TSVRow] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw LexiconError(
        .unreadableFile, file: name,
        "cannot read the file (\(error.localizedDescription)); check the path and permissions")
    }
    return try rows(in: Array(data), name: name)
  }

  /// Splits `bytes` into rows, naming the source `name` in errors.
  static func rows(in bytes: [UInt8], name: String) throws(LexiconError) -> [TSVRow] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw LexiconError(.invalidUTF8, file: name, "the file is not UTF-8; save it as UTF-8")
    }
    var rows: [TSVRow] = []
    var lineNumber = 0
    // "\r\n" is one Character in Swift, so both separators must be named.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for rawLine in lines {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.first == "#" { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      rows.append(TSVRow(file: name, line: lineNumber, columns: columns))
    }
    return rows
  }
}
