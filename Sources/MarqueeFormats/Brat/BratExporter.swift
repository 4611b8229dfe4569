import MarqueeCore

/// Writes brat standoff: `<id>.txt` (the text, byte for byte), `<id>.ann` and, for the corpus,
/// `annotation.conf`.
///
/// Every layer except sentences and tokens becomes text-bound annotations (`T1\tCAST 0 9\tRiz
/// Ahmed`), with offsets in Unicode code points as brat counts them. A span that crosses a line
/// break is written as fragments around the break (`T2\tQuote 10 15;16 20\t…`), because brat
/// shows text line by line. Relations become `R` lines, simple features `A` lines, and the
/// annotation's Marquee id, layer, label and full features go into an annotator note (`#1`) as
/// JSON, so ``BratImporter`` gets back exactly what was written. Empty spans are left out: brat
/// cannot show them.
///
/// ```
/// T1	CAST 0 9	Riz Ahmed
/// #1	AnnotatorNotes T1	{"id":"e1","layer":"entities","label":"CAST","features":{}}
/// A1	lead T1
/// R1	plays Arg1:T1 Arg2:T2
/// ```
public struct BratExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "brat" }
  public var supportsStream: Bool { false }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    [
      ExportedFile(suffix: ".txt", bytes: Array(document.text.utf8)),
      ExportedFile(suffix: ".ann", bytes: annotationBytes(document)),
    ]
  }

  /// The `.ann` file's contents.
  func annotationBytes(_ document: Document) -> [UInt8] {
    let text = ScalarText(document.text)
    var out: [UInt8] = []
    var bratID: [String: String] = [:]
    var entityNumber = 0
    var attributeNumber = 0
    var noteNumber = 0
    for layer in BratLayout.spanLayers(of: document) {
      for annotation in document.layer(layer) ?? [] where annotation.end > annotation.start {
        entityNumber += 1
        let id = "T\(entityNumber)"
        bratID[annotation.id] = id
        let fragments = Self.fragments(annotation.start, annotation.end, in: text)
        out.append(id)
        out.append(UInt8(ascii: "\t"))
        out.append(BratLayout.typeName(of: annotation, layer: layer))
        out.append(UInt8(ascii: " "))
        out.append(fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";"))
        out.append(UInt8(ascii: "\t"))
        out.append(
          fragments.map { text.slice($0.lowerBound, $0.upperBound) }.joined(separator: " "))
        out.append(UInt8(ascii: "\n"))
        for attribute in BratLayout.attributes(of: annotation) {
          attributeNumber += 1
          out.append("A\(attributeNumber)\t\(attribute.name) \(id)")
          if let value = attribute.value { out.append(" \(value)") }
          out.append(UInt8(ascii: "\n"))
        }
        noteNumber += 1
        out.append("#\(noteNumber)\tAnnotatorNotes \(id)\t")
        var note = JSONObject()
        note["id"] = .string(annotation.id)
        note["layer"] = .string(layer)
        if let label = annotation.label { note["label"] = .string(label) }
        note["features"] = .object(annotation.features)
        JSONText.appendObject(note, to: &out)
        out.append(UInt8(ascii: "\n"))
      }
    }
    var relationNumber = 0
    for relation in document.relations {
      guard let from = bratID[relation.from], let to = bratID[relation.to] else { continue }
      relationNumber += 1
      out.append(
        "R\(relationNumber)\t\(BratLayout.safeName(relation.label)) Arg1:\(from) Arg2:\(to)\n")
      noteNumber += 1
      out.append("#\(noteNumber)\tAnnotatorNotes R\(relationNumber)\t")
      var note = JSONObject()
      note["id"] = .string(relation.id)
      note["label"] = .string(relation.label)
      note["features"] = .object(relation.features)
      JSONText.appendObject(note, to: &out)
      out.append(UInt8(ascii: "\n"))
    }
    return out
  }

  /// The pieces of `start..<end` between line breaks (each non-empty), as brat wants them.
  static func fragments(_ start: Int, _ end: Int, in text: ScalarText) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var pieceStart = start
    for offset in start..<end where ScalarText.isLineBreak(text.scalars[offset]) {
      if offset > pieceStart { result.append(pieceStart..<offset) }
      pieceStart = offset + 1
    }
    if end > pieceStart { result.append(pieceStart..<end) }
    // A span made only of line breaks still needs one fragment; keep it whole.
    return result.isEmpty ? [start..<end] : result
  }

  public func corpusFiles(for inventory: ExportInventory) -> [ExportedFile] {
    var conf = "# brat configuration written by marquee export for the labels in this corpus.\n"
    conf += "[entities]\n"
    for label in inventory.spanLabels { conf += label + "\n" }
    conf += "\n[relations]\n"
    for relation in inventory.relationArguments {
      let firsts = Self.unique(relation.pairs.map(\.0)).joined(separator: "|")
      let seconds = Self.unique(relation.pairs.map(\.1)).joined(separator: "|")
      conf += "\(relation.label)\tArg1:\(firsts), Arg2:\(seconds)\n"
    }
    // Marquee layers overlap freely (an evaluation contains an entity), so brat must allow it.
    conf += "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
    conf += "\n[events]\n\n[attributes]\n"
    for attribute in inventory.attributes {
      conf += "\(attribute.name)\tArg:\(attribute.labels.joined(separator: "|"))"
      if let values = attribute.values { conf += ", Value:\(values.joined(separator: "|"))" }
      conf += "\n"
    }
    return [ExportedFile(suffix: "annotation.conf", bytes: Array(conf.utf8))]
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen: [String] = []
    for name in names where !seen.contains(name) { seen.append(name) }
    return seen
  }
}
