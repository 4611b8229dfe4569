import MarqueeCore

/// Turns Marquee documents into the files of another tool's format.
///
/// An exporter works one document at a time so a corpus of any size streams through it. It can
/// write a document two ways:
///
/// - as **files** of its own (``exportFiles(_:)``): `brat` writes `<id>.txt` and `<id>.ann`, the
///   HTML view one page per document; ``corpusFiles(for:)`` then adds the files that describe the
///   whole corpus (brat's `annotation.conf`, the HTML index);
/// - as **part of one stream** (``streamHeader()``, ``exportInStream(_:)`` for each document,
///   ``streamFooter(for:)``), for formats that hold many documents in one file (CoNLL-U, CoNLL,
///   JSON Lines of W3C annotation pages or spaCy documents, one HTML page with an index).
///   Formats that cannot (``supportsStream`` is `false`) need an output folder.
///
/// ```swift
/// let files = try BratExporter().exportFiles(review)
/// files.map(\.suffix)  // [".txt", ".ann"]
/// ```
public protocol Exporter: Sendable {
  /// The format's name on the command line (`"brat"`, `"conllu"`).
  var formatName: String { get }
  /// Whether documents can be written into one stream (standard output).
  var supportsStream: Bool { get }
  /// The files for one document; each ``ExportedFile/suffix`` is appended to a name made from
  /// the document's id.
  func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile]
  /// Bytes written before the first document of a stream.
  func streamHeader() -> [UInt8]
  /// One document as it appears in a stream.
  func exportInStream(_ document: Document) throws(ExportError) -> [UInt8]
  /// Bytes written after the last document of a stream; `inventory` describes what was written.
  func streamFooter(for inventory: ExportInventory) -> [UInt8]
  /// Files describing a whole corpus written as files (brat's `annotation.conf`), named in full.
  func corpusFiles(for inventory: ExportInventory) -> [ExportedFile]
}

extension Exporter {
  public var supportsStream: Bool { true }
  public func streamHeader() -> [UInt8] { [] }
  public func streamFooter(for inventory: ExportInventory) -> [UInt8] { [] }
  public func corpusFiles(for inventory: ExportInventory) -> [ExportedFile] { [] }

  /// By default a document's stream form is its only file.
  public func exportInStream(_ document: Document) throws(ExportError) -> [UInt8] {
    try exportFiles(document).flatMap(\.bytes)
  }
}

/// One file an exporter produced.
public struct ExportedFile: Sendable, Equatable {
  /// For a document's file, what follows the name made from its id (`".ann"`); for a corpus
  /// file, its whole name (`"annotation.conf"`).
  public var suffix: String
  /// The file's contents.
  public var bytes: [UInt8]

  /// Creates a file.
  public init(suffix: String, bytes: [UInt8]) {
    self.suffix = suffix
    self.bytes = bytes
  }

  /// The contents read as UTF-8 (for tests and messages).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
