import MarqueeCore

/// The result of scoring entities: counts per label in three matching modes, CREW job accuracy
/// and `plays` relations, with renderings as a table for people and JSON for scripts.
public struct EntityEvaluation: Sendable {
  /// The labels whose micro-average is the headline figure: the film-specific ones.
  public static let filmLabels = ["CAST", "CREW", "CHARACTER", "TITLE"]
  /// The order labels are listed in; others follow alphabetically.
  public static let labelOrder = ["CAST", "CREW", "CHARACTER", "TITLE", "PERSON", "ORG"]

  /// Gold documents scored.
  public var documents = 0
  /// Ids of gold documents that had no predicted document.
  public var missingPredictions: [String] = []
  /// Same span and label, per label.
  public var strict: [String: Counts] = [:]
  /// Overlapping span and same label, per label.
  public var lenient: [String: Counts] = [:]
  /// Same span, any label.
  public var spanOnly = Counts()
  /// Strictly matched CREW mentions whose job is also right.
  public var jobCorrect = 0
  /// Strictly matched CREW mentions.
  public var jobTotal = 0
  /// `plays` relations, matched by the spans of both ends.
  public var plays = Counts()

  /// Creates an empty evaluation.
  public init() {}

  /// Every label seen, in ``labelOrder`` first.
  public var labels: [String] {
    let seen = Set(strict.keys)
    return Self.labelOrder.filter(seen.contains)
      + seen.subtracting(Self.labelOrder).sorted()
  }

  /// Strict micro-average over all labels.
  public var strictMicro: Counts { strict.values.reduce(Counts(), +) }
  /// Lenient micro-average over all labels.
  public var lenientMicro: Counts { lenient.values.reduce(Counts(), +) }
  /// Strict micro-average over ``filmLabels``: the headline figure.
  public var strictFilm: Counts { Self.filmLabels.compactMap { strict[$0] }.reduce(Counts(), +) }
  /// Lenient micro-average over ``filmLabels``.
  public var lenientFilm: Counts { Self.filmLabels.compactMap { lenient[$0] }.reduce(Counts(), +) }
  /// The share of strictly matched CREW mentions with the right job; `nil` when there were none.
  public var jobAccuracy: Double? { jobTotal == 0 ? nil : Double(jobCorrect) / Double(jobTotal) }

  /// A fixed-width table for people.
  public var table: String {
    var lines: [String] = []
    func cell(_ value: Double) -> String { Self.pad(Self.decimal(value), 6) }
    lines.append(Self.pad("", 16) + "  strict" + String(repeating: " ", count: 16) + "lenient")
    lines.append(
      Self.pad("label", 16) + "  "
        + ["P", "R", "F1"].map { Self.pad($0, 6) }.joined(separator: " ")
        + "    " + ["P", "R", "F1"].map { Self.pad($0, 6) }.joined(separator: " ") + "  "
        + Self.pad("gold", 6) + " " + "pred")
    func row(_ name: String, _ strict: Counts, _ lenient: Counts) {
      lines.append(
        Self.pad(name, 16) + "  " + cell(strict.precision) + " " + cell(strict.recall) + " "
          + cell(strict.f1) + "    " + cell(lenient.precision) + " " + cell(lenient.recall)
          + " " + cell(lenient.f1) + "  "
          + Self.pad(String(strict.truePositives + strict.falseNegatives), 6) + " "
          + Self.pad(String(strict.truePositives + strict.falsePositives), 6))
    }
    for label in labels {
      row(label, strict[label] ?? Counts(), lenient[label] ?? Counts())
    }
    row("micro (film)", strictFilm, lenientFilm)
    row("micro (all)", strictMicro, lenientMicro)
    lines.append(
      "span only (any label): P \(Self.decimal(spanOnly.precision))  R \(Self.decimal(spanOnly.recall))  F1 \(Self.decimal(spanOnly.f1))"
    )
    lines.append(
      "CREW job accuracy: "
        + (jobAccuracy.map { "\(Self.decimal($0)) (\(jobCorrect)/\(jobTotal))" } ?? "n/a"))
    lines.append(
      "plays relations: P \(Self.decimal(plays.precision))  R \(Self.decimal(plays.recall))  F1 \(Self.decimal(plays.f1))  (gold \(plays.truePositives + plays.falseNegatives), predicted \(plays.truePositives + plays.falsePositives))"
    )
    lines.append("documents: \(documents)")
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
    var perLabel = JSONObject()
    for label in labels {
      perLabel[label] = .object([
        "strict": scores(strict[label] ?? Counts()),
        "lenient": scores(lenient[label] ?? Counts()),
      ])
    }
    return .object([
      "documents": .integer(Int64(documents)),
      "labels": .object(perLabel),
      "microFilm": .object(["strict": scores(strictFilm), "lenient": scores(lenientFilm)]),
      "microAll": .object(["strict": scores(strictMicro), "lenient": scores(lenientMicro)]),
      "spanOnly": scores(spanOnly),
      "crewJob": .object([
        "accuracy": jobAccuracy.map { .number($0) } ?? .null,
        "correct": .integer(Int64(jobCorrect)), "total": .integer(Int64(jobTotal)),
      ]),
      "plays": scores(plays),
      "missingPredictions": .array(missingPredictions.map { .string($0) }),
    ])
  }

  static func decimal(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
