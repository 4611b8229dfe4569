import Foundation
import MarqueeCore
import MarqueeText

/// The bundled review corpus (`Corpora/reviews`), read once for the stage benchmarks.
public enum BundledReviews {
  /// The review texts, in file-name order.
  public static func texts() -> [String] {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = root.appendingPathComponent("Corpora/reviews")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
  }

  /// The reviews as documents already run through `segment` (so a later stage's benchmark times
  /// only that stage), with a label giving the corpus size: "41 reviews, 164826 bytes, 28692
  /// words".
  public static func segmented() -> (
    documents: [Document], bytes: Int, words: Int, label: String
  ) {
    let texts = texts()
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let pipeline = try? Pipeline([SegmentStage()])
    let documents = texts.enumerated().compactMap {
      try? pipeline?.run(Document(id: "r\($0.offset)", text: $0.element))
    }
    let words = documents.reduce(0) { count, document in
      count
        + (document.layer(LayerName.tokens) ?? []).count {
          $0.features["kind"]?.stringValue == "word"
        }
    }
    return (documents, bytes, words, "\(documents.count) reviews, \(bytes) bytes, \(words) words")
  }
}
