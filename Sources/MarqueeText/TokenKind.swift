/// What a token is, stored as the `kind` feature of the `tokens` layer.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
  /// Letters, possibly with digits, hyphens, inner apostrophes or an abbreviation's full stop:
  /// `Ahmed`, `black-and-white`, `n't`, `U.S.`, `4.5-star`.
  case word
  /// Digits with their separators: `1,000`, `3.5`, `3.5/5`, `2.39:1`, `½`.
  case number
  /// Punctuation, an ellipsis or a run of `!`/`?` counting as one: `.`, `…`, `?!`, `“`.
  case punct
  /// Currency, mathematical and other symbols; a run of rating stars is one: `$`, `★★★½`.
  case symbol
  /// One emoji, including its skin tone, ZWJ sequence or flag pair: `👍🏽`, `👩‍👩‍👧‍👦`, `🇫🇷`.
  case emoji
  /// A text emoticon from the built-in list: `:)`, `;-)`, `<3`.
  case emoticon
  /// A web address beginning `http://`, `https://` or `www.`.
  case url
  /// An e-mail address.
  case email

  /// The kind's position in `allCases`, for table lookups.
  var ordinal: Int {
    switch self {
    case .word: 0
    case .number: 1
    case .punct: 2
    case .symbol: 3
    case .emoji: 4
    case .emoticon: 5
    case .url: 6
    case .email: 7
    }
  }
}
