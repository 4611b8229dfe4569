import CLibXML2

/// Process-wide libxml2 set-up and small conversions shared by the readers and writers.
enum LibXML2 {
  /// `xmlInitParser` must run once before libxml2 is used from several threads.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Initialises libxml2 on first use; cheap afterwards.
  static func ensureInitialized() {
    _ = initialized
  }

  /// A libxml2 structured error as an ``XMLError`` with its message, line and column.
  static func error(from error: UnsafePointer<xmlError>, kind: XMLError.Kind) -> XMLError {
    let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    let message = raw.trimmingTrailingNewlines()
    let line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
    // libxml2 keeps the column of parser errors in int2.
    let column = error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
    return XMLError(kind, message, line: line, column: column)
  }
}

extension String {
  /// The string without the line breaks libxml2 puts at the end of its messages.
  func trimmingTrailingNewlines() -> String {
    var result = Substring(self)
    while let last = result.last, last == "\n" || last == "\r" { result = result.dropLast() }
    return String(result)
  }
}
