/// Random text that mixes everything offsets can go wrong on: ASCII, accented letters in both
/// composed and decomposed form, combining marks, emoji with skin tones and ZWJ sequences,
/// flags, CJK, Arabic and Hebrew, CRLF, tabs, NUL and other controls.
public enum RandomText {
  /// The pieces texts are assembled from, each a short run of one kind.
  public static let pieces: [String] = [
    "The ", "film", " ", "acting", ". ", "Riz Ahmed", "’s", "\"", "!", "?", "…", "—", "-", ",",
    "Daniël", "Iñárritu", "Nyong’o", "e\u{301}", "n\u{303}a", "a\u{300}\u{316}\u{35C}",
    "👍", "👍🏽", "👩‍👩‍👧‍👦", "🧑🏿‍🚀", "🇫🇷", "🇯🇵", "🏳️‍🌈", "❤️",
    "映画", "봉준호", "の", "𝄞", "𠀋",
    "فيلم", "רע", "\u{200F}", "\u{200E}", "\u{202E}",
    "\r\n", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}",
    "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "   ", "\n\n", "1,000", "3.5/5", "★★★½", "$1.2",
  ]

  /// A random text of about `pieceCount` pieces.
  public static func make<G: RandomNumberGenerator>(pieceCount: Int, using generator: inout G)
    -> String
  {
    var text = ""
    for _ in 0..<pieceCount {
      text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
    }
    return text
  }

  /// Random half-open scalar ranges inside a text of `length` scalars.
  public static func ranges<G: RandomNumberGenerator>(
    count: Int, length: Int, using generator: inout G
  ) -> [Range<Int>] {
    (0..<count).map { _ in
      let start = Int.random(in: 0...length, using: &generator)
      let end = Int.random(in: start...length, using: &generator)
      return start..<end
    }
  }
}
