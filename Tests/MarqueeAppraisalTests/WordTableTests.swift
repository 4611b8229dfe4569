import MarqueeCore
import MarqueeText
import Testing

@testable import MarqueeAppraisal

/// The per-word facts the evaluate stage computes once and reuses: the surface shape of a token
/// (with its ASCII fast path), the byte-keyed word table, and the stage's memo across documents.
@Suite struct WordTableTests {
  struct Shape: CustomTestStringConvertible, Sendable {
    var surface: String
    var expected: [String]
    var testDescription: String { surface }
  }

  static let names: [(String, TokenFlags)] = [
    ("capitalized", .capitalized), ("noLowercase", .noLowercase), ("letters", .letters),
    ("uppercase", .uppercase), ("multiScalar", .multiScalar),
  ]

  /// Worked out by hand from the Unicode properties of each scalar.
  static let shapes: [Shape] = [
    Shape(surface: "Great", expected: ["capitalized", "letters", "multiScalar"]),
    Shape(
      surface: "GREAT",
      expected: ["capitalized", "noLowercase", "letters", "uppercase", "multiScalar"]),
    Shape(
      surface: "ÉTÉ",
      expected: ["capitalized", "noLowercase", "letters", "uppercase", "multiScalar"]),
    Shape(surface: "été", expected: ["letters", "multiScalar"]),
    Shape(surface: "R2", expected: ["capitalized", "noLowercase", "multiScalar"]),
    Shape(surface: "a", expected: ["letters"]),
    Shape(surface: "!", expected: ["noLowercase"]),
    Shape(surface: "🎬🎬", expected: ["noLowercase", "multiScalar"]),
    // "e" + combining acute: "e" is lowercase, and the mark (Mn, not Other_Alphabetic) is not
    // alphabetic, so only the length remains.
    Shape(surface: "e\u{301}", expected: ["multiScalar"]),
  ]

  @Test(arguments: shapes) func surfaceShape(_ shape: Shape) {
    let flags = TokenFlags.surface(ArraySlice(Array(shape.surface.unicodeScalars)))
    let found = Self.names.filter { flags.contains($0.1) }.map(\.0)
    #expect(found == shape.expected)
  }

  static func appraiser() throws -> SentenceAppraiser {
    SentenceAppraiser(
      lexicon: try EvaluativeLexicon.bundled(), shifters: try ShifterLexicon.bundled(),
      cues: try EvaluateCues.bundled())
  }

