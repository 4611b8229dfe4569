import Foundation

/// The one learned part of the evaluate stage: a logistic layer that turns the counted
/// evaluations of a document into the probability that the critic's verdict is positive.
///
/// Five features, each readable from the evaluations layer, with weights in
/// `Resources/evaluate/verdict-weights.tsv` (fitted on the Stanford Sentiment Treebank training
/// split's sentences by `SSTTrainFitTests`, never on dev):
///
/// | feature | value |
/// |---|---|
/// | `bias` | 1 |
/// | `positive` | the sum of the positive scores / n |
/// | `negative` | the sum of the negative scores / n (≤ 0) |
/// | `balance` | the signed sum / the total strength (0 when n = 0) |
/// | `last` | the score of the last counted evaluation (reviews end on their verdict) |
/// | `none` | 1 when nothing counts |
///
/// p = 1 / (1 + e^−(w · x)). The spans and their scores are untouched: the layer only weighs
/// them, so every verdict can still be traced to the evaluations that made it.
public struct VerdictModel: Sendable {
  /// The feature names, in order.
  public static let featureNames = ["bias", "positive", "negative", "balance", "last", "none"]

  /// The weights, in ``featureNames`` order.
  public var weights: [Double]

  /// A model with the given weights (one per feature).
  public init(weights: [Double]) {
    self.weights = weights
  }

  /// The bundled weights, read once.
  ///
  /// - Throws: ``LexiconError`` when the file is missing or malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> VerdictModel {
    try cached.get()
  }

  private static let cached: Result<VerdictModel, LexiconError> = Result {
    () throws(LexiconError) -> VerdictModel in
    var byName: [String: Double] = [:]
    for row in try BundledResource.rows(name: "verdict-weights", directory: "evaluate") {
      guard let weight = Double(row.column(1)), featureNames.contains(row.column(0)) else {
        throw row.error(
          "expected a feature name (\(featureNames.joined(separator: ", "))) and a number")
      }
      byName[row.column(0)] = weight
    }
    return VerdictModel(weights: featureNames.map { byName[$0] ?? 0 })
  }

  /// The features of a document's counted evaluation scores, in order.
  public static func features(scores: [Double]) -> [Double] {
    guard let last = scores.last else { return [1, 0, 0, 0, 0, 1] }
    let count = Double(scores.count)
    let positive = scores.filter { $0 > 0 }.reduce(0, +)
    let negative = scores.filter { $0 < 0 }.reduce(0, +)
    let strength = positive - negative
    return [
      1, positive / count, negative / count, strength == 0 ? 0 : (positive + negative) / strength,
      last, 0,
    ]
  }

  /// The probability that the verdict is positive.
  public func probability(scores: [Double]) -> Double {
    probability(features: Self.features(scores: scores))
  }

  /// The probability for a feature vector.
  public func probability(features: [Double]) -> Double {
    var sum = 0.0
    for (weight, value) in zip(weights, features) { sum += weight * value }
    return 1 / (1 + exp(-sum))
  }
}
