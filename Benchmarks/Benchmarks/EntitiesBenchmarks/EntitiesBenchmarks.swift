import Benchmark
import BenchmarkCorpus
import Foundation
import MarqueeCore
import MarqueeEntities
import MarqueeText

/// The `entities` stage over the bundled review corpus (`Corpora/reviews`, read and segmented
/// at start-up, outside the timing). One iteration tags every review once; the benchmark's name
/// gives the corpus size in bytes and words, so MB/s = throughput × MB and words/s = throughput
/// × words.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 3,
    maxDuration: .seconds(3),
    maxIterations: 1000
  )
  let (documents, _, _, label) = BundledReviews.segmented()

  Benchmark("entities stage: tag, link and pair (\(label))") { benchmark in
    let stage = EntityStage()
    for _ in benchmark.scaledIterations {
      var mentions = 0
      for document in documents {
        let output = try stage.annotate(document)
        mentions += output.layers[LayerName.entities]?.count ?? 0
      }
      // The benchmark checks its own output: no mentions would mean a broken corpus path.
      precondition(mentions > documents.count, "no entities: is Corpora/reviews there?")
      blackHole(mentions)
    }
  }
}
