import CLibXML2
import MarqueeCore

/// Reads Marquee XML from a ``LibXMLReader`` into documents, one at a time, checking the format
/// as strictly as the schema does (and the spans against the text, which the schema cannot).
final class DocumentXMLParser {
  private let input: LibXMLReader
  /// Reused for text content assembled from several nodes.
  private var buffer: [UInt8] = []
  /// The namespace pointer last seen to be Marquee's, to compare by address first.
  private var knownNamespace: UnsafePointer<xmlChar>?

  private static let namespaceDeclarations = "http://www.w3.org/2000/xmlns/"

  init(_ input: LibXMLReader) {
    self.input = input
  }

  /// Reads the whole input, calling `each` for every document in order; stops early when
  /// `each` returns `false`.
  func run(_ each: (Document) -> Bool) throws(XMLError) {
    guard let root = try nextTopLevelElement() else {
      throw XMLError(
        .invalidDocument, "the input has no root element; expected <corpus> or <document>")
    }
    switch root {
    case .corpus:
      _ = try attributes([Vocabulary.version, Vocabulary.offsetUnit], of: .corpus, root: true)
      if !input.isEmptyElement {
        let depth = input.depth
        while let child = try nextChild(of: depth, in: .corpus) {
          guard child == .document else {
            throw misplaced(child, in: .corpus, expected: "<document>")
          }
          if !each(try document(standalone: false)) { return }
        }
      }
    case .document:
      if !each(try document(standalone: true)) { return }
    default:
      throw invalid("the root element is \(root.tag); expected <corpus> or <document>")
    }
    // Let libxml2 check that nothing but comments follows the root.
    while try input.read() {}
  }

  // MARK: Structure

  private func nextTopLevelElement() throws(XMLError) -> ElementName? {
    while try input.read() {
      if input.nodeType == XML_READER_TYPE_ELEMENT.rawValue { return try identify() }
    }
    return nil
  }

  /// The next child element of the element at `depth`, or `nil` at its end tag. Comments,
  /// processing instructions and whitespace between elements are skipped.
  private func nextChild(of depth: Int, in parent: ElementName) throws(XMLError) -> ElementName? {
    while try input.read() {
      switch input.nodeType {
      case XML_READER_TYPE_ELEMENT.rawValue:
        return try identify()
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        if input.depth == depth { return nil }
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue:
        if !isWhitespace(input.value) {
          throw invalid("text is not allowed directly inside \(parent.tag); put it in an element")
        }
      default:
        continue
      }
    }
    throw invalid("the input ends inside \(parent.tag)")
  }

  private func identify() throws(XMLError) -> ElementName {
    guard let name = input.localName else { throw invalid("an element has no name") }
    let namespace = input.namespaceURI
    if namespace == nil || namespace != knownNamespace {
      guard let namespace, String(cString: namespace) == MarqueeXMLFormat.namespace else {
        throw invalid(
          "the element <\(String(cString: name))> is not in Marquee's namespace; declare "
            + "xmlns=\"\(MarqueeXMLFormat.namespace)\" on the root")
      }
      knownNamespace = namespace
    }
    guard let element = ElementName.identify(name) else {
      throw invalid("Marquee XML has no element <\(String(cString: name))>")
    }
    return element
  }

