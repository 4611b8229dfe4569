/// One evaluative expression found in a sentence, before it becomes an annotation: the tokens
/// of its cue, the tokens it spans with its modifiers, and how its score was reached.
struct Appraisal: Sendable {
  /// The tokens of the cue (a lexicon expression, or a marker that evaluates by itself).
  var cue: Range<Int>
  /// The tokens covered with the modifiers that act on the cue alone ("not bad at all").
  var span: Range<Int>
  /// The lexicon entries that fired, as `entry` strings ("falls flat").
  var cueNames: [String]
  /// The prior score: the lexicon's (a film-domain entry wins), or the marker's own.
  var prior: Double
  /// The entries' aspect, if the lexicon gives one.
  var lexiconAspect: Aspect?
  /// Whether the entries disagree in sign (a mixed expression).
  var isMixed: Bool
  /// Whether every entry is flagged target-dependent.
  var isTargetDependent: Bool
  /// Whether any entry is a film-criticism sense.
  var isFilmSense: Bool
  /// Whether the cue is a single manner adverb ("wonderfully"), which intensifies an
  /// evaluative word right after it.
  var isAdverb = false
  /// Whether a lexicon entry of the cue is an adjective, which takes the noun it modifies when it
  /// stands attributively ("a devastating performance").
  var isAdjective = false
  /// Whether a lexicon entry of the cue is a noun ("precision", "a marvel").
  var isNoun = false
  /// Whether every entry of the cue is learned from data (domain `learned`), not curated.
  var isLearned = false
  /// The tokens of the marker that made this expression by itself ("oh great", "too" in "too
  /// short"), whose value is the prior and so is not applied again.
  var madeBy: Range<Int>?
  /// The shifters that acted on it, in the order they were applied (innermost first).
  var shifters: [AppliedShifter] = []
  /// The score after the shifters, in [-1, 1].
  var score: Double = 0
  /// For an expression merged from several ("a grim, murky, hurried thing"), the evidence of its
  /// parts (each score with its own shifters), which the document verdict counts one by one;
  /// `nil` otherwise.
  var parts: [VerdictModel.Evidence]?

  /// What the document verdict counts for this expression: its parts, or itself.
  var evidence: [VerdictModel.Evidence] {
    parts ?? [VerdictModel.Evidence(score: score, shifterKinds: shifters.lazy.map(\.kind))]
  }

  /// The strength after the shifters: |score|.
  var intensity: Double { abs(score) }
}

/// A shifter that changed an appraisal's value.
struct AppliedShifter: Sendable {
  /// What it did: `negator`, `intensifier`, `downtoner`, `excess`, `hedge`, `irrealis`,
  /// `contrast`, `comparative`, `sarcasm`, or `punctuation` / `capitals` for typography.
  var kind: String
  /// The marker as written (gaps shown as "…"), "!" or the capitalised word.
  var cue: String
  /// The number applied: a multiplier, or for `excess` the ceiling the score was held to.
  var effect: Double
  /// The marker's tokens.
  var tokens: Range<Int>
  /// Distance in tokens from the cue; nearer shifters apply first.
  var distance: Int
}
