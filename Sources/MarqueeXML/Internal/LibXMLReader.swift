import CLibXML2

/// A thin, safe wrapper over libxml2's xmlTextReader: it owns the reader, collects the first
/// error through a per-reader structured handler (libxml2's global handler is shared by the
/// whole process), enforces a depth limit and turns refused node types into errors.
final class LibXMLReader {
  let reader: xmlTextReaderPtr
  private let maximumDepth: Int
  /// The first error libxml2 reported for this reader.
  fileprivate(set) var firstError: XMLError?

  /// Options for every Marquee read: never touch the network, never substitute entities or
  /// load a DTD (libxml2 does neither unless asked), and keep libxml2's size limits.
  static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)

  /// Opens a reader over `bytes`, which must stay valid until the reader is gone.
  init(memory bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) throws(XMLError) {
    LibXML2.ensureInitialized()
    guard let start = bytes.baseAddress, !bytes.isEmpty else {
      throw XMLError(.malformed, "the input is empty; an XML file needs a root element")
    }
    guard bytes.count <= Int(Int32.max) else {
      throw XMLError(.limitExceeded, "the input is larger than 2 GiB; split the corpus")
    }
    let base = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
    guard let reader = xmlReaderForMemory(base, Int32(bytes.count), nil, nil, Self.options) else {
      throw XMLError(.unreadable, "libxml2 could not create a reader for the input")
    }
    self.reader = reader
    self.maximumDepth = maximumDepth
    installErrorHandler()
  }

  /// Opens a streaming reader over the file at `path`.
  init(file path: String, maximumDepth: Int) throws(XMLError) {
    LibXML2.ensureInitialized()
    guard let reader = xmlReaderForFile(path, nil, Self.options) else {
      throw XMLError(
        .unreadable, "cannot open '\(path)'; check that the file exists and is readable")
    }
    self.reader = reader
    self.maximumDepth = maximumDepth
    installErrorHandler()
  }

  deinit {
    xmlFreeTextReader(reader)
  }

  private func installErrorHandler() {
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        let owner = Unmanaged<LibXMLReader>.fromOpaque(context).takeUnretainedValue()
        owner.record(error)
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  fileprivate func record(_ error: UnsafeMutablePointer<xmlError>) {
    guard firstError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    firstError = LibXML2.error(from: error, kind: .malformed)
  }

  /// Moves to the next node; `false` at the end of the input.
  ///
  /// - Throws: libxml2's error for malformed input, ``XMLError/Kind/forbidden`` for a document
  ///   type or entity reference, ``XMLError/Kind/limitExceeded`` past the depth limit.
  func read() throws(XMLError) -> Bool {
    let status = xmlTextReaderRead(reader)
    if status < 0 || firstError != nil {
      throw firstError ?? XMLError(.malformed, "libxml2 could not parse the input", line: line)
    }
    guard status == 1 else { return false }
    switch nodeType {
    case XML_READER_TYPE_DOCUMENT_TYPE.rawValue, XML_READER_TYPE_ENTITY.rawValue,
      XML_READER_TYPE_NOTATION.rawValue:
      throw XMLError(
        .forbidden,
        "document type declarations are not allowed in Marquee XML; remove the <!DOCTYPE>",
        line: line)
    case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
      throw XMLError(
        .forbidden, "entity references are not allowed in Marquee XML; use character references",
        line: line)
    default:
      break
    }
    if Int(xmlTextReaderDepth(reader)) > maximumDepth {
      throw XMLError(
        .limitExceeded,
        "elements are nested more than \(maximumDepth) deep; Marquee XML never nests that deep",
        line: line)
    }
    return true
  }

  /// The current node's type (an `XML_READER_TYPE_…` raw value).
  var nodeType: UInt32 { UInt32(bitPattern: xmlTextReaderNodeType(reader)) }

  /// The current node's depth.
  var depth: Int { Int(xmlTextReaderDepth(reader)) }

  /// Whether the current element is written `<x/>` and so has no end-element node.
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The local name of the current node, borrowed from libxml2.
  var localName: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(reader) }

  /// The namespace URI of the current node, borrowed from libxml2.
  var namespaceURI: UnsafePointer<xmlChar>? { xmlTextReaderConstNamespaceUri(reader) }

  /// The value of the current text or attribute node, borrowed from libxml2.
  var value: UnsafePointer<xmlChar>? { xmlTextReaderConstValue(reader) }

  /// The line of the current node (or of the parser, when the node has none).
  var line: Int? {
    if let node = xmlTextReaderCurrentNode(reader) {
      let number = Int(xmlGetLineNo(node))
      if number > 0 { return number }
    }
    let number = Int(xmlTextReaderGetParserLineNumber(reader))
    return number > 0 ? number : nil
  }

  /// Moves to the next attribute of the current element; `false` after the last.
  func moveToNextAttribute() -> Bool { xmlTextReaderMoveToNextAttribute(reader) == 1 }

  /// Returns from the attributes to their element.
  func moveToElement() { _ = xmlTextReaderMoveToElement(reader) }
}
