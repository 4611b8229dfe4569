/// A token of the `tokens` layer with the facts the tagger asks about it, computed once.
struct TextToken: Sendable {
  var start: Int
  var end: Int
  /// Lowercased, with ’ folded to '.
  var lower: String
  /// ``KeyTable``'s hash of `lower`, computed once for the many tables that test the token.
  var hash: UInt64
  var isWord: Bool
  /// Begins with an uppercase or titlecase letter.
  var isCapitalised: Bool
  /// The first token of its sentence, or the first after an opening quote or a line break.
  var startsSentence: Bool
  var sentence: Int

  var isPossessive: Bool { lower.equals("'s") || lower.equals("'") }
}
