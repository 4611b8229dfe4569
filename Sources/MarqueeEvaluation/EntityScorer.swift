import MarqueeCore

/// Scores predicted entity annotations against gold ones, document by document.
///
/// Strict: same span and label. Lenient: overlapping span, same label. Span-only: same span,
/// any label. Matching is one-to-one (see ``SpanMatcher``). CREW job accuracy is measured on
/// strict CREW matches; `plays` relations count as found when both ends match gold entities'
/// spans exactly.
///
/// ```
/// let report = EntityScorer().score(gold: goldDocuments, predicted: predictedDocuments)
/// report.strictFilm.f1   // micro-F1 over CAST, CREW, CHARACTER and TITLE
/// ```
public struct EntityScorer: Sendable {
  /// The layer compared.
  public var layer: String

  /// Creates a scorer for a layer (`entities` by default).
  public init(layer: String = LayerName.entities) {
    self.layer = layer
  }

  /// Scores every gold document against the predicted document with the same id.
  ///
  /// A gold document with no prediction counts all its annotations as missed and is listed in
  /// ``EntityEvaluation/missingPredictions``; predicted documents without gold are ignored.
  public func score(gold: [Document], predicted: [Document]) -> EntityEvaluation {
    var byID: [String: Document] = [:]
    for document in predicted { byID[document.id] = document }
    var evaluation = EntityEvaluation()
    for goldDocument in gold {
      evaluation.documents += 1
      let goldAnnotations = goldDocument.layer(layer) ?? []
      guard let predictedDocument = byID[goldDocument.id] else {
        evaluation.missingPredictions.append(goldDocument.id)
        add(gold: goldAnnotations, predicted: [], goldDocument, nil, to: &evaluation)
        continue
      }
      add(
        gold: goldAnnotations, predicted: predictedDocument.layer(layer) ?? [], goldDocument,
        predictedDocument, to: &evaluation)
    }
    return evaluation
  }

  private func add(
    gold: [Annotation], predicted: [Annotation], _ goldDocument: Document,
    _ predictedDocument: Document?, to evaluation: inout EntityEvaluation
  ) {
    let sameLabel: (Annotation, Annotation) -> Bool = { $0.label == $1.label }
    let strict = SpanMatcher.match(
      gold: gold, predicted: predicted, mode: .exact, compatible: sameLabel)
    let lenient = SpanMatcher.match(
      gold: gold, predicted: predicted, mode: .overlap, compatible: sameLabel)
    let spans = SpanMatcher.match(gold: gold, predicted: predicted, mode: .exact) { _, _ in true }
    evaluation.spanOnly += SpanMatcher.counts(
      goldCount: gold.count, predictedCount: predicted.count, matched: spans.count)
    let labels = Set(gold.compactMap(\.label)).union(predicted.compactMap(\.label))
    for label in labels {
      let goldCount = gold.count { $0.label == label }
      let predictedCount = predicted.count { $0.label == label }
      evaluation.strict[label, default: Counts()] += SpanMatcher.counts(
        goldCount: goldCount, predictedCount: predictedCount,
        matched: strict.count { gold[$0.gold].label == label })
      evaluation.lenient[label, default: Counts()] += SpanMatcher.counts(
        goldCount: goldCount, predictedCount: predictedCount,
        matched: lenient.count { gold[$0.gold].label == label })
    }
    for pair in strict where gold[pair.gold].label == "CREW" {
      evaluation.jobTotal += 1
      if let job = gold[pair.gold].features["job"], job == predicted[pair.predicted].features["job"]
      {
        evaluation.jobCorrect += 1
      }
    }
    let goldPlays = playsSpans(goldDocument)
    let predictedPlays = predictedDocument.map(playsSpans) ?? []
    let found = goldPlays.intersection(predictedPlays).count
    evaluation.plays += Counts(
      truePositives: found, falsePositives: predictedPlays.count - found,
      falseNegatives: goldPlays.count - found)
  }

  /// The `plays` relations of a document as pairs of spans (from, to).
  private func playsSpans(_ document: Document) -> Set<[Int]> {
    var ranges: [String: Range<Int>] = [:]
    for annotation in document.layer(layer) ?? [] { ranges[annotation.id] = annotation.range }
    var spans = Set<[Int]>()
    for relation in document.relations where relation.label == "plays" {
      guard let from = ranges[relation.from], let to = ranges[relation.to] else { continue }
      spans.insert([from.lowerBound, from.upperBound, to.lowerBound, to.upperBound])
    }
    return spans
  }
}
