import MarqueeCore
import Testing

@testable import MarqueeEntities

/// Shortcuts on the tagger's hot paths (mark checks from scalars, a packed token, a sort by
/// index order, ids written digit by digit, a quote scan with a range test, a table with dense
/// storage): each must answer exactly as the general operation it stands in for.
@Suite("Tagger shortcuts")
struct TaggerShortcutTests {
  /// A tagger over `text`, tokenised at the given scalar spans (one sentence).
  private func tagger(_ text: String, spans: [(Int, Int)]) -> EntityTagger {
    let scalars = Array(text.unicodeScalars)
    let tokenLayer = spans.enumerated().map { k, span in
      Annotation(id: "t\(k)", start: span.0, end: span.1, features: ["kind": .string("word")])
    }
    let tokens = EntityStage.textTokens(
      scalars, tokenLayer, [Annotation(id: "s1", start: 0, end: scalars.count)])
    return EntityTagger(
      scalars: scalars, tokens: tokens,
      names: MemoizedNameDirectory(base: LexiconNameDirectory.shared),
      patterns: EntityPatterns.shared)
  }

  @Test("a one-scalar mark or semicolon read from the scalars agrees with the lowercase text")
  func marks() {
    // , | ( | ) | . | ,́ (a comma with a combining mark) | ; | a | ,, | Ab | ; (U+037E) | ;;
    let text = ",().,\u{301};a,,Ab\u{037E};;"
    let spans = [
      (0, 1), (1, 2), (2, 3), (3, 4), (4, 6), (6, 7), (7, 8), (8, 10), (10, 12), (12, 13),
      (13, 15),
    ]
    let tagger = tagger(text, spans: spans)
    for index in -2..<(spans.count + 2) {
      for mark in [",", "(", ")", "."] as [Unicode.Scalar] {
        #expect(
          tagger.isMark(index, mark) == tagger.lower(index).equals(String(mark)),
          "token \(index), mark \(mark)")
      }
    }
    for index in -2..<(spans.count + 2) {
      #expect(tagger.isSemicolon(index) == (tagger.lower(index) == ";"), "token \(index)")
    }
    #expect(tagger.isMark(0, ","))
    #expect(!tagger.isMark(4, ","))
    #expect(!tagger.isMark(7, ","))
  }

  @Test(
    "a token's flags and sentence number share a field and read back as given",
    arguments: [0, 1, 7, 8, 123_456, Int(Int32.max)])
  func packedToken(sentence: Int) {
    for flags in 0..<8 {
      let token = TextToken(
        start: 3, end: 9, lower: "word", hash: 42, isWord: flags & 1 != 0,
        isCapitalised: flags & 2 != 0, startsSentence: flags & 4 != 0, sentence: sentence)
      #expect(token.isWord == (flags & 1 != 0))
      #expect(token.isCapitalised == (flags & 2 != 0))
      #expect(token.startsSentence == (flags & 4 != 0))
      #expect(token.sentence == sentence)
      #expect(token.start == 3 && token.end == 9 && token.lower == "word" && token.hash == 42)
    }
  }

  @Test("ids written digit by digit are the interpolated ones")
  func entityIDs() {
    for number in Array(1...120) + [999, 1000, 1001, 65_536, 1_234_567, Int.max] {
      #expect(EntityStage.entityID(number) == "e\(number)")
    }
  }

  @Test("mentions sorted by index order come out as a stable sort by start would give them")
  func stableSort() {
    let text = "Aa Bb Cc Dd Ee Ff Gg"
    let spans = (0..<7).map { ($0 * 3, $0 * 3 + 2) }
    for starts in [[5, 1, 5, 0, 1, 3, 0], [0, 1, 2], [2, 1, 0], [4, 4, 4, 4], [], [3]] {
      var tagger = tagger(text, spans: spans)
      tagger.mentions = starts.enumerated().map { k, start in
        Mention(first: 0, last: 1, start: start, end: start + 1, surface: "m\(k)", key: "k\(k)")
      }
      let expected = tagger.mentions.enumerated().sorted {
        ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
      }.map(\.element.key)
      tagger.sortMentionsByStart()
      #expect(tagger.mentions.map(\.key) == expected, "starts \(starts)")
    }
  }

  @Test("the quote-mark scan finds every mark a plain scan finds, next to the range it skips")
  func quoteMarks() {
    // Marks (" * _ ‘ “) among their neighbours: ^ ` a z ‗ ’ ‚ ‛ ” and a non-Latin letter.
    let text = "x^`\"az*_\u{2017}\u{2018}\u{2019}\u{201A}\u{201B}\u{201C}\u{201D}\u{416}_y"
    let scalars = Array(text.unicodeScalars)
    let marks: Set<UInt32> = [0x22, 0x2A, 0x5F, 0x2018, 0x201C]
    for start in -1...(scalars.count + 1) {
      let from = max(start, 0)
      let plain =
        from < scalars.count
        ? (scalars[from...].firstIndex { marks.contains($0.value) } ?? scalars.count)
        : scalars.count
      #expect(EntityTagger.nextQuoteMark(in: scalars, from: start) == plain)
    }
  }

  @Test(
    "a review reads as a documentary from a capitalised or lowercase 'documentary' early",
    arguments: [
      ("Documentary makers rarely try this.", true),
      ("A documentary, and a good one.", true),
      ("Doc Brown returns.", true),
      ("Dócumentary is not a word.", false),
      ("A drama.", false),
    ])
  func documentary(text: String, expected: Bool) {
    let tagger = tagger(text, spans: Self.wordSpans(text))
    #expect(EntityTagger.readsAsDocumentary(tagger.tokens, tagger.scalars) == expected)
  }

  @Test("a table keeps one entry per key through growth and replacement, as a dictionary does")
  func tableAgreesWithDictionary() {
    var table = KeyTable<Int>(capacity: 1)
    var reference: [String: Int] = [:]
    for k in 0..<700 {
      let key = "key \(k % 450)"
      table[key] = k
      reference[key] = k
    }
    #expect(table.count == reference.count)
    for (key, value) in reference {
      #expect(table[key] == value)
      #expect(table[key, hash: KeyTable<Int>.hash(key)] == value)
    }
    #expect(table["key 450"] == nil)
    #expect(table.value(prefix: "key ", "449", suffix: "") == reference["key 449"])
    #expect(table.value(prefix: "key ", "45", suffix: "0") == nil)
    var set: KeyTable<Void> = []
    #expect(set.isEmpty)
    set.insert("the")
    set.insert("the")
    #expect(set.count == 1 && set.contains("the") && !set.contains("a"))
  }

  /// Scalar spans of the space-separated words of `text`, punctuation split off.
  private static func wordSpans(_ text: String) -> [(Int, Int)] {
    var spans: [(Int, Int)] = []
    var start = -1
    for (k, scalar) in text.unicodeScalars.enumerated() {
      let isLetter = scalar.properties.isAlphabetic
      if isLetter, start < 0 { start = k }
      if !isLetter {
        if start >= 0 { spans.append((start, k)) }
        start = -1
        if scalar != " " { spans.append((k, k + 1)) }
      }
    }
    if start >= 0 { spans.append((start, text.unicodeScalars.count)) }
    return spans
  }
}
