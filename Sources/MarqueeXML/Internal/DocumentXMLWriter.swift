import CLibXML2
import MarqueeCore

/// Writes one document as Marquee XML through libxml2's xmlTextWriter into a memory buffer.
///
/// libxml2 escapes markup characters and writes CR as `&#13;`; this type adds what libxml2 does
/// not do: the escapes for characters XML 1.0 cannot carry (see ``XMLCharacters``), line breaks
/// between element-level children, and integers without `printf`. It is used once and thrown
/// away; it is not thread-safe.
final class DocumentXMLWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  /// Bytes of the XML declaration that a fragment leaves out.
  private var prefixLength = 0
  /// Set when any libxml2 call failed; checked once at the end.
  private var failed = false
  /// A reusable NUL-terminated buffer for numbers and chunks of text.
  private var scratch: [UInt8] = []
  /// Attributes of the element being started that were written with `\u` escapes.
  private var escapedAttributes: [StaticString] = []

  init() throws(XMLError) {
    LibXML2.ensureInitialized()
    guard let buffer = xmlBufferCreate() else {
      throw XMLError(.writeFailed, "libxml2 could not allocate an output buffer")
    }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw XMLError(.writeFailed, "libxml2 could not create a text writer")
    }
    self.buffer = buffer
    self.writer = writer
    scratch.reserveCapacity(64)
    // Declaring UTF-8 keeps libxml2 from turning non-ASCII in attributes into character
    // references; a fragment drops the declaration again in `finish`.
    check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil))
    check(xmlTextWriterFlush(writer))
    prefixLength = Int(xmlBufferLength(buffer))
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Writes `document`; with `standalone` the root carries the namespace and version.
  func write(_ document: Document, standalone: Bool) {
    start(Vocabulary.document)
    if standalone { rootAttributes() }
    attribute(Vocabulary.id, document.id)
    finishAttributes()

    newline(indent: 1)
    start(Vocabulary.text)
    mixedContent(document.text)
    end()

    if !document.metadata.isEmpty {
      newline(indent: 1)
      start(Vocabulary.metadata)
      members(of: document.metadata)
      end()
    }
    for name in document.layerNames {
      newline(indent: 1)
      start(Vocabulary.layer)
      attribute(Vocabulary.name, name)
      finishAttributes()
      let annotations = document.layer(name) ?? []
      for annotation in annotations {
        newline(indent: 2)
        write(annotation)
      }
      if !annotations.isEmpty { newline(indent: 1) }
      end()
    }
    for relation in document.relations {
      newline(indent: 1)
      start(Vocabulary.relation)
      attribute(Vocabulary.id, relation.id)
      attribute(Vocabulary.label, relation.label)
      attribute(Vocabulary.from, relation.from)
      attribute(Vocabulary.to, relation.to)
      finishAttributes()
      members(of: relation.features)
      end()
    }
    if !document.summary.isEmpty {
      newline(indent: 1)
      start(Vocabulary.summary)
      members(of: document.summary)
      end()
    }
    for stage in document.stages {
      newline(indent: 1)
      start(Vocabulary.stage)
      attribute(Vocabulary.name, stage.name)
      attribute(Vocabulary.version, stage.version)
      finishAttributes()
      members(of: stage.settings)
      end()
    }
    newline(indent: 0)
    end()
    raw("\n")
  }

  /// The bytes written, without the XML declaration unless `withDeclaration`.
  func finish(withDeclaration: Bool) throws(XMLError) -> [UInt8] {
    check(xmlTextWriterFlush(writer))
    if failed {
      throw XMLError(.writeFailed, "libxml2 failed while writing XML; the system is out of memory")
    }
    let count = Int(xmlBufferLength(buffer))
    guard let content = xmlBufferContent(buffer) else { return [] }
    let from = withDeclaration ? 0 : prefixLength
    return Array(UnsafeBufferPointer(start: content + from, count: count - from))
  }

  // MARK: Pieces

  private func rootAttributes() {
    attribute(Vocabulary.xmlns, MarqueeXMLFormat.namespace)
    attribute(Vocabulary.version, MarqueeXMLFormat.version)
    attribute(Vocabulary.offsetUnit, MarqueeXMLFormat.offsetUnit)
  }

  private func write(_ annotation: Annotation) {
    start(Vocabulary.annotation)
    attribute(Vocabulary.id, annotation.id)
    integerAttribute(Vocabulary.start, annotation.start)
    integerAttribute(Vocabulary.end, annotation.end)
    if let label = annotation.label { attribute(Vocabulary.label, label) }
    finishAttributes()
    members(of: annotation.features)
    end()
  }

  /// The members of an object as keyed value elements.
  private func members(of object: JSONObject) {
    for (key, value) in object {
      write(value, key: key)
    }
  }

  private func write(_ value: JSONValue, key: String?) {
    switch value {
    case .null:
      start(Vocabulary.null)
      keyAttribute(key)
    case .bool(let flag):
      start(Vocabulary.bool)
      keyAttribute(key)
      raw(flag ? "true" : "false")
    case .integer(let number):
      start(Vocabulary.int)
      keyAttribute(key)
      decimal(number)
      check(scratch.withUnsafeBufferPointer { xmlTextWriterWriteRaw(writer, $0.baseAddress) })
    case .number(let number):
      start(Vocabulary.double)
      keyAttribute(key)
      string(Self.lexical(number))
    case .string(let text):
      start(Vocabulary.string)
      keyAttribute(key)
      mixedContent(text)
    case .array(let elements):
      start(Vocabulary.array)
      keyAttribute(key)
      for element in elements { write(element, key: nil) }
    case .object(let object):
      start(Vocabulary.object)
      keyAttribute(key)
      members(of: object)
    }
    end()
  }

  /// The xs:double spelling of a number: Swift's shortest round-trip form, and XML Schema's
  /// names for the non-finite values.
  static func lexical(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-INF" : "INF" }
    return number.description
  }

  private func keyAttribute(_ key: String?) {
    guard let key else { return }
    attribute(Vocabulary.key, key)
    finishAttributes()
  }

  // MARK: libxml2 calls

  @inline(__always)
  private func check(_ status: Int32) {
    if status < 0 { failed = true }
  }

  private func start(_ name: StaticString) {
    check(xmlTextWriterStartElement(writer, name.utf8Start))
  }

  private func end() {
    check(xmlTextWriterEndElement(writer))
  }

  private func raw(_ text: StaticString) {
    check(xmlTextWriterWriteRaw(writer, text.utf8Start))
  }

  private func newline(indent: Int) {
    switch indent {
    case 0: raw("\n")
    case 1: raw("\n  ")
    default: raw("\n    ")
    }
  }

  /// Writes an attribute, escaping it (and remembering to list it in `esc`) when it holds a
  /// character XML cannot carry.
  private func attribute(_ name: StaticString, _ value: String) {
    var value = value
    let needsEscape = value.withUTF8 { XMLCharacters.containsForbidden($0) }
    if needsEscape {
      value = XMLCharacters.escapeAttribute(value)
      escapedAttributes.append(name)
    }
    value.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterWriteAttribute(writer, name.utf8Start, $0))
      }
    }
  }

  /// Writes the `esc` attribute when an attribute of the element being started needed it.
  private func finishAttributes() {
    guard !escapedAttributes.isEmpty else { return }
    var list: [UInt8] = []
    for (index, name) in escapedAttributes.enumerated() {
      if index > 0 { list.append(UInt8(ascii: " ")) }
      name.withUTF8Buffer { list.append(contentsOf: $0) }
    }
    list.append(0)
    escapedAttributes.removeAll(keepingCapacity: true)
    list.withUnsafeBufferPointer {
      check(xmlTextWriterWriteAttribute(writer, Vocabulary.esc.utf8Start, $0.baseAddress))
    }
  }

  private func integerAttribute(_ name: StaticString, _ value: Int) {
    decimal(Int64(value))
    scratch.withUnsafeBufferPointer {
      check(xmlTextWriterWriteAttribute(writer, name.utf8Start, $0.baseAddress))
    }
  }

  /// Puts the decimal digits of `value` and a NUL into `scratch`.
  private func decimal(_ value: Int64) {
    scratch.removeAll(keepingCapacity: true)
    var magnitude = value.magnitude
    repeat {
      scratch.append(UInt8(truncatingIfNeeded: 48 + magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    if value < 0 { scratch.append(UInt8(ascii: "-")) }
    scratch.reverse()
    scratch.append(0)
  }

  /// Writes text with no forbidden characters; libxml2 escapes `<`, `&`, `>` and CR.
  private func string(_ text: String) {
    text.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterWriteString(writer, $0))
      }
    }
  }

  /// Text longer than this is split by empty comments, `<!---->`: libxml2 refuses a single
  /// text node over 10,000,000 bytes, and comments end a text node without changing the text.
  static let textNodeLimit = 1 << 20

  /// Writes element content, replacing each character XML cannot carry by `<c u="XXXX"/>`.
  private func mixedContent(_ text: String) {
    let original = text
    var text = text
    text.withUTF8 { utf8 in
      guard XMLCharacters.containsForbidden(utf8) else {
        if utf8.count > Self.textNodeLimit {
          chunk(utf8)
        } else if !utf8.isEmpty {
          string(original)
        }
        return
      }
      var runStart = 0
      var index = 0
      while index < utf8.count {
        guard let (value, length) = XMLCharacters.forbiddenScalar(in: utf8, at: index) else {
          index += 1
          continue
        }
        chunk(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        start(Vocabulary.marker)
        var digits = XMLCharacters.hexDigits(value)
        digits.append(0)
        digits.withUnsafeBufferPointer {
          check(xmlTextWriterWriteAttribute(writer, Vocabulary.codePoint.utf8Start, $0.baseAddress))
        }
        end()
        index += length
        runStart = index
      }
      chunk(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
  }

  /// Writes a run of UTF-8 without forbidden characters (so without NUL) as escaped text, in
  /// pieces of at most ``textNodeLimit`` bytes cut between scalars and parted by `<!---->`.
  private func chunk(_ utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    while start < utf8.count {
      var end = min(utf8.count, start + Self.textNodeLimit)
      while end < utf8.count && utf8[end] & 0xC0 == 0x80 { end -= 1 }
      if start > 0 { check(xmlTextWriterWriteComment(writer, "")) }
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<end]))
      scratch.append(0)
      scratch.withUnsafeBufferPointer { check(xmlTextWriterWriteString(writer, $0.baseAddress)) }
      start = end
    }
  }
}
