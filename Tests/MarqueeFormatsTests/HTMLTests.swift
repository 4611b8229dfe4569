import Foundation
import MarqueeCore
import Testing

@testable import MarqueeFormats

@Suite struct HTMLTests {
  func page(_ document: Document) throws -> String {
    try HTMLExporter().exportFiles(document)[0].text
  }

  @Test func everyAnnotationAppearsWithItsFeatures() throws {
    let document = try Fixtures.soundOfMetal()
    let html = try page(document)
    for layer in [LayerName.entities, LayerName.evaluations] {
      for annotation in document.layer(layer) ?? [] {
        #expect(
          html.contains(
            "<div class=\"ann\" data-id=\"\(annotation.id)\" data-layer=\"\(layer)\" "
              + "data-start=\"\(annotation.start)\" data-end=\"\(annotation.end)\">"))
        #expect(
          html.contains(
            "<span class=\"surface\">\(Fixtures.slice(document, annotation.start, annotation.end))</span>"
          ))
        for (key, value) in annotation.features {
          #expect(html.contains("<dt>\(key)</dt><dd>\(HTMLExporter.display(value))</dd>"), "\(key)")
        }
      }
    }
    #expect(html.contains("<dt>plays</dt><dd>Ruben (e2)</dd>"))
    #expect(html.contains("<sup class=\"rel\">→ Ruben</sup>"))
  }

  @Test func highlightsCoverExactlyTheAnnotatedText() throws {
    let document = try Fixtures.soundOfMetal()
    let html = try page(document)
    // Each highlighted piece carries its offsets; its text must be that slice of the review.
    let pattern = try NSRegularExpression(
      pattern: #"data-start="(\d+)" data-end="(\d+)" title="[^"]*">([^<]*)</span>"#)
    let range = NSRange(html.startIndex..., in: html)
    let matches = pattern.matches(in: html, range: range)
    #expect(matches.count >= 5)
    for match in matches {
      let start = Int(html[Range(match.range(at: 1), in: html)!])!
      let end = Int(html[Range(match.range(at: 2), in: html)!])!
      let shown = String(html[Range(match.range(at: 3), in: html)!])
      #expect(shown == Fixtures.slice(document, start, end))
    }
    #expect(html.contains("class=\"seg ent l-CAST\""))
    #expect(html.contains("text-decoration-color:#2b8a3e"))
  }

  @Test func theSummaryLegendAndChartAreShown() throws {
    let html = try page(try Fixtures.soundOfMetal())
    #expect(html.contains("<span class=\"verdict\">positive</span>"))
    #expect(html.contains("<span>acting</span>"))
    #expect(html.contains("<span>-0.25</span>"))
    #expect(html.contains("<section class=\"legend\">"))
    #expect(html.contains("positive evaluation</span>"))
  }

  @Test func zonesStyleTheTextAndEntityScoresAreNamed() throws {
    var document = try Fixtures.soundOfMetal()
    // The first sentence is plot summary: drawn in grey, never as a highlight over entities.
    try document.setLayer("zones", [Annotation(id: "z1", start: 0, end: 42, label: "plot")])
    document.summary["entities"] = ["e1": ["score": 0.8], "e2": ["score": -0.2]]
    let html = try page(document)
    #expect(html.contains("zone z-plot"))
    for span in html.components(separatedBy: "<span class=\"seg").dropFirst()
    where span.hasPrefix(" zone") && !span.contains(" ent ") {
      #expect(!span.contains("background:"), "a zone-only span is highlighted")
    }
    // Per-entity scores are labelled by name, not by annotation id.
    #expect(html.contains("<span>Riz Ahmed</span>"))
    #expect(html.contains("<span>Ruben Stone</span>"))
    #expect(!html.contains("<span>e1</span>"))
  }

  @Test func entityScoresKeyedByClusterAreNamed() throws {
    var document = Document(id: "k", text: "Riz Ahmed is superb. Ahmed carries it.")
    try document.setLayer(
      LayerName.entities,
      [
        Annotation(
          id: "e1", start: 0, end: 9, label: "CAST",
          features: ["name": "Riz Ahmed", "entity": "riz-ahmed"]),
        Annotation(
          id: "e2", start: 21, end: 26, label: "CAST",
          features: ["name": "Riz Ahmed", "entity": "riz-ahmed"]),
      ])
    document.summary["entities"] = ["riz-ahmed": ["score": 0.7, "count": 2]]
    let html = try page(document)
    #expect(html.contains("<span>Riz Ahmed</span>"))
    #expect(!html.contains("<span>riz-ahmed</span>"))
  }

  @Test func thePageNeedsNoNetwork() throws {
    let html = try page(try Fixtures.soundOfMetal())
    for forbidden in ["http:", "https:", "//", "src=", "@import", "url("] {
      let withoutComments = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
      #expect(!withoutComments.contains(forbidden), "found \(forbidden)")
    }
  }

  @Test func markupInTheReviewIsEscaped() throws {
    var document = Document(id: "x", text: "<script>alert(1)</script> & \u{0}")
    try document.setLayer(
      LayerName.entities, [Annotation(id: "e1", start: 0, end: 8, label: "ORG")])
    let html = try page(document)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \u{FFFD}"))
  }

  @Test func aCorpusStreamIsOnePageWithAnIndex() throws {
    let exporter = HTMLExporter()
    var inventory = ExportInventory()
    var page = exporter.streamHeader()
    for document in [try Fixtures.soundOfMetal(), try Fixtures.rtl()] {
      page += try exporter.exportInStream(document)
      inventory.add(document, fileStem: document.id)
    }
    page += exporter.streamFooter(for: inventory)
    let html = String(decoding: page, as: UTF8.self)
    #expect(html.components(separatedBy: "<!DOCTYPE html>").count == 2)
    #expect(html.contains("<a href=\"#doc-sound-of-metal\">sound-of-metal</a>"))
    #expect(html.contains("<article class=\"doc\" id=\"doc-rtl\">"))
    #expect(html.contains("<div class=\"text\" dir=\"auto\">"))
  }
}