  private func document(standalone: Bool) throws(XMLError) -> Document {
    let documentLine = input.line
    let names =
      standalone
      ? [Vocabulary.id, Vocabulary.version, Vocabulary.offsetUnit] : [Vocabulary.id]
    let values = try attributes(names, of: .document, root: standalone)
    guard let id = values[0] else { throw missing("id", on: .document) }
    guard !input.isEmptyElement else {
      throw invalid("document '\(id)' has no <text>; every document needs one")
    }
    let depth = input.depth
    var text: String?
    var metadata = JSONObject()
    var layers: [(name: String, annotations: [Annotation], line: Int?)] = []
    var relations: [Relation] = []
    var summary = JSONObject()
    var stages: [StageRecord] = []
    // The children come in a fixed order: text, metadata, layers, relations, summary, stages.
    var phase = 0
    func enter(_ element: ElementName, after allowed: ClosedRange<Int>, phase next: Int)
      throws(XMLError)
    {
      guard phase > 0 || element == .text else {
        throw invalid("\(element.tag) comes before <text> in document '\(id)'; <text> is first")
      }
      guard allowed.contains(phase) else {
        throw invalid(
          "\(element.tag) is out of place in document '\(id)'; the order is <text>, <metadata>, "
            + "<layer>…, <relation>…, <summary>, <stage>…, with <text>, <metadata> and <summary> "
            + "at most once")
      }
      phase = next
    }
    while let child = try nextChild(of: depth, in: .document) {
      switch child {
      case .text:
        try enter(child, after: 0...0, phase: 1)
        _ = try attributes([], of: .text)
        text = try mixedContent(of: .text)
      case .metadata:
        try enter(child, after: 1...1, phase: 2)
        _ = try attributes([], of: .metadata)
        metadata = try members(of: .metadata)
      case .layer:
        try enter(child, after: 1...3, phase: 3)
        let line = input.line
        let name = try attributes([Vocabulary.name], of: .layer)[0]
        guard let name else { throw missing("name", on: .layer) }
        if layers.contains(where: { $0.name == name }) {
          throw invalid("document '\(id)' has two layers named '\(name)'; merge them")
        }
        layers.append((name, try annotations(), line))
      case .relation:
        try enter(child, after: 1...4, phase: 4)
        relations.append(try relation())
      case .summary:
        try enter(child, after: 1...4, phase: 5)
        _ = try attributes([], of: .summary)
        summary = try members(of: .summary)
      case .stage:
        try enter(child, after: 1...6, phase: 6)
        stages.append(try stage())
      default:
        throw misplaced(
          child, in: .document,
          expected: "<text>, <metadata>, <layer>, <relation>, <summary> or <stage>")
      }
    }
    guard let text else {
      throw invalid("document '\(id)' has no <text>; every document needs one")
    }
    var document = Document(id: id, text: text, metadata: metadata)
    for layer in layers {
      do {
        try document.setLayer(layer.name, layer.annotations)
      } catch {
        throw XMLError(.invalidDocument, "document '\(id)': \(error)", line: layer.line)
      }
    }
    document.relations = relations
    document.summary = summary
    document.stages = stages
    do {
      try document.validate()
    } catch {
      throw XMLError(.invalidDocument, "document '\(id)': \(error)", line: documentLine)
    }
    return document
  }

  private func annotations() throws(XMLError) -> [Annotation] {
    guard !input.isEmptyElement else { return [] }
    let depth = input.depth
    var result: [Annotation] = []
    while let child = try nextChild(of: depth, in: .layer) {
      guard child == .annotation else { throw misplaced(child, in: .layer, expected: "<a>") }
      let values = try attributes(
        [Vocabulary.id, Vocabulary.start, Vocabulary.end, Vocabulary.label], of: .annotation)
      guard let id = values[0] else { throw missing("id", on: .annotation) }
      guard let startText = values[1] else { throw missing("start", on: .annotation) }
      guard let endText = values[2] else { throw missing("end", on: .annotation) }
      let start = try offset(startText, "start", id: id)
      let end = try offset(endText, "end", id: id)
      let features = try members(of: .annotation)
      result.append(
        Annotation(id: id, start: start, end: end, label: values[3], features: features))
    }
    return result
  }

  private func offset(_ text: String, _ name: String, id: String) throws(XMLError) -> Int {
    guard let value = Self.integer(text), value >= 0, let offset = Int(exactly: value) else {
      throw invalid("annotation '\(id)' has \(name)=\"\(text)\"; offsets are integers from 0")
    }
    return offset
  }

  private func relation() throws(XMLError) -> Relation {
    let values = try attributes(
      [Vocabulary.id, Vocabulary.label, Vocabulary.from, Vocabulary.to], of: .relation)
    guard let id = values[0] else { throw missing("id", on: .relation) }
    guard let label = values[1] else { throw missing("label", on: .relation) }
    guard let from = values[2] else { throw missing("from", on: .relation) }
    guard let to = values[3] else { throw missing("to", on: .relation) }
    return Relation(id: id, label: label, from: from, to: to, features: try members(of: .relation))
  }

  private func stage() throws(XMLError) -> StageRecord {
    let values = try attributes([Vocabulary.name, Vocabulary.version], of: .stage)
    guard let name = values[0] else { throw missing("name", on: .stage) }
    guard let version = values[1] else { throw missing("version", on: .stage) }
    return StageRecord(name: name, version: version, settings: try members(of: .stage))
  }

  // MARK: Values

  /// The keyed value elements inside the current element, as an object.
  private func members(of parent: ElementName) throws(XMLError) -> JSONObject {
    guard !input.isEmptyElement else { return JSONObject() }
    let depth = input.depth
    var entries: [(String, JSONValue)] = []
    var keys = Set<String>()
    while let child = try nextChild(of: depth, in: parent) {
      guard child.isValue else {
        throw misplaced(child, in: parent, expected: "typed values (<string key=\"…\">, <int>, …)")
      }
      guard let key = try attributes([Vocabulary.key], of: child)[0] else {
        throw missing("key", on: child, why: "members of an object are named by their key")
      }
      guard keys.insert(key).inserted else {
        throw invalid("the key '\(key)' appears twice in \(parent.tag); keys must be unique")
      }
      entries.append((key, try value(child)))
    }
    return JSONObject(entries)
  }

