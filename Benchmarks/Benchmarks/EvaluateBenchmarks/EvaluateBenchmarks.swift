import Benchmark
import BenchmarkCorpus
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
  let (documents, bytes, words, label) = BundledReviews.segmented()

  let stage = EvaluateStage()
  // Load the bundled lexicons outside the timed loop.
  blackHole(try? stage.annotate(Document(id: "warm-up", text: "")))

  // On a machine shared with other work, wall-clock times measure the queue for a core as much
  // as the stage. `EVALUATE_CPU_PROBE=1 .build/release/EvaluateBenchmarks` instead prints the
  // thread CPU time of 200 iterations (after 5 warm-up ones) and exits.
  if ProcessInfo.processInfo.environment["EVALUATE_CPU_PROBE"] != nil {
    func threadMilliseconds() -> Double {
      var time = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
      return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }
    var times: [Double] = []
    for round in 0..<205 {
      let start = threadMilliseconds()
      for document in documents { blackHole(try? stage.annotate(document)) }
      if round >= 5 { times.append(threadMilliseconds() - start) }
    }
    times.sort()
    let median = times[times.count / 2]
    func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    print(
      "evaluate: thread CPU per iteration min \(rounded(times[0])) ms, "
        + "p25 \(rounded(times[times.count / 4])) ms, p50 \(rounded(median)) ms = "
        + "\(rounded(Double(bytes) / median / 1000)) MB/s, "
        + "\(Int(Double(words) / median * 1000)) words/s (\(label))")
    exit(0)
  }
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
