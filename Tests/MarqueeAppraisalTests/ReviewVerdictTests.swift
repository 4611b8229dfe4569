import Foundation
import MarqueeAppraisal
import MarqueeCore
import Testing

/// The verdict and the verdict layer's features on figures worked out by hand.
@Suite struct ReviewVerdictTests {
  @Test func verdictScoreAndAspectsWithoutTheModel() {
    let verdict = ReviewVerdict(evaluations: [
      (0.8, "acting", "e1"), (-0.2, "pacing", nil), (0.4, "acting", "e1"),
    ])
    // Sum 1.0 over 3: mean 0.333; the sum is more than a quarter of the strength 1.4.
    #expect(verdict.verdict == "positive")
    #expect(abs(verdict.score - 1.0 / 3.0) < 1e-9)
    #expect(verdict.aspects.map(\.name) == ["acting", "pacing"])
    #expect(abs(verdict.aspects[0].score - 0.6) < 1e-9 && verdict.aspects[0].count == 2)
    #expect(verdict.entities.map(\.id) == ["e1"])
    #expect(verdict.positiveProbability == nil)
  }

  @Test func nearlyBalancedIsMixedAndNothingIsNeutral() {
    // Sum 0.05 is under a quarter of the strength 0.95.
    #expect(ReviewVerdict(evaluations: [(0.5, nil, nil), (-0.45, nil, nil)]).verdict == "mixed")
    let empty = ReviewVerdict(evaluations: [])
    #expect(empty.verdict == "neutral" && empty.score == 0 && empty.count == 0)
  }

  @Test func verdictLayerFeaturesAndProbability() {
    // Scores 0.5 and -0.25: positive 0.5 / 2, negative -0.25 / 2, balance 0.25 / 0.75,
    // last -0.25, none 0; sums 0.5 and -0.25; no shifter, so the last six are 0.
    let features = VerdictModel.features(scores: [0.5, -0.25])
    let expected = [1, 0.25, -0.125, 1.0 / 3.0, -0.25, 0, 0.5, -0.25, 0, 0, 0, 0, 0, 0]
    #expect(features.count == expected.count)
    #expect(zip(features, expected).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(VerdictModel.features(scores: []) == [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0])
    // w · x = 0 gives one half; a positive weight on `positive` tips it up.
    #expect(VerdictModel(weights: [0, 0, 0, 0, 0, 0]).probability(features: features) == 0.5)
    #expect(VerdictModel(weights: [0, 4, 0, 0, 0, 0]).probability(features: features) > 0.5)
    let model = VerdictModel(weights: [0, 4, 4, 0, 0, 0])
    // With a model, the verdict follows p: 4 · 0.25 + 4 · -0.125 = 0.5 → p = 0.62 → positive.
    let verdict = ReviewVerdict(evaluations: [(0.5, nil, nil), (-0.25, nil, nil)], model: model)
    #expect(verdict.verdict == "positive")
    #expect(abs((verdict.positiveProbability ?? 0) - 1 / (1 + exp(-0.5))) < 1e-9)
  }

  @Test func bundledWeightsLoad() throws {
    let model = try VerdictModel.bundled()
    #expect(model.weights.count == VerdictModel.featureNames.count)
    // Praise must push towards positive and criticism away from it.
    #expect(model.probability(scores: [0.8]) > 0.5)
    #expect(model.probability(scores: [-0.8]) < 0.5)
  }
}
