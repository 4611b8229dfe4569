import CLibXML2

/// A minimal pull parser over libxml2's xmlTextReader for formats other than Marquee XML (UIMA
/// CAS XMI): it hands out start tags with their attributes, end tags and text, one at a time.
///
/// It is as careful as ``XMLDocumentReader``: no network, no DTD, no entity substitution; a
/// `<!DOCTYPE>` or an entity reference ends in a ``XMLError/Kind/forbidden`` error and nesting
/// deeper than the limit in ``XMLError/Kind/limitExceeded``.
///
/// ```swift
/// let reader = try XMLEventReader(bytes)
/// while let event = try reader.next() {
///   if case .start(let element) = event, element.localName == "Sofa" { … }
/// }
/// ```
public final class XMLEventReader {
  /// One attribute of a start tag.
  public struct Attribute: Sendable, Equatable {
    /// The name without its prefix (`"id"` for `xmi:id`).
    public var localName: String
    /// The namespace URI, empty when the attribute has none.
    public var namespaceURI: String
    /// The value, with character references resolved.
    public var value: String
  }

  /// A start tag.
  public struct Element: Sendable, Equatable {
    /// The name without its prefix.
    public var localName: String
    /// The namespace URI, empty when the element has none.
    public var namespaceURI: String
    /// The attributes other than namespace declarations, in document order.
    public var attributes: [Attribute]
    /// Whether it was written `<x/>` (no ``Event/end`` follows for it).
    public var isEmpty: Bool
    /// The 1-based line it starts on, when known.
    public var line: Int?

    /// The value of the attribute `localName` (in `namespaceURI`, when given).
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
      attributes.first {
        $0.localName == localName && (namespaceURI == nil || $0.namespaceURI == namespaceURI)
      }?.value
    }
  }

  /// What the reader found next.
  public enum Event: Sendable, Equatable {
    /// A start tag (or an empty element).
    case start(Element)
    /// An end tag, by local name.
    case end(String)
    /// Character data (text or CDATA), whitespace included.
    case text(String)
  }

  /// A copy of the input that libxml2 reads from; it lives as long as the reader.
  private let storage: UnsafeMutableBufferPointer<UInt8>
  private var reader: LibXMLReader?
  private let maximumDepth: Int

  /// Prepares to read `bytes`.
  public init(_ bytes: [UInt8], maximumDepth: Int = 200) {
    storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
    _ = storage.initialize(from: bytes)
    self.maximumDepth = maximumDepth
    count = bytes.count
  }

  private let count: Int

  deinit {
    reader = nil
    storage.deallocate()
  }

  /// The next event, or `nil` at the end of the input.
  ///
  /// - Throws: ``XMLError`` with libxml2's message, line and column for malformed input.
  public func next() throws(XMLError) -> Event? {
    let reader = try opened()
    while try reader.read() {
      switch reader.nodeType {
      case XML_READER_TYPE_ELEMENT.rawValue:
        var element = Element(
          localName: Self.string(reader.localName), namespaceURI: Self.string(reader.namespaceURI),
          attributes: [], isEmpty: reader.isEmptyElement, line: reader.line)
        while reader.moveToNextAttribute() {
          let namespace = Self.string(reader.namespaceURI)
          if namespace == "http://www.w3.org/2000/xmlns/" { continue }
          element.attributes.append(
            Attribute(
              localName: Self.string(reader.localName), namespaceURI: namespace,
              value: Self.string(reader.value)))
        }
        reader.moveToElement()
        return .start(element)
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        return .end(Self.string(reader.localName))
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        return .text(Self.string(reader.value))
      default:
        continue
      }
    }
    return nil
  }

  /// The line libxml2 is at, for messages.
  public var line: Int? { reader?.line }

  private func opened() throws(XMLError) -> LibXMLReader {
    if let reader { return reader }
    let opened = try LibXMLReader(
      memory: UnsafeBufferPointer(rebasing: storage[0..<count]), maximumDepth: maximumDepth)
    reader = opened
    return opened
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}
