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
    guard index < columns.count else { return "" }
    let value = columns[index]
    // Most columns begin and end with an ASCII letter or digit: nothing to trim, no scan.
    guard let first = value.utf8.first, let last = value.utf8.last,
      Self.mayBeSpace(first) || Self.mayBeSpace(last)
    else { return value }
    return value.trimmingCharacters(in: .whitespaces)
  }

  /// Whether a first or last UTF-8 byte may belong to a space: ASCII space or tab, or any byte
  /// of a non-ASCII character (some of which are spaces).
  @inline(__always)
  private static func mayBeSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte >= 0x80
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
  ///
  /// Works on the bytes: a line break, a tab, `#` and spaces are single ASCII bytes, which never
  /// occur inside a multi-byte UTF-8 character, so no text is decoded character by character.
  static func rows(in bytes: [UInt8], name: String) throws(LexiconError) -> [TSVRow] {
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw LexiconError(.invalidUTF8, file: name, "the file is not UTF-8; save it as UTF-8")
    }
    var rows: [TSVRow] = []
    bytes.withUnsafeBufferPointer { buffer in
      var lineNumber = 0
      var start = 0
      while true {
        var end = start
        while end < buffer.count && buffer[end] != 0x0A { end += 1 }
        lineNumber += 1
        // CRLF: the carriage return belongs to the line break.
        let lineEnd = end > start && buffer[end - 1] == 0x0D ? end - 1 : end
        let blank = !(start..<lineEnd).contains { buffer[$0] != 0x20 && buffer[$0] != 0x09 }
        if !blank && buffer[start] != 0x23 {
          var columns: [String] = []
          var columnStart = start
          for position in start...lineEnd where position == lineEnd || buffer[position] == 0x09 {
            columns.append(
              String(
                decoding: UnsafeBufferPointer(rebasing: buffer[columnStart..<position]),
                as: UTF8.self))
            columnStart = position + 1
          }
          rows.append(TSVRow(file: name, line: lineNumber, columns: columns))
        }
        if end >= buffer.count { break }
        start = end + 1
      }
    }
    return rows
  }
}
