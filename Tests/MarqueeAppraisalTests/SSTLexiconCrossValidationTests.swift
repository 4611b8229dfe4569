import Foundation
import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// Chooses the learned lexicon's thresholds on the Stanford Sentiment Treebank *training* split
/// only: each fold's lexicon is mined from the other folds' sentences and measured on its own.
///
/// Runs only on request, after `Corpora/tools/learn_sst_lexicon.py --cross-validate DIR` wrote
/// `DIR/<setting>/fold<i>.tsv` (sentence `n` of train.txt, counting non-empty lines from 0,
/// belongs to fold `n % folds`):
/// `MARQUEE_SST_CV=DIR swift test --filter SSTLexiconCrossValidationTests`. Prints and writes
/// `DIR/results.tsv`: per setting, the held-out SST-2 accuracy summed over the folds.
@Suite struct SSTLexiconCrossValidationTests {
  static let trainPath = SSTData.url("data/sst/trees/train.txt")

  static var directory: URL? {
    guard let path = ProcessInfo.processInfo.environment["MARQUEE_SST_CV"],
      FileManager.default.fileExists(atPath: trainPath.path)
    else { return nil }
    return URL(fileURLWithPath: path)
  }

  @Test(.enabled(if: directory != nil)) func heldOutAccuracyPerSetting() throws {
    let directory = try #require(Self.directory)
    let folds = Int(ProcessInfo.processInfo.environment["MARQUEE_SST_FOLDS"] ?? "") ?? 5
    let text = try String(contentsOf: Self.trainPath, encoding: .utf8)
    let trees = text.split(separator: "\n").map { SSTTree($0) }
    let settings = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".tsv") }.sorted()
    var results = "setting\tcorrect\ttotal\taccuracy\n"
    for setting in settings {
      var correct = 0
      var total = 0
      for fold in 0..<folds {
        let file = directory.appendingPathComponent("\(setting)/fold\(fold).tsv")
        // No back-off: the bundled one was learned from every fold.
        let stage = EvaluateStage(
          lexicon: try EvaluativeLexicon.curated(learned: file), backoff: .none)
        let pipeline = try Pipeline([SegmentStage(), stage])
        for (number, tree) in trees.enumerated() where number % folds == fold {
          guard let tree, tree.label != 2 else { continue }
          let document = try pipeline.run(
            Document(id: "sst", text: SSTTree.detokenize(tree.leaves)))
          let probability = document.summary["positiveProbability"]?.doubleValue ?? 0.5
          total += 1
          if (probability >= 0.5) == (tree.label > 2) { correct += 1 }
        }
      }
      let accuracy = Double(correct) / Double(max(total, 1))
      print("cross-validated \(setting): \(correct)/\(total) = \(accuracy)")
      results += "\(setting)\t\(correct)\t\(total)\t\(String(format: "%.4f", accuracy))\n"
    }
    try results.write(
      to: directory.appendingPathComponent("results.tsv"), atomically: true, encoding: .utf8)
    #expect(!settings.isEmpty)
  }
}
