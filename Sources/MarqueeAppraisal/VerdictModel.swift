import Foundation

/// The one learned part of the evaluate stage: a logistic layer that turns the counted
/// evaluations of a document into the probability that the critic's verdict is positive.
///
/// Fourteen features, each readable from the evaluations layer, with weights in
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
/// | `positiveSum`, `negativeSum` | the sums of the positive and of the negative scores |
/// | `dominatedPositive`, `dominatedNegative` | the same sums over the evaluations a contrast
///   dominates (a `contrast` shifter: "gorgeous" in "gorgeous but hollow") |
/// | `negatedPositive`, `negatedNegative` | … over the evaluations with a `negator` shifter |
/// | `hedgedPositive`, `hedgedNegative` | … over those with a `hedge` or `irrealis` shifter |
///
/// The last six let the layer learn how far to trust a composition rule: how much a dominated
/// clause still counts, how reliable a negated or hedged value is.
///
/// p = 1 / (1 + e^−(w · x)). The spans and their scores are untouched: the layer only weighs
/// them, so every verdict can still be traced to the evaluations that made it.
public struct VerdictModel: Sendable {
  /// The feature names, in order.
  public static let featureNames = [
    "bias", "positive", "negative", "balance", "last", "none", "positiveSum", "negativeSum",
    "dominatedPositive", "dominatedNegative", "negatedPositive", "negatedNegative",
    "hedgedPositive", "hedgedNegative",
  ]

  /// One counted evaluation as the layer sees it: its score and which kinds of shifter acted
  /// on it.
  public struct Evidence: Sendable, Equatable {
    /// The evaluation's score.
    public var score: Double
    /// Whether a contrast dominates it (a `contrast` shifter).
    public var dominated: Bool
    /// Whether a `negator` shifter acted on it.
    public var negated: Bool
    /// Whether a `hedge` or `irrealis` shifter acted on it.
    public var hedged: Bool

    /// Evidence with the given score and shifter kinds.
    public init(score: Double, dominated: Bool = false, negated: Bool = false, hedged: Bool = false)
    {
      self.score = score
      self.dominated = dominated
      self.negated = negated
      self.hedged = hedged
    }

    /// The evidence of an evaluation with `score` and shifters of the given `kinds`
    /// (the `kind` members of its `shifters` feature).
    public init<Kinds: Sequence<String>>(score: Double, shifterKinds kinds: Kinds) {
      self.init(score: score)
      for kind in kinds {
        switch kind {
        case ShifterKind.contrast.rawValue: dominated = true
        case ShifterKind.negator.rawValue: negated = true
        case ShifterKind.hedge.rawValue, ShifterKind.irrealis.rawValue: hedged = true
        default: break
        }
      }
    }
  }

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

  /// The features of a document's counted evaluation scores, in order, as if no shifter had
  /// acted on them.
  public static func features(scores: [Double]) -> [Double] {
    features(evidence: scores.map { Evidence(score: $0) })
  }

  /// The features of a document's counted evaluations, in order.
  public static func features(evidence: [Evidence]) -> [Double] {
    guard let last = evidence.last else {
      return [1, 0, 0, 0, 0, 1] + [Double](repeating: 0, count: 8)
    }
    var sums = [Double](repeating: 0, count: 8)
    for item in evidence {
      let side = item.score > 0 ? 0 : 1
      sums[side] += item.score
      if item.dominated { sums[2 + side] += item.score }
      if item.negated { sums[4 + side] += item.score }
      if item.hedged { sums[6 + side] += item.score }
    }
    let count = Double(evidence.count)
    let positive = sums[0]
    let negative = sums[1]
    let strength = positive - negative
    return [
      1, positive / count, negative / count, strength == 0 ? 0 : (positive + negative) / strength,
      last.score, 0,
    ] + sums
  }

  /// The probability that the verdict is positive.
  public func probability(scores: [Double]) -> Double {
    probability(features: Self.features(scores: scores))
  }

  /// The probability that the verdict is positive, from the counted evaluations.
  public func probability(evidence: [Evidence]) -> Double {
    probability(features: Self.features(evidence: evidence))
  }

  /// The probability for a feature vector.
  public func probability(features: [Double]) -> Double {
    var sum = 0.0
    for (weight, value) in zip(weights, features) { sum += weight * value }
    return 1 / (1 + exp(-sum))
  }
}
