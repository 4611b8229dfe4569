import MarqueeCore
import Testing

@testable import MarqueeXML

@Suite struct XMLParallelReadingTests {
  /// libxml2's error handler is per reader: documents read at the same time never see each
  /// other's errors.
  @Test func parallelReadsKeepTheirOwnErrors() async throws {
    let good = try XMLCorpusEncoder().encodeCorpus([SampleDocuments.review()])
    let bad = Array(
      "<document xmlns=\"https://marquee.example/ns/1\" version=\"1\" offsetUnit=\"unicode-scalar\" id=\"d\">\n\n<text>\n</document>"
        .utf8)
    let outcomes = await withTaskGroup(of: (Bool, String).self) { group in
      for index in 0..<24 {
        group.addTask {
          let isGood = index % 2 == 0
          do {
            let documents = try XMLDocumentReader().documents(in: isGood ? good : bad)
            return (isGood, "ok \(documents.count)")
          } catch let error as XMLError {
            return (isGood, "\(error.kind) \(error.line ?? 0)")
          } catch {
            return (isGood, "unexpected \(error)")
          }
        }
      }
      var collected: [(Bool, String)] = []
      for await outcome in group { collected.append(outcome) }
      return collected
    }
    for (isGood, outcome) in outcomes {
      #expect(outcome == (isGood ? "ok 1" : "malformed 4"))
    }
  }
}
