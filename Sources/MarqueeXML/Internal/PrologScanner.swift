/// Looks at the start of an XML file, before libxml2 sees it, for a `<!DOCTYPE>`.
///
/// Marquee XML never has a document type declaration, and refusing it outright means libxml2
/// never parses entity declarations: no external entity is fetched and no entity-expansion bomb
/// ("billion laughs") is ever expanded. The scanner skips a byte-order mark, the XML
/// declaration, comments, processing instructions and whitespace, and stops at the first other
/// markup. It assumes an ASCII-compatible encoding; the reader also rejects a document type node
/// should one in another encoding get through.
enum PrologScanner {
  /// What the start of the input shows.
  enum Finding: Equatable {
    /// The prolog ends without a document type declaration.
    case clean
    /// A `<!DOCTYPE` (or other `<!` declaration) begins at this byte offset.
    case declaration(byteOffset: Int)
    /// The bytes end inside the prolog: give more.
    case needMore
  }

  /// Scans `bytes`; `isComplete` says whether they are the whole input.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> Finding {
    var index = 0
    let count = bytes.count
    if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    func starts(with literal: StaticString, at position: Int) -> Bool? {
      let length = literal.utf8CodeUnitCount
      var offset = 0
      while offset < length {
        guard position + offset < count else { return nil }
        if bytes[position + offset] != literal.utf8Start[offset] { return false }
        offset += 1
      }
      return true
    }
    func find(_ literal: StaticString, from position: Int) -> Int? {
      var candidate = position
      while candidate < count {
        if starts(with: literal, at: candidate) == true {
          return candidate + literal.utf8CodeUnitCount
        }
        candidate += 1
      }
      return nil
    }
    while true {
      while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
      guard index < count else { return isComplete ? .clean : .needMore }
      guard bytes[index] == UInt8(ascii: "<") else { return .clean }
      guard let comment = starts(with: "<!--", at: index) else {
        return isComplete ? .clean : .needMore
      }
      if comment {
        guard let end = find("-->", from: index + 4) else { return isComplete ? .clean : .needMore }
        index = end
        continue
      }
      guard let instruction = starts(with: "<?", at: index) else {
        return isComplete ? .clean : .needMore
      }
      if instruction {
        guard let end = find("?>", from: index + 2) else { return isComplete ? .clean : .needMore }
        index = end
        continue
      }
      guard let declaration = starts(with: "<!", at: index) else {
        return isComplete ? .clean : .needMore
      }
      return declaration ? .declaration(byteOffset: index) : .clean
    }
  }

  /// The error for a declaration found at `byteOffset`.
  static func forbidden(at byteOffset: Int) -> XMLError {
    XMLError(
      .forbidden,
      "a <!DOCTYPE> declaration at byte \(byteOffset) is not allowed in Marquee XML: document types "
        + "can declare external and expanding entities; remove the declaration")
  }
}
