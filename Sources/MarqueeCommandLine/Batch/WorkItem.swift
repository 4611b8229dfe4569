import MarqueeCore

/// One unit of batch work: the raw bytes of one document and where they came from.
struct WorkItem: Sendable {
  /// How the bytes are to be read.
  enum Kind: Sendable {
    /// Plain UTF-8 text.
    case text
    /// One Marquee JSON document (a line of a JSON Lines stream, or a `.json` file).
    case json
    /// An HTML page, read for its visible text.
    case html
    /// A brat `.ann` file (the bytes) with the UTF-8 bytes of its `.txt`.
    case brat(text: [UInt8])
    /// A UIMA CAS XMI file.
    case xmi
    /// A document already decoded by a reader that yields many per file (Marquee XML).
    case decoded(Document)
  }

  /// How to read ``bytes``.
  var kind: Kind
  /// The document's bytes (empty when ``failure`` is set).
  var bytes: [UInt8]
  /// Where it came from, for messages.
  var origin: Origin
  /// The id to use when the document does not carry one.
  var defaultID: String
  /// Set when the input could not even be read; the item is reported as failed.
  var failure: String?
}

/// Where a document came from, for messages and metadata.
struct Origin: Sendable, CustomStringConvertible {
  /// A path, or `<stdin>`.
  var path: String
  /// The 1-based line within a JSON Lines input.
  var line: Int?

  var description: String {
    if let line { return "\(path):\(line)" }
    return path
  }
}
