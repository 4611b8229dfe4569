import MarqueeCore

/// One-to-one matching of predicted annotations to gold ones.
///
/// Each gold annotation is matched at most once and each prediction at most once, so two
/// predictions overlapping one gold span count one hit and one false positive, never two hits.
enum SpanMatcher {
  /// How two spans must relate to match.
  enum Mode: Sendable {
    /// The same start and end.
    case exact
    /// At least one scalar in common (or, for empty spans, the same position).
    case overlap
  }

  /// Matched pairs of indices (gold, predicted) where `compatible` holds and the spans relate as
  /// `mode` asks. Exact matches are taken first, then, for overlap, the largest overlaps.
  ///
  /// - Complexity: O(g · p) in the worst case; both lists are sorted by start, so in practice
  ///   near-linear.
  static func match(
    gold: [Annotation], predicted: [Annotation], mode: Mode,
    compatible: (Annotation, Annotation) -> Bool
  ) -> [(gold: Int, predicted: Int)] {
    var pairs: [(gold: Int, predicted: Int)] = []
    var goldUsed = Array(repeating: false, count: gold.count)
    var predictedUsed = Array(repeating: false, count: predicted.count)
    var exactByRange: [Range<Int>: [Int]] = [:]
    for (index, annotation) in gold.enumerated() {
      exactByRange[annotation.range, default: []].append(index)
    }
    for (predictedIndex, annotation) in predicted.enumerated() {
      guard let candidates = exactByRange[annotation.range] else { continue }
      for goldIndex in candidates where !goldUsed[goldIndex] {
        if compatible(gold[goldIndex], annotation) {
          goldUsed[goldIndex] = true
          predictedUsed[predictedIndex] = true
          pairs.append((goldIndex, predictedIndex))
          break
        }
      }
    }
    guard mode == .overlap else { return pairs }
    var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
    for (predictedIndex, annotation) in predicted.enumerated() where !predictedUsed[predictedIndex]
    {
      for (goldIndex, goldAnnotation) in gold.enumerated() where !goldUsed[goldIndex] {
        if goldAnnotation.start >= annotation.end && annotation.end > annotation.start { break }
        let overlap =
          min(goldAnnotation.end, annotation.end) - max(goldAnnotation.start, annotation.start)
        if overlap > 0 && compatible(goldAnnotation, annotation) {
          candidates.append((overlap, goldIndex, predictedIndex))
        }
      }
    }
    candidates.sort {
      ($0.overlap, -$0.gold, -$0.predicted) > ($1.overlap, -$1.gold, -$1.predicted)
    }
    for candidate in candidates
    where !goldUsed[candidate.gold] && !predictedUsed[candidate.predicted] {
      goldUsed[candidate.gold] = true
      predictedUsed[candidate.predicted] = true
      pairs.append((candidate.gold, candidate.predicted))
    }
    return pairs
  }

  /// Counts from a matching.
  static func counts(goldCount: Int, predictedCount: Int, matched: Int) -> Counts {
    Counts(
      truePositives: matched, falsePositives: predictedCount - matched,
      falseNegatives: goldCount - matched)
  }
}
