/// One row of the shifter lists: a marker that changes the value of evaluative expressions
/// near it (negation, graduation, hedging, contrast, comparison, sarcasm).
///
/// ```
/// not as … as   comparative  -0.6  gap  3  "not as funny as the first": funny is denied
/// ```
public struct ShifterEntry: Sendable, Equatable {
  /// The marker as written, lowercase; "…" marks a gap ("not as … as").
  public var entry: String
  /// What the marker does.
  public var kind: ShifterKind
  /// The number whose meaning ``kind`` gives: a multiplier, a score, or a contrast weight.
  public var value: Double
  /// Where the marker acts.
  public var scope: ShifterScope
  /// How many tokens the scope reaches (0: to the end of the clause or sentence).
  public var window: Int
  /// Free-text note from the file.
  public var note: String
  /// Where the row came from: `file:line`.
  public var source: String

  /// Creates a shifter entry.
  public init(
    entry: String, kind: ShifterKind, value: Double, scope: ShifterScope, window: Int,
    note: String = "", source: String = ""
  ) {
    self.entry = entry
    self.kind = kind
    self.value = value
    self.scope = scope
    self.window = window
    self.note = note
    self.source = source
  }
}

/// What a shifter does to the evaluations in its scope.
public enum ShifterKind: String, Sendable, CaseIterable {
  /// Reverses and dampens: `value` is a negative multiplier ("not", "never", "fails to").
  case negator
  /// Strengthens: `value` is a multiplier above 1 ("very", "utterly").
  case intensifier
  /// Weakens: `value` is a multiplier below 1 ("slightly", "a bit").
  case downtoner
  /// Marks excess: the modified expression takes the score `value` when its own is higher
  /// ("too long").
  case excess
  /// Lowers commitment: `value` is a multiplier ("might", "perhaps").
  case hedge
  /// Unreal or wished-for: `value` is a multiplier, negative when the marker implies the
  /// opposite ("should have been shorter").
  case irrealis
  /// Contrast: `value` is the weight of the dominated side; ``ShifterScope/after`` or
  /// ``ShifterScope/before`` says which side dominates.
  case contrast
  /// Comparison: the marker's own score ("better than"), or a multiplier for a gap pattern
  /// ("not as … as").
  case comparative
  /// Irony: `value` is a multiplier (or the score of a self-evaluating marker: "oh great").
  case sarcasm
}

/// Where a shifter acts.
public enum ShifterScope: String, Sendable, CaseIterable {
  /// The next evaluative expression within the window, inside the clause (for a negator, every
  /// one within the window and clause: a negated verb denies its object too).
  case forward
  /// The previous evaluative expression within the window.
  case backward
  /// Every evaluative expression to the end of the clause.
  case clause
  /// Every evaluative expression in the sentence.
  case sentence
  /// The expression inside the "…" gap.
  case gap
  /// Contrast: the clause after the marker dominates.
  case after
  /// Contrast: the clause the marker introduces is dominated.
  case before
  /// The marker is itself an evaluative expression.
  case `self`
  /// A single word in quotation marks (scare quotes).
  case quoted
}
