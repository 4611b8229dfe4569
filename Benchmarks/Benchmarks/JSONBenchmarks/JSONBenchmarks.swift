import Benchmark
import BenchmarkCorpus
import MarqueeCore

/// Reading and writing Marquee JSON Lines on documents of realistic size: review-length texts
/// (about 5,000 characters with curly quotes, accents and the odd emoji) carrying every layer a
/// full pipeline produces — sentences, a token per word and punctuation mark with features,
/// entities and evaluations — about 1,300 annotations each.
///
/// Each iteration handles one corpus of about 1 MB of JSON (the exact size is printed in the
/// benchmark's name), so the throughput column reads as MB/s.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 2,
    maxDuration: .seconds(3),
    maxIterations: 200
  )
  let corpus = SyntheticCorpus.make(targetBytes: 1_000_000)
  let writer = DocumentJSONWriter()
  let lines = corpus.map { writer.encode($0) }
  let megabytes = Double(lines.reduce(0) { $0 + $1.count + 1 }) / 1_000_000
  let label = "\(corpus.count) documents, \(String(format2: megabytes)) MB"

  Benchmark("JSON write (\(label))") { benchmark in
    for _ in benchmark.scaledIterations {
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 20)
      for document in corpus {
        writer.write(document, to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
      }
      blackHole(buffer)
    }
  }

  Benchmark("JSON read (\(label))") { benchmark in
    let reader = DocumentJSONReader()
    for _ in benchmark.scaledIterations {
      for line in lines {
        // The benchmark checks its own output: a document that does not read back is a failure.
        guard let document = try? reader.decode(line), document.length > 0 else {
          fatalError("benchmark corpus failed to read back")
        }
        blackHole(document)
      }
    }
  }
}
