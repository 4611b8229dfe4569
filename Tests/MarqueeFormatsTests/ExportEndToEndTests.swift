import Foundation
import MarqueeCore
import Testing

/// `marquee export` run as a separate process, and its output loaded by the real consumers
/// (Tests/Interop/check_exports.py: conllu, spaCy, a strict brat reader).
@Suite struct ExportEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["MARQUEE_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("marquee")
  }

  struct Result {
    var status: Int32
    var output: Data
    var error: String
  }

  /// Runs a program, with standard output and error sent to files so neither pipe can fill.
  static func run(_ executable: URL, _ arguments: [String], stdin: URL? = nil) throws -> Result {
    let scratch = try temporaryDirectory()
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = root
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput =
      try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: try Data(contentsOf: outURL),
      error: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-export-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func writeCorpus(_ documents: [Document], to url: URL) throws {
    var bytes: [UInt8] = []
    for document in documents { bytes += JSONLinesEncoder().encodeInStream(document) }
    try Data(bytes).write(to: url)
  }

  static var interopAvailable: Bool {
    (try? run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import conllu, spacy"]))?.status == 0
  }

  @Test func everyExportLoadsInItsConsumerWithTheSameCoveredText() throws {
    guard Self.interopAvailable else {
      #expect(
        ProcessInfo.processInfo.environment["MARQUEE_REQUIRE_INTEROP"] != "1",
        "MARQUEE_REQUIRE_INTEROP=1 but python3 lacks conllu or spacy (pip install conllu spacy)")
      return
    }
    let folder = try Self.temporaryDirectory()
    let corpus = folder.appendingPathComponent("corpus.jsonl")
    try Self.writeCorpus([try Fixtures.soundOfMetal(), try Fixtures.rtl()], to: corpus)
    let streams = [
      ("conllu", "corpus.conllu"), ("conll", "corpus.conll"), ("spacy", "corpus.spacy.jsonl"),
      ("webanno", "corpus.webanno.jsonl"),
    ]
    for (format, name) in streams {
      let result = try Self.run(
        Self.binary, ["export", "--quiet", "--format", format, corpus.path])
      #expect(result.status == 0, "\(format): \(result.error)")
      try result.output.write(to: folder.appendingPathComponent(name))
    }
    let brat = try Self.run(
      Self.binary,
      [
        "export", "--quiet", "--format", "brat", "--out",
        folder.appendingPathComponent("brat").path,
        corpus.path,
      ])
    #expect(brat.status == 0, "\(brat.error)")
    let check = try Self.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", Self.root.appendingPathComponent("Tests/Interop/check_exports.py").path,
        corpus.path, folder.path,
      ])
    let report = String(decoding: check.output, as: UTF8.self)
    #expect(check.status == 0, "\(report)\(check.error)")
    #expect(report.contains(" passed, 0 failed"))
  }

  @Test func aDocumentWithoutTokensIsReportedAndTheOthersAreWritten() throws {
    let folder = try Self.temporaryDirectory()
    let corpus = folder.appendingPathComponent("corpus.jsonl")
    try Self.writeCorpus(
      [try Fixtures.rtl(), Document(id: "plain", text: "No tokens."), try Fixtures.soundOfMetal()],
      to: corpus)
    let result = try Self.run(Self.binary, ["export", "--format", "conllu", corpus.path])
    #expect(result.status == 1)
    #expect(result.error.contains("corpus.jsonl:2: conllu needs the layer 'tokens'"))
    #expect(result.error.contains("run `marquee segment` first"))
    #expect(result.error.contains("3 documents as conllu, 1 failed"))
    let output = String(decoding: result.output, as: UTF8.self)
    #expect(output.contains("# newdoc id = rtl"))
    #expect(output.contains("# newdoc id = sound-of-metal"))
  }

  @Test func bratAndHTMLWriteFoldersWithCorpusFiles() throws {
    let folder = try Self.temporaryDirectory()
    let corpus = folder.appendingPathComponent("corpus.jsonl")
    let index = try Fixtures.rtl()
    var renamed = Document(id: "index", text: index.text)
    try renamed.setLayer(LayerName.entities, index.layer(LayerName.entities) ?? [])
    try Self.writeCorpus([try Fixtures.soundOfMetal(), renamed], to: corpus)
    let bratOut = folder.appendingPathComponent("brat")
    let brat = try Self.run(
      Self.binary, ["export", "--quiet", "--format", "brat", "--out", bratOut.path, corpus.path])
    #expect(brat.status == 0, "\(brat.error)")
    let bratFiles = try FileManager.default.contentsOfDirectory(atPath: bratOut.path).sorted()
    #expect(
      bratFiles == [
        "annotation.conf", "index.ann", "index.txt", "sound-of-metal.ann", "sound-of-metal.txt",
      ])
    let htmlOut = folder.appendingPathComponent("html")
    let html = try Self.run(
      Self.binary, ["export", "--quiet", "--format", "html", "--out", htmlOut.path, corpus.path])
    #expect(html.status == 0, "\(html.error)")
    let htmlFiles = try FileManager.default.contentsOfDirectory(atPath: htmlOut.path).sorted()
    // A document called "index" must not overwrite the corpus index.
    #expect(htmlFiles == ["index-2.html", "index.html", "sound-of-metal.html"])
    let indexPage = try String(
      contentsOf: htmlOut.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(indexPage.contains("<a href=\"index-2.html\">index</a>"))
  }

  @Test func bratOnStandardOutputIsRefusedWithTheFix() throws {
    let result = try Self.run(Self.binary, ["export", "--format", "brat"])
    #expect(result.status != 0)
    #expect(result.error.contains("give a folder with --out"))
  }
}

/// Regression: ByteStreamReader kept its scan position across a buffer refill that shifted the
/// buffer, so a JSON Lines input longer than one read chunk (1 MiB) glued two lines together
/// ("unexpected '{' after the end of the document") and then crashed with an index out of range.
@Suite struct LongJSONLinesInputTests {
  @Test func aCorpusLongerThanOneReadChunkIsReadLineByLine() throws {
    let folder = try ExportEndToEndTests.temporaryDirectory()
    let corpus = folder.appendingPathComponent("long.jsonl")
    let base = try Fixtures.soundOfMetal()
    var documents: [Document] = []
    for index in 0..<1500 {
      var copy = base
      copy.id = "review-\(index)"
      documents.append(copy)
    }
    try ExportEndToEndTests.writeCorpus(documents, to: corpus)
    let size = try FileManager.default.attributesOfItem(atPath: corpus.path)[.size] as? Int ?? 0
    #expect(size > 2 << 20)
    let result = try ExportEndToEndTests.run(
      ExportEndToEndTests.binary, ["export", "--format", "conll", corpus.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("1500 documents as conll, 0 failed"))
  }
}
