import Foundation
import MarqueeCore

/// Reads Marquee's standoff XML back into documents, streaming, with libxml2's xmlTextReader.
///
/// The reader accepts a `<corpus>` of documents or a single `<document>` (see
/// ``MarqueeXMLFormat``) and gives back exactly the documents that were written: writing them as
/// JSON gives the same bytes as writing the originals. Documents are handed over one at a time,
/// so a corpus of any size is read in bounded memory.
///
/// Safety: the reader never touches the network (`XML_PARSE_NONET`), never substitutes entities
/// and never loads a DTD. A `<!DOCTYPE>` is refused before libxml2 parses it, so external
/// entities (XXE) and entity-expansion bombs ("billion laughs") end in a
/// ``XMLError/Kind/forbidden`` error, and an entity reference is an error. Inputs larger than
/// ``maximumInputSize`` or nested deeper than ``maximumDepth`` end in
/// ``XMLError/Kind/limitExceeded``. libxml2 also caps a single text node or attribute at
/// 10,000,000 bytes; the writer splits longer text with comments, so any text Marquee writes can
/// be read back. Errors carry libxml2's message, line and column.
///
/// ```swift
/// let documents = try XMLDocumentReader().documents(in: bytes)
/// ```
public struct XMLDocumentReader: Sendable {
  /// The deepest element nesting accepted (a document's features sit four levels down).
  public var maximumDepth: Int
  /// The largest input accepted, in bytes.
  public var maximumInputSize: Int

  /// Creates a reader with the given limits.
  public init(maximumDepth: Int = 200, maximumInputSize: Int = 1 << 31 - 1) {
    self.maximumDepth = maximumDepth
    self.maximumInputSize = maximumInputSize
  }

  /// All documents in `bytes`, in order.
  ///
  /// - Throws: ``XMLError`` for malformed XML (with libxml2's line and column), XML that is not
  ///   Marquee's, forbidden constructs and passed limits.
  /// - Complexity: O(n) in the size of the input.
  public func documents(in bytes: [UInt8]) throws(XMLError) -> [Document] {
    var result: [Document] = []
    try read(bytes) { document in
      result.append(document)
      return true
    }
    return result
  }

  /// Calls `body` with each document in `bytes`, in order, as soon as it has been read.
  ///
  /// - Throws: an ``XMLError`` from reading, or whatever `body` throws (reading stops there).
  public func forEachDocument(in bytes: [UInt8], _ body: (Document) throws -> Void) throws {
    var failure: (any Error)?
    try read(bytes) { document in
      do {
        try body(document)
        return true
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
  }

  /// All documents in the file at `path`, in order, read as a stream.
  public func documents(inFile path: String) throws(XMLError) -> [Document] {
    var result: [Document] = []
    try read(file: path) { document in
      result.append(document)
      return true
    }
    return result
  }

  /// Calls `body` with each document in the file at `path`, reading the file as a stream.
  ///
  /// - Throws: an ``XMLError`` from reading, or whatever `body` throws (reading stops there).
  public func forEachDocument(inFile path: String, _ body: (Document) throws -> Void) throws {
    var failure: (any Error)?
    try read(file: path) { document in
      do {
        try body(document)
        return true
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
  }

  // MARK: Sources

  private func read(_ bytes: [UInt8], _ each: (Document) -> Bool) throws(XMLError) {
    guard bytes.count <= maximumInputSize else {
      throw XMLError(
        .limitExceeded,
        "the input has \(bytes.count) bytes, more than the limit of \(maximumInputSize); "
          + "split the corpus or raise the limit")
    }
    let outcome: Result<Void, XMLError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(XMLError) in
        if case .declaration(let offset) = PrologScanner.scan(buffer, isComplete: true) {
          throw PrologScanner.forbidden(at: offset)
        }
        let input = try LibXMLReader(memory: buffer, maximumDepth: maximumDepth)
        try DocumentXMLParser(input).run(each)
      }
    }
    try outcome.get()
  }

  private func read(file path: String, _ each: (Document) -> Bool) throws(XMLError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw XMLError(.unreadable, "cannot open '\(path)'; check that it exists and is readable")
    }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
    guard size <= maximumInputSize else {
      throw XMLError(
        .limitExceeded,
        "'\(path)' has \(size) bytes, more than the limit of \(maximumInputSize); split the corpus")
    }
    // Look at the prolog before libxml2 does: a few kilobytes are almost always enough.
    var prolog: [UInt8] = []
    var finding = PrologScanner.Finding.needMore
    try? handle.seek(toOffset: 0)
    while finding == .needMore, prolog.count < 1 << 20 {
      let chunk = (try? handle.read(upToCount: 16_384)) ?? Data()
      prolog += chunk
      finding = prolog.withUnsafeBufferPointer {
        PrologScanner.scan($0, isComplete: chunk.isEmpty)
      }
    }
    if case .declaration(let offset) = finding { throw PrologScanner.forbidden(at: offset) }
    let input = try LibXMLReader(file: path, maximumDepth: maximumDepth)
    try DocumentXMLParser(input).run(each)
  }
}
