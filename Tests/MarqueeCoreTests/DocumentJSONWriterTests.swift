import MarqueeCore
import Testing

/// The canonical JSON: member order, escapes and number forms are fixed, so the same document
/// always gives the same bytes.
@Suite struct DocumentJSONWriterTests {
  func written(_ document: Document) -> String {
    String(decoding: DocumentJSONWriter().encode(document), as: UTF8.self)
  }

  @Test func writesMembersInTheDocumentedOrder() throws {
    var document = Document(id: "r", text: "A devastating Riz Ahmed.")
    try document.setLayer("entities", [Annotation(id: "e1", start: 14, end: 23, label: "CAST")])
    try document.setLayer("sentences", [Annotation(id: "s1", start: 0, end: 24)])
    document.summary["verdict"] = "positive"
    document.stages = [StageRecord(name: "segment", version: "0.1.0")]
    let expected =
      #"{"id":"r","text":"A devastating Riz Ahmed.","metadata":{},"offsetUnit":"unicode-scalar","#
      + #""layers":{"sentences":[{"id":"s1","start":0,"end":24}],"#
      + #""entities":[{"id":"e1","start":14,"end":23,"label":"CAST"}]},"#
      + #""summary":{"verdict":"positive"},"stages":[{"name":"segment","version":"0.1.0"}]}"#
    #expect(written(document) == expected)
  }

  @Test func escapesOnlyWhatJSONRequires() {
    let document = Document(id: "q", text: "“Quote” \"x\" \\ / \u{0}\u{1F}\t\r\n é 👍 \u{2028}")
    let json = written(document)
    #expect(json.contains(#""text":"“Quote” \"x\" \\ / \u0000\u001f\t\r\n é 👍 \#u{2028}""#))
  }

  @Test func keepsIntegersAndDoublesApart() {
    var metadata = JSONObject()
    metadata["i"] = .integer(3)
    metadata["d"] = .number(3)
    metadata["f"] = .number(0.1)
    metadata["nan"] = .number(.nan)
    let json = written(Document(id: "n", text: "", metadata: metadata))
    #expect(json.contains(#""metadata":{"i":3,"d":3.0,"f":0.1,"nan":null}"#))
  }
}
