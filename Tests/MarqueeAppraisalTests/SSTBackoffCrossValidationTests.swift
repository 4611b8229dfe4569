import Foundation
import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// Measures the whole evaluate stage, n-gram back-off included, on the Stanford Sentiment
/// Treebank *training* split with nothing learned from the sentence it reads: sentence `n` is
/// read with the learned lexicon and the back-off learned without its fold (`n % 5`).
///
/// Runs only on request, after `learn_sst_lexicon.py --cross-validate DIR --grid
/// min_score=0.35` and `learn_sst_ngrams.py --write-folds NGRAMS`:
/// `MARQUEE_FIT_FOLDS=DIR/min_score=0.35 MARQUEE_NGRAM_FOLDS=NGRAMS swift test --filter
/// SSTBackoffCrossValidationTests`. Prints the held-out SST-2 accuracy with and without the
/// back-off.
@Suite struct SSTBackoffCrossValidationTests {
  static let trainPath = SSTData.url("data/sst/trees/train.txt")

  static var folders: (lexicon: URL, ngrams: URL)? {
    let environment = ProcessInfo.processInfo.environment
    guard let lexicon = environment["MARQUEE_FIT_FOLDS"],
      let ngrams = environment["MARQUEE_NGRAM_FOLDS"],
      FileManager.default.fileExists(atPath: trainPath.path)
    else { return nil }
    return (URL(fileURLWithPath: lexicon), URL(fileURLWithPath: ngrams))
  }

  @Test(.enabled(if: folders != nil)) func heldOutAccuracyWithTheBackoff() throws {
    let folders = try #require(Self.folders)
    let text = try String(contentsOf: Self.trainPath, encoding: .utf8)
    var stages: [(with: EvaluateStage, without: EvaluateStage)] = []
    for fold in 0..<5 {
      let lexicon = try EvaluativeLexicon.curated(
        learned: folders.lexicon.appendingPathComponent("fold\(fold).tsv"))
      let file = folders.ngrams.appendingPathComponent("fold\(fold).tsv")
      let model = try NgramBackoff(rows: TSVFile.rows(at: file, name: file.path))
      stages.append(
        (
          EvaluateStage(lexicon: lexicon, backoff: .model(model)),
          EvaluateStage(lexicon: lexicon, backoff: .none)
        ))
    }
    let segment = try Pipeline([SegmentStage()])
    var correct = (with: 0, without: 0)
    var total = 0
    var decided = 0
    for (number, line) in text.split(separator: "\n").enumerated() {
      guard let tree = SSTTree(line), tree.label != 2 else { continue }
      let document = try segment.run(
        Document(id: "sst", text: SSTTree.detokenize(tree.leaves)))
      let gold = tree.label > 2
      let pair = stages[number % 5]
      let with = try pair.with.annotate(document).summary
      let without = try pair.without.annotate(document).summary
      if (with["positiveProbability"]?.doubleValue ?? 0.5 >= 0.5) == gold { correct.with += 1 }
      if (without["positiveProbability"]?.doubleValue ?? 0.5 >= 0.5) == gold {
        correct.without += 1
      }
      if with["basis"] != nil { decided += 1 }
      total += 1
    }
    print(
      "SST train, held out: \(correct.with)/\(total) with the back-off (asked on \(decided)), "
        + "\(correct.without)/\(total) without")
    #expect(total == 6920)
    #expect(correct.with > correct.without)
  }
}
