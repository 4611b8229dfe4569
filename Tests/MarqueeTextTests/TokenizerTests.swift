import MarqueeText
import Testing

/// Tokenizes `text` as one sentence-segmented text and returns the token surfaces.
private func surfaces(_ text: String) -> [String] {
  let sentences = SentenceSegmenter().sentences(in: text)
  let tokens = Tokenizer().tokens(in: text, sentences: sentences)
  return TextCompare.surfaces(text, tokens.map(\.range))
}

private func tokens(_ text: String) -> [(surface: String, token: Token)] {
  let all = Tokenizer().tokens(in: text, sentences: SentenceSegmenter().sentences(in: text))
  return zip(TextCompare.surfaces(text, all.map(\.range)), all).map { ($0, $1) }
}

@Suite("Tokenizer")
struct TokenizerTests {
  /// Each case: the text and its tokens written out by hand, separated by " | ".
  static let splits: [(String, String)] = [
    ("I don't care.", "I | do | n't | care | ."),
    ("Ahmed’s drummer can’t hear.", "Ahmed | ’s | drummer | ca | n’t | hear | ."),
    ("You cannot miss it; we won't.", "You | can | not | miss | it | ; | we | wo | n't | ."),
    (
      "They're sure I'm gonna love it, and I'd agree.",
      "They | 're | sure | I | 'm | gon | na | love | it | , | and | I | 'd | agree | ."
    ),
    ("You shouldn't've gone.", "You | should | n't | 've | gone | ."),
    ("I'd've said so.", "I | 'd | 've | said | so | ."),
    (
      "The Coens' best, O'Brien's pick, Nyong’o's too.",
      "The | Coens | ' | best | , | O'Brien | 's | pick | , | Nyong’o | 's | too | ."
    ),
    ("A black-and-white, 4.5-star film.", "A | black-and-white | , | 4.5-star | film | ."),
    (
      "It made 1,000,000 dollars, or 3.5 times its cost.",
      "It | made | 1,000,000 | dollars | , | or | 3.5 | times | its | cost | ."
    ),
    (
      "Shot at 2.39:1, rated 3.5/5, it cost $1.2 million.",
      "Shot | at | 2.39:1 | , | rated | 3.5/5 | , | it | cost | $ | 1.2 | million | ."
    ),
    ("Rating: ★★★½ overall.", "Rating | : | ★★★½ | overall | ."),
    (
      "Wait for it... or not… really . . . no.",
      "Wait | for | it | ... | or | not | … | really | . . . | no | ."
    ),
    ("What?! No!!", "What | ?! | No | !!"),
    (
      "Loved it 👍🏽 with the family 👩‍👩‍👧‍👦 in 🇫🇷!",
      "Loved | it | 👍🏽 | with | the | family | 👩‍👩‍👧‍👦 | in | 🇫🇷 | !"
    ),
    (
      "Pride 🏳️‍🌈 and hearts ❤️❤️ and 1️⃣ keycap.",
      "Pride | 🏳️‍🌈 | and | hearts | ❤️ | ❤️ | and | 1️⃣ | keycap | ."
    ),
    (
      "See https://example.org/a.b?x=1. Or mail me@example.com.",
      "See | https://example.org/a.b?x=1 | . | Or | mail | me@example.com | ."
    ),
    ("Loved it :) and ;-) too <3", "Loved | it | :) | and | ;-) | too | <3"),
    (
      "Read imdb.com/title/tt1, bfi.org.uk or Great.Com.",
      "Read | imdb.com/title/tt1 | , | bfi.org.uk | or | Great | . | Com | ."
    ),
    (
      "Mr. Smith met Dr. Aziz in the U.S. at 5 a.m. with J. Doe.",
      "Mr. | Smith | met | Dr. | Aziz | in | the | U.S. | at | 5 | a.m. | with | J. | Doe | ."
    ),
    ("It was you and I.", "It | was | you | and | I | ."),
    (
      "Back in the ’90s, it was (mostly) fine.",
      "Back | in | the | ’90s | , | it | was | ( | mostly | ) | fine | ."
    ),
    (
      "He said “wow” -- twice—and left.",
      "He | said | “ | wow | ” | -- | twice | — | and | left | ."
    ),
  ]

  @Test("Token boundaries", arguments: splits)
  func boundaries(_ text: String, _ expected: String) {
    #expect(surfaces(text).joined(separator: " | ") == expected)
  }

  @Test("Kinds of tokens")
  func kinds() {
    let found = tokens("See www.example.com or a@b.io: 1,000 fans ★★ 😂 :) $ !")
    let kinds = found.map { "\($0.surface)=\($0.token.kind.rawValue)" }
    #expect(
      kinds == [
        "See=word", "www.example.com=url", "or=word", "a@b.io=email", ":=punct",
        "1,000=number", "fans=word", "★★=symbol", "😂=emoji", ":)=emoticon", "$=symbol",
        "!=punct",
      ])
  }

  @Test("Curly apostrophes and quotes get a straight norm; plain ones get none")
  func norms() {
    let found = tokens("Ahmed’s “film” isn’t Ahmed's. Wait…")
    let norms = found.map { "\($0.surface)=\($0.token.norm ?? "-")" }
    #expect(
      norms == [
        "Ahmed=-", "’s='s", "“=\"", "film=-", "”=\"", "is=-", "n’t=n't", "Ahmed=-", "'s=-",
        ".=-", "Wait=-", "…=...",
      ])
  }

  @Test("Tokens never cross a sentence boundary")
  func withinSentences() {
    let text = "Great film.The end... Really?!Yes. E.g. this: a.b"
    let sentences = SentenceSegmenter().sentences(in: text)
    let all = Tokenizer().tokens(in: text, sentences: sentences)
    for token in all {
      #expect(
        sentences.contains {
          $0.contains(token.range.lowerBound) && token.range.upperBound <= $0.upperBound
        })
    }
    // Tokens given an arbitrary split stay inside it, even mid-word.
    let split = [0..<3, 3..<14, 14..<text.unicodeScalars.count]
    for token in Tokenizer().tokens(in: text, sentences: split) {
      #expect(
        split.contains {
          $0.lowerBound <= token.range.lowerBound && token.range.upperBound <= $0.upperBound
        })
    }
  }

  @Test("br tags, controls and white space produce no tokens")
  func skipped() {
    #expect(surfaces("One.<br /><br />Two<BR>three\u{0}\u{200F}") == ["One", ".", "Two", "three"])
    #expect(surfaces(" \t\r\n ").isEmpty)
  }
}
