import Benchmark
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
  let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let folder = root.appendingPathComponent("Corpora/reviews")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
    try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
  }
  let bytes = texts.reduce(0) { $0 + $1.utf8.count }
  let segment = SegmentStage()
  let documents: [Document] = texts.enumerated().compactMap { offset, text in
    var document = Document(id: "r\(offset)", text: text)
    guard let output = try? segment.annotate(document) else { return nil }
    for (name, layer) in output.layers { try? document.setLayer(name, layer) }
    return document
  }
  let words = documents.reduce(0) { count, document in
    count
      + (document.layer(LayerName.tokens) ?? []).count {
        $0.features["kind"]?.stringValue == "word"
      }
  }
  let label = "\(documents.count) reviews, \(bytes) bytes, \(words) words"

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
