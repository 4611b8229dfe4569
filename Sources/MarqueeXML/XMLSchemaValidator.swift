import CLibXML2
import Foundation

/// Validates XML against a W3C XML Schema with libxml2, listing every error with its line.
///
/// The compiled schema is read-only after loading and libxml2 allows many validation contexts
/// over one schema at once, so one validator can check many files in parallel. Each validation
/// streams the input through libxml2's SAX parser (`xmlSchemaValidateStream`) with its own
/// error handler, so errors of files validated at the same time never mix, and a corpus of any
/// size is validated in bounded memory.
///
/// ```swift
/// let validator = try XMLSchemaValidator.marquee()
/// for issue in validator.validate(bytes) { print(issue) }   // empty: valid
/// ```
public final class XMLSchemaValidator: @unchecked Sendable {
  private let schema: xmlSchemaPtr

  /// The largest input validated, in bytes (libxml2's reader takes at most 2 GiB from memory).
  public let maximumInputSize = Int(Int32.max)

  /// Compiles the schema in `bytes`.
  ///
  /// - Throws: ``XMLError`` of kind `schema` with libxml2's messages when the schema is not a
  ///   valid XML Schema.
  public init(schema bytes: [UInt8]) throws(XMLError) {
    LibXML2.ensureInitialized()
    let collector = IssueCollector()
    let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
      let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      guard let parser = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      xmlSchemaSetParserStructuredErrors(parser, IssueCollector.handler, collector.context)
      return xmlSchemaParse(parser)
    }
    guard let compiled else {
      let details = collector.issues.map(\.description).joined(separator: "; ")
      throw XMLError(
        .schema, "the schema could not be compiled" + (details.isEmpty ? "" : ": \(details)"))
    }
    schema = compiled
  }

  /// Compiles the schema in the file at `path`.
  public convenience init(schemaFile path: String) throws(XMLError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw XMLError(.unreadable, "cannot read the schema '\(path)'; check the path")
    }
    try self.init(schema: [UInt8](data))
  }

  /// A validator for Marquee's own format, from the copy of `Schemas/marquee.xsd` bundled with
  /// this module. The schema is compiled once per process and shared: call this freely.
  public static func marquee() throws(XMLError) -> XMLSchemaValidator {
    try bundled.get()
  }

  private static let bundled: Result<XMLSchemaValidator, XMLError> = {
    guard let url = Bundle.module.url(forResource: "marquee", withExtension: "xsd") else {
      return .failure(
        XMLError(
          .schema,
          "the bundled marquee.xsd is missing; reinstall Marquee with its resource bundle"))
    }
    return Result { () throws(XMLError) in try XMLSchemaValidator(schemaFile: url.path) }
  }()

  deinit {
    xmlSchemaFree(schema)
  }

  /// Every error in `bytes` against the schema; empty when the XML is valid.
  ///
  /// A `<!DOCTYPE>` is reported and not parsed (see ``XMLDocumentReader`` for why). Validation
  /// stops at the first well-formedness error, which is the last issue, marked `isFatal`.
  /// - Complexity: O(n) in the size of the input.
  public func validate(_ bytes: [UInt8]) -> [XMLValidationIssue] {
    guard !bytes.isEmpty else {
      return [
        XMLValidationIssue(message: "the input is empty; expected an XML document", isFatal: true)
      ]
    }
    guard bytes.count <= maximumInputSize else {
      return [
        XMLValidationIssue(message: "the input is larger than 2 GiB; split it", isFatal: true)
      ]
    }
    return bytes.withUnsafeBufferPointer { buffer in
      if case .declaration(let offset) = PrologScanner.scan(buffer, isComplete: true) {
        return [Self.doctypeIssue(offset)]
      }
      let pointer = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
      // libxml2 copies the bytes (its static buffers are unreliable in 2.9).
      let input = xmlParserInputBufferCreateMem(
        pointer, Int32(buffer.count), XML_CHAR_ENCODING_NONE)
      return validate(input) { () throws(XMLError) in
        try LibXMLReader(memory: buffer, maximumDepth: Int.max)
      }
    }
  }

  /// Every error in the file at `path` against the schema, reading the file as a stream.
  public func validate(file path: String) -> [XMLValidationIssue] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return [
        XMLValidationIssue(message: "cannot open '\(path)'; check that it exists", isFatal: true)
      ]
    }
    let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
    try? handle.close()
    let finding = [UInt8](head).withUnsafeBufferPointer {
      PrologScanner.scan($0, isComplete: head.count < 1 << 16)
    }
    if case .declaration(let offset) = finding { return [Self.doctypeIssue(offset)] }
    // libxml2 gets a descriptor, never the path, so it cannot treat the name as a URL.
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      return [
        XMLValidationIssue(message: "cannot open '\(path)'; check that it exists", isFatal: true)
      ]
    }
    guard let input = xmlParserInputBufferCreateFd(descriptor, XML_CHAR_ENCODING_NONE) else {
      close(descriptor)
      return [XMLValidationIssue(message: "libxml2 could not read '\(path)'", isFatal: true)]
    }
    return validate(input) { () throws(XMLError) in
      try LibXMLReader(file: path, maximumDepth: Int.max)
    }
  }

  /// The first well-formedness error of a second, schema-less pass over the input.
  private func wellFormednessIssue(_ reparse: () throws(XMLError) -> LibXMLReader)
    -> XMLValidationIssue
  {
    do {
      let reader = try reparse()
      while try reader.read() {}
    } catch {
      return XMLValidationIssue(
        message: error.message, line: error.line, column: error.column, isFatal: true)
    }
    return XMLValidationIssue(message: "the input is not well-formed XML", isFatal: true)
  }

  private static func doctypeIssue(_ offset: Int) -> XMLValidationIssue {
    XMLValidationIssue(message: PrologScanner.forbidden(at: offset).message, isFatal: true)
  }

  /// Streams `input` (which libxml2 takes over and frees) through the schema.
  private func validate(
    _ input: xmlParserInputBufferPtr?, reparse: () throws(XMLError) -> LibXMLReader
  ) -> [XMLValidationIssue] {
    guard let input else {
      return [XMLValidationIssue(message: "libxml2 could not open the input", isFatal: true)]
    }
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      xmlFreeParserInputBuffer(input)
      return [XMLValidationIssue(message: "libxml2 ran out of memory", isFatal: true)]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let collector = IssueCollector()
    xmlSchemaSetValidStructuredErrors(context, IssueCollector.handler, collector.context)
    // A SAX handler with no callbacks: the schema validator plugs itself in front of it, and
    // without entity callbacks nothing is ever declared, loaded or expanded.
    var handler = xmlSAXHandler()
    handler.initialized = XML_SAX2_MAGIC
    handler.serror = IssueCollector.handler
    let status = xmlSchemaValidateStream(
      context, input, XML_CHAR_ENCODING_NONE, &handler, collector.context)
    if status < 0 {
      // libxml2 reports why the input is not well-formed to the validator's parser, not to
      // us, so the input is parsed again, without the schema, to get the message.
      collector.issues.append(wellFormednessIssue(reparse))
    } else if status > 0, collector.issues.isEmpty {
      collector.issues.append(
        XMLValidationIssue(message: "the document is not valid against the schema"))
    }
    return collector.issues
  }
}

/// Collects libxml2's structured errors for one parse or validation.
private final class IssueCollector {
  var issues: [XMLValidationIssue] = []

  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  static let handler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
    guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let converted = LibXML2.error(from: error, kind: .malformed)
    collector.issues.append(
      XMLValidationIssue(message: converted.message, line: converted.line, column: converted.column)
    )
  }
}
