/// True positives, false positives and false negatives, and the scores they give.
public struct Counts: Sendable, Equatable {
  /// Predictions that match a gold annotation.
  public var truePositives = 0
  /// Predictions that match nothing in the gold.
  public var falsePositives = 0
  /// Gold annotations that no prediction matches.
  public var falseNegatives = 0

  /// Creates counts.
  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  /// TP / (TP + FP); 0 when nothing was predicted.
  public var precision: Double {
    let predicted = truePositives + falsePositives
    return predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
  }

  /// TP / (TP + FN); 0 when the gold is empty.
  public var recall: Double {
    let gold = truePositives + falseNegatives
    return gold == 0 ? 0 : Double(truePositives) / Double(gold)
  }

  /// The harmonic mean of precision and recall; 0 when both are 0.
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }

  /// Adds another set of counts.
  public static func + (left: Counts, right: Counts) -> Counts {
    Counts(
      truePositives: left.truePositives + right.truePositives,
      falsePositives: left.falsePositives + right.falsePositives,
      falseNegatives: left.falseNegatives + right.falseNegatives)
  }

  /// Adds another set of counts in place.
  public static func += (left: inout Counts, right: Counts) { left = left + right }
}
