import Foundation
import MarqueeCore
import MarqueeXML
import Testing

@testable import MarqueeFormats

@Suite struct XMITests {
  /// The exported file as text, and the attributes of the element whose `id` is `id`.
  static func attributes(of id: String, in xmi: String) -> [String: String] {
    let reader = XMLEventReader(Array(xmi.utf8))
    while let event = try? reader.next() {
      guard case .start(let element) = event, element.attribute("id", namespaceURI: "") == id
      else { continue }
      var result: [String: String] = [:]
      for attribute in element.attributes where attribute.namespaceURI.isEmpty {
        result[attribute.localName] = attribute.value
      }
      result["type"] = element.localName
      return result
    }
    return [:]
  }

  @Test func offsetsAreUTF16CodeUnitsOnTheFirstAndLastAstralCharacter() throws {
    let xmi = try XMIExporter().exportFiles(try Fixtures.soundOfMetal())[0].text
    // Worked out by hand: 🎬 (scalar 0) is a surrogate pair, so everything after it moves by
    // one; 𝄞 (scalar 64) is the second pair, so what follows it moves by two.
    #expect(Self.attributes(of: "t1", in: xmi)["begin"] == "0")
    #expect(Self.attributes(of: "t1", in: xmi)["end"] == "2")
    #expect(Self.attributes(of: "e1", in: xmi)["begin"] == "3")
    #expect(Self.attributes(of: "e1", in: xmi)["end"] == "12")
    #expect(Self.attributes(of: "v4", in: xmi)["begin"] == "47")
    #expect(Self.attributes(of: "v4", in: xmi)["end"] == "63")
    let clef = Fixtures.tokens(of: try Fixtures.soundOfMetal().text).first { $0.start == 64 }
    #expect(clef != nil)
    let clefToken = Self.attributes(of: clef?.id ?? "", in: xmi)
    #expect(clefToken["begin"] == "65")
    #expect(clefToken["end"] == "67")
    // The combining acute accent is one UTF-16 unit, like any BMP scalar.
    #expect(Self.attributes(of: "e5", in: xmi)["begin"] == "77")
    #expect(Self.attributes(of: "e5", in: xmi)["end"] == "92")
  }

  @Test func typesAndFeaturesFollowTheTypeSystem() throws {
    let xmi = try XMIExporter().exportFiles(try Fixtures.soundOfMetal())[0].text
    let entity = Self.attributes(of: "e1", in: xmi)
    #expect(entity["type"] == "Entity")
    #expect(entity["label"] == "CAST")
    #expect(entity["name"] == "Riz Ahmed")
    #expect(entity["features"] == #"{"name":"Riz Ahmed","lead":true}"#)
    let evaluation = Self.attributes(of: "v4", in: xmi)
    #expect(evaluation["polarity"] == "positive")
    #expect(evaluation["score"] == "0.9")
    #expect(evaluation["target"] == "e1")
    #expect(evaluation["label"] == nil)
    let plays = Self.attributes(of: "r1", in: xmi)
    #expect(plays["type"] == "Plays")
    // Governor and Dependent are the XMI ids of the CAST and CHARACTER entities.
    let governor = Self.attributes(of: "e1", in: xmi)
    #expect(plays["Governor"] != nil)
    #expect(xmi.contains("xmi:id=\"\(plays["Governor"] ?? "?")\" sofa=\"1\" begin=\"3\""))
    #expect(plays["begin"] == Self.attributes(of: "e2", in: xmi)["begin"])
    #expect(governor["type"] == "Entity")
    #expect(xmi.contains(#"documentId="sound-of-metal""#))
  }

  @Test func theSofaKeepsCRLFTabAndAstralCharacters() throws {
    let text = "A\tB\r\nC\rD\n𝄞 🎬"
    var document = Document(id: "x", text: text)
    try document.setLayer(LayerName.tokens, [Annotation(id: "t1", start: 0, end: 1)])
    let xmi = try XMIExporter().exportFiles(document)[0].text
    #expect(xmi.contains("sofaString=\"A&#9;B&#13;&#10;C&#13;D&#10;𝄞 🎬\""))
    // And libxml2 reads it back unchanged.
    let back = try XMIImporter().read(Array(xmi.utf8), defaultID: "y")
    #expect(back.text == text)
    #expect(back.id == "x")
  }

  @Test(arguments: [try Fixtures.soundOfMetal(), try Fixtures.rtl()])
  func importGivesBackWhatWasExported(_ document: Document) throws {
    let bytes = try XMIExporter().exportFiles(document)[0].bytes
    let back = try XMIImporter().read(bytes, defaultID: "other")
    #expect(back.id == document.id)
    #expect(back.text == document.text)
    #expect(back.layerNames == document.layerNames)
    for layer in document.layerNames {
      #expect(back.layer(layer) == document.layer(layer), "\(layer)")
    }
    #expect(back.relations == document.relations)
  }

