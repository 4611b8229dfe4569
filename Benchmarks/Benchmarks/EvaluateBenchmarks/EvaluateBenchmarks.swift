import Benchmark
import Foundation
import MarqueeAppraisal
import MarqueeCore
import MarqueeText

/// The `evaluate` stage over the bundled review corpus (`Corpora/reviews`, read and segmented at
/// start-up, outside the timed loop). One iteration evaluates every review once; the benchmark's
/// name gives the corpus size in bytes and words, so MB/s = throughput × MB and
/// words/s = throughput × words.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 3,
    maxDuration: .seconds(3),
    maxIterations: 1000
  )
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let folder = root.appendingPathComponent("Corpora/reviews")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
    try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
  }
  let bytes = texts.reduce(0) { $0 + $1.utf8.count }
  let segment = try? Pipeline([SegmentStage()])
  let documents = texts.enumerated().compactMap {
    try? segment?.run(Document(id: "r\($0.offset)", text: $0.element))
  }
  let words = documents.reduce(0) { count, document in
    count + (document.layer(LayerName.tokens) ?? []).count {
      $0.features["kind"]?.stringValue == "word"
    }
  }
  let label = "\(documents.count) reviews, \(bytes) bytes, \(words) words"

  let stage = EvaluateStage()
  // Load the bundled lexicons outside the timed loop.
  blackHole(try? stage.annotate(Document(id: "warm-up", text: "")))

  Benchmark("evaluate stage: evaluations, zones and verdict (\(label))") { benchmark in
    for _ in benchmark.scaledIterations {
      var evaluations = 0
      for document in documents {
        let output = try stage.annotate(document)
        evaluations += output.layers[LayerName.evaluations]?.count ?? 0
      }
      // The benchmark checks its own output: none would mean a broken corpus path or lexicon.
      precondition(evaluations > documents.count, "no evaluations: is Corpora/reviews there?")
      blackHole(evaluations)
    }
  }
}
