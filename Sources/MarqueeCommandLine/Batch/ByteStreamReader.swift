#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor in large chunks and hands out its lines, without loading a whole
/// stream into memory.
final class ByteStreamReader {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  private var scratch: [UInt8]

  /// Reads from an open descriptor (not closed by the reader).
  init(descriptor: Int32, chunkSize: Int = 1 << 20) {
    self.descriptor = descriptor
    self.scratch = [UInt8](repeating: 0, count: chunkSize)
  }

  /// Reads one more chunk; returns false at end of input.
  private func fill() throws(CommandLineError) -> Bool {
    if finished { return false }
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    var readCount = 0
    while true {
      readCount = scratch.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress!, raw.count)
      }
      if readCount < 0 && errno == EINTR { continue }
      break
    }
    if readCount < 0 {
      throw CommandLineError.io("could not read input: \(String(cString: strerror(errno)))")
    }
    buffer.append(contentsOf: scratch[0..<readCount])
    if readCount == 0 { finished = true }
    return readCount > 0
  }

  /// Peeks at up to `count` bytes from the current position without consuming them.
  func peek(_ count: Int) throws(CommandLineError) -> ArraySlice<UInt8> {
    while buffer.count - start < count, try fill() {}
    return buffer[start..<min(buffer.count, start + count)]
  }

  /// The next line without its line break (`\n` or `\r\n`), or `nil` at end of input.
  ///
  /// A line longer than `limit` bytes is skipped to its end and returned as `.tooLong` with its
  /// length, so one oversized line cannot exhaust memory.
  func nextLine(limit: Int) throws(CommandLineError) -> LineResult? {
    var scanFrom = start
    var skipped = 0
    while true {
      if let newline = buffer[scanFrom...].firstIndex(of: UInt8(ascii: "\n")) {
        if skipped > 0 {
          let total = skipped + newline - start
          start = newline + 1
          return .tooLong(total)
        }
        var end = newline
        if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        return .line(line)
      }
      if buffer.count - start > limit {
        skipped += buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
      }
      // fill() may move the unread bytes to the front of the buffer, so remember how far this
      // line has been scanned relative to its start, not as an absolute index.
      let scanned = buffer.count - start
      if try !fill() {
        if skipped > 0 {
          let total = skipped + buffer.count - start
          start = buffer.count
          return .tooLong(total)
        }
        if start >= buffer.count { return nil }
        var end = buffer.count
        if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = Array(buffer[start..<end])
        start = buffer.count
        return .line(line)
      }
      scanFrom = start + scanned
    }
  }

  /// Everything left, up to `limit` bytes; `nil` when more than `limit` bytes remain.
  func readAll(limit: Int) throws(CommandLineError) -> [UInt8]? {
    while try fill() {
      if buffer.count - start > limit { return nil }
    }
    if buffer.count - start > limit { return nil }
    let rest = Array(buffer[start...])
    start = buffer.count
    return rest
  }

  /// One line of input, or the length of a line too long to keep.
  enum LineResult {
    case line([UInt8])
    case tooLong(Int)
  }
}
