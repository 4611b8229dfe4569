import Foundation
import MarqueeCore
import Testing

@testable import MarqueeXML

@Suite struct XMLDocumentReaderTests {
  let reader = XMLDocumentReader()

  static let root =
    #"<document xmlns="https://marquee.example/ns/1" version="1" offsetUnit="unicode-scalar""#

  func read(_ xml: String) throws(XMLError) -> [Document] {
    try reader.documents(in: Array(xml.utf8))
  }

  func error(_ xml: String, reader: XMLDocumentReader = XMLDocumentReader()) -> XMLError? {
    do {
      _ = try reader.documents(in: Array(xml.utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test func readsAHandWrittenDocument() throws {
    let xml = """
      <?xml version="1.0"?>
      <!-- a comment before the root is fine -->
      \(Self.root) id="r1">
        <text>Loud.&#13;
      Quiet<c u="0000"/>.</text>
        <layer name="sentences"><a id="s1" start="0" end="5"/></layer>
        <layer name="entities">
          <a id="e1" start="8" end="13" label="X"><int key="n"> 7 </int><!-- noted --></a>
        </layer>
        <relation id="r1" label="near" from="s1" to="e1"/>
      </document>
      """
    let documents = try read(xml)
    #expect(documents.count == 1)
    let document = try #require(documents.first)
    #expect(document.id == "r1")
    #expect(document.text == "Loud.\r\nQuiet\u{0}.")
    #expect(document.length == 14)
    #expect(document.layer("sentences") == [Annotation(id: "s1", start: 0, end: 5)])
    #expect(
      document.layer("entities")
        == [Annotation(id: "e1", start: 8, end: 13, label: "X", features: ["n": 7])])
    #expect(document.relations == [Relation(id: "r1", label: "near", from: "s1", to: "e1")])
  }

  @Test func literalLineBreaksInTextAreNormalisedByXMLAsTheStandardSays() throws {
    // A raw CR LF in the file is one LF to any XML parser; that is why the writer uses &#13;.
    let documents = try read("\(Self.root) id=\"d\"><text>a\r\nb</text></document>")
    #expect(documents.first?.text == "a\nb")
  }

  @Test func annotationsGivenOutOfOrderAreSorted() throws {
    let xml = """
      \(Self.root) id="d"><text>abcdef</text><layer name="t">
      <a id="b" start="3" end="6"/><a id="a" start="0" end="3"/></layer></document>
      """
    let document = try #require(try read(xml).first)
    #expect(document.layer("t")?.map(\.id) == ["a", "b"])
  }

  @Test func malformedXMLReportsLibxml2MessageLineAndColumn() throws {
    let xml = "\(Self.root) id=\"d\">\n  <text>abc</text>\n  <layer name=\"x\">\n</document>\n"
    let failure = try #require(error(xml))
    #expect(failure.kind == .malformed)
    #expect(failure.line == 4)
    #expect((failure.column ?? 0) > 0)
    #expect(failure.message.contains("mismatch"))
    #expect(failure.description.hasPrefix("line 4, column "))
  }

  @Test func undefinedEntityIsAnErrorNotAnExpansion() throws {
    let failure = try #require(error("\(Self.root) id=\"d\"><text>&lol;</text></document>"))
    #expect(failure.kind == .malformed)
    #expect(failure.message.contains("lol"))
    #expect(failure.line == 1)
  }

  @Test func externalEntityIsRefused() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      \(Self.root) id="d"><text>&secret;</text></document>
      """
    let failure = try #require(error(xml))
    #expect(failure.kind == .forbidden)
    #expect(failure.message.contains("DOCTYPE"))
    #expect(!failure.message.contains("root:"))
  }

  @Test func externalDTDIsRefused() throws {
    let xml = """
      <!DOCTYPE document SYSTEM "http://example.invalid/marquee.dtd">
      \(Self.root) id="d"><text>x</text></document>
      """
    #expect(error(xml)?.kind == .forbidden)
  }

  @Test func billionLaughsEndsInAClearErrorAtOnce() throws {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    xml += "]>\n\(Self.root) id=\"d\" ><text>&lol9;</text></document>\n"
    let clock = ContinuousClock()
    let start = clock.now
    let failure = try #require(error(xml))
    #expect(failure.kind == .forbidden)
    #expect(clock.now - start < .seconds(2))
  }

  @Test func bomInAttributeValueCannotExpandEither() throws {
    // The bomb hidden after a comment and a processing instruction is still found.
    let xml = """
      <?xml version="1.0"?><!-- x --><?pi data?>
      <!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      \(Self.root) id="&b;"><text/></document>
      """
    #expect(error(xml)?.kind == .forbidden)
  }

  @Test func absurdNestingIsALimitNotACrash() throws {
    let depth = 100_000
    let xml =
      "\(Self.root) id=\"d\"><text/><summary><array key=\"a\">"
      + String(repeating: "<array>", count: depth) + String(repeating: "</array>", count: depth)
      + "</array></summary></document>"
    let failure = try #require(error(xml))
    #expect(failure.kind == .limitExceeded)
    #expect(failure.message.contains("200"))
  }

  @Test func oversizedInputIsRefusedBeforeParsing() throws {
    let small = XMLDocumentReader(maximumInputSize: 64)
    let xml = "\(Self.root) id=\"d\"><text>\(String(repeating: "x", count: 100))</text></document>"
    let failure = try #require(error(xml, reader: small))
    #expect(failure.kind == .limitExceeded)
    #expect(failure.message.contains("64"))
  }

  @Test(
    arguments: [
      ("", "empty"),
      ("<document><text/></document>", "namespace"),
      ("<corpus xmlns=\"https://marquee.example/ns/1\" version=\"1\"/>", "offsetUnit"),
      (
        "<corpus xmlns=\"https://marquee.example/ns/1\" version=\"2\" offsetUnit=\"unicode-scalar\"/>",
        "version"
      ),
      ("\(XMLDocumentReaderTests.root) id=\"d\"><txt/></document>", "no element <txt>"),
      ("\(XMLDocumentReaderTests.root)><text/></document>", "attribute id"),
      ("\(XMLDocumentReaderTests.root) id=\"d\"/>", "<text>"),
      ("\(XMLDocumentReaderTests.root) id=\"d\" lang=\"en\"><text/></document>", "'lang'"),
      ("\(XMLDocumentReaderTests.root) id=\"d\"><text/>stray</document>", "text is not allowed"),
      ("\(XMLDocumentReaderTests.root) id=\"d\"><metadata/><text/></document>", "before <text>"),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary/><layer name=\"l\"/></document>",
        "out of place"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>ab</text><layer name=\"l\"><a id=\"a\" start=\"1\" end=\"3\"/></layer></document>",
        "spans [1, 3)"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>ab</text><layer name=\"l\"><a id=\"a\" start=\"-1\" end=\"1\"/></layer></document>",
        "offsets are integers"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>ab</text><layer name=\"l\"><a id=\"a\" start=\"0\" end=\"x\"/></layer></document>",
        "end=\"x\""
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>ab</text><layer name=\"l\"><a id=\"a\" start=\"0\" end=\"1\"/><a id=\"a\" start=\"1\" end=\"2\"/></layer></document>",
        "used twice"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>ab</text><relation id=\"r\" label=\"x\" from=\"a\" to=\"b\"/></document>",
        "points to 'a'"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><layer name=\"l\"/><layer name=\"l\"/></document>",
        "two layers"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><int key=\"k\">1</int><int key=\"k\">2</int></summary></document>",
        "appears twice"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><int key=\"k\">1.5</int></summary></document>",
        "whole number"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><int key=\"k\">9223372036854775808</int></summary></document>",
        "whole number"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><double key=\"k\">0x1p3</double></summary></document>",
        "xs:double"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><bool key=\"k\">1</bool></summary></document>",
        "true or false"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><null key=\"k\">x</null></summary></document>",
        "must be empty"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><int>1</int></summary></document>",
        "attribute key"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text/><summary><array key=\"a\"><int key=\"k\">1</int></array></summary></document>",
        "no key"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>a<c u=\"0041\"/></text></document>",
        "<c u=\"0041\"/>"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\"><text>a<c u=\"001f\"/></text></document>",
        "upper-case"
      ),
      ("\(XMLDocumentReaderTests.root) id=\"d\" esc=\"id\"><text/></document>", nil),
      (
        "\(XMLDocumentReaderTests.root) id=\"a\\u00\" esc=\"id\"><text/></document>",
        "malformed escape"
      ),
      (
        "\(XMLDocumentReaderTests.root) id=\"d\" esc=\"version\"><text/></document>",
        "not an escaped"
      ),
    ] as [(String, String?)])
  func invalidInputIsExplained(xml: String, fragment: String?) throws {
    let failure = error(xml)
    guard let fragment else {
      #expect(failure == nil)
      return
    }
    let found = try #require(failure)
    #expect(found.kind == .invalidDocument || found.kind == .malformed)
    #expect(found.description.contains(fragment), "\(found)")
  }

  @Test func invalidDocumentErrorsPointAtTheLine() throws {
    let xml =
      "\(Self.root) id=\"d\">\n<text>ab</text>\n<layer name=\"l\">\n<a id=\"a\"/></layer></document>"
    let failure = try #require(error(xml))
    #expect(failure.kind == .invalidDocument)
    #expect(failure.line == 4)
  }

  @Test func readsFilesAsAStream() throws {
    let documents = try SampleDocuments.oddTexts.enumerated().map { index, text in
      try SampleDocuments.document(text: text, id: "d\(index)")
    }
    let bytes = try XMLCorpusEncoder().encodeCorpus(documents)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-reader-\(UUID().uuidString).xml").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let read = try reader.documents(inFile: path)
    let json = DocumentJSONWriter()
    #expect(read.map { json.encode($0) } == documents.map { json.encode($0) })
  }

  @Test func fileWithDoctypeIsRefused() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-doctype-\(UUID().uuidString).xml").path
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]><x>&e;</x>"
    try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: XMLError.self) { try reader.documents(inFile: path) }
    do {
      _ = try reader.documents(inFile: path)
    } catch {
      #expect(error.kind == .forbidden)
    }
  }

  @Test func missingFileIsUnreadable() throws {
    do {
      _ = try reader.documents(inFile: "/nonexistent/marquee/corpus.xml")
      Issue.record("a missing file was read")
    } catch {
      #expect(error.kind == .unreadable)
      #expect(error.message.contains("/nonexistent/marquee/corpus.xml"))
    }
  }

  @Test func forEachDocumentStopsAtTheFirstErrorOfTheBody() throws {
    struct Stop: Error {}
    let documents = (0..<5).map { Document(id: "d\($0)", text: "x") }
    let bytes = try XMLCorpusEncoder().encodeCorpus(documents)
    var seen: [String] = []
    #expect(throws: Stop.self) {
      try reader.forEachDocument(in: bytes) { document in
        seen.append(document.id)
        if seen.count == 2 { throw Stop() }
      }
    }
    #expect(seen == ["d0", "d1"])
  }

  @Test func prologScannerFindsDeclarationsOnlyInTheProlog() {
    func scan(_ text: String, complete: Bool = true) -> PrologScanner.Finding {
      Array(text.utf8).withUnsafeBufferPointer { PrologScanner.scan($0, isComplete: complete) }
    }
    #expect(
      scan("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE -->\n<!DOCTYPE x>")
        == .declaration(byteOffset: 44))
    #expect(scan("<root><!DOCTYPE x></root>") == .clean)
    #expect(scan("<?xml version=\"1.0\"?><!-- unfinished", complete: false) == .needMore)
    #expect(scan("  ", complete: false) == .needMore)
    #expect(scan("") == .clean)
  }
}
