import MarqueeCore

/// Writes CoNLL-2003-style IOB2 for sequence-labelling toolkits: `-DOCSTART- O` per document,
/// one `TOKEN LABEL` line per token (separated by one space), and a blank line after each
/// sentence.
///
/// ```
/// -DOCSTART- O
///
/// Riz B-CAST
/// Ahmed I-CAST
/// is O
/// ```
///
/// Tokens holding whitespace cannot be written in this format and fail the document.
public struct CoNLLExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "conll" }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    let table = try TokenTable(document, format: formatName)
    let text = ScalarText(document.text)
    var out: [UInt8] = []
    out.append("-DOCSTART- O\n\n")
    for sentence in table.sentences {
      for row in sentence {
        let token = row.token
        if token.end <= token.start
          || text.contains(token.start, token.end, where: ScalarText.isSpace)
        {
          throw .unrepresentable(
            format: formatName,
            what: "token '\(token.id)' at [\(token.start), \(token.end)): a CoNLL "
              + "token must be non-empty and hold no whitespace; check the tokens layer")
        }
        text.appendUTF8(token.start, token.end, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(row.tag)
        out.append(UInt8(ascii: "\n"))
      }
      out.append(UInt8(ascii: "\n"))
    }
    return [ExportedFile(suffix: ".conll", bytes: out)]
  }
}
