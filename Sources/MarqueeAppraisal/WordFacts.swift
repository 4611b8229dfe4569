/// What the evaluate stage needs to know about one distinct normalized word, computed once (the
/// lemma rules and the word-list lookups hash and allocate) and then read from flat values in
/// the per-token loops of ``SentenceAppraiser`` and ``ZoneClassifier``. A class, so a token
/// refers to its word's facts without copying them.
final class WordFacts: Sendable {
  /// The normalized word.
  let word: String
  /// The word's lexicon forms and single-word entries.
  let lexical: EvaluativeLexicon.Word
  /// The first of ``EvaluativeLexicon/Word/forms`` (-1 when there is none) and the others,
  /// kept here too so filling a sentence's view reads no second object per token.
  let firstForm: PhraseTrie.Symbol
  let otherForms: [PhraseTrie.Symbol]
  /// The word's symbol in the shifter trie (``ShifterLexicon/noSymbol`` when no marker has it).
  let shifterSymbol: PhraseTrie.Symbol
  /// The word's class in the appraiser's and the zone classifier's word lists.
  let flags: TokenFlags
  /// The cue roles of the word (``EvaluateCues/roles``) as a bit set, bit `n` for the `n`th
  /// role of ``EvaluateCues/Role/allCases``.
  let roles: UInt8
  /// The aspect the word names, if it is an aspect noun.
  let aspect: Aspect?
  /// The number of "!" in the word when it starts or ends with "!" (so "!!!" counts 3).
  let exclamations: Int

  /// The facts of `word`, already normalized with ``ExpressionWords/normalize(_:)``.
  init(
    word: String, lexicon: EvaluativeLexicon, shifters: ShifterLexicon, cues: EvaluateCues
  ) {
    self.word = word
    lexical = lexicon.word(for: word)
    firstForm = lexical.forms.first ?? -1
    otherForms = Array(lexical.forms.dropFirst())
    shifterSymbol = shifters.symbol(for: word)
    var flags = TokenFlags()
    if shifters.startsMarker(word) { flags.insert(.startsShifter) }
    if SentenceAppraiser.boundaries.contains(word) { flags.insert(.boundary) }
    if SentenceAppraiser.clauseEnds.contains(word) { flags.insert(.clauseEnd) }
    if SentenceAppraiser.openers.contains(word) { flags.insert(.opener) }
    if SentenceAppraiser.contextOpeners.contains(word) { flags.insert(.contextOpener) }
    if SentenceAppraiser.determiners.contains(word) { flags.insert(.determiner) }
    if SentenceAppraiser.comparisonStandards.contains(word) {
      flags.insert(.comparisonStandard)
    }
    if SentenceAppraiser.likeSubjects.contains(word) { flags.insert(.likeSubject) }
    if ZoneClassifier.quotationMarks.contains(word) { flags.insert(.quotationMark) }
    if ZoneClassifier.closers.contains(word) { flags.insert(.closer) }
    if ZoneClassifier.finalPunctuation.contains(word) { flags.insert(.finalPunctuation) }
    if lexical.startsPhrase || !lexical.single.isEmpty { flags.insert(.inLexicon) }
    if word == "?" { flags.insert(.question) }
    if SentenceAppraiser.nonHeadWords.contains(word) { flags.insert(.nonHead) }
    if word.count > 3,
      (word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("'s"))
        || word.hasSuffix("ed")
    {
      flags.insert(.inflected)
    }
    if word == "'s" || word == "'" || (word.count > 2 && word.hasSuffix("'s")) {
      flags.insert(.possessive)
    }
    if word == "like" { flags.insert(.like) }
    if SentenceAppraiser.copulas.contains(word) { flags.insert(.copula) }
    if word == "n't" || word == "not" { flags.insert(.negation) }
    if SentenceAppraiser.subjects.contains(word) { flags.insert(.subject) }
    if word == "if" { flags.insert(.conditional) }
    if word.count == 4, let year = Int(word), (1895...2100).contains(year) {
      flags.insert(.year)
    }
    self.flags = flags
    var roles: UInt8 = 0
    for role in cues.roles[word] ?? [] { roles |= Self.bit(role) }
    self.roles = roles
    aspect = cues.aspects[word]
    exclamations =
      word.first == "!" || word.last == "!" ? word.unicodeScalars.count { $0 == "!" } : 0
  }

  /// The bit of `role` in ``roles``.
  static func bit(_ role: EvaluateCues.Role) -> UInt8 {
    switch role {
    case .plot: 1
    case .background: 2
    case .report: 4
    case .critic: 8
    case .tone: 16
    case .craft: 32
    }
  }
}

/// Facts about one token: the class of its normalized word in the stage's word lists (from
/// ``WordFacts``) and the shape of its surface (computed from its scalars).
struct TokenFlags: OptionSet, Sendable {
  let rawValue: UInt32

