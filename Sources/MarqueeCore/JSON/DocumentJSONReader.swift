/// Reads Marquee's canonical JSON back into a ``Document``, strictly.
///
/// Accepts exactly the format ``DocumentJSONWriter`` writes, with members in any order and any
/// whitespace: unknown members, repeated members, invalid UTF-8, lone surrogates, spans outside
/// the text, duplicate ids and relations to missing annotations are errors that say where they
/// are. Offsets given in `"offsetUnit": "utf-16"` or `"utf-8"` are converted to Unicode scalars.
/// Layers given out of order are sorted.
///
/// ```swift
/// let line = Array(#"{"id":"r1","text":"Loud.","layers":{}}"#.utf8)
/// let document = try DocumentJSONReader().decode(line)
/// ```
public struct DocumentJSONReader: Sendable {
  /// The deepest nesting of arrays and objects accepted inside features and metadata.
  public var maximumDepth: Int

  /// Creates a reader.
  public init(maximumDepth: Int = 128) {
    self.maximumDepth = maximumDepth
  }

  /// Reads one document from `bytes` (one JSON object, surrounding whitespace allowed).
  ///
  /// - Parameter defaultID: the id to use when the object has none; without it a missing `id`
  ///   is an error.
  /// - Complexity: O(n) in the size of the input, plus O(k log k) to sort k annotations given
  ///   out of order.
  public func decode(_ bytes: [UInt8], defaultID: String? = nil) throws(DocumentReadError)
    -> Document
  {
    let result: Result<Document, DocumentReadError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(DocumentReadError) in try decode(buffer, defaultID: defaultID) }
    }
    return try result.get()
  }

  /// Reads one document from a buffer of UTF-8 bytes.
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>, defaultID: String? = nil)
    throws(DocumentReadError) -> Document
  {
    var scanner = JSONScanner(bytes, maximumDepth: maximumDepth)
    var parts = Parts()
    try parts.read(from: &scanner)
    if let found = scanner.peek() {
      throw scanner.error(
        "unexpected \(JSONScanner.describe(found)) after the end of the document; put one document per line"
      )
    }
    return try parts.document(defaultID: defaultID)
  }
}

/// The members of a document as read, before they are checked against each other.
private struct Parts {
  var id: String?
  var text: String?
  var length = 0
  var metadata = JSONObject()
  var unit = OffsetUnit.unicodeScalar
  var layers: [(name: String, annotations: [Annotation])] = []
  var relations: [Relation] = []
  var summary = JSONObject()
  var stages: [StageRecord] = []

  static let topLevel = "id, text, metadata, offsetUnit, layers, relations, summary and stages"

