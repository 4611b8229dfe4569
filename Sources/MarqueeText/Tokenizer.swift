import MarqueeCore

/// Splits sentences into tokens the Penn Treebank way, with offsets into the original text.
///
/// Contractions and possessives are split (`do|n't`, `Ahmed|’s`, `can|not`, `gon|na`); hyphenated
/// words and numbers with separators stay whole (`black-and-white`, `1,000`, `3.5/5`); an emoji
/// sequence (skin tone, ZWJ family, flag), an emoticon, an ellipsis (`...`, `…`, `. . .`), a run
/// of `!`/`?`, a URL and an e-mail address are one token each. Known abbreviations and initials
/// keep their full stop (`Mr.`, `U.S.`, `J.`). White space, control characters and HTML `<br>`
/// tags produce no tokens.
///
/// ```swift
/// let text = "Ahmed’s drummer can’t hear."
/// let tokens = Tokenizer().tokens(in: text, sentences: [0..<27])
/// // Ahmed | ’s (norm 's) | drummer | ca | n’t (norm n't) | hear | .
/// ```
///
/// Tokens never cross a sentence boundary: each lies inside one of the given sentences, and text
/// outside every sentence gets no tokens.
public struct Tokenizer: Sendable {
  private let rules: SegmentationRules

  /// Creates a tokenizer with the built-in rules.
  public init() {
    self.rules = SegmentationRules.shared
  }

  /// The tokens of each sentence of `text`, in order.
  ///
  /// - Parameter sentences: Ranges of Unicode-scalar offsets, ascending and not overlapping, as
  ///   ``SentenceSegmenter/sentences(in:)`` returns them. Ranges outside the text are clipped.
  /// - Complexity: O(n) in the number of scalars of `text`.
  public func tokens(in text: String, sentences: [Range<Int>]) -> [Token] {
    tokens(inScalars: ScalarBuffer.scalars(of: text), sentences: sentences)
  }

  /// The tokens of each sentence of a text already split into scalars.
  func tokens(inScalars scalars: [Unicode.Scalar], sentences: [Range<Int>]) -> [Token] {
    scalars.withUnsafeBufferPointer { buffer in
      var scanner = TokenScanner(scalars: buffer, rules: rules)
      for sentence in sentences {
        let lower = max(0, min(sentence.lowerBound, buffer.count))
        let upper = max(lower, min(sentence.upperBound, buffer.count))
        scanner.scan(lower..<upper)
      }
      return scanner.tokens
    }
  }
}
