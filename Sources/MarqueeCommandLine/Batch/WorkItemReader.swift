import Foundation
import MarqueeCore
import MarqueeXML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns input sources into work items one at a time, so a corpus of any size streams through a
/// bounded amount of memory.
///
/// A text or `.json` file is one item; each non-blank line of a JSON Lines file or stream is one
/// item. Standard input in `auto` format is JSON Lines when its first non-blank byte is `{`.
final class WorkItemReader {
  private var sources: [InputSource]
  private var nextSource = 0
  private var stream: OpenStream?
  private var pending: [WorkItem] = []
  private let maximumBytes: Int
  /// Bytes of input read so far.
  private(set) var bytesRead = 0

  /// A JSON Lines stream being read line by line.
  private struct OpenStream {
    var reader: ByteStreamReader
    var descriptor: Int32
    var closesDescriptor: Bool
    var source: InputSource
    var line = 0
  }

  /// Reads the given sources; documents larger than `maximumBytes` fail without being read.
  init(sources: [InputSource], maximumBytes: Int) {
    self.sources = sources
    self.maximumBytes = maximumBytes
  }

  /// The next item, or `nil` when every source is exhausted.
  func next() -> WorkItem? {
    while true {
      if let queued = pending.popLast() { return queued }
      if stream != nil {
        if let item = nextLine() { return item }
        continue
      }
      guard nextSource < sources.count else { return nil }
      let source = sources[nextSource]
      nextSource += 1
      if let item = open(source) { return item }
    }
  }

  /// Starts a source: returns its single item, or opens it as a stream and returns `nil`.
  private func open(_ source: InputSource) -> WorkItem? {
    let origin = Origin(path: source.displayName, line: nil)
    func failed(_ reason: String) -> WorkItem {
      WorkItem(
        kind: .text, bytes: [], origin: origin, defaultID: source.defaultID, failure: reason)
    }
    let descriptor: Int32
    switch source.location {
    case .unusable(_, let reason):
      return failed(reason)
    case .standardInput:
      descriptor = STDIN_FILENO
    case .file(let path):
      descriptor = openForReading(path)
      if descriptor < 0 { return failed(String(cString: strerror(errno))) }
    }
    let closes = descriptor != STDIN_FILENO
    let reader = ByteStreamReader(descriptor: descriptor)
    var format = source.format
    if format == .auto {
      do {
        let head = try reader.peek(4096)
        let firstVisible = head.first { !Self.isJSONWhitespace($0) }
        switch firstVisible {
        case UInt8(ascii: "{"): format = .jsonl
        case UInt8(ascii: "<"): format = .xml
        default: format = .text
        }
      } catch {
        if closes { close(descriptor) }
        return failed(error.description)
      }
    }
    if format == .jsonl {
      stream = OpenStream(
        reader: reader, descriptor: descriptor, closesDescriptor: closes, source: source)
      return nil
    }
    defer { if closes { close(descriptor) } }
    if closes {
      var status = stat()
      if fstat(descriptor, &status) == 0, Int(status.st_size) > maximumBytes {
        return failed(Self.tooLarge(Int(status.st_size), limit: maximumBytes))
      }
    }
    do {
      guard let bytes = try reader.readAll(limit: maximumBytes) else {
        return failed(Self.tooLarge(nil, limit: maximumBytes))
      }
      bytesRead += bytes.count
      if format == .xml { return startXML(bytes, source: source, origin: origin) }
      let kind: WorkItem.Kind
      switch format {
      case .json: kind = .json
      case .html: kind = .html
      case .xmi: kind = .xmi
      case .brat:
        guard case .file(let path) = source.location else {
          return failed("brat needs files: an .ann file with its .txt beside it")
        }
        let textPath = InputCollector.removingExtension(path) + ".txt"
        guard let text = FileManager.default.contents(atPath: textPath) else {
          return failed("brat: the text file \(textPath) is missing beside the .ann file")
        }
        kind = .brat(text: Array(text))
      default: kind = .text
      }
      return WorkItem(
        kind: kind, bytes: bytes, origin: origin,
        defaultID: source.defaultID, failure: nil)
    } catch {
      return failed(error.description)
    }
  }

  /// The next non-blank line of the open stream as an item, or `nil` (closing it) at its end.
  private func nextLine() -> WorkItem? {
    guard var open = stream else { return nil }
    while true {
      let result: ByteStreamReader.LineResult?
      do {
        result = try open.reader.nextLine(limit: maximumBytes)
      } catch {
        finish(open)
        return WorkItem(
          kind: .json, bytes: [],
          origin: Origin(path: open.source.displayName, line: open.line + 1),
          defaultID: open.source.defaultID, failure: error.description)
      }
      guard let result else {
        finish(open)
        return nil
      }
      open.line += 1
      stream = open
      let origin = Origin(path: open.source.displayName, line: open.line)
      let defaultID = "\(open.source.defaultID)-\(open.line)"
      switch result {
      case .tooLong(let length):
        bytesRead += length
        return WorkItem(
          kind: .json, bytes: [], origin: origin, defaultID: defaultID,
          failure: Self.tooLarge(length, limit: maximumBytes))
      case .line(let bytes):
        bytesRead += bytes.count + 1
        if bytes.allSatisfy(Self.isJSONWhitespace) { continue }
        return WorkItem(
          kind: .json, bytes: bytes, origin: origin, defaultID: defaultID, failure: nil)
      }
    }
  }

  /// Decodes a Marquee XML file into its documents, queues all but the first and returns the
  /// first (or the failure, with libxml2's line and column).
  private func startXML(_ bytes: [UInt8], source: InputSource, origin: Origin) -> WorkItem? {
    do {
      let documents = try XMLDocumentReader().documents(in: bytes)
      // Kept in reverse so each is taken from the end in O(1).
      pending = documents.dropFirst().reversed().map {
        WorkItem(kind: .decoded($0), bytes: [], origin: origin, defaultID: $0.id, failure: nil)
      }
      guard let first = documents.first else { return nil }
      return WorkItem(
        kind: .decoded(first), bytes: [], origin: origin, defaultID: first.id, failure: nil)
    } catch {
      return WorkItem(
        kind: .text, bytes: [], origin: origin, defaultID: source.defaultID,
        failure: error.description)
    }
  }

  private func finish(_ open: OpenStream) {
    if open.closesDescriptor { close(open.descriptor) }
    stream = nil
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func tooLarge(_ size: Int?, limit: Int) -> String {
    let actual = size.map { "it is \($0) bytes, " } ?? ""
    return
      "too large: \(actual)over the limit of \(limit) bytes (raise it with --max-document-bytes)"
  }
}

/// Opens a file for reading.
private func openForReading(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}
