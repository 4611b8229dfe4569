extension String {
  /// Whether the string is `word`, an ASCII word without `;`, `` ` `` or `K`: the same answer as
  /// `==`, with the lengths compared first.
  ///
  /// The rules compare a token's lowercase text against many words, and most comparisons fail.
  /// `==` settles an identical short string at once but calls into the standard library for
  /// every other pair; different UTF-8 lengths (the usual way two words differ) are told apart
  /// here before that call. Strings of different lengths can still be equal to `==`, which
  /// compares canonical equivalents: but the only non-ASCII scalars canonically equivalent to
  /// ASCII ones are U+037E (`;`), U+1FEF (`` ` ``) and U+212A (`K`), so for any other ASCII word
  /// a different length means a different string. Compare with `;`, `` ` `` or `K` using `==`.
  @inline(__always)
  func equals(_ word: String) -> Bool {
    assert(
      word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B },
      "equals(_:) takes an ASCII word without ; ` or K; compare others with ==")
    return utf8.count == word.utf8.count && self == word
  }
}
