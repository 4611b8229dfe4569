import Foundation
import Testing

/// The HTML view rendered by a real browser: headless Chromium loads the exported page with no
/// network and its DOM shows every annotation.
@Suite struct HTMLRenderTests {
  static var chromium: URL? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
      .map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  @Test func chromiumShowsEveryAnnotation() throws {
    guard let chromium = Self.chromium else {
      #expect(
        !CommandRunner.interopRequired,
        "MARQUEE_REQUIRE_INTEROP=1 but Chromium is missing (apt-get install chromium)")
      return
    }
    let line =
      #"{"id":"r","text":"A devastating 👩‍👩‍👧 Riz Ahmed plays Ruben in “Sound of Metal”.\r\nRTL: עברית.","#
      + #""layers":{"entities":[{"id":"e1","start":20,"end":29,"label":"CAST","features":{"name":"Riz Ahmed"}},"#
      + #"{"id":"e2","start":36,"end":41,"label":"CHARACTER","features":{"name":"Ruben"}},"#
      + #"{"id":"e3","start":46,"end":60,"label":"TITLE","features":{"work":"film"}}],"#
      + #""evaluations":[{"id":"v1","start":2,"end":29,"label":"positive","features":{"polarity":"positive","score":0.8}}]},"#
      + #""relations":[{"id":"r1","label":"plays","from":"e1","to":"e2"}],"summary":{"verdict":"positive","score":0.8}}"#
    let export = try CommandRunner.marquee(["export", "--format", "html"], input: Data(line.utf8))
    #expect(export.status == 0, "\(export.error)")
    let directory = try CommandRunner.temporaryDirectory()
    let page = directory.appendingPathComponent("view.html")
    try export.output.write(to: page)
    let render = try CommandRunner.run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
        "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--dump-dom",
        page.absoluteString,
      ])
    #expect(render.status == 0, "\(render.error)")
    let dom = render.outputText
    // Each entity is its own highlighted element whose text is exactly the span's surface.
    for surface in ["Riz Ahmed", "Ruben", "Sound of Metal"] {
      #expect(dom.contains(">\(surface)</span>"), "rendered page lacks a highlight for \(surface)")
    }
    #expect(dom.contains("CAST"))
    #expect(dom.contains("→ Ruben"))
    #expect(!dom.contains("http://") && !dom.contains("https://"), "the page reaches out")
  }
}