  /// The value of the current value element, whose attributes have been read.
  private func value(_ element: ElementName) throws(XMLError) -> JSONValue {
    switch element {
    case .null:
      if !input.isEmptyElement {
        guard try emptyContent(of: element) else { throw invalid("<null> must be empty") }
      }
      return .null
    case .bool:
      let text = try simpleContent(of: element)
      switch text {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default: throw invalid("<bool> holds '\(text)'; write true or false")
      }
    case .int:
      let text = try simpleContent(of: element)
      guard let number = Self.integer(text) else {
        throw invalid("<int> holds '\(text)'; write a whole number between -2^63 and 2^63-1")
      }
      return .integer(number)
    case .double:
      let text = try simpleContent(of: element)
      guard let number = Self.double(text) else {
        throw invalid("<double> holds '\(text)'; write an xs:double such as 0.5, 1e-07 or INF")
      }
      return .number(number)
    case .string:
      return .string(try mixedContent(of: .string))
    case .array:
      guard !input.isEmptyElement else { return .array([]) }
      let depth = input.depth
      var elements: [JSONValue] = []
      while let child = try nextChild(of: depth, in: .array) {
        guard child.isValue else { throw misplaced(child, in: .array, expected: "typed values") }
        _ = try attributes([], of: child, context: "elements of an array have no key")
        elements.append(try value(child))
      }
      return .array(elements)
    case .object:
      return .object(try members(of: .object))
    default:
      throw misplaced(element, in: .object, expected: "typed values")
    }
  }

  /// Whether the current non-empty element has no content but comments.
  private func emptyContent(of element: ElementName) throws(XMLError) -> Bool {
    let depth = input.depth
    while try input.read() {
      switch input.nodeType {
      case XML_READER_TYPE_END_ELEMENT.rawValue where input.depth == depth: return true
      case XML_READER_TYPE_COMMENT.rawValue, XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue:
        continue
      default: return false
      }
    }
    throw invalid("the input ends inside \(element.tag)")
  }

  /// The text of an element that holds only text, with XML Schema's whitespace collapsed at the
  /// ends.
  private func simpleContent(of element: ElementName) throws(XMLError) -> String {
    if input.isEmptyElement { return "" }
    let depth = input.depth
    buffer.removeAll(keepingCapacity: true)
    while try input.read() {
      switch input.nodeType {
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        appendValue()
      case XML_READER_TYPE_END_ELEMENT.rawValue where input.depth == depth:
        return Self.trimmed(buffer)
      case XML_READER_TYPE_ELEMENT.rawValue:
        throw invalid("\(element.tag) holds only text, not elements")
      default:
        continue
      }
    }
    throw invalid("the input ends inside \(element.tag)")
  }

  /// Text content where `<c u="XXXX"/>` markers stand for characters XML cannot carry.
  private func mixedContent(of element: ElementName) throws(XMLError) -> String {
    if input.isEmptyElement { return "" }
    let depth = input.depth
    buffer.removeAll(keepingCapacity: true)
    while try input.read() {
      switch input.nodeType {
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        appendValue()
      case XML_READER_TYPE_ELEMENT.rawValue:
        let child = try identify()
        guard child == .marker else {
          throw misplaced(child, in: element, expected: "text and <c u=\"XXXX\"/> markers")
        }
        guard let hex = try attributes([Vocabulary.codePoint], of: .marker)[0] else {
          throw missing("u", on: .marker)
        }
        guard let code = XMLCharacters.parseHex4(hex.utf8), XMLCharacters.isForbidden(code),
          hex == hex.uppercased(), let scalar = Unicode.Scalar(code)
        else {
          throw invalid(
            "<c u=\"\(hex)\"/> does not name a character XML cannot carry (0000–0008, 000B, 000C, "
              + "000E–001F, FFFE, FFFF in upper-case hex)")
        }
        if !input.isEmptyElement, !(try emptyContent(of: .marker)) {
          throw invalid("<c> must be empty")
        }
        buffer.append(contentsOf: String(scalar).utf8)
      case XML_READER_TYPE_END_ELEMENT.rawValue where input.depth == depth:
        return String(decoding: buffer, as: UTF8.self)
      default:
        continue
      }
    }
    throw invalid("the input ends inside \(element.tag)")
  }

  private func appendValue() {
    guard let value = input.value else { return }
    let count = Int(xmlStrlen(value))
    buffer.append(contentsOf: UnsafeBufferPointer(start: value, count: count))
  }

