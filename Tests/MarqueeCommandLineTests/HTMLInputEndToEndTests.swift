import Foundation
import Testing

/// `marquee annotate page.html`: the visible text of a review page, with its markup layer.
@Suite struct HTMLInputEndToEndTests {
  @Test func annotatesTheVisibleTextOfAPage() throws {
    let directory = try CommandRunner.temporaryDirectory()
    let page = directory.appendingPathComponent("review.html")
    try Data(
      """
      <!DOCTYPE html><html><head><title>Review</title><style>p{color:red}</style>
      <script>var hidden = "never shown";</script></head>
      <body><h1>Review: <i>Sound of Metal</i></h1>
      <p>Riz Ahmed is <em>devastating</em> as Ruben.<br>Go see it &amp; weep.</p></body></html>
      """.utf8
    ).write(to: page)
    let result = try CommandRunner.marquee([
      "annotate", "--quiet", "--stages", "segment", page.path,
    ])
    #expect(result.status == 0, "\(result.error)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    let text = try #require(object["text"] as? String)
    #expect(text.contains("Riz Ahmed is devastating as Ruben.\nGo see it & weep."))
    #expect(!text.contains("never shown") && !text.contains("color:red"))
    let layers = try #require(object["layers"] as? [String: [[String: Any]]])
    let markup = try #require(layers["markup"])
    let scalars = Array(text.unicodeScalars)
    let italics = markup.compactMap { annotation -> String? in
      guard let start = annotation["start"] as? Int, let end = annotation["end"] as? Int else {
        return nil
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      return String(view)
    }
    #expect(italics.contains("Sound of Metal"))
    #expect(italics.contains("devastating"))
    #expect((layers["sentences"]?.count ?? 0) >= 3)
    let metadata = try #require(object["metadata"] as? [String: Any])
    #expect(metadata["sourceMap"] != nil)
  }
}
