import MarqueeCore

/// The result of scoring evaluative phrases: span counts (lenient and strict), polarity
/// accuracy on matched spans and target accuracy, as a table for people and JSON for scripts.
public struct EvaluationReport: Sendable, Equatable {
  /// Gold documents scored.
  public var documents = 0
  /// Ids of gold documents that had no predicted document.
  public var missingPredictions: [String] = []
  /// Overlapping spans, one-to-one: the headline span figure.
  public var lenient = Counts()
  /// Identical spans.
  public var strict = Counts()
  /// Leniently matched pairs whose polarity agrees.
  public var polarityCorrect = 0
  /// Leniently matched pairs.
  public var polarityTotal = 0
  /// Matched pairs with a gold target whose predicted target overlaps it.
  public var targetCorrect = 0
  /// Matched pairs with a gold target.
  public var targetTotal = 0
  /// Documents whose predicted verdict agrees with the gold's overall polarity.
  public var verdictCorrect = 0
  /// Documents with a gold overall polarity.
  public var verdictTotal = 0
  /// Ids of the documents whose predicted verdict disagrees with the gold.
  public var verdictMisses: [String] = []

  /// Creates an empty report.
  public init() {}

  /// polarityCorrect / polarityTotal; `nil` when nothing matched.
  public var polarityAccuracy: Double? {
    polarityTotal == 0 ? nil : Double(polarityCorrect) / Double(polarityTotal)
  }

  /// targetCorrect / targetTotal; `nil` when no matched gold evaluation has a target.
  public var targetAccuracy: Double? {
    targetTotal == 0 ? nil : Double(targetCorrect) / Double(targetTotal)
  }

  /// verdictCorrect / verdictTotal; `nil` when no document has a gold overall polarity.
  public var verdictAccuracy: Double? {
    verdictTotal == 0 ? nil : Double(verdictCorrect) / Double(verdictTotal)
  }

  /// A short table for people.
  public var table: String {
    func row(_ name: String, _ counts: Counts) -> String {
      EntityEvaluation.pad(name, 18) + "P \(EntityEvaluation.decimal(counts.precision))  "
        + "R \(EntityEvaluation.decimal(counts.recall))  F1 \(EntityEvaluation.decimal(counts.f1))"
        + "  (gold \(counts.truePositives + counts.falseNegatives), predicted "
        + "\(counts.truePositives + counts.falsePositives), matched \(counts.truePositives))"
    }
    func accuracy(_ value: Double?, _ correct: Int, _ total: Int) -> String {
      value.map { "\(EntityEvaluation.decimal($0)) (\(correct)/\(total))" } ?? "n/a"
    }
    var lines = [
      row("spans (lenient)", lenient),
      row("spans (strict)", strict),
      "polarity accuracy on matched spans: "
        + accuracy(polarityAccuracy, polarityCorrect, polarityTotal),
      "target accuracy on matched spans with a gold target: "
        + accuracy(targetAccuracy, targetCorrect, targetTotal),
      "document verdict accuracy: " + accuracy(verdictAccuracy, verdictCorrect, verdictTotal)
        + (verdictMisses.isEmpty ? "" : " (wrong: \(verdictMisses.joined(separator: ", ")))"),
      "documents: \(documents)",
    ]
    if !missingPredictions.isEmpty {
      lines.append("no prediction for: " + missingPredictions.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The figures as a JSON object for scripts.
  public var json: JSONValue {
    func scores(_ counts: Counts) -> JSONValue {
      .object([
        "precision": .number(counts.precision), "recall": .number(counts.recall),
        "f1": .number(counts.f1), "truePositives": .integer(Int64(counts.truePositives)),
        "falsePositives": .integer(Int64(counts.falsePositives)),
        "falseNegatives": .integer(Int64(counts.falseNegatives)),
      ])
    }
    func accuracy(_ value: Double?, _ correct: Int, _ total: Int) -> JSONValue {
      .object([
        "accuracy": value.map { .number($0) } ?? .null, "correct": .integer(Int64(correct)),
        "total": .integer(Int64(total)),
      ])
    }
    return .object([
      "documents": .integer(Int64(documents)),
      "lenient": scores(lenient),
      "strict": scores(strict),
      "polarity": accuracy(polarityAccuracy, polarityCorrect, polarityTotal),
      "target": accuracy(targetAccuracy, targetCorrect, targetTotal),
      "verdict": accuracy(verdictAccuracy, verdictCorrect, verdictTotal),
      "verdictMisses": .array(verdictMisses.map { .string($0) }),
      "missingPredictions": .array(missingPredictions.map { .string($0) }),
    ])
  }
}
