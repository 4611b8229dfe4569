import MarqueeCore

/// Marquee's standoff XML: a `<corpus>` of documents in a stream, or one `.xml` file per
/// document, written with libxml2's streaming writer.
///
/// Each document is written into its own small memory buffer, so a corpus of any size is never
/// held in memory as a tree, and documents can be encoded in parallel and written in order.
/// The format is described in ``MarqueeXMLFormat`` and `Schemas/marquee.xsd`; reading it back
/// with ``XMLDocumentReader`` gives the same documents, byte for byte once written as JSON.
///
/// ```swift
/// let encoder = XMLCorpusEncoder()
/// var out = encoder.streamHeader()
/// for document in documents { out += try encoder.encodeInStream(document) }
/// out += encoder.streamFooter()
/// ```
public struct XMLCorpusEncoder: CorpusEncoder {
  /// Creates the encoder.
  public init() {}

  public var fileExtension: String { "xml" }

  /// The XML declaration and the `<corpus>` start tag with namespace, version and offset unit.
  public func streamHeader() -> [UInt8] {
    let header =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<corpus xmlns=\"\(MarqueeXMLFormat.namespace)\""
      + " version=\"\(MarqueeXMLFormat.version)\" offsetUnit=\"\(MarqueeXMLFormat.offsetUnit)\">\n"
    return Array(header.utf8)
  }

  /// One `<document>` element, ending in a line break, to go between header and footer.
  ///
  /// - Throws: ``XMLError`` of kind `writeFailed` only when libxml2 runs out of memory.
  /// - Complexity: O(n) in the size of the text and its annotations.
  public func encodeInStream(_ document: Document) throws(XMLError) -> [UInt8] {
    let writer = try DocumentXMLWriter()
    writer.write(document, standalone: false)
    return try writer.finish(withDeclaration: false)
  }

  /// The `</corpus>` end tag.
  public func streamFooter() -> [UInt8] {
    Array("</corpus>\n".utf8)
  }

  /// A whole XML file whose root is the document itself.
  ///
  /// - Throws: ``XMLError`` of kind `writeFailed` only when libxml2 runs out of memory.
  public func encodeStandalone(_ document: Document) throws(XMLError) -> [UInt8] {
    let writer = try DocumentXMLWriter()
    writer.write(document, standalone: true)
    return try writer.finish(withDeclaration: true)
  }

  /// A whole XML file holding `documents` in a `<corpus>`.
  ///
  /// - Complexity: O(n) in the total size of the documents.
  public func encodeCorpus(_ documents: [Document]) throws(XMLError) -> [UInt8] {
    var bytes = streamHeader()
    for document in documents { bytes += try encodeInStream(document) }
    bytes += streamFooter()
    return bytes
  }
}
