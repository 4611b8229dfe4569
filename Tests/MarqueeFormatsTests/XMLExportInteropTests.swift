import Foundation
import MarqueeCore
import Testing

/// `marquee export --format xmi|gate|naf` run as a separate process, and its files loaded by the
/// real consumers (Tests/Interop/check_exports.py: dkpro-cassis, gatenlp, KafNafParserPy), which
/// must see every annotation cover exactly Marquee's span.
@Suite struct XMLExportInteropTests {
  static var consumersAvailable: Bool {
    (try? ExportEndToEndTests.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "-c", "import cassis, gatenlp, KafNafParserPy"]))?.status == 0
  }

  /// Astral characters first and last, inside and at the edges of spans, with a ZWJ sequence.
  /// Its tokens carry features, as the `segment` stage's do, and a custom layer holds a span.
  static func edges() throws -> Document {
    var document = try Fixtures.review(
      id: "edges", "⟦𝄞⟧ Score by ⟦Hildur Guðnadóttir⟧, 👩‍👩‍👧 for ⟦Joker⟧.\r\n⟦🎬⟧",
      labels: ["MISC", "CREW", "TITLE", "MISC"], features: [[:], ["job": "composer"]])
    let tokens = (document.layer(LayerName.tokens) ?? []).map { token in
      var token = token
      token.features = [
        "kind": "word",
        "norm": .string(Fixtures.slice(document, token.start, token.end).lowercased()),
      ]
      return token
    }
    try document.setLayer(LayerName.tokens, tokens)
    try document.setLayer("quotes", [Annotation(id: "q1", start: 0, end: document.length)])
    return document
  }

  @Test func everyXMLExportLoadsInItsConsumerWithTheSameCoveredText() throws {
    guard Self.consumersAvailable else {
      #expect(
        ProcessInfo.processInfo.environment["MARQUEE_REQUIRE_INTEROP"] != "1",
        "MARQUEE_REQUIRE_INTEROP=1 but python3 lacks dkpro-cassis, gatenlp or KafNafParserPy: pip install dkpro-cassis gatenlp KafNafParserPy"
      )
      return
    }
    let folder = try ExportEndToEndTests.temporaryDirectory()
    let corpus = folder.appendingPathComponent("corpus.jsonl")
    try ExportEndToEndTests.writeCorpus(
      [try Fixtures.soundOfMetal(), try Fixtures.rtl(), try Self.edges()], to: corpus)
    for format in ["xmi", "gate", "naf"] {
      let result = try ExportEndToEndTests.run(
        ExportEndToEndTests.binary,
        [
          "export", "--quiet", "--format", format, "--out",
          folder.appendingPathComponent(format).path, corpus.path,
        ])
      #expect(result.status == 0, "\(format): \(result.error)")
    }
    let check = try ExportEndToEndTests.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3",
        ExportEndToEndTests.root.appendingPathComponent("Tests/Interop/check_exports.py").path,
        corpus.path, folder.path, "xmi,gate,naf",
      ])
    let report = String(decoding: check.output, as: UTF8.self)
    #expect(check.status == 0, "\(report)\(check.error)")
    #expect(report.contains(" passed, 0 failed"))
  }

  @Test func theXMLFormatsNeedAnOutputFolder() throws {
    for format in ["xmi", "gate", "naf"] {
      let result = try ExportEndToEndTests.run(
        ExportEndToEndTests.binary, ["export", "--format", format])
      #expect(result.status != 0)
      #expect(result.error.contains("give a folder with --out"), "\(format)")
    }
  }
}
