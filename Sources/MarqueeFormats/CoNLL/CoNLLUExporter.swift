import MarqueeCore

/// Writes CoNLL-U for Universal Dependencies tools, NLTK and spaCy's converter.
///
/// One `# newdoc id = …` per document, then per sentence `# sent_id`, `# text` and one line per
/// token with ten tab-separated columns. Only ID and FORM are known to Marquee (LEMMA, UPOS and
/// XPOS are taken from token features `lemma`, `upos`, `xpos` when a stage sets them); MISC
/// carries what makes the text exact again:
///
/// - `TokenRange=START:END`, the token's Unicode-scalar offsets in the original text;
/// - `SpaceAfter=No` where no whitespace follows, and `SpacesAfter=…` (UD's escapes: `\s`, `\t`,
///   `\n`, `\r`, `\p` for `|`, `\\`) where it is anything but one space; `SpacesBefore=` on the
///   first token for text before it;
/// - `Entity=B-CAST` / `I-CAST`, the IOB2 entity tag (absent for `O`).
///
/// The `# text` line is the sentence's text with each line break written as one space (a comment
/// is one line). Concatenating each FORM with its spaces gives back the document exactly.
///
/// ```
/// # newdoc id = sound-of-metal
/// # sent_id = sound-of-metal-1
/// # text = Riz Ahmed is superb.
/// 1	Riz	_	_	_	_	_	_	_	TokenRange=0:3|Entity=B-CAST
/// ```
public struct CoNLLUExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "conllu" }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    [ExportedFile(suffix: ".conllu", bytes: try encode(document))]
  }

  private func encode(_ document: Document) throws(ExportError) -> [UInt8] {
    let table = try TokenTable(document, format: formatName)
    let text = ScalarText(document.text)
    let tokens = table.sentences.flatMap { $0 }
    var out: [UInt8] = []
    out.append("# newdoc id = \(Self.oneLine(document.id))\n")
    var position = 0
    for (sentenceIndex, sentence) in table.sentences.enumerated() {
      guard let first = sentence.first, let last = sentence.last else { continue }
      out.append("# sent_id = \(Self.oneLine(document.id))-\(sentenceIndex + 1)\n")
      out.append("# text = \(Self.oneLine(text.slice(first.token.start, last.token.end)))\n")
      for (index, row) in sentence.enumerated() {
        let token = row.token
        if token.end <= token.start
          || text.contains(
            token.start, token.end, where: { $0 == "\t" || ScalarText.isLineBreak($0) })
        {
          throw .unrepresentable(
            format: formatName,
            what: "token '\(token.id)' at [\(token.start), \(token.end)): a CoNLL-U form must "
              + "be non-empty and hold no tab or line break; check the tokens layer")
        }
        // Written byte by byte: this loop runs once per token of the corpus.
        out.appendDecimal(index + 1)
        out.append(UInt8(ascii: "\t"))
        text.appendUTF8(token.start, token.end, to: &out)
        for key in ["lemma", "upos", "xpos"] {
          out.append(UInt8(ascii: "\t"))
          out.append(Self.feature(key, of: token))
        }
        out.append(contentsOf: Self.emptyColumns)
        if position == 0 && token.start > 0 {
          out.append("SpacesBefore=" + Self.escapeSpaces(text.slice(0, token.start)) + "|")
        }
        let nextStart = position + 1 < tokens.count ? tokens[position + 1].token.start : text.count
        out.append("TokenRange=")
        out.appendDecimal(token.start)
        out.append(UInt8(ascii: ":"))
        out.appendDecimal(token.end)
        if nextStart <= token.end {
          out.append("|SpaceAfter=No")
        } else if nextStart != token.end + 1 || text.scalars[token.end] != " " {
          out.append("|SpacesAfter=" + Self.escapeSpaces(text.slice(token.end, nextStart)))
        }
        if row.tag != "O" {
          out.append("|Entity=")
          out.append(row.tag)
        }
        out.append(UInt8(ascii: "\n"))
        position += 1
      }
      out.append(UInt8(ascii: "\n"))
    }
    return out
  }

  /// The DEPREL-to-DEPS columns Marquee leaves empty, up to MISC.
  private static let emptyColumns = Array("\t_\t_\t_\t_\t".utf8)

  /// A feature usable as a column: a string without whitespace, or `_`.
  private static func feature(_ key: String, of token: Annotation) -> String {
    guard let value = token.features[key]?.stringValue, !value.isEmpty,
      !value.unicodeScalars.contains(where: ScalarText.isSpace)
    else { return "_" }
    return value
  }

  /// Line breaks and tabs as single spaces, so a value fits in a comment line.
  static func oneLine(_ string: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in string.unicodeScalars {
      view.append(ScalarText.isLineBreak(scalar) || scalar == "\t" ? " " : scalar)
    }
    return String(view)
  }

  /// UD's escapes for the SpacesBefore/SpacesAfter values.
  static func escapeSpaces(_ string: String) -> String {
    var result = ""
    for scalar in string.unicodeScalars {
      switch scalar {
      case " ": result += "\\s"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "|": result += "\\p"
      case "\\": result += "\\\\"
      default:
        if ScalarText.isLineBreak(scalar) || scalar.properties.generalCategory == .control {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
