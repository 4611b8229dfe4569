/// One token: a span of the original text, never of a normalised copy.
///
/// ```swift
/// // "Ahmed’s" gives two tokens:
/// Token(range: 0..<5, kind: .word, norm: nil)      // Ahmed
/// Token(range: 5..<7, kind: .word, norm: "'s")     // ’s, the curly apostrophe normalised
/// ```
public struct Token: Sendable, Hashable {
  /// The half-open range of Unicode-scalar offsets the token covers.
  public var range: Range<Int>
  /// What the token is.
  public var kind: TokenKind
  /// A normalised form, only where it differs from the surface: curly apostrophes and quotes
  /// made straight (`n’t` → `n't`), an ellipsis written as three full stops.
  public var norm: String?

  /// Creates a token.
  public init(range: Range<Int>, kind: TokenKind, norm: String? = nil) {
    self.range = range
    self.kind = kind
    self.norm = norm
  }
}
