import MarqueeCore
import MarqueeXML

/// Reads UIMA CAS XMI back into a Marquee document, so gold made or corrected in INCEpTION (or
/// any UIMA tool using `Schemas/marquee-typesystem.xml`) can be scored with `marquee eval` and
/// fed back into a pipeline.
///
/// The text is the `_InitialView` Sofa's `sofaString`; `begin` and `end` are UTF-16 code units
/// and become Unicode-scalar offsets (an offset between the halves of a surrogate pair is an
/// error). Types map back to layers as ``XMITypeSystem`` says: DKPro `Sentence` and `Token`,
/// Marquee's `Entity`, `Evaluation`, `Zone` and `Span` (whose `layer` feature names the layer),
/// and DKPro's `NamedEntity` (its `value` becomes the label) into `entities`. `Plays` and
/// `Relation` become relations between the annotations their `Governor` and `Dependent` point
/// at; DKPro's `DocumentMetaData.documentId` becomes the document's id. Other types are ignored.
///
/// Features come from the `features` JSON that ``XMIExporter`` writes, so an export reads back
/// exactly; a typed feature (`job`, `score`, …) changed in the annotation tool wins over the JSON,
/// and one removed there is removed. An annotation made in the tool, without a Marquee `id`,
/// gets `xmi` and its XMI id (`xmi42`).
///
/// ```swift
/// let gold = try XMIImporter().read(bytes, defaultID: "sound-of-metal")
/// ```
public struct XMIImporter: Sendable {
  /// Creates the importer.
  public init() {}

  private struct Element {
    var type: String
    var xmiID: String
    var attributes: [String: String]
    var line: Int?
  }

  /// Builds a document from the bytes of an XMI file; `defaultID` is used when the file has no
  /// `DocumentMetaData` with a `documentId`.
  ///
  /// - Throws: ``XMIImportError`` naming the line at fault: malformed XML, no initial Sofa with a
  ///   `sofaString`, an offset outside the text or inside a character, a relation whose argument
  ///   is missing.
  /// - Complexity: O(n + a log a) in the file's size and its annotations.
  public func read(_ bytes: [UInt8], defaultID: String) throws(XMIImportError) -> Document {
    let elements = try Self.topLevelElements(bytes)
    guard
      let sofa = elements.first(where: {
        $0.type == "uima.cas.Sofa" && $0.attributes["sofaID"] == "_InitialView"
      })
    else {
      throw XMIImportError(
        line: nil,
        "no cas:Sofa with sofaID=\"_InitialView\": is this a UIMA CAS XMI file of one document?")
    }
    guard let text = sofa.attributes["sofaString"] else {
      throw XMIImportError(
        line: sofa.line,
        "the Sofa has no sofaString; Marquee reads only texts stored inside the XMI file")
    }
    let index = OffsetIndex(text)
    var id = defaultID
    var layers: [String: [Annotation]] = [:]
    var annotationID: [String: String] = [:]
    var relations: [(element: Element, label: String)] = []
    for element in elements where element.attributes["sofa"] == sofa.xmiID {
      let short = XMITypeSystem.shortName(element.type)
      if element.type == XMITypeSystem.documentMetaData {
        if let documentID = element.attributes["documentId"], !documentID.isEmpty {
          id = documentID
        }
        continue
      }
      if element.type == XMITypeSystem.plays {
        relations.append((element, "plays"))
        continue
      }
      if element.type == XMITypeSystem.relation {
        relations.append((element, element.attributes["label"] ?? "relation"))
        continue
      }
      let layer: String
      let type: XMITypeSystem.SpanType
      if let known = XMITypeSystem.spanTypes.first(where: { $0.name == element.type }) {
        type = known
        guard let named = known.layer ?? element.attributes["layer"], !named.isEmpty else {
          throw XMIImportError(
            line: element.line, "a \(short) needs a layer feature naming its Marquee layer")
        }
        layer = named
      } else if element.type == "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity" {
        type = XMITypeSystem.entity
        layer = LayerName.entities
      } else {
        continue
      }
      let start = try Self.scalarOffset(element, "begin", index)
      let end = try Self.scalarOffset(element, "end", index)
      guard start <= end else {
        throw XMIImportError(line: element.line, "\(short) \(element.xmiID) ends before it begins")
      }
      var annotation = Annotation(
        id: Self.marqueeID(element), start: start, end: end,
        label: element.attributes["label"] ?? element.attributes["value"],
        features: Self.features(of: element, typed: type.features))
      if annotation.label?.isEmpty == true { annotation.label = nil }
      annotationID[element.xmiID] = annotation.id
      layers[layer, default: []].append(annotation)
    }
    var document = Document(id: id, text: text)
    for (name, annotations) in layers {
      do {
        try document.setLayer(name, annotations)
      } catch {
        throw XMIImportError(line: nil, error.description)
      }
    }
    for (element, label) in relations {
      guard let governor = element.attributes["Governor"].flatMap({ annotationID[$0] }),
        let dependent = element.attributes["Dependent"].flatMap({ annotationID[$0] })
      else {
        throw XMIImportError(
          line: element.line,
          "the relation \(element.xmiID) needs Governor and Dependent pointing at annotations "
            + "of the document")
      }
      document.relations.append(
        Relation(
          id: Self.marqueeID(element), label: label, from: governor, to: dependent,
          features: Self.features(of: element, typed: [])))
    }
    return document
  }

