import Foundation
import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// Fits the weights of ``VerdictModel`` on the Stanford Sentiment Treebank *training* split and
/// writes them to `Sources/MarqueeAppraisal/Resources/evaluate/verdict-weights.tsv`.
///
/// Runs only on request: `MARQUEE_FIT_VERDICT=1 swift test --filter SSTTrainFitTests`, with
/// `../shared/data/sst/trees/train.txt` present. Each non-neutral root sentence (labels 0–1
/// negative, 3–4 positive) goes through `segment` and `evaluate`; the features are those of the
/// evaluations counted in the verdict. The fit is plain batch gradient descent on the log loss
/// with a small L2 penalty (not on the bias), from zero weights: deterministic. The bundled
/// weights are cross-fitted: with `MARQUEE_FIT_FOLDS=DIR` each sentence is read with the learned
/// lexicon mined without its fold (`learn_sst_lexicon.py --cross-validate`).
@Suite struct SSTTrainFitTests {
  static let trainPath = SSTData.url("data/sst/trees/train.txt")
  static let weightsPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/MarqueeAppraisal/Resources/evaluate/verdict-weights.tsv")

  static var requested: Bool {
    ProcessInfo.processInfo.environment["MARQUEE_FIT_VERDICT"] == "1"
      && FileManager.default.fileExists(atPath: trainPath.path)
  }

  @Test(.enabled(if: requested)) func fitVerdictWeightsOnTrain() throws {
    let text = try String(contentsOf: Self.trainPath, encoding: .utf8)
    // With MARQUEE_FIT_FOLDS=DIR (fold<i>.tsv written by learn_sst_lexicon.py --cross-validate),
    // sentence n is read with the learned lexicon mined without its fold (n % 5), so the layer
    // learns how far to trust learned cues on sentences they were not mined from.
    // No n-gram back-off: the layer is fitted on the evaluations alone, and the dumped summaries
    // keep the layer's own probability (learn_sst_ngrams.py --train-dump reads them).
    var stages = [EvaluateStage(backoff: .none)]
    if let folds = ProcessInfo.processInfo.environment["MARQUEE_FIT_FOLDS"] {
      stages = try (0..<5).map { fold in
        let file = URL(fileURLWithPath: folds).appendingPathComponent("fold\(fold).tsv")
        return EvaluateStage(
          lexicon: try EvaluativeLexicon.curated(learned: file), backoff: .none)
      }
    }
    let segment = try Pipeline([SegmentStage()])
    var features: [[Double]] = []
    var labels: [Double] = []
    var dumped: [UInt8] = []
    for (number, line) in text.split(separator: "\n").enumerated() {
      guard let tree = SSTTree(line), tree.label != 2 else { continue }
      var document = try segment.run(Document(id: "sst", text: SSTTree.detokenize(tree.leaves)))
      // Exactly the evidence the stage's verdict weighs (zones, headings, merged parts).
      let (output, evidence) = try stages[number % stages.count].analyse(document)
      for (name, layer) in output.layers { try document.setLayer(name, layer) }
      document.summary = output.summary
      SSTData.dump(document, label: tree.label, to: &dumped, variable: "MARQUEE_SST_DUMP_TRAIN")
      features.append(VerdictModel.features(evidence: evidence))
      labels.append(tree.label > 2 ? 1 : 0)
    }
    try SSTData.writeDump(dumped, variable: "MARQUEE_SST_DUMP_TRAIN")
    let weights = Self.fit(features, labels)
    let model = VerdictModel(weights: weights)
    let correct = zip(features, labels).count {
      (model.probability(features: $0) >= 0.5) == ($1 == 1)
    }
    print("verdict layer on train: \(correct)/\(labels.count); weights \(weights)")
    var file = try String(contentsOf: Self.weightsPath, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.hasPrefix("#") }.joined(separator: "\n")
    file += "\n"
    for (name, weight) in zip(VerdictModel.featureNames, weights) {
      file += "\(name)\t\(String(format: "%.4f", weight))\n"
    }
    try file.write(to: Self.weightsPath, atomically: true, encoding: .utf8)
    #expect(Double(correct) / Double(labels.count) > 0.7)
  }

  /// Logistic regression by batch gradient descent.
  static func fit(_ features: [[Double]], _ labels: [Double]) -> [Double] {
    let dimension = features.first?.count ?? 0
    var weights = [Double](repeating: 0, count: dimension)
    let count = Double(features.count)
    let rate = 1.0
    let penalty = 1e-4
    for _ in 0..<3000 {
      var gradient = [Double](repeating: 0, count: dimension)
      for (row, label) in zip(features, labels) {
        var sum = 0.0
        for index in 0..<dimension { sum += weights[index] * row[index] }
        let error = 1 / (1 + exp(-sum)) - label
        for index in 0..<dimension { gradient[index] += error * row[index] }
      }
      for index in 0..<dimension {
        let regular = index == 0 ? 0 : penalty * weights[index]
        weights[index] -= rate * (gradient[index] / count + regular)
      }
    }
    return weights
  }
}
