import Foundation
import MarqueeAppraisal
import MarqueeCore
import MarqueeText
import Testing

/// Prints the evaluate stage's throughput on the bundled reviews (segmenting excluded). No
/// timing assertion: the figures depend on the machine and the build; the benchmark package
/// measures release builds. It checks that the output is not empty, so the loop cannot be
/// optimised away.
@Suite struct EvaluateThroughputTests {
  static let reviews = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpora/reviews")

  @Test(.enabled(if: FileManager.default.fileExists(atPath: reviews.path)))
  func throughputOnTheBundledReviews() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.reviews.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let segment = try Pipeline([SegmentStage()])
    var documents: [Document] = []
    var bytes = 0
    for file in files {
      let text = try String(contentsOf: Self.reviews.appendingPathComponent(file), encoding: .utf8)
      bytes += text.utf8.count
      documents.append(try segment.run(Document(id: file, text: text)))
    }
    let stage = EvaluateStage()
    _ = try stage.annotate(documents[0])  // load the lexicons outside the timing
    let rounds = 5
    var evaluations = 0
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for _ in 0..<rounds {
        for document in documents {
          evaluations += try stage.annotate(document).layers[LayerName.evaluations]?.count ?? 0
        }
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let megabytes = Double(bytes * rounds) / 1_000_000
    print(
      "evaluate: \(String(format: "%.2f", megabytes / seconds)) MB/s "
        + "(\(files.count) reviews, \(bytes) bytes × \(rounds) rounds in "
        + "\(String(format: "%.2f", seconds)) s)")
    #expect(evaluations > 0)
  }
}