  /// A shifter may start at the word.
  static let startsShifter = TokenFlags(rawValue: 1 << 0)
  /// One of ``SentenceAppraiser/boundaries``.
  static let boundary = TokenFlags(rawValue: 1 << 1)
  /// One of ``SentenceAppraiser/clauseEnds``.
  static let clauseEnd = TokenFlags(rawValue: 1 << 2)
  /// One of ``SentenceAppraiser/openers``.
  static let opener = TokenFlags(rawValue: 1 << 3)
  /// One of ``SentenceAppraiser/contextOpeners``.
  static let contextOpener = TokenFlags(rawValue: 1 << 4)
  /// One of ``SentenceAppraiser/determiners``.
  static let determiner = TokenFlags(rawValue: 1 << 5)
  /// One of ``SentenceAppraiser/comparisonStandards``.
  static let comparisonStandard = TokenFlags(rawValue: 1 << 6)
  /// One of ``SentenceAppraiser/likeSubjects``.
  static let likeSubject = TokenFlags(rawValue: 1 << 7)
  /// One of ``ZoneClassifier/quotationMarks``.
  static let quotationMark = TokenFlags(rawValue: 1 << 8)
  /// "?".
  static let question = TokenFlags(rawValue: 1 << 9)
  /// "like".
  static let like = TokenFlags(rawValue: 1 << 10)
  /// "if".
  static let conditional = TokenFlags(rawValue: 1 << 11)
  /// A four-digit year from 1895 to 2100.
  static let year = TokenFlags(rawValue: 1 << 12)

  /// A lexicon expression may start at the word (it starts a phrase or has entries).
  static let inLexicon = TokenFlags(rawValue: 1 << 13)
  /// One of ``SentenceAppraiser/nonHeadWords``: never part of the noun an adjective modifies.
  static let nonHead = TokenFlags(rawValue: 1 << 14)
  /// A possessive: "'s", a word ending in "'s", or a lone apostrophe.
  static let possessive = TokenFlags(rawValue: 1 << 15)
  /// A word of four or more letters ending in "-s" (not "-ss" or "'s") or "-ed": after the first
  /// word of a noun phrase it is more likely the verb ("feature arrives", "scene ended").
  static let inflected = TokenFlags(rawValue: 1 << 21)
  /// One of ``SentenceAppraiser/copulas``.
  static let copula = TokenFlags(rawValue: 1 << 22)
  /// "not" or "n't".
  static let negation = TokenFlags(rawValue: 1 << 23)
  /// One of ``SentenceAppraiser/subjects``.
  static let subject = TokenFlags(rawValue: 1 << 24)
  /// Closes a heading's last word (``ZoneClassifier/closers``: quotes, brackets, "*", "_").
  static let closer = TokenFlags(rawValue: 1 << 25)
  /// Ends a sentence (``ZoneClassifier/finalPunctuation``: ".", "!", "?", "…", "...").
  static let finalPunctuation = TokenFlags(rawValue: 1 << 26)

  /// The surface's first scalar is uppercase.
  static let capitalized = TokenFlags(rawValue: 1 << 16)
  /// No scalar of the surface is lowercase.
  static let noLowercase = TokenFlags(rawValue: 1 << 17)
  /// Every scalar of the surface is alphabetic.
  static let letters = TokenFlags(rawValue: 1 << 18)
  /// Every scalar of the surface is uppercase.
  static let uppercase = TokenFlags(rawValue: 1 << 19)
  /// The surface has at least two scalars.
  static let multiScalar = TokenFlags(rawValue: 1 << 20)

  /// Whether `value` is a curly quote, en or em dash or ellipsis (‘ ’ “ ” – — …): punctuation,
  /// neither cased nor alphabetic, so the surface flags need not look its properties up.
  static func isEditorialPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: true
    default: false
    }
  }

  /// The surface flags of `scalars`, with a fast path for ASCII and editorial punctuation.
  static func surface(_ scalars: ArraySlice<Unicode.Scalar>) -> TokenFlags {
    var flags: TokenFlags = [.noLowercase, .letters, .uppercase]
    if scalars.count >= 2 { flags.insert(.multiScalar) }
    var first = true
    for scalar in scalars {
      let value = scalar.value
      let isUpper: Bool
      let isLower: Bool
      let isAlphabetic: Bool
      if value < 0x80 {
        isUpper = value &- 0x41 < 26
        isLower = value &- 0x61 < 26
        isAlphabetic = isUpper || isLower
      } else if Self.isEditorialPunctuation(value) {
        isUpper = false
        isLower = false
        isAlphabetic = false
      } else {
        let properties = scalar.properties
        isUpper = properties.isUppercase
        isLower = properties.isLowercase
        isAlphabetic = properties.isAlphabetic
      }
      if first && isUpper { flags.insert(.capitalized) }
      first = false
      if isLower { flags.remove(.noLowercase) }
      if !isAlphabetic { flags.remove(.letters) }
      if !isUpper { flags.remove(.uppercase) }
    }
    return flags
  }
}
