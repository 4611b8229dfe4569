import MarqueeCore
import Testing

@testable import MarqueeEntities

/// The shortcuts the tagger takes on every token and candidate (length-first word comparison,
/// byte-level hyphen and digit checks, lists that grow in place, one-byte token texts, a
/// mention's rare strings in one shared box): each must answer exactly as the general operation
/// it stands in for.
@Suite("Token fast paths")
struct TokenFastPathTests {
  @Test(
    "a word compared length first answers as == does",
    arguments: [
      ("as", "as"), ("as", "is"), ("ask", "as"), ("", ","), (",", ","), ("'s", "'s"),
      ("’s", "'s"), ("naïve", "naive"), ("e\u{301}", "e"), ("costume", "costumes"),
      ("and", "and"), ("ánd", "and"),
    ])
  func equalsAgreesWithEquality(token: String, word: String) {
    #expect(token.equals(word) == (token == word))
  }

  @Test("the words equals(_:) refuses are the ones a non-ASCII scalar is equivalent to")
  func canonicalEquivalents() {
    // U+037E GREEK QUESTION MARK is canonically ";": longer in UTF-8, yet == calls them equal,
    // which is why the rules compare ";" with == and not with equals(_:).
    #expect("\u{037E}" == ";")
    #expect("\u{037E}".utf8.count != ";".utf8.count)
    #expect("\u{1FEF}" == "`")
    #expect("\u{212A}" == "K")
  }

  @Test(
    "the first hyphen: found in the bytes, and by character when the word is not ASCII",
    arguments: [
      ("Chilean-born", 7), ("Mexican-American-born", 7), ("Zoë-like", 3), ("plain", nil),
      ("-led", 0), ("e\u{301}-x", 1), ("x-\u{301}y", nil), ("👩🏽‍🎤-fan", 1),
    ] as [(String, Int?)])
  func firstHyphen(word: String, expected: Int?) {
    let found = EntityTagger.firstHyphen(word)
    #expect(found == word.firstIndex(of: "-"))
    #expect(found.map { word.distance(from: word.startIndex, to: $0) } == expected)
  }

  @Test(
    "numerals: ASCII digits inline, other scalars by their numeric type",
    arguments: [
      ("0", true), ("9", true), ("a", false), ("/", false), (":", false), ("\u{216B}", true),
      ("\u{0663}", true), ("½", true), ("é", false), ("\u{2014}", false),
    ] as [(Unicode.Scalar, Bool)])
  func numeral(scalar: Unicode.Scalar, expected: Bool) {
    #expect(EntityTagger.isNumeral(scalar) == expected)
    #expect(EntityTagger.isNumeral(scalar) == (scalar.properties.numericType != nil))
  }

