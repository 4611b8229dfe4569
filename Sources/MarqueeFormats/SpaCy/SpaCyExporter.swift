import MarqueeCore

/// Writes the JSON that spaCy's `Doc.from_json` loads (spaCy 3.4 and later): one object per
/// document, a line of JSON Lines in a stream or a `.spacy.json` file with `--out`.
///
/// `from_json` rebuilds the text from the tokens and asserts that nothing is lost, so the tokens
/// written here tile the whole text the way spaCy does: one space after a token is that token's
/// trailing space; any other run of whitespace (line breaks, double spaces, the text before the
/// first token) is a whitespace token of its own. Tokens are Marquee's tokens, split further
/// where an entity, evaluation or sentence starts or ends inside one, so that every span lines
/// up with token boundaries as spaCy requires; a document without tokens is split at
/// whitespace. Offsets are code points, as Python counts them.
///
/// - `ents`: the entities, those that overlap an earlier one left out (spaCy forbids overlap);
/// - `spans`: a span group per annotation layer (`entities`, `evaluations`, …), overlaps
///   allowed, with the label and the `entity` feature as `kb_id`;
/// - `sents`: the sentences.
///
/// ```python
/// doc = Doc(spacy.blank("en").vocab).from_json(json.loads(line))
/// [(e.text, e.label_) for e in doc.ents]  # [("Riz Ahmed", "CAST"), …]
/// ```
public struct SpaCyExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "spacy" }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    var bytes = encode(document)
    bytes.append(UInt8(ascii: "\n"))
    return [ExportedFile(suffix: ".spacy.json", bytes: bytes)]
  }

  /// A span layer written as a span group.
  private static func spanLayers(of document: Document) -> [String] {
    document.layerNames.filter { $0 != LayerName.tokens && $0 != LayerName.sentences }
  }

  func encode(_ document: Document) -> [UInt8] {
    let text = ScalarText(document.text)
    var cuts = Set<Int>()
    for annotation in document.layer(LayerName.tokens) ?? [] {
      cuts.insert(annotation.start)
      cuts.insert(annotation.end)
    }
    let spanLayers = Self.spanLayers(of: document)
    for layer in spanLayers + [LayerName.sentences] {
      for annotation in document.layer(layer) ?? [] {
        cuts.insert(annotation.start)
        cuts.insert(annotation.end)
      }
    }
    let words = Self.words(of: text, cuts: cuts)
    var starts = Set<Int>()
    var ends = Set<Int>()
    for word in words where !word.isSpace {
      starts.insert(word.range.lowerBound)
      ends.insert(word.range.upperBound)
    }
    func aligned(_ annotation: Annotation) -> Bool {
      annotation.end > annotation.start && starts.contains(annotation.start)
        && ends.contains(annotation.end)
    }

    var out: [UInt8] = []
    out.append(#"{"text":"#)
    JSONText.appendString(document.text, to: &out)
    out.append(#","tokens":["#)
    for (index, word) in words.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out.append(
        #"{"id":\#(index),"start":\#(word.range.lowerBound),"end":\#(word.range.upperBound)}"#)
    }
    out.append(#"],"ents":["#)
    var lastEnd = -1
    var firstEntity = true
    for entity in document.layer(LayerName.entities) ?? []
    where aligned(entity) && entity.start >= lastEnd {
      if !firstEntity { out.append(UInt8(ascii: ",")) }
      firstEntity = false
      lastEnd = entity.end
      out.append(#"{"start":\#(entity.start),"end":\#(entity.end),"label":"#)
      JSONText.appendString(entity.label ?? "ENTITY", to: &out)
      out.append("}")
    }
    out.append(#"],"sents":["#)
    var firstSentence = true
    for sentence in document.layer(LayerName.sentences) ?? [] where aligned(sentence) {
      if !firstSentence { out.append(UInt8(ascii: ",")) }
      firstSentence = false
      out.append(#"{"start":\#(sentence.start),"end":\#(sentence.end)}"#)
    }
    out.append(#"],"spans":{"#)
    for (layerIndex, layer) in spanLayers.enumerated() {
      if layerIndex > 0 { out.append(UInt8(ascii: ",")) }
      JSONText.appendString(layer, to: &out)
      out.append(":[")
      var firstSpan = true
      for annotation in document.layer(layer) ?? [] where aligned(annotation) {
        if !firstSpan { out.append(UInt8(ascii: ",")) }
        firstSpan = false
        out.append(#"{"start":\#(annotation.start),"end":\#(annotation.end),"label":"#)
        JSONText.appendString(
          annotation.label ?? BratLayout.defaultType(forLayer: layer), to: &out)
        out.append(#","kb_id":"#)
        JSONText.appendString(annotation.features["entity"]?.stringValue ?? "", to: &out)
        out.append("}")
      }
      out.append("]")
    }
    out.append("}}")
    return out
  }

  /// One spaCy token: a range of the text, and whether it is whitespace.
  struct Word: Equatable {
    var range: Range<Int>
    var isSpace: Bool
  }

  /// Tiles the text into spaCy tokens: runs of non-whitespace split at `cuts`, and whitespace
  /// runs (never split) less the single space a word may keep as its trailing whitespace.
  static func words(of text: ScalarText, cuts: Set<Int>) -> [Word] {
    var words: [Word] = []
    var index = 0
    let count = text.count
    while index < count {
      if ScalarText.isSpace(text.scalars[index]) {
        var end = index
        while end < count && ScalarText.isSpace(text.scalars[end]) { end += 1 }
        var start = index
        if let last = words.last, !last.isSpace, last.range.upperBound == index,
          text.scalars[index] == " "
        {
          start += 1
        }
        if end > start { words.append(Word(range: start..<end, isSpace: true)) }
        index = end
      } else {
        var end = index + 1
        while end < count && !ScalarText.isSpace(text.scalars[end]) && !cuts.contains(end) {
          end += 1
        }
        words.append(Word(range: index..<end, isSpace: false))
        index = end
      }
    }
    return words
  }
}
