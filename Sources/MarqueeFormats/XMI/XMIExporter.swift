import MarqueeCore
import MarqueeXML

/// Writes UIMA CAS XMI 2.0 for UIMA, DKPro Core, INCEpTION and dkpro-cassis, with the type
/// system in `Schemas/marquee-typesystem.xml`.
///
/// One `<id>.xmi` per document: a Sofa holding the text in `sofaString` (CR, LF and tab as
/// character references, so no parser normalises them away; astral characters as UTF-8), one
/// element per annotation with `begin`/`end` in **UTF-16 code units** as Java counts them, one
/// per relation with `Governor`/`Dependent` references, a DKPro `DocumentMetaData` with the
/// document's id, and the view listing every member. ``XMITypeSystem`` says which type each layer
/// gets; ``XMIImporter`` reads the file back.
///
/// ```
/// <marquee:Entity xmi:id="5" sofa="1" begin="3" end="12" id="e1" label="CAST" name="Riz Ahmed" …/>
/// <marquee:Plays xmi:id="9" sofa="1" begin="19" end="24" Governor="5" Dependent="6" id="r1"/>
/// ```
///
/// A text holding a character XML 1.0 cannot carry (a C0 control other than tab, LF, CR) cannot
/// be exported; the error names it.
public struct XMIExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "xmi" }
  public var supportsStream: Bool { false }

  static let xmiNamespace = "http://www.omg.org/XMI"
  static let casNamespace = "http:///uima/cas.ecore"

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    [ExportedFile(suffix: ".xmi", bytes: try bytes(document))]
  }

  /// The XMI file's contents.
  func bytes(_ document: Document) throws(ExportError) -> [UInt8] {
    let writer: XMLElementWriter
    do {
      writer = try XMLElementWriter()
    } catch {
      throw .unrepresentable(format: formatName, what: error.message)
    }
    let index = document.makeOffsetIndex()
    let prefixes = [
      (XMITypeSystem.dkproSegmentation, "segmentation"), (XMITypeSystem.dkproMetadata, "metadata"),
      (XMITypeSystem.marquee, "marquee"),
    ]
    func element(_ type: String) -> String {
      let package = String(type.prefix(type.count - XMITypeSystem.shortName(type).count - 1))
      let prefix = prefixes.first { $0.0 == package }?.1 ?? "marquee"
      return prefix + ":" + XMITypeSystem.shortName(type)
    }

    writer.startElement("xmi:XMI")
    writer.namespaceDeclaration(prefix: "xmi", uri: Self.xmiNamespace)
    writer.namespaceDeclaration(prefix: "cas", uri: Self.casNamespace)
    for (package, prefix) in prefixes {
      writer.namespaceDeclaration(
        prefix: prefix, uri: XMITypeSystem.namespaceURI(ofType: package + ".T"))
    }
    writer.attribute("xmi:version", "2.0")
    writer.lineBreak(indent: 2)
    writer.startElement("cas:NULL")
    writer.attribute("xmi:id", 0)
    writer.endElement()
    writer.lineBreak(indent: 2)
    writer.startElement("cas:Sofa")
    writer.attribute("xmi:id", 1)
    writer.attribute("sofaNum", 1)
    writer.attribute("sofaID", "_InitialView")
    writer.attribute("mimeType", "text/plain")
    writer.attribute("sofaString", document.text)
    writer.endElement()

    var nextID = 2
    var members: [Int] = []
    var xmiID: [String: Int] = [:]
    var spanOf: [String: (begin: Int, end: Int)] = [:]

    writer.lineBreak(indent: 2)
    writer.startElement(element(XMITypeSystem.documentMetaData))
    writer.attribute("xmi:id", nextID)
    writer.attribute("sofa", 1)
    writer.attribute("begin", 0)
    writer.attribute("end", index.utf16Count)
    writer.attribute("documentTitle", DocumentTitle.of(document))
    writer.attribute("documentId", document.id)
    writer.attribute("isLastSegment", "false")
    writer.endElement()
    members.append(nextID)
    nextID += 1

    for layer in document.layerNames {
      let type = XMITypeSystem.spanType(forLayer: layer)
      let elementName = element(type.name)
      for annotation in document.layer(layer) ?? [] {
        let begin = index.utf16Offset(ofScalar: annotation.start)
        let end = index.utf16Offset(ofScalar: annotation.end)
        writer.lineBreak(indent: 2)
        writer.startElement(elementName)
        writer.attribute("xmi:id", nextID)
        writer.attribute("sofa", 1)
        writer.attribute("begin", begin)
        writer.attribute("end", end)
        writer.attribute("id", annotation.id)
        if type.layer == nil { writer.attribute("layer", layer) }
        if let label = annotation.label { writer.attribute("label", label) }
        for (name, range) in type.features {
          if let value = annotation.features[name],
            let lexical = XMITypeSystem.lexical(value, as: range)
          {
            writer.attribute(name, lexical)
          }
        }
        if !annotation.features.isEmpty {
          writer.attribute("features", Self.json(annotation.features))
        }
        writer.endElement()
        // The first annotation with an id wins, as in Document.validate's duplicate check.
        if xmiID[annotation.id] == nil {
          xmiID[annotation.id] = nextID
          spanOf[annotation.id] = (begin, end)
        }
        members.append(nextID)
        nextID += 1
      }
    }

    for relation in document.relations {
      guard let governor = xmiID[relation.from], let dependent = xmiID[relation.to],
        let span = spanOf[relation.to]
      else { continue }
      let isPlays = relation.label == "plays"
      writer.lineBreak(indent: 2)
      writer.startElement(element(isPlays ? XMITypeSystem.plays : XMITypeSystem.relation))
      writer.attribute("xmi:id", nextID)
      writer.attribute("sofa", 1)
      writer.attribute("begin", span.begin)
      writer.attribute("end", span.end)
      writer.attribute("Governor", governor)
      writer.attribute("Dependent", dependent)
      writer.attribute("id", relation.id)
      if !isPlays { writer.attribute("label", relation.label) }
      if !relation.features.isEmpty { writer.attribute("features", Self.json(relation.features)) }
      writer.endElement()
      members.append(nextID)
      nextID += 1
    }

    writer.lineBreak(indent: 2)
    writer.startElement("cas:View")
    writer.attribute("sofa", 1)
    writer.attribute("members", members.map(String.init).joined(separator: " "))
    writer.endElement()
    writer.lineBreak()
    writer.endElement()
    do {
      return try writer.finish()
    } catch {
      throw .unrepresentable(
        format: formatName, what: "document '\(document.id)': \(error.message)")
    }
  }

  static func json(_ object: JSONObject) -> String {
    var buffer: [UInt8] = []
    JSONText.appendObject(object, to: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }
}
