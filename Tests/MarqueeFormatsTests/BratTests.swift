import MarqueeCore
import Testing

@testable import MarqueeFormats

@Suite struct BratTests {
  @Test func theTextIsByteIdenticalAndTLinesCountCodePoints() throws {
    let document = try Fixtures.soundOfMetal()
    let files = try BratExporter().exportFiles(document)
    #expect(files.map(\.suffix) == [".txt", ".ann"])
    #expect(files[0].bytes == Array(document.text.utf8))
    let lines = files[1].text.split(separator: "\n").map(String.init)
    // Worked out by hand: the clapper board is one code point, so Riz starts at 2 (UTF-16: 3);
    // the treble clef at 64 is one code point too, so Nicolas starts at 75.
    #expect(lines.contains("T1\tCAST 2 11\tRiz Ahmed"))
    #expect(lines.contains("T2\tCHARACTER 18 23\tRuben"))
    #expect(lines.contains("T3\tTITLE 27 41\tSound of Metal"))
    #expect(lines.contains("T4\tCREW 75 90\tNicolas Becke\u{0301}r"))
    #expect(lines.contains("T5\tEvaluation 46 62\tdevastating turn"))
    #expect(lines.contains("A1\tlead T1"))
    #expect(lines.contains("R1\tplays Arg1:T1 Arg2:T2"))
    #expect(lines.contains { $0.hasPrefix("A") && $0.hasSuffix("polarity T5 positive") })
    // A name with a space is no brat attribute; the note keeps it.
    #expect(!lines.contains { $0.contains("name T") })
    #expect(lines.contains { $0.contains(#""name":"Riz Ahmed""#) })
  }

  @Test func aSpanAcrossCRLFIsWrittenAsFragments() throws {
    var document = Document(id: "x", text: "Great.\r\nFilm")
    try document.setLayer("quotes", [Annotation(id: "q1", start: 0, end: 12)])
    let ann = BratExporter().annotationBytes(document)
    let first = String(decoding: ann, as: UTF8.self).split(separator: "\n")[0]
    #expect(first == "T1\tQuote 0 6;8 12\tGreat. Film")
  }

  @Test(arguments: [try Fixtures.soundOfMetal(), try Fixtures.rtl()])
  func importGivesBackWhatWasExported(_ document: Document) throws {
    let files = try BratExporter().exportFiles(document)
    let back = try BratImporter().read(
      id: document.id, text: files[0].text, annotations: files[1].text)
    #expect(back.text == document.text)
    for layer in [LayerName.entities, LayerName.evaluations] {
      #expect(back.layer(layer) == document.layer(layer), "\(layer)")
    }
    #expect(back.layer(LayerName.tokens) == nil)
    #expect(back.relations == document.relations)
  }

  @Test func importWithoutNotesUsesTypesAndAttributes() throws {
    let ann =
      "T1\tCAST 2 5\tRiz\nA1\tlead T1\nA2\tjob T1 actor\nT2\tCHARACTER 6 11\tRuben\n"
      + "R1\tplays Arg1:T1 Arg2:T2\n"
    let document = try BratImporter().read(id: "d", text: "🎬 Riz Ruben", annotations: ann)
    let entities = try #require(document.layer(LayerName.entities))
    #expect(entities.map(\.label) == ["CAST", "CHARACTER"])
    #expect(entities[0].features == ["lead": true, "job": "actor"])
    #expect(document.relations == [Relation(id: "R1", label: "plays", from: "T1", to: "T2")])
  }

  @Test(arguments: [
    ("T1\tCAST 0 3\tRiz", "does not match"),
    ("T1\tCAST 0 99\tRiz", "outside the text"),
    ("T1\tCAST x y\tRiz", "expected 'START END'"),
    ("R1\tplays Arg1:T8 Arg2:T9", "no T line defines"),
  ])
  func importErrorsNameTheLine(_ ann: String, _ message: String) throws {
    let error = #expect(throws: BratImportError.self) {
      try BratImporter().read(id: "d", text: "🎬 Riz", annotations: ann)
    }
    #expect(error?.line == 1)
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }

  @Test func annotationConfDeclaresWhatTheCorpusUses() throws {
    var inventory = ExportInventory()
    inventory.add(try Fixtures.soundOfMetal(), fileStem: "sound-of-metal")
    let conf = try #require(BratExporter().corpusFiles(for: inventory).first)
    #expect(conf.suffix == "annotation.conf")
    let lines = conf.text.split(separator: "\n").map(String.init)
    #expect(lines.contains("plays\tArg1:CAST, Arg2:CHARACTER"))
    #expect(lines.contains("job\tArg:CREW, Value:composer"))
    #expect(lines.contains("lead\tArg:CAST"))
    #expect(lines.contains { $0.hasPrefix("<OVERLAP>") })
    for label in ["CAST", "CHARACTER", "TITLE", "CREW", "Evaluation"] {
      #expect(lines.contains(label))
    }
  }
}
