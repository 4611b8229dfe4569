/// A token of the `tokens` layer with the facts the tagger asks about it, computed once.
struct TextToken: Sendable {
  var start: Int
  var end: Int
  /// Lowercased, with ’ folded to '.
  var lower: String
  /// ``KeyTable``'s hash of `lower`, computed once for the many tables that test the token.
  var hash: UInt64
  /// The sentence number shifted left by three, with the three flags below in the low bits.
  ///
  /// Packed into one field, the token has few enough parts that the compiler copies it inline;
  /// with the flags and the sentence apart, every copy (and the rules copy tokens often) went
  /// through the type's value witness, several times the work.
  private var sentenceAndFlags: Int

  init(
    start: Int, end: Int, lower: String, hash: UInt64, isWord: Bool, isCapitalised: Bool,
    startsSentence: Bool, sentence: Int
  ) {
    self.start = start
    self.end = end
    self.lower = lower
    self.hash = hash
    sentenceAndFlags =
      sentence << 3 | (isWord ? 1 : 0) | (isCapitalised ? 2 : 0) | (startsSentence ? 4 : 0)
  }

  var isWord: Bool { sentenceAndFlags & 1 != 0 }
  /// Begins with an uppercase or titlecase letter.
  var isCapitalised: Bool { sentenceAndFlags & 2 != 0 }
  /// The first token of its sentence, or the first after an opening quote or a line break.
  var startsSentence: Bool { sentenceAndFlags & 4 != 0 }
  var sentence: Int { sentenceAndFlags >> 3 }

  var isPossessive: Bool { lower.equals("'s") || lower.equals("'") }
}
