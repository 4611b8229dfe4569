/// A single progress line on standard error, redrawn in place; silent unless enabled.
struct ProgressLine {
  /// Whether anything is drawn (only when standard error is a terminal).
  let enabled: Bool

  /// Redraws the line with the documents done so far and the throughput.
  func show(_ summary: BatchRunner.Summary, elapsed: Double) {
    guard enabled else { return }
    let megabytes = Double(summary.bytesRead) / 1_000_000
    let rate = elapsed > 0 ? megabytes / elapsed : 0
    let line =
      "\r\u{1B}[2K\(summary.written + summary.failed) documents"
      + (summary.failed > 0 ? " (\(summary.failed) failed)" : "")
      + ", \(Formatting.decimal(megabytes, places: 1)) MB, \(Formatting.decimal(rate, places: 1)) MB/s"
    try? StandardStreams.write(Array(line.utf8), to: 2)
  }

  /// Erases the line so that a message or the summary can be printed.
  func clear() {
    guard enabled else { return }
    try? StandardStreams.write(Array("\r\u{1B}[2K".utf8), to: 2)
  }
}

/// Number formatting for messages, without Foundation's locale-dependent formatters.
enum Formatting {
  /// `value` rounded to `places` decimals: `decimal(3.14159, places: 2)` → `"3.14"`.
  static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    if places == 0 { return "\(sign)\(whole)" }
    let digits = String(fraction)
    return "\(sign)\(whole)." + String(repeating: "0", count: places - digits.count) + digits
  }
}
