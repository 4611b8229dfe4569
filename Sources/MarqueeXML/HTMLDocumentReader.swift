import CLibXML2
import MarqueeCore

/// Reads a web page with libxml2's HTML parser into a ``Document`` of its visible text.
///
/// What a reader sees is what the document holds: scripts, styles, `<noscript>`, `<template>`,
/// the `<head>` and elements marked `hidden` are dropped; whitespace collapses as a browser
/// collapses it (kept as written inside `<pre>`); blocks (`<p>`, `<div>`, `<li>`, headings, …)
/// and `<br>` become line breaks, with never more than one blank line in a row; entities are
/// decoded. Errors in the HTML are recovered from, as browsers do.
///
/// The document keeps the way back to the page:
/// - `metadata.sourceMap` is a list of runs `[textStart, textLength, byteStart, byteLength]`:
///   the text scalars `textStart ..< textStart + textLength` come from the page's bytes
///   `byteStart ..< byteStart + byteLength`. When `byteLength` is the UTF-8 length of the text
///   run, the run is a copy (a collapsed single space aside) and offsets inside it map one to
///   one; otherwise the whole text run stands for the whole byte run (a decoded entity, or
///   whitespace collapsed to one space). Scalars in no run were added by the reader: the line
///   breaks of blocks and `<br>`.
/// - the `markup` layer keeps the inline markup later stages use: `emphasis` (`<i>`, `<em>`,
///   `<cite>` — critics italicise film titles), `quotation` (`<q>`, `<blockquote>`), `link`
///   (`<a>`, with feature `href`) and `heading` (`<h1>`–`<h6>`, with feature `level`), each with
///   feature `element`. Every span covers exactly the visible text of its element.
/// - `metadata.format` is `"html"`, and `metadata.title` the page's `<title>`, when it has one.
///
/// ```swift
/// let page = Array("<p>A <i>tour de force</i>.</p>".utf8)
/// let document = try HTMLDocumentReader().read(page, id: "review")
/// document.text                    // "A tour de force."
/// document.layer("markup")?.first  // emphasis [2, 15)
/// ```
public struct HTMLDocumentReader: Sendable {
  /// The largest page accepted, in bytes.
  public var maximumInputSize: Int

  /// Creates a reader.
  public init(maximumInputSize: Int = 1 << 30) {
    self.maximumInputSize = maximumInputSize
  }

  /// The name of the layer holding the page's inline markup.
  public static let markupLayer = "markup"

  /// Reads the UTF-8 page `bytes`.
  ///
  /// - Parameters:
  ///   - id: the document id (usually the file name without its extension).
  ///   - source: where the page came from, recorded in metadata as `source` when given.
  /// - Throws: ``XMLError`` of kind `unreadable` when the page is not UTF-8 (naming the byte),
  ///   `limitExceeded` when it is larger than ``maximumInputSize``.
  /// - Complexity: O(n) in the size of the page.
  public func read(_ bytes: [UInt8], id: String, source: String? = nil) throws(XMLError)
    -> Document
  {
    guard bytes.count <= maximumInputSize, bytes.count < Int(Int32.max) else {
      throw XMLError(
        .limitExceeded,
        "the page has \(bytes.count) bytes, more than the limit of \(maximumInputSize)")
    }
    if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
      throw XMLError(
        .unreadable,
        "byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad) is not UTF-8; "
          + "convert the page to UTF-8 (for example `iconv -f cp1252 -t utf-8`)")
    }
    // libxml2 stops at a NUL byte and drops a form feed, which HTML counts as a space; a space
    // of the same length keeps every offset valid.
    var page = bytes
    for index in page.indices where page[index] == 0 || page[index] == 0x0C { page[index] = 0x20 }
    let parsed: Result<HTMLTextBuilder, XMLError> = page.withUnsafeBufferPointer { buffer in
      Result { () throws(XMLError) in try Self.parse(buffer, original: bytes) }
    }
    let builder = try parsed.get()
    var metadata = JSONObject()
    if let source { metadata["source"] = .string(source) }
    metadata["format"] = "html"
    let title = String(decoding: builder.title, as: UTF8.self)
      .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
      .joined(separator: " ")
    if !title.isEmpty { metadata["title"] = .string(title) }
    metadata["sourceMap"] = .array(
      builder.runs.map { run in .array(run.map { .integer(Int64($0)) }) })
    var document = Document(
      id: id, text: String(decoding: builder.utf8, as: UTF8.self), metadata: metadata)
    do {
      try document.setLayer(Self.markupLayer, builder.annotations)
    } catch {
      throw XMLError(.invalidDocument, "markup outside the text: \(error)")
    }
    return document
  }

  private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, original: [UInt8])
    throws(XMLError) -> HTMLTextBuilder
  {
    LibXML2.ensureInitialized()
    let builder = HTMLTextBuilder(source: buffer, original: original)
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return builder }
    let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    guard let context = htmlCreateMemoryParserCtxt(pointer, Int32(buffer.count)) else {
      throw XMLError(.unreadable, "libxml2 could not create an HTML parser")
    }
    defer { htmlFreeParserCtxt(context) }
    var handler = htmlSAXHandler()
    handler.initialized = XML_SAX2_MAGIC
    handler.startElement = { context, name, attributes in
      guard let (builder, position) = HTMLDocumentReader.callback(context), let name else { return }
      var pairs: [(String, String)] = []
      if var cursor = attributes {
        while let key = cursor.pointee {
          let value = cursor.successor().pointee.map { String(cString: $0) } ?? ""
          pairs.append((String(cString: key).lowercased(), value))
          cursor += 2
        }
      }
      builder.startElement(String(cString: name), attributes: pairs, at: position)
    }
    handler.endElement = { context, name in
      guard let (builder, position) = HTMLDocumentReader.callback(context), let name else { return }
      builder.endElement(String(cString: name), at: position)
    }
    let text: charactersSAXFunc = { context, characters, count in
      guard let (builder, position) = HTMLDocumentReader.callback(context), let characters else {
        return
      }
      builder.characters(UnsafeBufferPointer(start: characters, count: Int(count)), at: position)
    }
    handler.characters = text
    handler.ignorableWhitespace = text
    handler.cdataBlock = text
    // Recovered errors go to a handler of this parse alone, never to libxml2's global one.
    handler.serror = { _, _ in }
    context.pointee.sax.pointee = handler
    context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    _ = htmlCtxtUseOptions(context, Int32(options))
    _ = htmlParseDocument(context)
    return builder
  }

  /// The builder of a parse and the parser's byte offset in the page.
  private static func callback(_ context: UnsafeMutableRawPointer?) -> (HTMLTextBuilder, Int)? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let owner = parser.pointee._private else { return nil }
    let builder = Unmanaged<HTMLTextBuilder>.fromOpaque(owner).takeUnretainedValue()
    guard let input = parser.pointee.input, let cursor = input.pointee.cur,
      let base = input.pointee.base
    else { return (builder, 0) }
    return (builder, Int(input.pointee.consumed) + (cursor - base))
  }
}
