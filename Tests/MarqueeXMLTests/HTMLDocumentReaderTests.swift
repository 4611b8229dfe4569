import Foundation
import MarqueeCore
import Testing

@testable import MarqueeXML

@Suite struct HTMLDocumentReaderTests {
  let reader = HTMLDocumentReader()

  func read(_ html: String) throws -> Document {
    let document = try reader.read(Array(html.utf8), id: "page")
    HTMLChecks.expectConsistent(document, page: Array(html.utf8))
    return document
  }

  func markup(_ document: Document) -> [String] {
    (document.layer(HTMLDocumentReader.markupLayer) ?? []).map { annotation in
      let element = annotation.features["element"]?.stringValue ?? "?"
      return "\(annotation.label ?? "?")/\(element): \(document.surface(of: annotation))"
    }
  }

  @Test func reviewPageGivesItsVisibleText() throws {
    let document = try read(ReviewPages.dailyReel)
    #expect(document.text == ReviewPages.dailyReelText)
    #expect(document.metadata["title"] == "Sound of Metal review – The Daily Reel")
    #expect(document.metadata["format"] == "html")
  }

  @Test func reviewPageKeepsItsMarkup() throws {
    let document = try read(ReviewPages.dailyReel)
    #expect(
      markup(document) == [
        "link/a: Home", "link/a: Reviews", "link/a: About", "heading/h1: Sound of Metal",
        "emphasis/cite: Sound of Metal", "emphasis/em: remarkable",
        "quotation/blockquote: It’s the best sound design of the year.",
        "quotation/q: I'm fine", "link/a: Buy popcorn", "heading/h2: Comments (2)",
        "emphasis/i: Sound of Metal",
      ])
    let links = (document.layer("markup") ?? []).filter { $0.label == "link" }
    #expect(links.last?.features["href"] == "https://ads.example/buy?a=1&b=2")
    let headings = (document.layer("markup") ?? []).filter { $0.label == "heading" }
    #expect(headings.map { $0.features["level"] } == [1, 2])
  }

  @Test func entitiesMapToTheirReferences() throws {
    let page = ReviewPages.dailyReel
    let document = try read(page)
    let bytes = Array(page.utf8)
    let scalars = Array(document.text.unicodeScalars)
    let apostrophe = try #require(scalars.firstIndex(of: "’"))
    let reference = try #require(
      bytes.indices.first { bytes[$0...].starts(with: Array("&rsquo;".utf8)) })
    #expect(HTMLChecks.runs(of: document).contains([apostrophe, 1, reference, 7]))
  }

  @Test func textRunsPointAtTheirBytes() throws {
    let page = ReviewPages.dailyReel
    let document = try read(page)
    let bytes = Array(page.utf8)
    let scalars = Array(document.text.unicodeScalars)
    let start = try #require(document.text.range(of: "Riz Ahmed plays"))
    let scalarStart = document.text.unicodeScalars.distance(
      from: document.text.startIndex, to: start.lowerBound)
    let run = try #require(
      HTMLChecks.runs(of: document).first { $0[0] <= scalarStart && scalarStart < $0[0] + $0[1] })
    let byte = run[2] + String(String.UnicodeScalarView(scalars[run[0]..<scalarStart])).utf8.count
    #expect(bytes[byte...].starts(with: Array("Riz Ahmed plays".utf8)))
  }

  @Test func sloppyMarkupIsRecovered() throws {
    let document = try read(ReviewPages.sloppyBlog)
    let expected =
      "BlogFilms\n\nDrive My Car (2021)\n\nHamaguchi’s film is long\n\nand very patient indeed.\n\n"
      + "Runtime: 179 min\nRating: ★★★★☆\n\nActor Role\nHidetoshi Nishijima Yūsuke Kafuku\n\n"
      + "  Line one\r\n    Line two\n\nArabic: فيلم رائع — Hebrew: סרט טוב <3 &unknown; 5 &gt 4\n\n"
      + "Comment by Ren: agreed!"
    #expect(document.text == expected)
    #expect(markup(document).contains("heading/h2: Drive My Car (2021)"))
    #expect(markup(document).contains("link/a: Ren"))
  }

  @Test(arguments: [
    ("a<br>b", "a\nb"),
    ("a<br><br>b", "a\n\nb"),
    ("a<br><br><br><br>b", "a\n\nb"),
    ("<br><br>a<br><br>", "a"),
    ("  a \n\t b  ", "a b"),
    ("<p>a</p>\n\n<p>b</p>", "a\n\nb"),
    ("<div>a</div><div>b</div>", "a\nb"),
    ("<div><p>a</p></div><div>b</div>", "a\n\nb"),
    ("x <i> y </i> z", "x y z"),
    ("<pre>\n a  b\n</pre>", "a  b"),
    ("a&amp;b &lt;c&gt; &eacute;&#233;&#xE9; &#x1F3AC;", "a&b <c> ééé 🎬"),
    ("tab\u{C}form feed", "tab form feed"),
    ("<script>x</script><style>y</style><noscript>z</noscript>visible", "visible"),
    ("<p hidden>no</p><p>yes</p>", "yes"),
    ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
    ("", ""),
    ("<p></p>", ""),
    ("emoji 👍🏽 family 👨‍👩‍👧‍👦 e\u{301}", "emoji 👍🏽 family 👨‍👩‍👧‍👦 e\u{301}"),
    ("\u{FEFF}bom", "bom"),
    ("nul\u{0}byte", "nul byte"),
  ])
  func layoutRules(html: String, text: String) throws {
    #expect(try read(html).text == text)
  }

  @Test func preformattedTextKeepsItsIndentation() throws {
    let document = try read("<p>Code:</p><pre>\n  let x = 1\n    return x</pre><p>done</p>")
    #expect(document.text == "Code:\n\n  let x = 1\n    return x\n\ndone")
  }

  @Test func markupSpansSliceToTheirElements() throws {
    let html = "<h3> Act <em>one</em> </h3><p><a href=x>a <i>b</i></a> <q><i>c</i></q><i></i></p>"
    let document = try read(html)
    #expect(document.text == "Act one\n\na b c")
    #expect(
      markup(document) == [
        "heading/h3: Act one", "emphasis/em: one", "link/a: a b", "emphasis/i: b",
        "quotation/q: c", "emphasis/i: c",
      ])
  }

  @Test func invalidUTF8IsNamed() {
    do {
      _ = try reader.read([0x61, 0xE9, 0x62], id: "x")
      Issue.record("invalid UTF-8 was read")
    } catch {
      #expect(error.kind == .unreadable)
      #expect(error.message.contains("offset 1"))
    }
  }

  @Test func oversizedPageIsRefused() {
    let small = HTMLDocumentReader(maximumInputSize: 10)
    #expect(throws: XMLError.self) { try small.read(Array(repeating: 0x61, count: 11), id: "x") }
  }

  @Test func htmlDocumentsRoundTripThroughXML() throws {
    let document = try reader.read(
      Array(ReviewPages.dailyReel.utf8), id: "daily-reel", source: "r.html")
    let xml = try XMLCorpusEncoder().encodeStandalone(document)
    try SchemaCheck.expectValid(xml)
    let back = try XMLDocumentReader().documents(in: xml)
    let json = DocumentJSONWriter()
    #expect(back.map { json.encode($0) } == [json.encode(document)])
  }

  @Test func deeplyNestedHTMLDoesNotCrash() throws {
    let html = String(repeating: "<div><span>", count: 5_000) + "deep"
    let document = try reader.read(Array(html.utf8), id: "deep")
    #expect(document.text.hasSuffix("deep") || document.text.isEmpty)
  }
}
