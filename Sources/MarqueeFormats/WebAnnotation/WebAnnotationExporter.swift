import MarqueeCore

/// Writes the W3C Web Annotation data model as JSON-LD: one `AnnotationPage` per document (one
/// line of JSON Lines in a stream, a `.jsonld` file with `--out`).
///
/// Every annotation of every layer except tokens becomes an `Annotation` whose target is the
/// document (`urn:marquee:document:<id>`) with two selectors: a `TextPositionSelector` counting
/// Unicode code points, as the model requires ("character position" is a code point, not a
/// UTF-16 unit), and a `TextQuoteSelector` with the exact text and up to 32 code points of
/// prefix and suffix. The body is the label as a `TextualBody` with purpose `tagging`, plus the
/// features as a JSON literal (`marquee:features`). Relations become annotations with motivation
/// `linking` whose targets are the two annotations.
///
/// ```json
/// {"id":"urn:marquee:document:x#e1","type":"Annotation","motivation":"tagging",
///  "body":[{"type":"TextualBody","purpose":"tagging","value":"CAST"}],
///  "target":{"source":"urn:marquee:document:x","selector":[
///    {"type":"TextPositionSelector","start":0,"end":9},
///    {"type":"TextQuoteSelector","exact":"Riz Ahmed","prefix":"","suffix":" is superb."}]}}
/// ```
public struct WebAnnotationExporter: Exporter {
  /// Code points of context kept on each side in a `TextQuoteSelector`.
  public var contextLength: Int

  /// Creates the exporter.
  public init(contextLength: Int = 32) {
    self.contextLength = contextLength
  }

  public var formatName: String { "webanno" }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    var bytes = encode(document)
    bytes.append(UInt8(ascii: "\n"))
    return [ExportedFile(suffix: ".jsonld", bytes: bytes)]
  }

  /// The base IRI of a document.
  static func source(of document: Document) -> String {
    "urn:marquee:document:" + percentEncoded(document.id)
  }

  /// Percent-encodes everything but unreserved ASCII, so any id makes a valid IRI.
  static func percentEncoded(_ string: String) -> String {
    var result = ""
    for byte in string.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || "-._~".unicodeScalars.contains(scalar)
      {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return result
  }

  func encode(_ document: Document) -> [UInt8] {
    let text = ScalarText(document.text)
    let source = Self.source(of: document)
    var out: [UInt8] = []
    out.append(#"{"@context":["http://www.w3.org/ns/anno.jsonld","#)
    out.append(#"{"marquee":"urn:marquee:vocabulary:","layer":"marquee:layer","#)
    out.append(#""features":{"@id":"marquee:features","@type":"@json"}}],"#)
    out.append(#""id":"#)
    JSONText.appendString(source + "#annotations", to: &out)
    out.append(#","type":"AnnotationPage","partOf":"#)
    JSONText.appendString(source, to: &out)
    out.append(#","items":["#)
    var first = true
    for layer in document.layerNames where layer != LayerName.tokens {
      for annotation in document.layer(layer) ?? [] {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        appendAnnotation(annotation, layer: layer, source: source, text: text, to: &out)
      }
    }
    for relation in document.relations {
      if !first { out.append(UInt8(ascii: ",")) }
      first = false
      out.append(#"{"id":"#)
      JSONText.appendString(source + "#" + Self.percentEncoded(relation.id), to: &out)
      out.append(#","type":"Annotation","motivation":"linking","body":[{"type":"TextualBody","#)
      out.append(#""purpose":"tagging","value":"#)
      JSONText.appendString(relation.label, to: &out)
      out.append("}]")
      if !relation.features.isEmpty {
        out.append(#","features":"#)
        JSONText.appendObject(relation.features, to: &out)
      }
      out.append(#","target":["#)
      JSONText.appendString(source + "#" + Self.percentEncoded(relation.from), to: &out)
      out.append(UInt8(ascii: ","))
      JSONText.appendString(source + "#" + Self.percentEncoded(relation.to), to: &out)
      out.append("]}")
    }
    out.append("]}")
    return out
  }

  private func appendAnnotation(
    _ annotation: Annotation, layer: String, source: String, text: ScalarText,
    to out: inout [UInt8]
  ) {
    out.append(#"{"id":"#)
    JSONText.appendString(source + "#" + Self.percentEncoded(annotation.id), to: &out)
    out.append(#","type":"Annotation","motivation":"#)
    out.append(layer == LayerName.evaluations ? #""assessing""# : #""tagging""#)
    out.append(#","layer":"#)
    JSONText.appendString(layer, to: &out)
    if let label = annotation.label {
      out.append(#","body":[{"type":"TextualBody","purpose":"tagging","value":"#)
      JSONText.appendString(label, to: &out)
      out.append("}]")
    }
    if !annotation.features.isEmpty {
      out.append(#","features":"#)
      JSONText.appendObject(annotation.features, to: &out)
    }
    out.append(#","target":{"source":"#)
    JSONText.appendString(source, to: &out)
    out.append(#","selector":[{"type":"TextPositionSelector","start":"#)
    out.append("\(annotation.start),\"end\":\(annotation.end)}")
    out.append(#",{"type":"TextQuoteSelector","exact":"#)
    JSONText.appendString(text.slice(annotation.start, annotation.end), to: &out)
    out.append(#","prefix":"#)
    JSONText.appendString(
      text.slice(max(0, annotation.start - contextLength), annotation.start), to: &out)
    out.append(#","suffix":"#)
    JSONText.appendString(text.slice(annotation.end, annotation.end + contextLength), to: &out)
    out.append("}]}}")
  }
}
