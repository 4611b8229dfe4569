import MarqueeCore

/// Scores predicted discourse zones (the `zones` layer: `evaluation`, `plot`, `background`,
/// `quoted`) against gold ones.
///
/// Gold zones label single sentences; predicted zones may cover runs of sentences, and the two
/// sides may split sentences differently. So each gold zone takes the label of the predicted
/// zone that overlaps it most (in Unicode scalars; on a tie the earlier zone), or `none` when no
/// predicted zone overlaps it. Accuracy is the share of gold zones whose label agrees; the
/// confusion table counts gold label → predicted label.
///
/// ```
/// let report = ZoneScorer().score(gold: goldDocuments, predicted: predictedDocuments)
/// report.accuracy, report.confusion["plot"]?["evaluation"]
/// ```
public struct ZoneScorer: Sendable {
  /// The layer compared.
  public var layer: String

  /// Creates a scorer for a layer (`zones` by default).
  public init(layer: String = "zones") {
    self.layer = layer
  }

  /// Scores every gold document against the predicted document with the same id; a gold
  /// document with no prediction counts all its zones as `none`.
  ///
  /// - Complexity: O(g + p) per document for sorted layers.
  public func score(gold: [Document], predicted: [Document]) -> ZoneReport {
    var byID: [String: Document] = [:]
    for document in predicted { byID[document.id] = document }
    var report = ZoneReport()
    for goldDocument in gold {
      report.documents += 1
      let goldZones = goldDocument.layer(layer) ?? []
      guard let predictedDocument = byID[goldDocument.id] else {
        report.missingPredictions.append(goldDocument.id)
        for zone in goldZones { report.add(gold: zone.label ?? "", predicted: ZoneReport.none) }
        continue
      }
      let predictedZones = predictedDocument.layer(layer) ?? []
      var first = 0
      for zone in goldZones {
        while first < predictedZones.count && predictedZones[first].end <= zone.start {
          first += 1
        }
        var best: (overlap: Int, label: String)?
        var position = first
        while position < predictedZones.count && predictedZones[position].start < zone.end {
          let candidate = predictedZones[position]
          let overlap = min(candidate.end, zone.end) - max(candidate.start, zone.start)
          if overlap > 0, overlap > (best?.overlap ?? 0) {
            best = (overlap, candidate.label ?? "")
          }
          position += 1
        }
        report.add(gold: zone.label ?? "", predicted: best?.label ?? ZoneReport.none)
      }
    }
    return report
  }
}
