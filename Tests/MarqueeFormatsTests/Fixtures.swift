import MarqueeCore
import MarqueeTestSupport

/// Hand-built review documents for the export tests: sentences, tokens, entities, evaluations
/// and a `plays` relation over texts with emoji, an astral character, combining marks, CRLF and
/// right-to-left script.
enum Fixtures {
  /// A review whose spans are marked inline; tokens are the marked words' whitespace-separated
  /// pieces and punctuation, computed here by a rule simple enough to check by eye.
  static func review(
    id: String, _ marked: String, labels: [String?], features: [JSONObject] = [],
    evaluations: Set<Int> = []
  ) throws -> Document {
    let fixture = MarkedText(marked)
    var document = Document(id: id, text: fixture.text)
    var entities: [Annotation] = []
    var evaluationSpans: [Annotation] = []
    for (index, span) in fixture.spans.enumerated() {
      let annotation = Annotation(
        id: evaluations.contains(index) ? "v\(index + 1)" : "e\(index + 1)",
        start: span.lowerBound, end: span.upperBound, label: labels[index],
        features: index < features.count ? features[index] : [:])
      if evaluations.contains(index) {
        evaluationSpans.append(annotation)
      } else {
        entities.append(annotation)
      }
    }
    try document.setLayer(LayerName.entities, entities)
    if !evaluationSpans.isEmpty { try document.setLayer(LayerName.evaluations, evaluationSpans) }
    try document.setLayer(LayerName.tokens, tokens(of: fixture.text))
    try document.setLayer(LayerName.sentences, sentences(of: fixture.text))
    return document
  }

  /// Runs of letters, digits and marks are tokens; every other non-space scalar is a token.
  static func tokens(of text: String) -> [Annotation] {
    var result: [Annotation] = []
    var start: Int? = nil
    let scalars = Array(text.unicodeScalars)
    func isWordy(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
    }
    for (offset, scalar) in scalars.enumerated() {
      if isWordy(scalar) {
        if start == nil { start = offset }
        continue
      }
      if let begun = start {
        result.append(Annotation(id: "t\(result.count + 1)", start: begun, end: offset))
        start = nil
      }
      if !scalar.properties.isWhitespace {
        result.append(Annotation(id: "t\(result.count + 1)", start: offset, end: offset + 1))
      }
    }
    if let begun = start {
      result.append(Annotation(id: "t\(result.count + 1)", start: begun, end: scalars.count))
    }
    return result
  }

  /// Sentences end after `.`, `!` or `?`; each runs from its first to its last token.
  static func sentences(of text: String) -> [Annotation] {
    let scalars = Array(text.unicodeScalars)
    var result: [Annotation] = []
    var start: Int? = nil
    for token in tokens(of: text) {
      if start == nil { start = token.start }
      let last = token.end == token.start + 1 && ".!?".unicodeScalars.contains(scalars[token.start])
      if last, let begun = start {
        result.append(Annotation(id: "s\(result.count + 1)", start: begun, end: token.end))
        start = nil
      }
    }
    if let begun = start, let end = tokens(of: text).last?.end {
      result.append(Annotation(id: "s\(result.count + 1)", start: begun, end: end))
    }
    return result
  }

  /// The review every format is tried on: emoji, an astral character, a combining mark, CRLF,
  /// an evaluation overlapping an entity, and a `plays` relation.
  static func soundOfMetal() throws -> Document {
    var document = try review(
      id: "sound-of-metal",
      "🎬 ⟦Riz Ahmed⟧ plays ⟦Ruben⟧ in ⟦Sound of Metal⟧.\r\nA ⟦devastating turn⟧! 𝄞 Music by "
        + "⟦Nicolas Becke\u{0301}r⟧.",
      labels: ["CAST", "CHARACTER", "TITLE", nil, "CREW"],
      features: [
        ["name": "Riz Ahmed", "lead": true], ["name": "Ruben Stone"], ["work": "film"],
        ["polarity": "positive", "score": 0.9, "target": "e1", "shifters": ["very"]],
        ["job": "composer"],
      ],
      evaluations: [3])
    document.relations = [Relation(id: "r1", label: "plays", from: "e1", to: "e2")]
    document.summary = ["verdict": "positive", "aspects": ["acting": 0.9, "music": -0.25]]
    return document
  }

  /// Right-to-left text with an entity in Latin script.
  static func rtl() throws -> Document {
    try review(
      id: "rtl", "الفيلم رائع. ⟦Asghar Farhadi⟧ wrote ⟦A Separation⟧.",
      labels: ["CREW", "TITLE"], features: [["job": "writer"]])
  }

  /// The scalars `range` of a document's text.
  static func slice(_ document: Document, _ start: Int, _ end: Int) -> String {
    ScalarSlice.slice(document.text, start..<end)
  }
}