  @Test func asciiTokensAreLowercasedStraightFromTheirScalars() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let fromScalars = table.facts(
      scalars: ArraySlice(Array("Devastating".unicodeScalars)), appraiser: appraiser)
    let fromString = table.facts(normalized: "devastating", appraiser: appraiser)
    #expect(fromScalars === fromString)
    #expect(fromScalars.word == "devastating")
    #expect(table.count == 1)
    #expect(!fromScalars.lexical.single.isEmpty)
    #expect(fromScalars.flags.contains(.inLexicon))
  }

  @Test func entriesIndexTheFactsInOrderOfFirstSight() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let good = table.entry(scalars: ArraySlice(Array("Good".unicodeScalars)), appraiser: appraiser)
    let film = table.entry(normalized: "film", appraiser: appraiser)
    let curly = table.entry(
      scalars: ArraySlice(Array("Didn’t".unicodeScalars)), appraiser: appraiser)
    #expect([good, film, curly] == [0, 1, 2])
    #expect(table.entry(normalized: "good", appraiser: appraiser) == good)
    #expect(table.entry(normalized: "didn't", appraiser: appraiser) == curly)
    #expect(table.allFacts.map(\.word) == ["good", "film", "didn't"])
    #expect(table.allFacts[Int(film)] === table.facts(normalized: "film", appraiser: appraiser))
  }

  /// The flat copy a sentence's view is filled from says what each word's facts say: "good"
  /// has lexicon forms, "not" starts a shifter, "!!" counts two, "film" names an aspect.
  @Test(arguments: ["good", "not", "!!", "film", "the", "zzyzx"])
  func flatFactsMirrorTheWordFacts(_ word: String) throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    _ = table.entry(normalized: "filler", appraiser: appraiser)
    let entry = Int(table.entry(normalized: word, appraiser: appraiser))
    let facts = table.allFacts[entry]
    let flat = table.flat[entry]
    #expect(table.flat.count == table.count)
    #expect(flat.forms.map { table.formPool[Int($0)] } == facts.lexical.forms)
    #expect(flat.shifterSymbol == facts.shifterSymbol)
    #expect(flat.flags == facts.flags)
    #expect(flat.roles == facts.roles)
    #expect(flat.aspect == facts.aspect)
    #expect(flat.exclamations == facts.exclamations)
    switch word {
    case "good": #expect(!flat.forms.isEmpty)
    case "not": #expect(flat.flags.contains(.startsShifter))
    case "!!": #expect(flat.exclamations == 2)
    case "film": #expect(flat.aspect == .film)
    default: break
    }
  }

  /// Curly quotes and dashes take the scalar fast path; it must key them exactly as
  /// ExpressionWords.normalize does (straight quotes, dashes kept, letters lowercased).
  @Test(arguments: ["’s", "N’T", "“", "”", "‘Tis", "—", "–", "…", "Nyong’o", "d’Or", "’—’"])
  func editorialPunctuationKeysAsNormalized(_ surface: String) throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let fast = table.entry(scalars: ArraySlice(Array(surface.unicodeScalars)), appraiser: appraiser)
    let normalized = ExpressionWords.normalize(surface)
    #expect(table.entry(normalized: normalized, appraiser: appraiser) == fast)
    #expect(table.allFacts[Int(fast)].word == normalized)
    #expect(table.count == 1)
  }

  /// The one-pass path that keys a token and reads its shape together gives the hand-worked
  /// shape and the entry of the normalized word, for ASCII and other tokens alike.
  @Test(arguments: shapes) func entryAndSurfaceAgreeWithTheSeparatePaths(_ shape: Shape) throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let scalars = ArraySlice(Array(shape.surface.unicodeScalars))
    let (entry, surface) = table.entryAndSurface(scalars: scalars, appraiser: appraiser)
    #expect(Self.names.filter { surface.contains($0.1) }.map(\.0) == shape.expected)
    let normalized = ExpressionWords.normalize(shape.surface)
    #expect(table.entry(normalized: normalized, appraiser: appraiser) == entry)
    #expect(table.allFacts[Int(entry)].word == normalized)
    #expect(table.count == 1)
  }

  /// The key is written over the bytes of earlier, longer keys: a shorter word after a longer
  /// one is its own word ("good" is not "goodness"), and a word longer than the buffer grows it.
  @Test func entryAndSurfaceKeysOnlyTheTokensOwnBytes() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let long = String(repeating: "Ab", count: 50)
    let words = ["Goodness", "GOOD", long, "go", "goodness", long.lowercased()]
    let entries = words.map {
      table.entryAndSurface(scalars: ArraySlice(Array($0.unicodeScalars)), appraiser: appraiser)
        .entry
    }
    #expect(entries == [0, 1, 2, 3, 0, 2])
    #expect(table.allFacts.map(\.word) == ["goodness", "good", long.lowercased(), "go"])
  }

  /// The punctuation fast path of the surface flags agrees with the scalars' Unicode properties.
  @Test(arguments: Array("‘’“”–—…".unicodeScalars))
  func editorialPunctuationHasNoCaseOrLetters(_ scalar: Unicode.Scalar) {
    #expect(TokenFlags.isEditorialPunctuation(scalar.value))
    #expect(!scalar.properties.isUppercase)
    #expect(!scalar.properties.isLowercase)
    #expect(!scalar.properties.isAlphabetic)
    let flags = TokenFlags.surface(ArraySlice([scalar, "a"]))
    #expect(flags == [.multiScalar])
  }

  @Test func otherTokensAreNormalizedFirst() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let curly = table.facts(
      scalars: ArraySlice(Array("Didn’t".unicodeScalars)), appraiser: appraiser)
    #expect(curly.word == "didn't")
    #expect(table.facts(normalized: "didn't", appraiser: appraiser) === curly)
    let other = table.facts(scalars: ArraySlice(Array("didn".unicodeScalars)), appraiser: appraiser)
    #expect(other !== curly)
    #expect(table.count == 2)
  }

  @Test func manyWordsGrowTheTableAndAllStayFindable() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    var first: [WordFacts] = []
    for number in 0..<3_000 {
      let word = "w\(number)"
      first.append(
        table.facts(scalars: ArraySlice(Array(word.unicodeScalars)), appraiser: appraiser))
    }
    #expect(table.count == 3_000)
    for number in 0..<3_000 {
      let again = table.facts(normalized: "w\(number)", appraiser: appraiser)
      #expect(again === first[number])
    }
  }

  @Test func wordListsBecomeFlags() throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    #expect(table.facts(normalized: ",", appraiser: appraiser).flags.contains(.boundary))
    #expect(table.facts(normalized: "?", appraiser: appraiser).flags.contains(.question))
    #expect(table.facts(normalized: "1999", appraiser: appraiser).flags.contains(.year))
    #expect(!table.facts(normalized: "1850", appraiser: appraiser).flags.contains(.year))
    #expect(table.facts(normalized: "!!!", appraiser: appraiser).exclamations == 3)
    #expect(table.facts(normalized: "not", appraiser: appraiser).flags.contains(.startsShifter))
  }

  /// The memo is shared by every document a stage annotates: a warm stage must write exactly
  /// what a fresh one writes.
  @Test func aWarmStageWritesWhatAFreshOneWrites() throws {
    let text =
      "NOT BAD at all! “Gorgeous,” they said — but it’s too long, and the café scene is DULL."
    let segment = try Pipeline([SegmentStage()])
    let document = try segment.run(Document(id: "d", text: text))
    let warm = EvaluateStage()
    _ = try warm.annotate(
      try segment.run(Document(id: "w", text: "Not bad. Gorgeous but dull; too long at café.")))
    let once = try warm.annotate(document)
    let fresh = try EvaluateStage().annotate(document)
    #expect(once.layers == fresh.layers)
    #expect(once.summary == fresh.summary)
    #expect((once.layers[LayerName.evaluations] ?? []).count >= 3)
  }

  /// A heading is found from the word flags, not the words: a closing quote, bracket or
  /// emphasis mark may follow the final punctuation (curly quotes as their straight key), and
  /// only ".", "!", "?" and the ellipses end a sentence. Written by hand from the rule.
  @Test(arguments: [
    ("\"", true, false), ("\u{201D}", true, false), ("''", true, false), ("'", true, false),
    ("\u{2019}", true, false), (")", true, false), ("]", true, false), ("*", true, false),
    ("_", true, false), (".", false, true), ("!", false, true), ("?", false, true),
    ("\u{2026}", false, true), ("...", false, true), (",", false, false), ("(", false, false),
    ("film", false, false), (":", false, false),
  ])
  func headingWordsAreFlagged(_ word: String, closes: Bool, ends: Bool) throws {
    let appraiser = try Self.appraiser()
    var table = WordTable()
    let entry = table.entry(
      scalars: ArraySlice(Array(word.unicodeScalars)), appraiser: appraiser)
    let flags = table.flat[Int(entry)].flags
    #expect(flags.contains(.closer) == closes)
    #expect(flags.contains(.finalPunctuation) == ends)
  }

  /// A token's `norm` feature is the word the stage reads, whatever other features come with
  /// it and in whatever order; a token whose only feature is its kind is read as written.
  @Test(arguments: [
    (JSONObject([("kind", .string("word")), ("norm", .string("good"))]), 1),
    (JSONObject([("norm", .string("good")), ("kind", .string("word"))]), 1),
    (JSONObject([("norm", .string("good"))]), 1),
    (JSONObject([("kind", .string("word"))]), 0),
    (JSONObject(), 0),
  ])
  func aTokensNormIsTheWordRead(_ features: JSONObject, evaluations: Int) throws {
    var document = Document(id: "norm", text: "It is gud.")
    try document.setLayer(
      LayerName.sentences, [Annotation(id: "s1", start: 0, end: 10, label: "sentence")])
    try document.setLayer(
      LayerName.tokens,
      [
        Annotation(id: "t1", start: 0, end: 2, features: ["kind": .string("word")]),
        Annotation(id: "t2", start: 3, end: 5, features: ["kind": .string("word")]),
        Annotation(id: "t3", start: 6, end: 9, features: features),
        Annotation(id: "t4", start: 9, end: 10, features: ["kind": .string("punct")]),
      ])
    let found = try EvaluateStage().annotate(document).layers[LayerName.evaluations] ?? []
    #expect(found.count == evaluations)
    #expect(found.allSatisfy { $0.features["polarity"]?.stringValue == "positive" })
  }

}
