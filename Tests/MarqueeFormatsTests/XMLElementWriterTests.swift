import MarqueeXML
import Testing

/// The public XML writer and pull reader the XMI, GATE and NAF formats are built on.
@Suite struct XMLElementWriterTests {
  static func written(_ body: (XMLElementWriter) -> Void) throws -> String {
    let writer = try XMLElementWriter()
    body(writer)
    return String(decoding: try writer.finish(), as: UTF8.self)
  }

  @Test func attributesKeepTabLineFeedAndCarriageReturnAsReferences() throws {
    let xml = try Self.written { writer in
      writer.startElement("a")
      writer.attribute("v", "x\ty\r\nz \"<&>\" 𝄞")
      writer.endElement()
    }
    #expect(
      xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<a v=\"x&#9;y&#13;&#10;z &quot;&lt;&amp;&gt;&quot; 𝄞\"/>\n")
  }

  @Test func textKeepsCarriageReturnAndWritesAstralCharactersAsUTF8() throws {
    let xml = try Self.written { writer in
      writer.startElement("t")
      writer.text("a\r\nb\t<c> 🎬")
      writer.characterReference("\u{1D11E}")
      writer.endElement()
    }
    #expect(xml.hasSuffix("<t>a&#13;\nb\t&lt;c&gt; 🎬&#x1D11E;</t>\n"))
  }

  @Test func namespacesCommentsAndIntegers() throws {
    let xml = try Self.written { writer in
      writer.startElement("x:root")
      writer.namespaceDeclaration(prefix: "x", uri: "urn:x")
      writer.namespaceDeclaration(prefix: "", uri: "urn:default")
      writer.attribute("n", -1207)
      writer.attribute("z", 0)
      writer.comment("a -- b")
      writer.endElement()
    }
    #expect(xml.contains(#"<x:root xmlns:x="urn:x" xmlns="urn:default" n="-1207" z="0">"#))
    #expect(xml.contains("<!--a - - b-->"))
  }

  @Test(arguments: ["\u{0}", "\u{7}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
  func aCharacterXMLCannotCarryIsRefusedByName(_ character: String) throws {
    let writer = try XMLElementWriter()
    writer.startElement("t")
    writer.text("ok" + character)
    writer.endElement()
    #expect {
      try writer.finish()
    } throws: { error in
      let code = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
      return (error as? XMLError)?.message.contains(
        "U+" + String(repeating: "0", count: 4 - code.count) + code) == true
    }
  }

  @Test func firstUnwritableScalarCountsScalars() {
    #expect(XMLElementWriter.firstUnwritableScalar(in: "🎬 e\u{301}\t\r\n") == nil)
    let found = XMLElementWriter.firstUnwritableScalar(in: "🎬e\u{301}\u{8}")
    #expect(found?.offset == 3)
    #expect(found?.scalar == "\u{8}")
  }

  @Test func theReaderGivesNamespacedAttributesAndTextBack() throws {
    let xml = try Self.written { writer in
      writer.startElement("x:a")
      writer.namespaceDeclaration(prefix: "x", uri: "urn:x")
      writer.attribute("x:id", 7)
      writer.attribute("v", "1\r\n2")
      writer.startElement("b")
      writer.endElement()
      writer.text("T\r")
      writer.endElement()
    }
    let reader = XMLEventReader(Array(xml.utf8))
    var events: [XMLEventReader.Event] = []
    while let event = try reader.next() { events.append(event) }
    guard case .start(let root) = events.first else {
      Issue.record("no start tag")
      return
    }
    #expect(root.localName == "a" && root.namespaceURI == "urn:x")
    #expect(root.attribute("id", namespaceURI: "urn:x") == "7")
    #expect(root.attribute("v") == "1\r\n2")
    #expect(root.attributes.count == 2)
    guard case .start(let child) = events[1] else {
      Issue.record("no child")
      return
    }
    #expect(child.isEmpty && child.namespaceURI.isEmpty)
    #expect(events[2] == .text("T\r"))
    #expect(events[3] == .end("a"))
    #expect(events.count == 4)
  }

  @Test func theReaderRefusesADocumentType() {
    let xml = #"<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>"#
    let reader = XMLEventReader(Array(xml.utf8))
    #expect {
      while try reader.next() != nil {}
    } throws: { error in
      (error as? XMLError)?.kind == .forbidden
    }
  }

  @Test func theReaderReportsMalformedInputWithTheLine() {
    let reader = XMLEventReader(Array("<a>\n<b></a>".utf8))
    #expect {
      while try reader.next() != nil {}
    } throws: { error in
      guard let error = error as? XMLError else { return false }
      return error.kind == .malformed && error.line == 2
    }
  }
}
