import MarqueeCore
import Testing

@testable import MarqueeXML

/// JSON → XML → JSON must give the same bytes: the XML format loses nothing.
@Suite struct XMLRoundTripTests {
  let encoder = XMLCorpusEncoder()
  let reader = XMLDocumentReader()
  let json = DocumentJSONWriter()

  /// Writes `documents` as a corpus and as standalone files, reads each back, and compares
  /// the canonical JSON; every XML produced is also checked against the schema.
  func expectRoundTrip(_ documents: [Document], sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let corpus = try encoder.encodeCorpus(documents)
    try SchemaCheck.expectValid(corpus, sourceLocation: sourceLocation)
    let back = try reader.documents(in: corpus)
    #expect(back.count == documents.count, sourceLocation: sourceLocation)
    for (original, read) in zip(documents, back) {
      #expect(json.encode(read) == json.encode(original), sourceLocation: sourceLocation)
      #expect(read.text.unicodeScalars.elementsEqual(original.text.unicodeScalars))
    }
    for original in documents {
      let file = try encoder.encodeStandalone(original)
      try SchemaCheck.expectValid(file, sourceLocation: sourceLocation)
      let read = try reader.documents(in: file)
      #expect(read.count == 1, sourceLocation: sourceLocation)
      if let first = read.first {
        #expect(json.encode(first) == json.encode(original), sourceLocation: sourceLocation)
      }
    }
  }

  @Test func sampleReviewSurvives() throws {
    try expectRoundTrip([SampleDocuments.review()])
  }

  @Test(arguments: SampleDocuments.oddTexts)
  func oddTextSurvives(text: String) throws {
    try expectRoundTrip([SampleDocuments.document(text: text)])
  }

  @Test func manyDocumentsSurviveInOneCorpus() throws {
    let documents = try SampleDocuments.oddTexts.enumerated().map { index, text in
      try SampleDocuments.document(text: text, id: "odd-\(index)")
    }
    try expectRoundTrip(documents + [SampleDocuments.review()])
  }

  @Test func emptyCorpusSurvives() throws {
    let bytes = try encoder.encodeCorpus([])
    try SchemaCheck.expectValid(bytes)
    #expect(try reader.documents(in: bytes).isEmpty)
  }

  @Test(arguments: SampleDocuments.oddStrings)
  func oddStringsSurviveInEveryPlace(string: String) throws {
    var document = Document(
      id: "doc" + string, text: "ab" + string, metadata: [string: .string(string)])
    try document.setLayer(
      "layer" + string,
      [
        Annotation(
          id: "a" + string, start: 0, end: 2, label: string,
          features: [string: .string(string), "list": [.string(string), [string: nil]]])
      ])
    try document.setLayer("second", [Annotation(id: "b" + string, start: 1, end: 1)])
    document.relations = [
      Relation(id: "r" + string, label: string, from: "a" + string, to: "b" + string)
    ]
    document.summary = ["s": .object([string: .string(string)])]
    document.stages = [StageRecord(name: "stage" + string, version: string, settings: [string: 1])]
    try expectRoundTrip([document])
  }

  @Test(arguments: [
    JSONValue.integer(0), .integer(-1), .integer(Int64.max), .integer(Int64.min),
    .number(0.0), .number(-0.0), .number(3.0), .number(0.1), .number(1e-7), .number(1e300),
    .number(-2.5e-308), .number(.infinity), .number(-.infinity), .number(.leastNonzeroMagnitude),
    .bool(true), .bool(false), .null, .string(""), .string(" \n "), .array([]),
    .object(JSONObject()), [1, 1.0, "1", true, nil, [[]], ["k": [:]]],
  ])
  func typedValuesSurvive(value: JSONValue) throws {
    var document = Document(id: "d", text: "x")
    try document.setLayer("l", [Annotation(id: "a", start: 0, end: 1, features: ["v": value])])
    document.summary = ["v": value]
    try expectRoundTrip([document])
    let read = try reader.documents(in: encoder.encodeStandalone(document))
    #expect(read.first?.summary["v"] == value)
  }

  @Test func notANumberStaysNotANumber() throws {
    var document = Document(id: "d", text: "")
    document.summary = ["v": .number(.nan)]
    let read = try reader.documents(in: encoder.encodeStandalone(document))
    let value = read.first?.summary["v"]?.doubleValue
    #expect(value?.isNaN == true)
  }

  @Test func integerAndDoubleStayApart() throws {
    var document = Document(id: "d", text: "")
    document.summary = ["int": 3, "double": 3.0]
    let read = try reader.documents(in: encoder.encodeStandalone(document))
    #expect(read.first?.summary["int"] == .integer(3))
    #expect(read.first?.summary["double"] == .number(3.0))
  }

  @Test func deepButReasonableNestingSurvives() throws {
    var value = JSONValue.integer(1)
    for level in 0..<100 { value = level % 2 == 0 ? .array([value]) : .object(["k": value]) }
    var document = Document(id: "d", text: "")
    document.summary = ["deep": value]
    try expectRoundTrip([document])
  }

  /// Random texts drawn from a pool of awkward scalars, with random spans and features.
  @Test(arguments: 0..<40)
  func randomDocumentsSurvive(seed: Int) throws {
    var random = SplitMix(seed: UInt64(seed))
    let pool: [Unicode.Scalar] = [
      "a", "Z", " ", "\t", "\n", "\r", "<", "&", ">", "\"", "'", "\\", "]", "\u{0}", "\u{1}",
      "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "é", "\u{301}", "\u{200D}", "\u{200F}", "ש", "ف",
      "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{E000}", "🎬", "👩", "🏽", "\u{10FFFF}", "\u{2028}",
    ]
    let length = Int(random.next() % 60)
    var scalars = String.UnicodeScalarView()
    for _ in 0..<length { scalars.append(pool[Int(random.next() % UInt64(pool.count))]) }
    let text = String(scalars)
    var annotations: [Annotation] = []
    for index in 0..<Int(random.next() % 8) {
      let start = length == 0 ? 0 : Int(random.next() % UInt64(length + 1))
      let end = start + Int(random.next() % UInt64(length - start + 1))
      let surface = String(String.UnicodeScalarView(Array(scalars)[start..<end]))
      annotations.append(
        Annotation(
          id: "t\(index)", start: start, end: end, label: index % 2 == 0 ? surface : nil,
          features: ["surface": .string(surface), "n": .integer(Int64(random.next() % 1000))]))
    }
    var document = Document(id: "random-\(seed)", text: text)
    try document.setLayer("tokens", annotations)
    try expectRoundTrip([document])
  }
}

/// A small deterministic random number generator for repeatable tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state = state &+ 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct XMLLongTextTests {
  /// libxml2 refuses a text node over 10,000,000 bytes; the writer splits long text so that
  /// such a document still reads back exactly.
  @Test func textOverTenMegabytesSurvives() throws {
    let piece = "é🎬a\r\n<&>\u{0}"
    let text = String(repeating: piece, count: 10_500_000 / piece.utf8.count)
    #expect(text.utf8.count > 10_000_000)
    var document = Document(id: "long", text: text)
    try document.setLayer("all", [Annotation(id: "a", start: 0, end: document.length)])
    let xml = try XMLCorpusEncoder().encodeStandalone(document)
    let back = try #require(try XMLDocumentReader().documents(in: xml).first)
    #expect(back.length == document.length)
    #expect(back.text == text)
    #expect(SchemaCheck.validator?.validate(xml).isEmpty == true)
  }
}
