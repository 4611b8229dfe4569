import MarqueeCore
import Testing

@testable import MarqueeFormats

@Suite struct CoNLLTests {
  @Test func conllUKeepsOffsetsSpacesAndEntities() throws {
    let document = try Fixtures.soundOfMetal()
    let text = try CoNLLUExporter().exportFiles(document)[0].text
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "# newdoc id = sound-of-metal")
    #expect(lines[1] == "# sent_id = sound-of-metal-1")
    #expect(lines[2] == "# text = 🎬 Riz Ahmed plays Ruben in Sound of Metal.")
    #expect(lines[3] == "1\t🎬\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:1")
    #expect(lines[4] == "2\tRiz\t_\t_\t_\t_\t_\t_\t_\tTokenRange=2:5|Entity=B-CAST")
    #expect(lines[5] == "3\tAhmed\t_\t_\t_\t_\t_\t_\t_\tTokenRange=6:11|Entity=I-CAST")
    #expect(
      lines.contains("9\tMetal\t_\t_\t_\t_\t_\t_\t_\tTokenRange=36:41|SpaceAfter=No|Entity=I-TITLE")
    )
    #expect(lines.contains("10\t.\t_\t_\t_\t_\t_\t_\t_\tTokenRange=41:42|SpacesAfter=\\r\\n"))
    #expect(lines.contains("# text = A devastating turn!"))
    // The combining accent is inside the token, and the last token ends the text.
    #expect(
      lines.contains {
        $0.contains("\tBecke\u{0301}r\t")
          && $0.hasSuffix("TokenRange=83:90|SpaceAfter=No|Entity=I-CREW")
      })
    #expect(lines.last == "" && lines[lines.count - 2] == "")
  }

  @Test func conllWritesTokenAndIOBLabel() throws {
    let document = try Fixtures.rtl()
    let text = try CoNLLExporter().exportFiles(document)[0].text
    #expect(
      text == """
        -DOCSTART- O

        الفيلم O
        رائع O
        . O

        Asghar B-CREW
        Farhadi I-CREW
        wrote O
        A B-TITLE
        Separation I-TITLE
        . O


        """)
  }

  @Test(arguments: [CoNLLUExporter() as any Exporter, CoNLLExporter()])
  func aDocumentWithoutTokensSaysWhatToRun(_ exporter: any Exporter) throws {
    let document = Document(id: "plain", text: "Just text.")
    let error = #expect(throws: ExportError.self) { try exporter.exportFiles(document) }
    #expect(error?.description.contains("run `marquee segment` first") == true)
  }

  @Test func overlappingEntitiesKeepTheFirstAndLongest() {
    let tokens = (0..<4).map { Annotation(id: "t\($0)", start: $0 * 2, end: $0 * 2 + 1) }
    let entities = [
      Annotation(id: "a", start: 0, end: 1, label: "CAST"),
      Annotation(id: "b", start: 0, end: 3, label: "PERSON"),
      Annotation(id: "c", start: 2, end: 5, label: "ORG"),
      Annotation(id: "d", start: 6, end: 7, label: "TITLE"),
    ]
    #expect(
      TokenTable.tags(for: tokens, entities: entities) == ["B-PERSON", "I-PERSON", "O", "B-TITLE"])
  }

  @Test func tokensWithoutSentencesFormOneSentence() throws {
    var document = Document(id: "d", text: "One. Two.")
    try document.setLayer(LayerName.tokens, Fixtures.tokens(of: document.text))
    let table = try TokenTable(document, format: "conllu")
    #expect(table.sentences.count == 1)
    #expect(table.sentences[0].count == 4)
  }
}