  // MARK: Attributes

  /// The values of the attributes `names` on the current element, in that order (`nil` when
  /// absent), unescaped where `esc` says so. Any other attribute is an error; namespace
  /// declarations are allowed. With `root`, `version` and `offsetUnit` are required and checked.
  private func attributes(
    _ names: [StaticString], of element: ElementName, root: Bool = false,
    context: String? = nil
  ) throws(XMLError) -> [String?] {
    var values = [String?](repeating: nil, count: names.count)
    var escaped: String?
    while input.moveToNextAttribute() {
      guard let name = input.localName else { continue }
      if let namespace = input.namespaceURI {
        if String(cString: namespace) == Self.namespaceDeclarations { continue }
        throw invalid("unexpected attribute '\(String(cString: name))' on \(element.tag)")
      }
      let value = input.value.map { String(cString: $0) } ?? ""
      if let index = names.firstIndex(where: { ElementName.equal(name, $0) }) {
        values[index] = value
      } else if ElementName.equal(name, Vocabulary.esc) {
        escaped = value
      } else {
        let allowed = names.map { $0.description } + ["esc"]
        var message = "unexpected attribute '\(String(cString: name))' on \(element.tag); allowed: "
        message += allowed.joined(separator: ", ")
        if let context { message += " (\(context))" }
        throw invalid(message)
      }
    }
    input.moveToElement()
    if let escaped {
      for token in escaped.split(whereSeparator: {
        $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
      }) {
        let escapable =
          token != "start" && token != "end" && token != "u"
          && !(root && (token == "version" || token == "offsetUnit"))
        guard escapable, let index = names.firstIndex(where: { $0.description == token }),
          let raw = values[index]
        else {
          throw invalid(
            "esc on \(element.tag) names '\(token)', which is not an escaped attribute there")
        }
        guard let decoded = XMLCharacters.unescapeAttribute(raw) else {
          throw invalid(
            "attribute \(token)=\"\(raw)\" on \(element.tag) has a malformed escape; write \\uXXXX or \\\\"
          )
        }
        values[index] = decoded
      }
    }
    if root {
      let version = values[names.count - 2]
      let unit = values[names.count - 1]
      guard version == MarqueeXMLFormat.version else {
        throw invalid(
          version.map { "\(element.tag) has version=\"\($0)\"; this reader knows version 1" }
            ?? "the root \(element.tag) needs version=\"1\"")
      }
      guard unit == MarqueeXMLFormat.offsetUnit else {
        throw invalid("the root \(element.tag) needs offsetUnit=\"unicode-scalar\"")
      }
    }
    return values
  }

  // MARK: Errors and lexical forms

  private func invalid(_ message: String) -> XMLError {
    XMLError(.invalidDocument, message, line: input.line)
  }

  private func missing(_ attribute: String, on element: ElementName, why: String? = nil) -> XMLError
  {
    invalid("\(element.tag) needs the attribute \(attribute)" + (why.map { " (\($0))" } ?? ""))
  }

  private func misplaced(_ child: ElementName, in parent: ElementName, expected: String) -> XMLError
  {
    invalid("\(child.tag) cannot appear inside \(parent.tag); expected \(expected)")
  }

  private func isWhitespace(_ value: UnsafePointer<xmlChar>?) -> Bool {
    guard var cursor = value else { return true }
    while cursor.pointee != 0 {
      switch cursor.pointee {
      case 0x20, 0x09, 0x0A, 0x0D: cursor += 1
      default: return false
      }
    }
    return true
  }

  private static func trimmed(_ bytes: [UInt8]) -> String {
    var start = 0
    var end = bytes.count
    let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    while start < end, space.contains(bytes[start]) { start += 1 }
    while end > start, space.contains(bytes[end - 1]) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// An xs:long: optional sign and decimal digits, surrounding whitespace allowed.
  static func integer(_ text: String) -> Int64? {
    let trimmed = text.trimmingXMLWhitespace()
    guard !trimmed.isEmpty else { return nil }
    return Int64(trimmed)
  }

  /// An xs:double: a decimal with optional exponent, `INF`, `-INF` or `NaN`.
  static func double(_ text: String) -> Double? {
    let trimmed = text.trimmingXMLWhitespace()
    switch trimmed {
    case "INF", "+INF": return .infinity
    case "-INF": return -.infinity
    case "NaN": return .nan
    default: break
    }
    var digits = 0
    for byte in trimmed.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"),
        UInt8(ascii: "-"):
        continue
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    return Double(trimmed)
  }
}

extension String {
  /// The string without XML whitespace (space, tab, LF, CR) at either end.
  func trimmingXMLWhitespace() -> String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