  mutating func read(from scanner: inout JSONScanner) throws(DocumentReadError) {
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw scanner.error(
        "expected a JSON object ('{') holding one document, found \(JSONScanner.describe(scanner.peek()))"
      )
    }
    scanner.position += 1
    if scanner.peek() == UInt8(ascii: "}") {
      scanner.position += 1
      return
    }
    var seen: Set<String> = []
    repeat {
      let keyStart = scanner.position
      let key = try scanner.string()
      try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
      guard seen.insert(key).inserted else {
        throw scanner.error("the member \"\(key)\" appears twice", at: keyStart)
      }
      switch key {
      case "id": id = try stringMember(&scanner, "id")
      case "text":
        guard scanner.peek() == UInt8(ascii: "\"") else {
          if scanner.atEnd { throw scanner.error("unexpected end of input") }
          throw invalid(&scanner, "text must be a string", path: "text")
        }
        (text, length) = try scanner.stringCountingScalars()
      case "metadata": metadata = try objectMember(&scanner, "metadata")
      case "offsetUnit":
        let name = try stringMember(&scanner, "offsetUnit")
        guard let parsed = OffsetUnit(rawValue: name) else {
          throw invalid(
            &scanner,
            "offsetUnit \"\(name)\" is not one of unicode-scalar, utf-16, utf-8",
            path: "offsetUnit", at: keyStart)
        }
        unit = parsed
      case "layers": try readLayers(&scanner)
      case "relations": try readRelations(&scanner)
      case "summary": summary = try objectMember(&scanner, "summary")
      case "stages": try readStages(&scanner)
      default:
        throw DocumentReadError(
          .invalidDocument,
          "unknown member \"\(key)\"; a document has \(Parts.topLevel) (put your own fields in metadata)",
          byteOffset: keyStart)
      }
    } while try scanner.commaOrEnd(UInt8(ascii: "}"), in: "the document")
  }

  func invalid(
    _ scanner: inout JSONScanner, _ message: String, path: String, at offset: Int? = nil
  ) -> DocumentReadError {
    DocumentReadError(
      .invalidDocument, message, byteOffset: offset ?? scanner.position, path: path)
  }

  func stringMember(_ scanner: inout JSONScanner, _ path: String) throws(DocumentReadError)
    -> String
  {
    guard scanner.peek() == UInt8(ascii: "\"") else {
      throw invalid(&scanner, "\(path) must be a string", path: path)
    }
    return try scanner.string()
  }

  func objectMember(_ scanner: inout JSONScanner, _ path: String) throws(DocumentReadError)
    -> JSONObject
  {
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw invalid(&scanner, "\(path) must be an object", path: path)
    }
    return try scanner.object(depth: 1)
  }

  mutating func readLayers(_ scanner: inout JSONScanner) throws(DocumentReadError) {
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw invalid(&scanner, "layers must be an object of arrays", path: "layers")
    }
    scanner.position += 1
    if scanner.peek() == UInt8(ascii: "}") {
      scanner.position += 1
      return
    }
    repeat {
      let keyStart = scanner.position
      let name = try scanner.string()
      try scanner.expect(UInt8(ascii: ":"), "':' after a layer name")
      if name.isEmpty {
        throw invalid(&scanner, "a layer name is empty", path: "layers", at: keyStart)
      }
      if layers.contains(where: { $0.name == name }) {
        throw invalid(
          &scanner, "the layer \"\(name)\" appears twice", path: "layers", at: keyStart)
      }
      let path = "layers.\(name)"
      guard scanner.peek() == UInt8(ascii: "[") else {
        throw invalid(&scanner, "a layer must be an array of annotations", path: path)
      }
      scanner.position += 1
      var annotations: [Annotation] = []
      if scanner.peek() == UInt8(ascii: "]") {
        scanner.position += 1
      } else {
        repeat {
          annotations.append(try readAnnotation(&scanner, path: "\(path)[\(annotations.count)]"))
        } while try scanner.commaOrEnd(UInt8(ascii: "]"), in: "layer \"\(name)\"")
      }
      layers.append((name, annotations))
    } while try scanner.commaOrEnd(UInt8(ascii: "}"), in: "layers")
  }

  func readAnnotation(_ scanner: inout JSONScanner, path: String) throws(DocumentReadError)
    -> Annotation
  {
    let objectStart = scanner.position
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw invalid(&scanner, "an annotation must be an object", path: path)
    }
    scanner.position += 1
    var id: String?
    var start: Int?
    var end: Int?
    var label: String?
    var features = JSONObject()
    var seen: UInt8 = 0
    if scanner.peek() != UInt8(ascii: "}") {
      repeat {
        let keyStart = scanner.position
        let key = try scanner.string()
        try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
        let bit: UInt8
        switch key {
        case "id":
          bit = 1
          id = try stringMember(&scanner, "\(path).id")
        case "start":
          bit = 2
          start = try scanner.offset("\(path).start")
        case "end":
          bit = 4
          end = try scanner.offset("\(path).end")
        case "label":
          bit = 8
          label = try stringMember(&scanner, "\(path).label")
        case "features":
          bit = 16
          features = try objectMember(&scanner, "\(path).features")
        default:
          throw invalid(
            &scanner,
            "unknown member \"\(key)\"; an annotation has id, start, end, label and features",
            path: path, at: keyStart)
        }
        if seen & bit != 0 {
          throw invalid(&scanner, "the member \"\(key)\" appears twice", path: path, at: keyStart)
        }
        seen |= bit
      } while try scanner.commaOrEnd(UInt8(ascii: "}"), in: "an annotation")
    } else {
      scanner.position += 1
    }
    guard let id, let start, let end else {
      let missing = [("id", id == nil), ("start", start == nil), ("end", end == nil)]
        .filter(\.1).map(\.0).joined(separator: ", ")
      throw invalid(
        &scanner, "an annotation needs id, start and end; missing: \(missing)", path: path,
        at: objectStart)
    }
    return Annotation(id: id, start: start, end: end, label: label, features: features)
  }

  mutating func readRelations(_ scanner: inout JSONScanner) throws(DocumentReadError) {
    guard scanner.peek() == UInt8(ascii: "[") else {
      throw invalid(&scanner, "relations must be an array", path: "relations")
    }
    scanner.position += 1
    if scanner.peek() == UInt8(ascii: "]") {
      scanner.position += 1
      return
    }
    repeat {
      let path = "relations[\(relations.count)]"
      let start = scanner.position
      let object = try objectMember(&scanner, path)
      var strings: [String: String] = [:]
      for (key, value) in object where key != "features" {
        guard ["id", "label", "from", "to"].contains(key) else {
          throw invalid(
            &scanner, "unknown member \"\(key)\"; a relation has id, label, from, to and features",
            path: path, at: start)
        }
        guard let text = value.stringValue else {
          throw invalid(&scanner, "\(key) must be a string", path: "\(path).\(key)", at: start)
        }
        strings[key] = text
      }
      guard let id = strings["id"], let label = strings["label"], let from = strings["from"],
        let to = strings["to"]
      else {
        throw invalid(&scanner, "a relation needs id, label, from and to", path: path, at: start)
      }
      var features = JSONObject()
      if let value = object["features"] {
        guard let object = value.objectValue else {
          throw invalid(&scanner, "features must be an object", path: "\(path).features", at: start)
        }
        features = object
      }
      relations.append(Relation(id: id, label: label, from: from, to: to, features: features))
    } while try scanner.commaOrEnd(UInt8(ascii: "]"), in: "relations")
  }

  mutating func readStages(_ scanner: inout JSONScanner) throws(DocumentReadError) {
    guard scanner.peek() == UInt8(ascii: "[") else {
      throw invalid(&scanner, "stages must be an array", path: "stages")
    }
    scanner.position += 1
    if scanner.peek() == UInt8(ascii: "]") {
      scanner.position += 1
      return
    }
    repeat {
      let path = "stages[\(stages.count)]"
      let start = scanner.position
      let object = try objectMember(&scanner, path)
      for key in object.keys where !["name", "version", "settings"].contains(key) {
        throw invalid(
          &scanner, "unknown member \"\(key)\"; a stage record has name, version and settings",
          path: path, at: start)
      }
      guard let name = object["name"]?.stringValue, let version = object["version"]?.stringValue
      else {
        throw invalid(
          &scanner, "a stage record needs name and version, both strings", path: path, at: start)
      }
      var settings = JSONObject()
      if let value = object["settings"] {
        guard let object = value.objectValue else {
          throw invalid(&scanner, "settings must be an object", path: "\(path).settings", at: start)
        }
        settings = object
      }
      stages.append(StageRecord(name: name, version: version, settings: settings))
    } while try scanner.commaOrEnd(UInt8(ascii: "]"), in: "stages")
  }

  func document(defaultID: String?) throws(DocumentReadError) -> Document {
    guard let text else {
      throw DocumentReadError(.invalidDocument, "a document needs a \"text\" string", path: "text")
    }
    guard let documentID = id ?? defaultID else {
      throw DocumentReadError(.invalidDocument, "a document needs an \"id\" string", path: "id")
    }
    var document = Document(id: documentID, text: text, length: length, metadata: metadata)
    let index = unit == .unicodeScalar ? nil : OffsetIndex(text)
    for (name, annotations) in layers {
      var converted = annotations
      if let index {
        for position in converted.indices {
          do {
            converted[position].start = try index.scalarOffset(
              of: converted[position].start, in: unit)
            converted[position].end = try index.scalarOffset(of: converted[position].end, in: unit)
          } catch {
            throw DocumentReadError(
              .invalidDocument, error.description, path: "layers.\(name)[\(position)]")
          }
        }
      }
      do {
        try document.setLayer(name, converted)
      } catch {
        let position = converted.firstIndex {
          $0.start > $0.end || $0.end > length
        }
        throw DocumentReadError(
          .invalidDocument, error.description,
          path: position.map { "layers.\(name)[\($0)]" } ?? "layers.\(name)")
      }
    }
    document.relations = relations
    document.summary = summary
    document.stages = stages
    do {
      try document.validate()
    } catch {
      throw DocumentReadError(.invalidDocument, error.description)
    }
    return document
  }
}
