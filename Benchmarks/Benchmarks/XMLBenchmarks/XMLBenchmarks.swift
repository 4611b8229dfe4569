import Benchmark
import BenchmarkCorpus
import MarqueeCore
import MarqueeXML

/// Writing and reading Marquee standoff XML on the same review-sized synthetic corpus as the JSON
/// benchmarks. One iteration writes (or reads) the whole corpus; its XML size is in the name, so
/// MB/s = throughput × MB.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 2,
    maxDuration: .seconds(3),
    maxIterations: 200
  )
  let corpus = SyntheticCorpus.make(targetBytes: 1_000_000)
  let encoder = XMLCorpusEncoder()
  guard let xml = try? encoder.encodeCorpus(corpus) else {
    fatalError("the benchmark corpus cannot be written as XML")
  }
  let megabytes = Double(xml.count) / 1_000_000
  let label = "\(corpus.count) documents, \(String(format2: megabytes)) MB of XML"

  Benchmark("XML write (\(label))") { benchmark in
    for _ in benchmark.scaledIterations {
      var bytes = encoder.streamHeader()
      for document in corpus {
        guard let part = try? encoder.encodeInStream(document) else {
          fatalError("a benchmark document cannot be written as XML")
        }
        bytes += part
      }
      bytes += encoder.streamFooter()
      blackHole(bytes)
    }
  }

  Benchmark("XML read (\(label))") { benchmark in
    let reader = XMLDocumentReader()
    for _ in benchmark.scaledIterations {
      // The benchmark checks its own output: every document must come back.
      guard let documents = try? reader.documents(in: xml), documents.count == corpus.count else {
        fatalError("the benchmark corpus did not read back")
      }
      blackHole(documents)
    }
  }
}
