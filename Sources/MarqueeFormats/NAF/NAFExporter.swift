import MarqueeCore
import MarqueeXML

/// Writes NAF, the NLP Annotation Format (version v3.1), whose opinion layer fits Marquee's
/// evaluations.
///
/// One `<id>.naf` per document with:
/// - `raw`: the text (CR written as `&#13;` so parsers keep it);
/// - `text`: one `wf` per token, with `sent` (the sentence's number), `offset` and `length` in
///   **Unicode code points** into `raw` (Marquee's unit, and Python's, as KafNafParserPy reads
///   them);
/// - `terms`: one term per token (`lemma` is the token's `norm` feature, else its text);
/// - `entities`: one `entity` per entity, `type` its label, over the terms of the tokens it
///   overlaps, with its Marquee id as an external reference;
/// - `opinions`: one `opinion` per evaluation: `opinion_expression` over its tokens with
///   `polarity` and `strength` (its `intensity`, else its `score`), `opinion_target` over the
///   tokens of the annotation its `target` feature names, and `opinion_holder` over those of
///   its `holder` feature, when present.
///
/// NAF's spans are made of tokens, so a span that cuts a token covers the whole token, and a
/// span that overlaps no token is left out. The format needs the `tokens` layer.
///
/// ```
/// <wf id="w2" sent="1" offset="2" length="3">Riz</wf>
/// <entity id="e1" type="CAST"><references><span><target id="t2"/><target id="t3"/></span>…
/// ```
public struct NAFExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "naf" }
  public var supportsStream: Bool { false }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    [ExportedFile(suffix: ".naf", bytes: try bytes(document))]
  }

  /// The NAF file's contents.
  func bytes(_ document: Document) throws(ExportError) -> [UInt8] {
    guard let tokens = document.layer(LayerName.tokens) else {
      throw .missingLayer(
        format: formatName, layer: LayerName.tokens, fix: "run `marquee segment` first")
    }
    let writer: XMLElementWriter
    do {
      writer = try XMLElementWriter()
    } catch {
      throw .unrepresentable(format: formatName, what: error.message)
    }
    let index = document.makeOffsetIndex()
    let sentences = document.layer(LayerName.sentences) ?? []
    var spans: [String: Annotation] = [:]
    for layer in document.layerNames {
      for annotation in document.layer(layer) ?? [] where spans[annotation.id] == nil {
        spans[annotation.id] = annotation
      }
    }

    writer.startElement("NAF")
    let language = document.metadata["language"]?.stringValue ?? "en"
    writer.attribute("xml:lang", language)
    writer.attribute("version", "v3.1")
    writer.lineBreak(indent: 2)
    writer.startElement("nafHeader")
    writer.lineBreak(indent: 4)
    writer.startElement("fileDesc")
    writer.attribute("title", DocumentTitle.of(document))
    writer.attribute("filename", document.id)
    writer.endElement()
    writer.lineBreak(indent: 4)
    writer.startElement("public")
    writer.attribute("publicId", document.id)
    writer.endElement()
    for stage in document.stages {
      writer.lineBreak(indent: 4)
      writer.startElement("linguisticProcessors")
      writer.attribute("layer", stage.name)
      writer.startElement("lp")
      writer.attribute("name", "marquee " + stage.name)
      writer.attribute("version", stage.version)
      writer.endElement()
      writer.endElement()
    }
    writer.lineBreak(indent: 2)
    writer.endElement()

    writer.lineBreak(indent: 2)
    writer.startElement("raw")
    writer.text(document.text)
    writer.endElement()

    writer.lineBreak(indent: 2)
    writer.startElement("text")
    var sentence = 0
    var sentenceNumber = 0
    for (number, token) in tokens.enumerated() {
      while sentence < sentences.count && sentences[sentence].end <= token.start {
        sentence += 1
      }
      if sentence < sentences.count && sentences[sentence].start <= token.start {
        sentenceNumber = sentence + 1
      } else if sentenceNumber == 0 {
        sentenceNumber = 1
      }
      writer.lineBreak(indent: 4)
      writer.startElement("wf")
      writer.attribute("id", "w\(number + 1)")
      writer.attribute("sent", sentenceNumber)
      writer.attribute("offset", token.start)
      writer.attribute("length", token.end - token.start)
      writer.text(String(document.surface(of: token, using: index)))
      writer.endElement()
    }
    writer.lineBreak(indent: 2)
    writer.endElement()

    writer.lineBreak(indent: 2)
    writer.startElement("terms")
    for (number, token) in tokens.enumerated() {
      writer.lineBreak(indent: 4)
      writer.startElement("term")
      writer.attribute("id", "t\(number + 1)")
      let lemma =
        token.features["norm"]?.stringValue ?? String(document.surface(of: token, using: index))
      writer.attribute("lemma", lemma)
      span(writer, [number], prefix: "w")
      writer.endElement()
    }
    writer.lineBreak(indent: 2)
    writer.endElement()

    let entities = document.layer(LayerName.entities) ?? []
    if !entities.isEmpty {
      writer.lineBreak(indent: 2)
      writer.startElement("entities")
      var number = 0
      for entity in entities {
        let covered = Self.tokenNumbers(overlapping: entity, in: tokens)
        if covered.isEmpty { continue }
        number += 1
        writer.lineBreak(indent: 4)
        writer.startElement("entity")
        writer.attribute("id", "e\(number)")
        writer.attribute("type", entity.label ?? "MISC")
        writer.startElement("references")
        span(writer, covered, prefix: "t")
        writer.endElement()
        writer.startElement("externalReferences")
        writer.startElement("externalRef")
        writer.attribute("resource", "marquee")
        writer.attribute("reference", entity.id)
        writer.endElement()
        writer.endElement()
        writer.endElement()
      }
      writer.lineBreak(indent: 2)
      writer.endElement()
    }

    let evaluations = document.layer(LayerName.evaluations) ?? []
    if !evaluations.isEmpty {
      writer.lineBreak(indent: 2)
      writer.startElement("opinions")
      var number = 0
      for evaluation in evaluations {
        let expression = Self.tokenNumbers(overlapping: evaluation, in: tokens)
        if expression.isEmpty { continue }
        number += 1
        writer.lineBreak(indent: 4)
        writer.startElement("opinion")
        writer.attribute("id", "o\(number)")
        for (feature, element) in [("holder", "opinion_holder"), ("target", "opinion_target")] {
          guard let id = evaluation.features[feature]?.stringValue, let argument = spans[id]
          else { continue }
          let covered = Self.tokenNumbers(overlapping: argument, in: tokens)
          if covered.isEmpty { continue }
          writer.lineBreak(indent: 6)
          writer.startElement(element)
          span(writer, covered, prefix: "t")
          writer.endElement()
        }
        writer.lineBreak(indent: 6)
        writer.startElement("opinion_expression")
        if let polarity = evaluation.features["polarity"]?.stringValue {
          writer.attribute("polarity", polarity)
        }
        let strength = evaluation.features["intensity"] ?? evaluation.features["score"]
        if let strength, let lexical = XMITypeSystem.lexical(strength, as: .double) {
          writer.attribute("strength", lexical)
        }
        span(writer, expression, prefix: "t")
        writer.endElement()
        writer.lineBreak(indent: 4)
        writer.endElement()
      }
      writer.lineBreak(indent: 2)
      writer.endElement()
    }
    writer.lineBreak()
    writer.endElement()
    do {
      return try writer.finish()
    } catch {
      throw .unrepresentable(
        format: formatName, what: "document '\(document.id)': \(error.message)")
    }
  }

  /// `<span><target id="t3"/>…</span>` over the given 0-based token numbers.
  private func span(_ writer: XMLElementWriter, _ numbers: [Int], prefix: String) {
    writer.startElement("span")
    for number in numbers {
      writer.startElement("target")
      writer.attribute("id", "\(prefix)\(number + 1)")
      writer.endElement()
    }
    writer.endElement()
  }

  /// The 0-based numbers of the tokens that share at least one scalar with `span` (sorted
  /// tokens, binary search).
  ///
  /// - Complexity: O(log n + k) for k tokens found.
  static func tokenNumbers(overlapping span: Annotation, in tokens: [Annotation]) -> [Int] {
    // Tokens are sorted by start and do not overlap, so their ends ascend too.
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].end <= span.start { low = middle + 1 } else { high = middle }
    }
    var result: [Int] = []
    var number = low
    while number < tokens.count && tokens[number].start < span.end {
      if tokens[number].end > span.start && tokens[number].end > tokens[number].start {
        result.append(number)
      }
      number += 1
    }
    return result
  }
}
