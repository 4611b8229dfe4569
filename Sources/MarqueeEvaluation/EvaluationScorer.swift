import MarqueeCore

/// Scores predicted evaluative phrases (the `evaluations` layer) against gold ones.
///
/// - Spans: precision, recall and F1 with lenient matching (overlapping spans, one-to-one, the
///   largest overlaps first; see ``SpanMatcher``), and strict (same span) for reference.
/// - Polarity: the share of leniently matched pairs whose `polarity` features agree.
/// - Target: over leniently matched pairs whose gold evaluation has a `target`, the share whose
///   predicted target is an entity overlapping the gold target entity. Targets are entity ids
///   in each document's own `entities` layer, so they are compared by span, never by id.
/// - Verdict: per document, the gold's overall polarity (the sign of the sum of its evaluations'
///   `score`s; a document whose scores cancel out is not counted) against the predicted
///   document's `summary`: positive when `positiveProbability` ≥ 0.5, or, without one, when its
///   `score` is above 0 — the fresh/rotten call a reader of the review would make.
///
/// ```
/// let report = EvaluationScorer().score(gold: goldDocuments, predicted: predictedDocuments)
/// report.lenient.f1, report.polarityAccuracy, report.targetAccuracy
/// ```
public struct EvaluationScorer: Sendable {
  /// The layer compared.
  public var layer: String

  /// Creates a scorer for a layer (`evaluations` by default).
  public init(layer: String = LayerName.evaluations) {
    self.layer = layer
  }

  /// Scores every gold document against the predicted document with the same id; a gold
  /// document with no prediction counts all its evaluations as missed.
  ///
  /// - Complexity: O(g · p) per document in the worst case, near-linear for sorted layers.
  public func score(gold: [Document], predicted: [Document]) -> EvaluationReport {
    var byID: [String: Document] = [:]
    for document in predicted { byID[document.id] = document }
    var report = EvaluationReport()
    for goldDocument in gold {
      report.documents += 1
      let goldAnnotations = goldDocument.layer(layer) ?? []
      guard let predictedDocument = byID[goldDocument.id] else {
        report.missingPredictions.append(goldDocument.id)
        report.lenient += Counts(falseNegatives: goldAnnotations.count)
        report.strict += Counts(falseNegatives: goldAnnotations.count)
        continue
      }
      let predictedAnnotations = predictedDocument.layer(layer) ?? []
      if let goldPositive = Self.goldVerdict(goldAnnotations) {
        report.verdictTotal += 1
        if Self.predictedVerdict(predictedDocument.summary) == goldPositive {
          report.verdictCorrect += 1
        } else {
          report.verdictMisses.append(goldDocument.id)
        }
      }
      let any: (Annotation, Annotation) -> Bool = { _, _ in true }
      let strict = SpanMatcher.match(
        gold: goldAnnotations, predicted: predictedAnnotations, mode: .exact, compatible: any)
      let lenient = SpanMatcher.match(
        gold: goldAnnotations, predicted: predictedAnnotations, mode: .overlap, compatible: any)
      report.strict += SpanMatcher.counts(
        goldCount: goldAnnotations.count, predictedCount: predictedAnnotations.count,
        matched: strict.count)
      report.lenient += SpanMatcher.counts(
        goldCount: goldAnnotations.count, predictedCount: predictedAnnotations.count,
        matched: lenient.count)
      let goldEntities = entitySpans(goldDocument)
      let predictedEntities = entitySpans(predictedDocument)
      for pair in lenient {
        let goldFeatures = goldAnnotations[pair.gold].features
        let predictedFeatures = predictedAnnotations[pair.predicted].features
        report.polarityTotal += 1
        if let polarity = goldFeatures["polarity"]?.stringValue,
          polarity == predictedFeatures["polarity"]?.stringValue
        {
          report.polarityCorrect += 1
        }
        guard let goldTarget = goldFeatures["target"]?.stringValue,
          let goldSpan = goldEntities[goldTarget]
        else { continue }
        report.targetTotal += 1
        if let predictedTarget = predictedFeatures["target"]?.stringValue,
          let predictedSpan = predictedEntities[predictedTarget], predictedSpan.overlaps(goldSpan)
        {
          report.targetCorrect += 1
        }
      }
    }
    return report
  }

  /// Whether the gold evaluations add up to praise (`true`) or blame; `nil` when they cancel out
  /// or there are none.
  static func goldVerdict(_ evaluations: [Annotation]) -> Bool? {
    let total = evaluations.reduce(0.0) { $0 + ($1.features["score"]?.doubleValue ?? 0) }
    return abs(total) < 1e-9 ? nil : total > 0
  }

  /// Whether a predicted summary calls the review positive (`false` when it has no figures).
  static func predictedVerdict(_ summary: JSONObject) -> Bool {
    if let probability = summary["positiveProbability"]?.doubleValue { return probability >= 0.5 }
    return (summary["score"]?.doubleValue ?? 0) > 0
  }

  private func entitySpans(_ document: Document) -> [String: Range<Int>] {
    var spans: [String: Range<Int>] = [:]
    for annotation in document.layer(LayerName.entities) ?? [] {
      spans[annotation.id] = annotation.range
    }
    return spans
  }
}