  @Test("lists under a key grow in place and agree with a dictionary of arrays")
  func appendAgreesWithDictionary() {
    var table = KeyTable<[Int]>(capacity: 2)
    var reference: [String: [Int]] = [:]
    for k in 0..<600 {
      let key = k.isMultiple(of: 5) ? "naïve \(k % 40)" : "key \(k % 97)"
      table.append(k, to: key)
      reference[key, default: []].append(k)
    }
    #expect(table.count == reference.count)
    for (key, list) in reference { #expect(table[key] == list) }
    #expect(table["key 97"] == nil)
  }

  @Test("one-byte ASCII tokens take their lowercase text from a table")
  func singles() {
    #expect(EntityStage.asciiSingles.count == 128)
    for value in 0..<128 {
      let text = String(Unicode.Scalar(UInt8(value)))
      #expect(EntityStage.asciiSingles[value] == text.lowercased())
    }
  }

  @Test("tokens of one byte, emoji, combining marks and CRLF keep their offsets and texts")
  func tokenOffsets() {
    let text = "A \u{201C}I\u{201D}, e\u{301}t\u{E9} 👩🏽‍🎤!\r\nX"
    let scalars = Array(text.unicodeScalars)
    // Tokens by scalar offsets: A | “ | I | ” | , | étè (with a combining mark) | 👩🏽‍🎤 | ! | X
    let spans = [(0, 1), (2, 3), (3, 4), (4, 5), (5, 6), (7, 11), (12, 16), (16, 17), (19, 20)]
    let tokenLayer = spans.enumerated().map { k, span in
      Annotation(
        id: "t\(k)", start: span.0, end: span.1,
        features: ["kind": .string(k == 0 || k == 2 || k == 5 || k == 8 ? "word" : "punct")])
    }
    let tokens = EntityStage.textTokens(
      scalars, tokenLayer, [Annotation(id: "s1", start: 0, end: scalars.count)])
    #expect(tokens.map { [$0.start, $0.end] } == spans.map { [$0.0, $0.1] })
    #expect(
      tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == [
        "A", "\u{201C}", "I", "\u{201D}", ",", "e\u{301}t\u{E9}", "👩🏽‍🎤", "!", "X",
      ])
    #expect(
      tokens.map(\.lower) == [
        "a", "\u{201C}", "i", "\u{201D}", ",", "e\u{301}t\u{E9}", "👩🏽‍🎤", "!", "x",
      ])
    #expect(
      tokens.map(\.isCapitalised) == [true, false, true, false, false, false, false, false, true])
    // After the line break, a capital says little: X starts a line.
    #expect(tokens.last?.startsSentence == true)
  }

  @Test("a mention's rare strings are its own: a copy never sees the original change, or back")
  func mentionNotesCopyOnWrite() {
    var original = Mention(first: 0, last: 2, start: 0, end: 9, surface: "Riz Ahmed", key: "riz")
    #expect(original.work == nil && original.job == nil && original.orgKind == nil)
    original.job = "director"
    original.work = nil
    var copy = original
    copy.job = "writer"
    copy.characterName = "Ruben"
    #expect(original.job == "director" && original.characterName == nil)
    #expect(copy.job == "writer" && copy.characterName == "Ruben")
    original.orgKind = "studio"
    original.orgName = "A24"
    #expect(copy.orgKind == nil && copy.orgName == nil)
    #expect(original.orgKind == "studio" && original.orgName == "A24" && original.job == "director")
    var third = copy
    third.job = nil
    #expect(third.job == nil && third.characterName == "Ruben" && copy.job == "writer")
  }

  @Test("a token's hash is the tables' hash of its lowercase text, so a probe by token agrees")
  func tokenHashes() {
    let text = "The DP, Émile Nyong\u{2019}o \u{2026} a 👩🏽‍🎤 X"
    let scalars = Array(text.unicodeScalars)
    // The | DP | , | Émile | Nyong’o | … | a | 👩🏽‍🎤 | X
    let spans = [(0, 3), (4, 6), (6, 7), (8, 13), (14, 21), (22, 23), (24, 25), (26, 30), (31, 32)]
    let tokenLayer = spans.enumerated().map { k, span in
      Annotation(id: "t\(k)", start: span.0, end: span.1, features: ["kind": .string("word")])
    }
    let tokens = EntityStage.textTokens(
      scalars, tokenLayer, [Annotation(id: "s1", start: 0, end: scalars.count)])
    let table: KeyTable<Void> = ["the", "dp", ",", "émile", "nyong'o", "\u{2026}", "a", "x"]
    for token in tokens {
      #expect(token.hash == KeyTable<Void>.hash(token.lower))
      #expect(table.contains(token) == table.contains(token.lower))
    }
    #expect(
      tokens.map { table.contains($0) } == [true, true, true, true, true, true, true, false, true])
    // Outside the tokens a probe reads "", as the tagger's lower(_:) does.
    let withEmpty: KeyTable<Void> = [""]
    #expect(!table.contains(tokenAt: -1, of: tokens) && !table.contains(tokenAt: 9, of: tokens))
    #expect(
      withEmpty.contains(tokenAt: -1, of: tokens) && withEmpty.contains(tokenAt: 9, of: tokens))
    #expect(table.contains(tokenAt: 1, of: tokens))
    let jobs = KeyTable<String>(["dp": "cinematographer"])
    #expect(jobs[token: tokens[1]] == "cinematographer" && jobs[token: tokens[0]] == nil)
  }

  @Test("ASCII shortcuts for Alphabetic and White_Space agree with the property tables")
  func scalarProperties() {
    let samples =
      (0..<0x80).compactMap(Unicode.Scalar.init) + [
        "é", "ß", "Ω", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{2019}", "한", "👩",
      ]
    for scalar in samples {
      #expect(EntityTagger.isAlphabetic(scalar) == scalar.properties.isAlphabetic)
      #expect(EntityTagger.isWhitespace(scalar) == scalar.properties.isWhitespace)
    }
    // General Punctuation, taken as caseless where tokens are made
    for value in UInt32(0x2000)..<0x2070 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(!scalar.properties.isUppercase)
      #expect(scalar.properties.generalCategory != .titlecaseLetter)
    }
  }
}
