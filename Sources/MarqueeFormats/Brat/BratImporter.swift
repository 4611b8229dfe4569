import MarqueeCore

/// Reads brat standoff (a `.txt` and its `.ann`) back into a Marquee document, so gold made or
/// corrected in brat can be scored and fed back into a pipeline.
///
/// `T` lines become annotations (a fragmented span covers its first to its last fragment), `R`
/// lines relations, `A` lines features (`true` for a flag). An annotator note holding the JSON
/// that ``BratExporter`` writes restores the original id, layer, label and features; without one
/// the annotation goes into the `entities` layer with its brat id and type. Offsets are code
/// points, and each `T` line's text must equal the text it points at: a mismatch means the
/// `.ann` belongs to another text, and is an error.
///
/// ```swift
/// let document = try BratImporter().read(id: "parasite", text: txt, annotations: ann)
/// ```
public struct BratImporter: Sendable {
  /// Creates the importer.
  public init() {}

  /// Builds a document from a brat text and its `.ann` contents.
  ///
  /// - Throws: ``BratImportError`` naming the line at fault.
  /// - Complexity: O(n + a) in the text and the annotation lines.
  public func read(id: String, text: String, annotations ann: String) throws(BratImportError)
    -> Document
  {
    let scalars = ScalarText(text)
    var spans: [String: (annotation: Annotation, layer: String, line: Int)] = [:]
    var order: [String] = []
    var relations: [(bratID: String, relation: Relation, line: Int)] = []
    var notes: [(target: String, json: String, line: Int)] = []
    var attributes: [(target: String, name: String, value: JSONValue, line: Int)] = []
    var lineNumber = 0
    for rawLine in ann.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      let bratID = String(fields[0])
      guard fields.count >= 2 else {
        throw BratImportError(line: lineNumber, "expected a tab after the id '\(bratID)'")
      }
      let body = fields[1].split(separator: " ", omittingEmptySubsequences: true)
      switch bratID.first {
      case "T":
        guard fields.count == 3, body.count >= 3 else {
          throw BratImportError(
            line: lineNumber, "a T line needs 'ID<tab>TYPE START END<tab>TEXT'")
        }
        let ranges = try Self.fragments(
          body.dropFirst().joined(separator: " "), limit: scalars.count, line: lineNumber)
        let covered = ranges.map { scalars.slice($0.lowerBound, $0.upperBound) }
          .joined(separator: " ")
        guard covered == fields[2] else {
          throw BratImportError(
            line: lineNumber,
            "the text '\(fields[2])' does not match '\(covered)' at those offsets; "
              + "is this .ann for another .txt?")
        }
        guard spans[bratID] == nil else {
          throw BratImportError(line: lineNumber, "the id \(bratID) is used twice")
        }
        let start = ranges.first?.lowerBound ?? 0
        let end = ranges.last?.upperBound ?? 0
        spans[bratID] = (
          Annotation(id: bratID, start: start, end: end, label: String(body[0])),
          LayerName.entities, lineNumber
        )
        order.append(bratID)
      case "R":
        guard body.count == 3, body[1].hasPrefix("Arg1:"), body[2].hasPrefix("Arg2:") else {
          throw BratImportError(line: lineNumber, "an R line needs 'ID<tab>TYPE Arg1:ID Arg2:ID'")
        }
        relations.append(
          (
            bratID,
            Relation(
              id: bratID, label: String(body[0]), from: String(body[1].dropFirst(5)),
              to: String(body[2].dropFirst(5))),
            lineNumber
          ))
      case "A", "M":
        guard body.count == 2 || body.count == 3 else {
          throw BratImportError(line: lineNumber, "an A line needs 'ID<tab>NAME TARGET [VALUE]'")
        }
        let value: JSONValue = body.count == 3 ? .string(String(body[2])) : .bool(true)
        attributes.append((String(body[1]), String(body[0]), value, lineNumber))
      case "#":
        if body.first == "AnnotatorNotes", body.count == 2, fields.count == 3 {
          notes.append((String(body[1]), String(fields[2]), lineNumber))
        }
      default:
        // Events, equivalences and normalisations have no Marquee counterpart yet.
        continue
      }
    }
    var relationNotes: [String: JSONObject] = [:]
    for note in notes {
      guard let object = Self.noteObject(note.json) else { continue }
      if var span = spans[note.target] {
        if let id = object["id"]?.stringValue { span.annotation.id = id }
        if let layer = object["layer"]?.stringValue { span.layer = layer }
        span.annotation.label = object["label"]?.stringValue
        if let features = object["features"]?.objectValue { span.annotation.features = features }
        spans[note.target] = span
      } else if note.target.hasPrefix("R") {
        relationNotes[note.target] = object
      } else {
        throw BratImportError(line: note.line, "the note is for \(note.target), which is missing")
      }
    }
    for attribute in attributes {
      guard var span = spans[attribute.target] else {
        throw BratImportError(
          line: attribute.line, "the attribute is for \(attribute.target), which is missing")
      }
      // The note's JSON already holds every feature with its type; A lines only fill gaps.
      if span.annotation.features[attribute.name] == nil {
        span.annotation.features[attribute.name] = attribute.value
        spans[attribute.target] = span
      }
    }
    var document = Document(id: id, text: text)
    var layers: [String: [Annotation]] = [:]
    var layerOrder: [String] = []
    for bratID in order {
      guard let span = spans[bratID] else { continue }
      if layers[span.layer] == nil { layerOrder.append(span.layer) }
      layers[span.layer, default: []].append(span.annotation)
    }
    for name in layerOrder {
      do {
        try document.setLayer(name, layers[name] ?? [])
      } catch {
        throw BratImportError(line: 0, error.description)
      }
    }
    for entry in relations {
      guard let from = spans[entry.relation.from], let to = spans[entry.relation.to] else {
        throw BratImportError(
          line: entry.line, "the relation points to an id that no T line defines")
      }
      var relation = entry.relation
      relation.from = from.annotation.id
      relation.to = to.annotation.id
      if let note = relationNotes[entry.bratID] {
        if let id = note["id"]?.stringValue { relation.id = id }
        if let label = note["label"]?.stringValue { relation.label = label }
        if let features = note["features"]?.objectValue { relation.features = features }
      }
      document.relations.append(relation)
    }
    return document
  }

  /// Parses `"0 5;6 10"` into ranges, checking each lies within the text.
  private static func fragments(_ spec: String, limit: Int, line: Int) throws(BratImportError)
    -> [Range<Int>]
  {
    var ranges: [Range<Int>] = []
    for piece in spec.split(separator: ";") {
      let numbers = piece.split(separator: " ")
      guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]) else {
        throw BratImportError(line: line, "expected 'START END' offsets, found '\(piece)'")
      }
      guard 0 <= start, start <= end, end <= limit else {
        throw BratImportError(
          line: line,
          "the span [\(start), \(end)) lies outside the text, which has \(limit) code points")
      }
      ranges.append(start..<end)
    }
    guard !ranges.isEmpty else {
      throw BratImportError(line: line, "the T line has no offsets")
    }
    return ranges
  }

  /// The JSON object a note holds, when it is one written by Marquee.
  private static func noteObject(_ json: String) -> JSONObject? {
    guard json.hasPrefix("{") else { return nil }
    let wrapped = #"{"id":"note","text":"","summary":"# + json + "}"
    guard let document = try? DocumentJSONReader().decode(Array(wrapped.utf8)) else { return nil }
    return document.summary
  }
}
