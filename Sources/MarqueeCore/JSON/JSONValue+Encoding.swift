extension JSONValue {
  /// The value as compact JSON text, written the way Marquee writes documents: members in
  /// order, minimal escapes, integers without a fraction, non-finite numbers as `null`.
  ///
  /// ```
  /// JSONValue.object(["f1": 0.5, "labels": ["CAST"]]).jsonText  // {"f1":0.5,"labels":["CAST"]}
  /// ```
  public var jsonText: String {
    var writer = JSONByteWriter(capacity: 256)
    writer.value(self)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

extension JSONValue {
  /// Parses one JSON value from UTF-8 bytes, with the same strictness as the document reader
  /// (valid UTF-8, no duplicate keys, no trailing data, nesting limited to `maximumDepth`).
  ///
  /// - Throws: ``DocumentReadError`` naming the byte offset of the problem.
  /// - Complexity: O(n).
  public init(parsing bytes: [UInt8], maximumDepth: Int = 128) throws(DocumentReadError) {
    let result: Result<JSONValue, DocumentReadError> = bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer, maximumDepth: maximumDepth)
      do throws(DocumentReadError) {
        let value = try scanner.value()
        scanner.skipWhitespace()
        guard scanner.atEnd else {
          return .failure(scanner.error("unexpected data after the value"))
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }
}