  /// The children of the root element, with their type names and unprefixed attributes.
  private static func topLevelElements(_ bytes: [UInt8]) throws(XMIImportError) -> [Element] {
    let reader = XMLEventReader(bytes)
    var elements: [Element] = []
    var depth = 0
    do {
      while let event = try reader.next() {
        switch event {
        case .start(let element):
          if depth == 1,
            let type = XMITypeSystem.typeName(
              namespaceURI: element.namespaceURI, localName: element.localName)
          {
            var attributes: [String: String] = [:]
            var xmiID = ""
            for attribute in element.attributes {
              if attribute.namespaceURI == XMIExporter.xmiNamespace {
                if attribute.localName == "id" { xmiID = attribute.value }
              } else if attribute.namespaceURI.isEmpty {
                attributes[attribute.localName] = attribute.value
              }
            }
            elements.append(
              Element(type: type, xmiID: xmiID, attributes: attributes, line: element.line))
          }
          if !element.isEmpty { depth += 1 }
        case .end:
          depth -= 1
        case .text:
          continue
        }
      }
    } catch {
      throw XMIImportError(line: error.line, error.description)
    }
    return elements
  }

  private static func scalarOffset(
    _ element: Element, _ name: String, _ index: OffsetIndex
  ) throws(XMIImportError) -> Int {
    let short = XMITypeSystem.shortName(element.type)
    guard let lexical = element.attributes[name], let offset = Int(lexical) else {
      throw XMIImportError(
        line: element.line, "\(short) \(element.xmiID) needs an integer \(name) offset")
    }
    do {
      return try index.scalarOffset(ofUTF16: offset)
    } catch {
      throw XMIImportError(
        line: element.line, "\(short) \(element.xmiID): \(name) \(error.description)")
    }
  }

  private static func marqueeID(_ element: Element) -> String {
    if let id = element.attributes["id"], !id.isEmpty { return id }
    return "xmi" + element.xmiID
  }

  /// The features: the JSON that Marquee wrote, reconciled with the typed features that the
  /// annotation tool may have changed.
  private static func features(
    of element: Element, typed: [(name: String, range: XMITypeSystem.Range)]
  ) -> JSONObject {
    var features = element.attributes["features"].flatMap(jsonObject) ?? JSONObject()
    for (name, range) in typed {
      let written = features[name].flatMap { XMITypeSystem.lexical($0, as: range) }
      switch element.attributes[name] {
      case .some(let lexical):
        // Keep the JSON's value (and its integer-or-not kind) unless the tool changed it.
        if written != lexical, let value = XMITypeSystem.value(lexical, as: range) {
          features[name] = value
        }
      case .none:
        if written != nil { features[name] = nil }
      }
    }
    return features
  }

  /// The JSON object in `json`, when it is one.
  private static func jsonObject(_ json: String) -> JSONObject? {
    guard json.hasPrefix("{") else { return nil }
    let wrapped = #"{"id":"x","text":"","summary":"# + json + "}"
    guard let document = try? DocumentJSONReader().decode(Array(wrapped.utf8)) else { return nil }
    return document.summary
  }
}
