import CLibXML2

/// A small streaming XML writer over libxml2's xmlTextWriter, for formats other than Marquee
/// XML (UIMA CAS XMI, GATE XML, NAF): elements, namespace declarations, attributes, text and
/// character references, written into memory.
///
/// libxml2 escapes `<`, `&`, `>` and `"`; in text it writes CR as `&#13;`, and in attribute
/// values it writes tab, LF and CR as `&#9;`, `&#10;` and `&#13;`, so a parser's line-end and
/// attribute-value normalisation cannot change them. Non-ASCII characters, astral ones included,
/// are written as UTF-8. A character XML 1.0 cannot carry at all (a C0 control other than tab, LF
/// and CR, U+FFFE, U+FFFF) is refused: ``finish()`` then throws an ``XMLError`` naming it, since
/// writing it would make the file unreadable. Errors are collected and reported once, by
/// ``finish()``, so writing code needs no `try` on every call.
///
/// ```swift
/// let writer = try XMLElementWriter()
/// writer.startElement("GateDocument")
/// writer.attribute("version", "3")
/// writer.text("Riz\r\n")
/// writer.endElement()
/// try writer.finish()  // <?xml version="1.0" encoding="UTF-8"?>\n<GateDocument version="3">Riz&#13;\n</GateDocument>
/// ```
///
/// The writer is used once and thrown away; it is not thread-safe.
public final class XMLElementWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  /// The first problem met; thrown by `finish`.
  private var firstError: XMLError?
  /// A reusable NUL-terminated buffer for the digits of integers.
  private var digits: [UInt8] = []

  /// Starts a document with the declaration `<?xml version="1.0" encoding="UTF-8"?>`.
  ///
  /// - Throws: ``XMLError`` of kind ``XMLError/Kind/writeFailed`` when libxml2 cannot allocate.
  public init() throws(XMLError) {
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
    // Declaring UTF-8 keeps libxml2 from turning non-ASCII into character references.
    check(xmlTextWriterStartDocument(writer, nil, "UTF-8", nil))
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Opens an element; `name` may carry a prefix (`"xmi:XMI"`) declared with
  /// ``namespaceDeclaration(prefix:uri:)`` on it or an ancestor.
  public func startElement(_ name: String) {
    name.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterStartElement(writer, $0))
      }
    }
  }

  /// Declares a namespace on the element just opened: `xmlns:prefix="uri"`, or `xmlns="uri"`
  /// for an empty prefix.
  public func namespaceDeclaration(prefix: String, uri: String) {
    attribute(prefix.isEmpty ? "xmlns" : "xmlns:" + prefix, uri)
  }

  /// Adds an attribute to the element just opened (before any content).
  public func attribute(_ name: String, _ value: String) {
    guard allowed(value, in: name) else { return }
    name.withCString { namePointer in
      value.withCString { valuePointer in
        namePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { namePointer in
          valuePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
            check(xmlTextWriterWriteAttribute(writer, namePointer, $0))
          }
        }
      }
    }
  }

  /// Adds an integer attribute.
  public func attribute(_ name: String, _ value: Int) {
    // Offsets and ids are most of what the exports write: spell them without a String.
    digits.removeAll(keepingCapacity: true)
    var magnitude = value.magnitude
    repeat {
      digits.append(UInt8(truncatingIfNeeded: 48 + magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    if value < 0 { digits.append(UInt8(ascii: "-")) }
    digits.reverse()
    digits.append(0)
    name.withCString { namePointer in
      namePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { namePointer in
        digits.withUnsafeBufferPointer {
          check(xmlTextWriterWriteAttribute(writer, namePointer, $0.baseAddress))
        }
      }
    }
  }

  /// Writes escaped character data.
  public func text(_ content: String) {
    guard !content.isEmpty, allowed(content, in: "text") else { return }
    content.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterWriteString(writer, $0))
      }
    }
  }

  /// Writes a character reference (`&#x1D11E;`), for a character that must survive as itself
  /// where a parser would otherwise normalise it.
  public func characterReference(_ scalar: Unicode.Scalar) {
    guard !Self.isForbidden(scalar.value) else {
      record(scalar, in: "a character reference")
      return
    }
    raw("&#x" + String(scalar.value, radix: 16, uppercase: true) + ";")
  }

  /// Writes a line break and `spaces` spaces between elements, for people reading the file.
  /// Only call it where whitespace is insignificant (between element-only children).
  public func lineBreak(indent spaces: Int = 0) {
    raw("\n" + String(repeating: " ", count: spaces))
  }

  /// Writes a comment; `--` in it is written as `- -`, which XML forbids in comments.
  public func comment(_ content: String) {
    var safe = content
    while safe.contains("--") { safe = safe.replacingOccurrences("--", with: "- -") }
    guard allowed(safe, in: "comment") else { return }
    safe.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterWriteComment(writer, $0))
      }
    }
  }

  /// Closes the innermost open element (as `<x/>` when it has no content).
  public func endElement() {
    check(xmlTextWriterEndElement(writer))
  }

  /// Closes every open element and returns the document's bytes, ending with a line break.
  ///
  /// - Throws: ``XMLError`` when a character XML cannot carry was given (the first one, with
  ///   where it was), or libxml2 failed (out of memory).
  public func finish() throws(XMLError) -> [UInt8] {
    check(xmlTextWriterEndDocument(writer))
    check(xmlTextWriterFlush(writer))
    if let firstError { throw firstError }
    let count = Int(xmlBufferLength(buffer))
    guard let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: count))
  }

  /// The first character of `text` that XML 1.0 cannot carry, with its offset in Unicode
  /// scalars, or `nil` when the text can be written as it is.
  ///
  /// - Complexity: O(n) in the length of the text.
  public static func firstUnwritableScalar(in text: String) -> (
    offset: Int, scalar: Unicode.Scalar
  )? {
    var offset = 0
    for scalar in text.unicodeScalars {
      if isForbidden(scalar.value) { return (offset, scalar) }
      offset += 1
    }
    return nil
  }

  // MARK: Internals

  private static func isForbidden(_ value: UInt32) -> Bool {
    (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE
      || value == 0xFFFF
  }

  /// Whether `value` can be written; records the error when not.
  private func allowed(_ value: String, in place: String) -> Bool {
    var clean = true
    var copy = value
    copy.withUTF8 { utf8 in
      // Only bytes below 0x20 and the lead byte 0xEF can start a forbidden scalar.
      for byte in utf8 where byte < 0x20 || byte == 0xEF {
        clean = false
        break
      }
    }
    if clean { return true }
    guard let (_, scalar) = Self.firstUnwritableScalar(in: value) else { return true }
    record(scalar, in: place == "text" || place == "comment" ? place : "the attribute \(place)")
    return false
  }

  private func record(_ scalar: Unicode.Scalar, in place: String) {
    guard firstError == nil else { return }
    let code = String(scalar.value, radix: 16, uppercase: true)
    firstError = XMLError(
      .writeFailed,
      "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) in \(place) cannot be "
        + "written in XML 1.0; remove the control character from the input")
  }

  private func raw(_ content: String) {
    content.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
        check(xmlTextWriterWriteRaw(writer, $0))
      }
    }
  }

  private func check(_ status: Int32) {
    if status < 0 && firstError == nil {
      firstError = XMLError(.writeFailed, "libxml2 failed while writing XML; out of memory")
    }
  }
}

extension String {
  /// The string with every `target` replaced (Foundation-free).
  fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
