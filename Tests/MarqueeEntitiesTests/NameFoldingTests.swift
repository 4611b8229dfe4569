import Foundation
import MarqueeCore
import Testing

@testable import MarqueeEntities

/// The folds and slugs the tagger computes for every candidate, including their ASCII fast
/// paths, which must agree with the general ones.
@Suite("Name folding fast paths")
struct NameFoldingTests {
  @Test(
    "name keys of ASCII text: lowercased as is, or the full fold when a word needs joining",
    arguments: [
      ("Riz Ahmed", "riz ahmed"),
      ("riz ahmed", "riz ahmed"),
      ("O'Brien", "o'brien"),
      ("Emily's", "emily's"),
      ("Tom Hanks'", "tom hanks"),
      ("'Her'", "her"),
      ("A Star Is Born", "a star is born"),
      ("8 Mile", "8 mile"),
      ("Mr  Smith", "mr smith"),
      ("AC/DC", "ac dc"),
      ("R&B", "r&b"),
      ("Joon`ho", "joon'ho"),
      (" Lead", "lead"),
      ("Lead ", "lead"),
      ("X", "x"),
      // The byte-by-byte join: initials, apostrophes and spaces at the ends.
      ("'a b' c'", "a b' c"),
      ("X. Y. Z.", "xyz"),
      ("' A '", "a"),
      ("Mary-Kate O.", "mary kate o"),
    ])
  func nameKey(input: String, expected: String) {
    #expect(NameKey(input).value == expected)
    #expect(NameKey(Substring(input)).value == expected)
  }

  @Test(
    "lookup folds, from a string or from the scalars of a span",
    arguments: [
      ("Riz Ahmed", "riz ahmed"),
      ("MUBI", "mubi"),
      ("already lower", "already lower"),
      ("Nyong\u{2019}o", "nyong'o"),
      ("Iñárritu", "inarritu"),
      // Apostrophes are the only non-ASCII scalars: folded without Foundation, same result.
      ("O\u{2018}NEILL", "o'neill"),
      ("Don\u{02BC}t Look", "don't look"),
      ("Jean\u{2019}s Café", "jean's cafe"),
    ])
  func fold(input: String, expected: String) {
    #expect(NameFolding.fold(input) == expected)
    let scalars = Array(("«" + input + "»").unicodeScalars)
    #expect(NameFolding.fold(scalars[1..<(scalars.count - 1)]) == expected)
  }

  @Test(
    "Latin letters and general punctuation fold one scalar at a time, as Foundation folds them",
    arguments: [
      ("Daniël", "daniel"), ("ÉMILE", "emile"), ("Zoë Kravitz", "zoe kravitz"),
      ("Ça va", "ca va"), ("Ñandú\u{2014}Ōshima", nil), ("Łódź", nil), ("Straße", nil),
      ("\u{201C}Amélie\u{201D}", nil), ("Şahin\u{2026}", nil), ("Jon\u{00A0}Snow", nil),
    ] as [(String, String?)])
  func foldByScalar(input: String, expected: String?) {
    let reference = String(
      String.UnicodeScalarView(
        input.unicodeScalars.map { ["\u{2019}", "\u{2018}", "\u{02BC}"].contains($0) ? "'" : $0 })
    ).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    #expect(NameFolding.fold(input) == reference)
    #expect(NameFolding.fold(Array(input.unicodeScalars)[...]) == reference)
    if let expected { #expect(reference == expected) }
  }

  @Test(
    "slugs: letters and digits joined by hyphens, & as and, an optional article dropped",
    arguments: [
      ("Riz Ahmed", false, "riz-ahmed"),
      ("The Sound of Metal", false, "the-sound-of-metal"),
      ("The Sound of Metal", true, "sound-of-metal"),
      ("An Education", true, "education"),
      ("A Quiet Place", true, "quiet-place"),
      ("The", true, "the"),
      ("A24", true, "a24"),
      ("Thelma & Louise", false, "thelma-and-louise"),
      ("R&B", false, "r-and-b"),
      ("  Bong Joon-ho!  ", false, "bong-joon-ho"),
      ("Lupita Nyong\u{2019}o", false, "lupita-nyong-o"),
      ("Daniël Bouquet", false, "daniel-bouquet"),
      ("", false, ""),
      ("&", false, "and"),
      ("The & Co", true, "and-co"),
      ("a&&b", false, "a-and-and-b"),
      ("An", true, "an"),
    ])
  func slug(input: String, dropArticle: Bool, expected: String) {
    #expect(NameFolding.slug(input, dropArticle: dropArticle) == expected)
  }

  @Test("tokens: text, lowercase key and capitalisation on ASCII and non-ASCII words")
  func textTokens() {
    let text = "Émile met riz Nyong\u{2019}o. \u{201C}The end"
    let scalars = Array(text.unicodeScalars)
    // Émile | met | riz | Nyong’o | . | “ | The | end
    let spans = [(0, 5), (6, 9), (10, 13), (14, 21), (21, 22), (23, 24), (24, 27), (28, 31)]
    let tokenLayer = spans.enumerated().map { k, span in
      Annotation(
        id: "t\(k)", start: span.0, end: span.1,
        features: ["kind": .string(span.1 - span.0 == 1 ? "punct" : "word")])
    }
    let sentences = [
      Annotation(id: "s1", start: 0, end: 22), Annotation(id: "s2", start: 23, end: 31),
    ]
    let tokens = EntityStage.textTokens(scalars, tokenLayer, sentences)
    #expect(
      tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == [
        "Émile", "met", "riz", "Nyong’o", ".", "“", "The", "end",
      ])
    #expect(tokens.map(\.lower) == ["émile", "met", "riz", "nyong'o", ".", "“", "the", "end"])
    #expect(tokens.map(\.isCapitalised) == [true, false, false, true, false, false, true, false])
    #expect(tokens.map(\.isWord) == [true, true, true, true, false, false, true, true])
    #expect(tokens.map(\.sentence) == [0, 0, 0, 0, 0, 1, 1, 1])
    // A sentence's first token, and the word after an opening quote.
    #expect(tokens.map(\.startsSentence) == [true, false, false, false, false, true, true, false])
  }

  @Test("token lowercase forms: ASCII, apostrophes and General Punctuation take the fast path")
  func lowercaseForms() {
    let text = "DON\u{2019}T \u{2026} Ünal x\u{2014}Y"
    let scalars = Array(text.unicodeScalars)
    // DON’T | … | Ünal | x—Y (one token, to exercise a dash inside a word)
    let spans = [(0, 5), (6, 7), (8, 12), (13, 16)]
    let tokenLayer = spans.enumerated().map { k, span in
      Annotation(id: "t\(k)", start: span.0, end: span.1, features: ["kind": .string("word")])
    }
    let tokens = EntityStage.textTokens(
      scalars, tokenLayer, [Annotation(id: "s1", start: 0, end: 16)])
    #expect(
      tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == [
        "DON\u{2019}T", "\u{2026}", "Ünal", "x\u{2014}Y",
      ])
    #expect(tokens.map(\.lower) == ["don't", "\u{2026}", "ünal", "x\u{2014}y"])
  }
}