  @Test func editsMadeInAnAnnotationToolWinOverTheJSON() throws {
    var xmi = try XMIExporter().exportFiles(try Fixtures.soundOfMetal())[0].text
    // As INCEpTION would save it: the job corrected, the CAST entity's name feature removed,
    // and a new entity added by hand over "Ruben" (UTF-16 19..24) without a Marquee id.
    xmi = xmi.replacingOccurrences(of: #"job="composer""#, with: #"job="music supervisor""#)
    xmi = xmi.replacingOccurrences(of: #" name="Riz Ahmed""#, with: "")
    xmi = xmi.replacingOccurrences(
      of: "<cas:View",
      with: #"<marquee:Entity xmi:id="900" sofa="1" begin="19" end="24" label="PERSON"/>"#
        + "\n  <cas:View")
    let back = try XMIImporter().read(Array(xmi.utf8), defaultID: "x")
    let entities = try #require(back.layer(LayerName.entities))
    #expect(entities.first { $0.id == "e5" }?.features == ["job": "music supervisor"])
    #expect(entities.first { $0.id == "e1" }?.features == ["lead": true])
    let added = try #require(entities.first { $0.id == "xmi900" })
    #expect(back.surface(of: added) == "Ruben")
    #expect(added.label == "PERSON")
  }

  @Test(arguments: [
    (#"begin="1" end="2""#, "falls inside the character"),
    (#"begin="3" end="400""#, "outside the text"),
  ])
  func badOffsetsAreReportedWithTheLine(_ offsets: String, _ message: String) throws {
    let xmi = try XMIExporter().exportFiles(try Fixtures.soundOfMetal())[0].text
      .replacingOccurrences(of: #"begin="3" end="12""#, with: offsets)
    #expect {
      try XMIImporter().read(Array(xmi.utf8), defaultID: "x")
    } throws: { error in
      guard let error = error as? XMIImportError else { return false }
      return error.line != nil && error.message.contains(message)
        && error.message.contains("Entity")
    }
  }

  @Test func aFileWithoutASofaIsRefusedWithTheFix() {
    let xmi = #"<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"/>"#
    #expect(throws: XMIImportError.self) {
      try XMIImporter().read(Array(xmi.utf8), defaultID: "x")
    }
  }

  @Test func aControlCharacterXMLCannotCarryIsAnErrorNamingIt() throws {
    let document = Document(id: "bell", text: "Ding\u{7}!")
    #expect(throws: ExportError.self) { try XMIExporter().exportFiles(document) }
    do {
      _ = try XMIExporter().exportFiles(document)
    } catch {
      #expect(error.description.contains("U+0007"))
      #expect(error.description.contains("bell"))
    }
  }

  /// The type system file and the exporter's table must agree: every type and typed feature
  /// the exporter writes is declared with the same range.
  @Test func theTypeSystemFileDeclaresEveryTypeAndFeatureWritten() throws {
    let url = ExportEndToEndTests.root.appendingPathComponent("Schemas/marquee-typesystem.xml")
    let reader = XMLEventReader(Array(try Data(contentsOf: url)))
    var declared: [String: [String: String]] = [:]
    var path: [String] = []
    var type = ""
    var feature = ""
    var text = ""
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        path.append(element.localName)
        text = ""
      case .text(let content): text += content
      case .end(let name):
        path.removeLast()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if name == "name" && path.last == "typeDescription" { type = value }
        if name == "name" && path.last == "featureDescription" { feature = value }
        if name == "rangeTypeName" { declared[type, default: [:]][feature] = value }
        text = ""
      }
    }
    for spanType in XMITypeSystem.spanTypes {
      let features = try #require(declared[spanType.name], "\(spanType.name)")
      #expect(features["id"] == "uima.cas.String")
      for (name, range) in spanType.features {
        #expect(features[name] == range.rawValue, "\(spanType.name).\(name)")
      }
      // Every annotation, a DKPro token too, may carry a label and features.
      #expect(features["label"] == "uima.cas.String", "\(spanType.name)")
      #expect(features["features"] == "uima.cas.String", "\(spanType.name)")
    }
    #expect(declared[XMITypeSystem.span.name]?["layer"] == "uima.cas.String")
    for relation in [XMITypeSystem.plays, XMITypeSystem.relation] {
      #expect(declared[relation]?["Governor"] == "uima.tcas.Annotation")
      #expect(declared[relation]?["Dependent"] == "uima.tcas.Annotation")
    }
    #expect(declared[XMITypeSystem.relation]?["label"] == "uima.cas.String")
    #expect(declared[XMITypeSystem.documentMetaData]?["documentId"] == "uima.cas.String")
  }
}
