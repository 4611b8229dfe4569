/// Turns the bytes of a plain-text review into a ``Document``.
///
/// The text is kept exactly: CR, LF, tabs and every other character survive. Invalid UTF-8 is an
/// error naming the byte offset, never silently replaced. A UTF-8 byte-order mark at the start is
/// removed (it is an encoding signature, not text) and recorded as `"byteOrderMark": true` in the
/// metadata, so offsets count from the first real character.
public struct TextDocumentReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads `bytes` as UTF-8 text.
  ///
  /// - Parameters:
  ///   - id: the document id (usually the file name without its extension).
  ///   - source: where the text came from, recorded in metadata as `source` when given.
  /// - Throws: ``DocumentReadError`` of kind `invalidUTF8` with the byte offset of the first
  ///   bad byte, counted in the input as given (byte-order mark included).
  /// - Complexity: O(n).
  public func read(_ bytes: [UInt8], id: String, source: String? = nil) throws(DocumentReadError)
    -> Document
  {
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let skip = hasBOM ? 3 : 0
    let result: Result<(String, Int), DocumentReadError> = bytes.withUnsafeBufferPointer { all in
      let body = UnsafeBufferPointer(rebasing: all[skip...])
      if let bad = UTF8Validation.firstInvalidOffset(in: body) {
        let offset = bad + skip
        let byte = all[offset]
        return .failure(
          DocumentReadError(
            .invalidUTF8,
            "byte 0x\(String(byte, radix: 16, uppercase: true)) does not belong to a valid UTF-8 sequence; convert the file to UTF-8 (for example `iconv -f cp1252 -t utf-8`)",
            byteOffset: offset))
      }
      return .success(
        (String(decoding: body, as: UTF8.self), UTF8Validation.scalarCount(ofValid: body)))
    }
    let (text, length) = try result.get()
    var metadata = JSONObject()
    if let source { metadata["source"] = .string(source) }
    if hasBOM { metadata["byteOrderMark"] = .bool(true) }
    return Document(id: id, text: text, length: length, metadata: metadata)
  }
}
