import MarqueeCore
import MarqueeXML

/// Writes GATE's XML document format (`GateDocument` version 3), which GATE Developer opens and
/// gatenlp loads with `Document.load(path, fmt="gatexml")`.
///
/// One `<id>.xml` per document. `TextWithNodes` holds the text with an empty `<Node id="n"/>`
/// wherever an annotation begins or ends; as in GATE, a node's id is its offset in **UTF-16 code
/// units**. Each layer becomes an `AnnotationSet` named after it, each annotation an `Annotation`
/// whose `Type` is its label (or the layer's singular: `Sentence`, `Token`, `Evaluation`), and
/// each feature a `Feature` with a Java class name: `java.lang.String`, `java.lang.Integer` or
/// `java.lang.Long`, `java.math.BigDecimal` for other numbers, `java.lang.Boolean`; lists and
/// objects are written as JSON strings. The Marquee id is the feature `id`. Relations go into a
/// set named `relations`: an annotation typed by the relation's label over the span from the
/// first argument's start to the last one's end, with `from` and `to` holding the arguments' GATE
/// annotation ids (and `fromId`, `toId` their Marquee ids).
///
/// ```
/// <TextWithNodes>🎬 <Node id="3"/>Riz Ahmed<Node id="12"/> plays …</TextWithNodes>
/// <AnnotationSet Name="entities">
/// <Annotation Id="3" Type="CAST" StartNode="3" EndNode="12">…</Annotation>
/// ```
public struct GATEExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "gate" }
  public var supportsStream: Bool { false }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    [ExportedFile(suffix: ".xml", bytes: try bytes(document))]
  }

  /// The GATE XML file's contents.
  func bytes(_ document: Document) throws(ExportError) -> [UInt8] {
    let writer: XMLElementWriter
    do {
      writer = try XMLElementWriter()
    } catch {
      throw .unrepresentable(format: formatName, what: error.message)
    }
    let index = document.makeOffsetIndex()
    let layers = document.layerNames

    // Every offset an annotation begins or ends at becomes a node.
    var scalarOffsets: Set<Int> = []
    for layer in layers {
      for annotation in document.layer(layer) ?? [] {
        scalarOffsets.insert(annotation.start)
        scalarOffsets.insert(annotation.end)
      }
    }
    var relationSpans: [(relation: Relation, start: Int, end: Int, from: Int, to: Int)] = []
    var gateID: [String: Int] = [:]
    var nextID = 0
    for layer in layers {
      for annotation in document.layer(layer) ?? [] where gateID[annotation.id] == nil {
        gateID[annotation.id] = nextID
        nextID += 1
      }
    }
    var spans: [String: Annotation] = [:]
    for layer in layers {
      for annotation in document.layer(layer) ?? [] where spans[annotation.id] == nil {
        spans[annotation.id] = annotation
      }
    }
    for relation in document.relations {
      guard let from = spans[relation.from], let to = spans[relation.to],
        let fromID = gateID[relation.from], let toID = gateID[relation.to]
      else { continue }
      relationSpans.append(
        (relation, min(from.start, to.start), max(from.end, to.end), fromID, toID))
    }

    writer.startElement("GateDocument")
    writer.attribute("version", "3")
    writer.lineBreak()
    writer.startElement("GateDocumentFeatures")
    writer.lineBreak()
    feature(writer, "id", .string(document.id))
    for (key, value) in document.metadata where key != "id" { feature(writer, key, value) }
    if !document.summary.isEmpty { feature(writer, "summary", .object(document.summary)) }
    writer.endElement()
    writer.lineBreak()

    writer.startElement("TextWithNodes")
    let utf8 = Array(document.text.utf8)
    var previous = 0
    for offset in scalarOffsets.sorted() {
      let byte = index.utf8Offset(ofScalar: offset)
      if byte > previous { writer.text(String(decoding: utf8[previous..<byte], as: UTF8.self)) }
      previous = byte
      writer.startElement("Node")
      writer.attribute("id", index.utf16Offset(ofScalar: offset))
      writer.endElement()
    }
    if utf8.count > previous {
      writer.text(String(decoding: utf8[previous...], as: UTF8.self))
    }
    writer.endElement()
    writer.lineBreak()

    for layer in layers {
      writer.startElement("AnnotationSet")
      writer.attribute("Name", layer)
      writer.lineBreak()
      for annotation in document.layer(layer) ?? [] {
        guard let id = gateID[annotation.id] else { continue }
        writer.startElement("Annotation")
        writer.attribute("Id", id)
        writer.attribute("Type", BratLayout.typeName(of: annotation, layer: layer))
        writer.attribute("StartNode", index.utf16Offset(ofScalar: annotation.start))
        writer.attribute("EndNode", index.utf16Offset(ofScalar: annotation.end))
        writer.lineBreak()
        feature(writer, "id", .string(annotation.id))
        for (key, value) in annotation.features where key != "id" { feature(writer, key, value) }
        writer.endElement()
        writer.lineBreak()
      }
      writer.endElement()
      writer.lineBreak()
    }
    if !relationSpans.isEmpty {
      writer.startElement("AnnotationSet")
      writer.attribute("Name", "relations")
      writer.lineBreak()
      for entry in relationSpans {
        writer.startElement("Annotation")
        writer.attribute("Id", nextID)
        nextID += 1
        writer.attribute("Type", BratLayout.safeName(entry.relation.label))
        writer.attribute("StartNode", index.utf16Offset(ofScalar: entry.start))
        writer.attribute("EndNode", index.utf16Offset(ofScalar: entry.end))
        writer.lineBreak()
        feature(writer, "id", .string(entry.relation.id))
        feature(writer, "from", .integer(Int64(entry.from)))
        feature(writer, "to", .integer(Int64(entry.to)))
        feature(writer, "fromId", .string(entry.relation.from))
        feature(writer, "toId", .string(entry.relation.to))
        for (key, value) in entry.relation.features
        where !["id", "from", "to", "fromId", "toId"].contains(key) {
          feature(writer, key, value)
        }
        writer.endElement()
        writer.lineBreak()
      }
      writer.endElement()
      writer.lineBreak()
    }
    writer.endElement()
    do {
      return try writer.finish()
    } catch {
      throw .unrepresentable(
        format: formatName, what: "document '\(document.id)': \(error.message)")
    }
  }

  /// Writes `<Feature><Name …>name</Name><Value className="…">value</Value></Feature>`; a null
  /// value is left out, as GATE has none.
  private func feature(_ writer: XMLElementWriter, _ name: String, _ value: JSONValue) {
    guard let (className, lexical) = Self.javaValue(value) else { return }
    writer.startElement("Feature")
    writer.lineBreak(indent: 2)
    writer.startElement("Name")
    writer.attribute("className", "java.lang.String")
    writer.text(name)
    writer.endElement()
    writer.lineBreak(indent: 2)
    writer.startElement("Value")
    writer.attribute("className", className)
    writer.text(lexical)
    writer.endElement()
    writer.lineBreak()
    writer.endElement()
    writer.lineBreak()
  }

  /// The Java class and text GATE reads a value back from.
  static func javaValue(_ value: JSONValue) -> (className: String, lexical: String)? {
    switch value {
    case .null: return nil
    case .string(let text): return ("java.lang.String", text)
    case .bool(let flag): return ("java.lang.Boolean", flag ? "true" : "false")
    case .integer(let number):
      return (
        Int32(exactly: number) == nil ? "java.lang.Long" : "java.lang.Integer", String(number)
      )
    case .number(let number):
      // BigDecimal cannot hold NaN or infinity; a string can.
      return number.isFinite
        ? ("java.math.BigDecimal", number.description) : ("java.lang.String", "\(number)")
    case .array, .object: return ("java.lang.String", JSONText.string(value))
    }
  }
}
