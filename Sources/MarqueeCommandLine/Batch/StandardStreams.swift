#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unbuffered access to standard output and standard error through their file descriptors.
///
/// Data goes to standard output only; messages, progress and the closing summary go to standard
/// error, so a pipe carries nothing but documents.
enum StandardStreams {
  /// Writes all of `bytes` to a descriptor, retrying on interruption and short writes.
  static func write(_ bytes: [UInt8], to descriptor: Int32) throws(CommandLineError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { raw in
        #if canImport(Glibc)
          Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
        #else
          Darwin.write(descriptor, raw.baseAddress! + written, raw.count - written)
        #endif
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw .io("could not write output: \(String(cString: strerror(errno)))")
      }
      written += result
    }
  }

  /// Writes bytes to standard output.
  static func writeOutput(_ bytes: [UInt8]) throws(CommandLineError) {
    try write(bytes, to: STDOUT_FILENO)
  }

  /// Writes a message line to standard error, ignoring failures (there is nowhere left to report
  /// them).
  static func writeError(_ message: String) {
    var line = Array(message.utf8)
    if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
    try? write(line, to: STDERR_FILENO)
  }

  /// Whether standard error is a terminal (progress is drawn only then).
  static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Whether standard input is a terminal (then reading it would wait for typing).
  static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
