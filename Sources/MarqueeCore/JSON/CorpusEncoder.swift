/// Turns documents into the bytes of one output format, either as a stream of many documents or
/// as one standalone file per document.
///
/// Encoding works document by document so that a batch can encode in parallel and still write
/// in input order: `streamHeader()`, then `encodeInStream(_:)` for each document, then
/// `streamFooter()`. JSON Lines has an empty header and footer; XML wraps the stream in a
/// `<corpus>` element.
public protocol CorpusEncoder: Sendable {
  /// The file extension for a standalone file, without the dot (`"json"`, `"xml"`).
  var fileExtension: String { get }
  /// Bytes written before the first document of a stream.
  func streamHeader() -> [UInt8]
  /// One document as it appears inside a stream.
  func encodeInStream(_ document: Document) throws -> [UInt8]
  /// Bytes written after the last document of a stream.
  func streamFooter() -> [UInt8]
  /// One whole file holding one document.
  func encodeStandalone(_ document: Document) throws -> [UInt8]
}

/// Marquee's canonical JSON: one document per line in a stream (JSON Lines), or one `.json`
/// file per document holding the same line.
public struct JSONLinesEncoder: CorpusEncoder {
  private let writer = DocumentJSONWriter()

  /// Creates the encoder.
  public init() {}

  public var fileExtension: String { "json" }
  public func streamHeader() -> [UInt8] { [] }
  public func streamFooter() -> [UInt8] { [] }

  public func encodeInStream(_ document: Document) -> [UInt8] {
    var bytes = writer.encode(document)
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  public func encodeStandalone(_ document: Document) -> [UInt8] {
    encodeInStream(document)
  }
}
