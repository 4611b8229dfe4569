import MarqueeCore
import Testing

@testable import MarqueeXML

@Suite struct XMLCorpusEncoderTests {
  let encoder = XMLCorpusEncoder()

  /// The document as it appears in a stream; the corpus around it is checked against the
  /// schema.
  func xml(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    try SchemaCheck.expectValid(encoder.encodeCorpus([document]), sourceLocation: sourceLocation)
    return String(decoding: try encoder.encodeInStream(document), as: UTF8.self)
  }

  @Test func writesTheWholeDocumentInTheDocumentedShape() throws {
    let bytes = try encoder.encodeStandalone(SampleDocuments.review())
    try SchemaCheck.expectValid(bytes)
    let expected = """
      <?xml version="1.0" encoding="UTF-8"?>
      <document xmlns="https://marquee.example/ns/1" version="1" offsetUnit="unicode-scalar" \
      id="sound-of-metal">
        <text>Riz Ahmed is superb in Sound of Metal (2019).&#13;
      Darius Marder directs.</text>
        <metadata><string key="source">som.txt</string></metadata>
        <layer name="sentences">
          <a id="s1" start="0" end="45"/>
          <a id="s2" start="47" end="69"/>
        </layer>
        <layer name="entities">
          <a id="e1" start="0" end="9" label="CAST"><bool key="lead">true</bool>\
      <double key="confidence">0.875</double><int key="films">12</int><null key="aka"/></a>
          <a id="e2" start="23" end="37" label="TITLE"><int key="year">2019</int></a>
          <a id="e3" start="47" end="60" label="CREW"><string key="job">director</string>\
      <array key="credits"><string>Sound of Metal</string><int>2019</int><double>1.5</double>\
      <bool>false</bool><null/></array></a>
        </layer>
        <layer name="evaluations"/>
        <relation id="r1" label="appearsIn" from="e1" to="e2"/>
        <relation id="r2" label="directed" from="e3" to="e2"><int key="weight">-2</int></relation>
        <summary><string key="verdict">positive</string><double key="score">0.75</double>\
      <object key="nested"><object key="a"><array key="b"><int>1</int><int>2</int></array>\
      </object></object></summary>
        <stage name="segment" version="0.1.0"/>
        <stage name="entities" version="0.2.0"><string key="lexicon">en</string>\
      <int key="min">2</int></stage>
      </document>

      """
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
  }

  @Test func streamWrapsDocumentsInOneCorpus() throws {
    let first = Document(id: "one", text: "A.")
    let second = Document(id: "two", text: "B.")
    let bytes = try encoder.encodeCorpus([first, second])
    try SchemaCheck.expectValid(bytes)
    let expected = """
      <?xml version="1.0" encoding="UTF-8"?>
      <corpus xmlns="https://marquee.example/ns/1" version="1" offsetUnit="unicode-scalar">
      <document id="one">
        <text>A.</text>
      </document>
      <document id="two">
        <text>B.</text>
      </document>
      </corpus>

      """
    #expect(String(decoding: bytes, as: UTF8.self) == expected)
    #expect(encoder.fileExtension == "xml")
  }

  @Test func carriageReturnIsACharacterReference() throws {
    let text = try xml(Document(id: "d", text: "a\r\nb\rc"))
    #expect(text.contains("<text>a&#13;\nb&#13;c</text>"))
  }

  @Test func markupCharactersAreEscaped() throws {
    let text = try xml(Document(id: "d", text: "<b>&amp;]]>"))
    #expect(text.contains("<text>&lt;b&gt;&amp;amp;]]&gt;</text>"))
  }

  @Test(arguments: [
    ("\u{0}", "0000"), ("\u{8}", "0008"), ("\u{B}", "000B"), ("\u{C}", "000C"),
    ("\u{E}", "000E"), ("\u{1F}", "001F"), ("\u{FFFE}", "FFFE"), ("\u{FFFF}", "FFFF"),
  ])
  func unrepresentableCharactersBecomeMarkers(character: String, hex: String) throws {
    let text = try xml(Document(id: "d", text: "a\(character)b"))
    #expect(text.contains("<text>a<c u=\"\(hex)\"/>b</text>"))
  }

  @Test func allowedControlsAndNonASCIIAreWrittenAsThemselves() throws {
    let text = try xml(Document(id: "é🎬", text: "tab\there\u{FFFD}\u{10FFFF}"))
    #expect(text.contains("<text>tab\there\u{FFFD}\u{10FFFF}</text>"))
    #expect(text.contains("id=\"é🎬\""))
  }

  @Test func attributesWithUnrepresentableCharactersAreEscapedAndListed() throws {
    var document = Document(id: "nul\u{0}\\", text: "abc")
    try document.setLayer(
      "tok\u{1}ens",
      [Annotation(id: "t\u{FFFF}", start: 0, end: 1, label: "X\u{7}", features: ["k\u{0}": 1])])
    let text = try xml(document)
    #expect(text.contains(#"<document id="nul\u0000\\" esc="id">"#))
    #expect(text.contains(#"<layer name="tok\u0001ens" esc="name">"#))
    #expect(text.contains(#"<a id="t\uFFFF" start="0" end="1" label="X\u0007" esc="id label">"#))
    #expect(text.contains(#"<int key="k\u0000" esc="key">1</int>"#))
  }

  @Test func attributesWithoutUnrepresentableCharactersKeepBackslashesLiterally() throws {
    let text = try xml(Document(id: #"a\u0041"#, text: ""))
    #expect(text.contains(#"<document id="a\u0041">"#))
  }

  @Test func whitespaceInAttributesIsKeptAsCharacterReferences() throws {
    let text = try xml(Document(id: "a\tb\nc\rd", text: ""))
    #expect(text.contains(#"id="a&#9;b&#10;c&#13;d""#))
  }

  @Test(arguments: [
    (JSONValue.integer(3), "<int key=\"v\">3</int>"),
    (.number(3.0), "<double key=\"v\">3.0</double>"),
    (.integer(Int64.min), "<int key=\"v\">-9223372036854775808</int>"),
    (.integer(Int64.max), "<int key=\"v\">9223372036854775807</int>"),
    (.number(1e-7), "<double key=\"v\">1e-07</double>"),
    (.number(-0.0), "<double key=\"v\">-0.0</double>"),
    (.number(.infinity), "<double key=\"v\">INF</double>"),
    (.number(-.infinity), "<double key=\"v\">-INF</double>"),
    (.number(.nan), "<double key=\"v\">NaN</double>"),
    (.bool(false), "<bool key=\"v\">false</bool>"),
    (.null, "<null key=\"v\"/>"),
    (.string(""), "<string key=\"v\"/>"),
    (.array([]), "<array key=\"v\"/>"),
    (.object(JSONObject()), "<object key=\"v\"/>"),
  ])
  func valuesAreTyped(value: JSONValue, expected: String) throws {
    var document = Document(id: "d", text: "")
    document.summary = ["v": value]
    #expect(try xml(document).contains("<summary>\(expected)</summary>"))
  }
}
