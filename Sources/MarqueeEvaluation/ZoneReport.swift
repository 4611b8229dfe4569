import MarqueeCore

/// The result of scoring zones: accuracy over gold zones and a confusion table, as a table for
/// people and JSON for scripts.
public struct ZoneReport: Sendable, Equatable {
  /// The predicted label of a gold zone that no predicted zone overlaps.
  public static let none = "none"

  /// Gold documents scored.
  public var documents = 0
  /// Ids of gold documents that had no predicted document.
  public var missingPredictions: [String] = []
  /// Gold zones whose predicted label agrees.
  public var correct = 0
  /// Gold zones scored.
  public var total = 0
  /// Counts per gold label, then per predicted label.
  public var confusion: [String: [String: Int]] = [:]

  /// Creates an empty report.
  public init() {}

  /// Counts one gold zone and the label predicted for it.
  public mutating func add(gold: String, predicted: String) {
    total += 1
    if gold == predicted { correct += 1 }
    confusion[gold, default: [:]][predicted, default: 0] += 1
  }

  /// correct / total; `nil` when there were no gold zones.
  public var accuracy: Double? {
    total == 0 ? nil : Double(correct) / Double(total)
  }

  /// The labels seen on either side, sorted, `none` last.
  private var labels: [String] {
    var seen = Set(confusion.keys)
    for row in confusion.values { seen.formUnion(row.keys) }
    return seen.sorted { ($0 == Self.none ? 1 : 0, $0) < ($1 == Self.none ? 1 : 0, $1) }
  }

  /// A short table for people: accuracy, then one row per gold label with its recall and the
  /// predicted labels it received.
  public var table: String {
    var lines = [
      "zone accuracy: "
        + (accuracy.map { "\(EntityEvaluation.decimal($0)) (\(correct)/\(total))" } ?? "n/a"),
      EntityEvaluation.pad("gold \\ predicted", 18)
        + labels.map { EntityEvaluation.pad($0, 12) }.joined(),
    ]
    for gold in labels where confusion[gold] != nil {
      let row = confusion[gold] ?? [:]
      lines.append(
        EntityEvaluation.pad(gold, 18)
          + labels.map { EntityEvaluation.pad(String(row[$0] ?? 0), 12) }.joined())
    }
    lines.append("documents: \(documents)")
    if !missingPredictions.isEmpty {
      lines.append("no prediction for: " + missingPredictions.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The figures as a JSON object for scripts.
  public var json: JSONValue {
    var rows = JSONObject()
    for gold in confusion.keys.sorted() {
      var row = JSONObject()
      for (predicted, count) in (confusion[gold] ?? [:]).sorted(by: { $0.key < $1.key }) {
        row[predicted] = .integer(Int64(count))
      }
      rows[gold] = .object(row)
    }
    return .object([
      "documents": .integer(Int64(documents)),
      "accuracy": accuracy.map { .number($0) } ?? .null,
      "correct": .integer(Int64(correct)),
      "total": .integer(Int64(total)),
      "confusion": .object(rows),
      "missingPredictions": .array(missingPredictions.map { .string($0) }),
    ])
  }
}
