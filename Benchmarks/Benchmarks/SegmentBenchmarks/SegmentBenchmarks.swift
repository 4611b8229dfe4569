import Benchmark
import BenchmarkCorpus
import Foundation
import MarqueeCore
import MarqueeText

/// Sentence segmentation and tokenization over the bundled review corpus (`Corpora/reviews`,
/// read at start-up). One iteration segments and tokenizes every review once; the benchmark's
/// name gives the corpus size in bytes and words, so MB/s = throughput × MB.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 3,
    maxDuration: .seconds(3),
    maxIterations: 1000
  )
  let texts = BundledReviews.texts()
  let bytes = texts.reduce(0) { $0 + $1.utf8.count }
  let segmenter = SentenceSegmenter()
  let tokenizer = Tokenizer()
  let words = texts.reduce(0) { count, text in
    count
      + tokenizer.tokens(in: text, sentences: segmenter.sentences(in: text))
      .count { $0.kind == .word }
  }
  let label = "\(texts.count) reviews, \(bytes) bytes, \(words) words"

  Benchmark("segment: sentences and tokens (\(label))") { benchmark in
    for _ in benchmark.scaledIterations {
      var tokenCount = 0
      for text in texts {
        let sentences = segmenter.sentences(in: text)
        tokenCount += tokenizer.tokens(in: text, sentences: sentences).count
      }
      // The benchmark checks its own output: an empty result would mean a broken corpus path.
      precondition(tokenCount > words, "no tokens: is Corpora/reviews there?")
      blackHole(tokenCount)
    }
  }

  Benchmark("segment stage: annotations and layers (\(label))") { benchmark in
    let stage = SegmentStage()
    let documents = texts.enumerated().map { Document(id: "r\($0.offset)", text: $0.element) }
    for _ in benchmark.scaledIterations {
      for document in documents {
        blackHole(try stage.annotate(document))
      }
    }
  }
}
