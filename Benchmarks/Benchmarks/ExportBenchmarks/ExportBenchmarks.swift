import Benchmark
import BenchmarkCorpus
import MarqueeCore
import MarqueeFormats

/// Every research-tool export over the review-sized synthetic corpus (sentences, a token per
/// word, entities, evaluations): one iteration exports the whole corpus in memory. The name of
/// each benchmark gives the size of its output, so output MB/s = throughput × MB.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 2,
    maxDuration: .seconds(2),
    maxIterations: 200
  )
  let corpus = SyntheticCorpus.make(targetBytes: 1_000_000)
  let exporters: [any Exporter] = [
    BratExporter(), CoNLLUExporter(), CoNLLExporter(), WebAnnotationExporter(), SpaCyExporter(),
    HTMLExporter(), XMIExporter(), GATEExporter(), NAFExporter(),
  ]

  /// The whole corpus exported once: one stream, or every document's files.
  func export(_ exporter: any Exporter) -> Int {
    var bytes = 0
    for document in corpus {
      // The benchmark checks its own output: a document that does not export is a failure.
      guard let files = try? exporter.exportFiles(document), !files.isEmpty else {
        fatalError("\(exporter.formatName) failed on a benchmark document")
      }
      bytes += files.reduce(0) { $0 + $1.bytes.count }
    }
    return bytes
  }

  for exporter in exporters {
    let megabytes = Double(export(exporter)) / 1_000_000
    Benchmark("export \(exporter.formatName) (\(String(format2: megabytes)) MB out)") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(export(exporter))
      }
    }
  }
}
