import Foundation

/// The evaluative lexicon: words and multi-word expressions with their prior polarity, score,
/// strength, domain and aspect, loaded from the bundled TSV files and optional user files.
///
/// The bundled files (`Resources/lexicon/*.tsv`, documented in their headers) are read once per
/// process. User files have the same columns; a row whose `entry` and `pos` match an earlier
/// row replaces it, so a user can correct or extend the lexicon:
///
/// ```swift
/// let lexicon = try EvaluativeLexicon.bundled()
/// lexicon.entries(for: "Predictable").first?.polarity  // .negative
/// lexicon.longestMatch(in: ["it", "falls", "flat", "."], at: 1)?.range  // 1..<3
/// let mine = try lexicon.adding(files: [URL(fileURLWithPath: "extra.tsv")])
/// ```
///
/// Lookups lowercase the token, read curly apostrophes as straight ones, and apply the lemma
/// rules of ``LemmaRules`` when the token is not listed as written.
public struct EvaluativeLexicon: Sendable {
  /// The bundled lexicon files, in load order; the learned file (domain `learned`) comes last.
  static let bundledFiles = [
    "adjectives", "adverbs", "nouns", "verbs", "phrases", "film", "learned-sst",
  ]

  /// Every entry, in file order; overridden rows are replaced in place.
  public private(set) var entries: [LexiconEntry]
  private var keyIndex: [Key: Int]
  private var singleWords: [String: [Int]]
  private var trie: PhraseTrie
  private let lemmas: LemmaRules
  /// Per entry, whether it carries a value (see ``carriesValue(_:)``).
  private var carryingValue: [Bool]

  private struct Key: Hashable, Sendable {
    var entry: String
    var pos: PartOfSpeech
  }

  /// The number of entries.
  public var count: Int { entries.count }

  /// Builds a lexicon from parsed rows of TSV files, later rows overriding earlier ones.
  init(rows: [TSVRow], lemmas: LemmaRules) throws(LexiconError) {
    self.entries = []
    self.keyIndex = [:]
    self.singleWords = [:]
    self.trie = PhraseTrie()
    self.lemmas = lemmas
    self.carryingValue = []
    try add(rows)
  }

  /// The lexicon shipped with Marquee, read once.
  ///
  /// - Throws: ``LexiconError`` when a bundled file is missing or malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> EvaluativeLexicon {
    try cachedBundle.get()
  }

  private static let cachedBundle: Result<EvaluativeLexicon, LexiconError> = Result {
    () throws(LexiconError) -> EvaluativeLexicon in
    var rows: [TSVRow] = []
    for name in bundledFiles {
      rows += try BundledResource.rows(name: name, directory: "lexicon")
    }
    return try EvaluativeLexicon(rows: rows, lemmas: try BundledResource.lemmaRules())
  }

  /// The curated bundled files with `learned` in place of the bundled learned lexicon, so a
  /// lexicon mined from part of the treebank's training split can be measured on the rest.
  ///
  /// - Throws: ``LexiconError`` when a file is missing or malformed.
  static func curated(learned: URL) throws(LexiconError) -> EvaluativeLexicon {
    var rows: [TSVRow] = []
    for name in bundledFiles where name != "learned-sst" {
      rows += try BundledResource.rows(name: name, directory: "lexicon")
    }
    rows += try TSVFile.rows(at: learned, name: learned.path)
    return try EvaluativeLexicon(rows: rows, lemmas: try BundledResource.lemmaRules())
  }

  /// The bundled lexicon with the user's files added in order; later rows override earlier ones
  /// with the same `entry` and `pos`.
  ///
  /// - Throws: ``LexiconError`` naming the file and line of the first bad row.
  public static func bundled(extraFiles: [URL]) throws(LexiconError) -> EvaluativeLexicon {
    try bundled().adding(files: extraFiles)
  }

  /// This lexicon with the rows of `files` added in order.
  ///
  /// - Throws: ``LexiconError`` naming the file and line of the first bad row.
  public func adding(files: [URL]) throws(LexiconError) -> EvaluativeLexicon {
    var copy = self
    for url in files {
      try copy.add(try TSVFile.rows(at: url, name: url.path))
    }
    return copy
  }

  /// This lexicon with rows given as TSV text (the same columns as the files), named `name` in
  /// errors.
  public func adding(tsv text: String, name: String) throws(LexiconError) -> EvaluativeLexicon {
    var copy = self
    try copy.add(try TSVFile.rows(in: Array(text.utf8), name: name))
    return copy
  }

  private mutating func add(_ rows: [TSVRow]) throws(LexiconError) {
    for row in rows {
      let entry = try Self.parse(row)
      let key = Key(entry: entry.entry, pos: entry.pos)
      let index: Int
      if let existing = keyIndex[key] {
        index = existing
        unindex(index)
        entries[index] = entry
      } else {
        index = entries.count
        entries.append(entry)
        carryingValue.append(false)
        keyIndex[key] = index
      }
      carryingValue[index] =
        entry.polarity != .neutral || entry.score != 0 || entry.flags.contains(.targetDependent)
      if entry.isMultiword || entry.entry.contains("-") || entry.entry.contains("'") {
        for path in ExpressionWords.variants(of: entry.entry) where path.count > 1 {
          trie.insert(path, value: index)
        }
      }
      if !entry.isMultiword {
        singleWords[entry.entry, default: []].append(index)
      }
    }
  }

  private mutating func unindex(_ index: Int) {
    let old = entries[index]
    singleWords[old.entry]?.removeAll { $0 == index }
    for path in ExpressionWords.variants(of: old.entry) where path.count > 1 {
      trie.remove(value: index, along: path)
    }
  }

  /// The entries for one token: those listed as written (any part of speech), or else those
  /// reached by the lemma rules whose part of speech takes the token's ending.
  ///
  /// ```swift
  /// lexicon.entries(for: "disappoints").map(\.entry)  // ["disappoint"]
  /// ```
  public func entries(for token: String) -> [LexiconEntry] {
    let word = ExpressionWords.normalize(token)
    if let exact = singleWords[word], !exact.isEmpty { return exact.map { entries[$0] } }
    var found: [LexiconEntry] = []
    for candidate in lemmas.candidates(for: word) {
      for index in singleWords[candidate.lemma] ?? []
      where candidate.partsOfSpeech.contains(entries[index].pos) {
        if !found.contains(entries[index]) { found.append(entries[index]) }
      }
    }
    return found
  }

  /// The entry listed as `entry` with part of speech `pos`, if any (no lemma rules).
  public func entry(_ entry: String, pos: PartOfSpeech) -> LexiconEntry? {
    keyIndex[Key(entry: entry, pos: pos)].map { entries[$0] }
  }

  /// The longest expression starting at `tokens[start]`: a multi-word expression when one
  /// matches (each word as written or under a lemma rule), else the single token's entries.
  ///
  /// ```swift
  /// lexicon.longestMatch(in: ["worth", "the", "price", "of", "admission"], at: 0)?.range
  /// // 0..<5
  /// ```
  /// - Complexity: O(L) in the length of the match, times the few lemma forms per token.
  public func longestMatch(in tokens: [String], at start: Int) -> LexiconMatch? {
    longestMatch(normalized: tokens.map { ExpressionWords.normalize($0) }, at: start)
  }

  /// ``longestMatch(in:at:)`` for tokens already normalized with ``ExpressionWords/normalize(_:)``,
  /// so a caller scanning a sentence normalizes each token once.
  func longestMatch(normalized: [String], at start: Int) -> LexiconMatch? {
    guard normalized.indices.contains(start) else { return nil }
    return longestMatch(words: normalized.map { word(for: $0) }, at: start)
  }

  /// What the lexicon knows about one normalized token, computed once and reused for every
  /// occurrence of the token (the lemma rules allocate strings, so they must not run per
  /// occurrence in the scan).
  /// A class, so the per-token arrays that repeat it copy one reference.
  final class Word: Sendable {
    /// The trie symbols of the distinct forms to try in multi-word expressions: the token, then
    /// its lemmas (forms no expression contains are left out).
    let forms: [PhraseTrie.Symbol]
    /// The indices of the token's single-word entries (see ``entries(for:)``).
    let single: [Int]
    /// Whether a multi-word expression may start here (one of the forms starts a trie path).
    let startsPhrase: Bool

    init(forms: [PhraseTrie.Symbol], single: [Int], startsPhrase: Bool) {
      self.forms = forms
      self.single = single
      self.startsPhrase = startsPhrase
    }
  }

  /// The forms and single-word entries of a normalized token.
  func word(for normalized: String) -> Word {
    var distinct = [normalized]
    let candidates = lemmas.candidates(for: normalized)
    for candidate in candidates where !distinct.contains(candidate.lemma) {
      distinct.append(candidate.lemma)
    }
    let forms = distinct.compactMap { trie.symbol(for: $0) }
    let startsPhrase = forms.contains { trie.startsPath($0) }
    if let exact = singleWords[normalized], !exact.isEmpty {
      return Word(forms: forms, single: exact, startsPhrase: startsPhrase)
    }
    var single: [Int] = []
    for candidate in candidates {
      for index in singleWords[candidate.lemma] ?? []
      where candidate.partsOfSpeech.contains(entries[index].pos) && !single.contains(index) {
        single.append(index)
      }
    }
    return Word(forms: forms, single: single, startsPhrase: startsPhrase)
  }

  /// ``longestMatch(in:at:)`` over tokens already looked up with ``word(for:)``.
  func longestMatch(words: [Word], at start: Int) -> LexiconMatch? {
    guard words.indices.contains(start) else { return nil }
    return longestMatchIndices(count: words.count, at: start, first: words[start]) {
      words[$0].forms
    }.map { LexiconMatch(range: $0.range, entries: $0.indices.map { entries[$0] }) }
  }

  /// ``longestMatch(words:at:)`` as indices into ``entries``, so a caller that only tests or
  /// filters the match copies no entry: over `count` tokens, `first` the ``Word`` at `start`
  /// and `forms` the trie symbols of the token at an index (``Word/forms``).
  func longestMatchIndices<Forms: Collection<PhraseTrie.Symbol>>(
    count: Int, at start: Int, first: Word, forms: (Int) -> Forms
  ) -> (range: Range<Int>, indices: [Int])? {
    if first.startsPhrase, let match = trie.longestMatch(from: start, count: count, forms: forms),
      match.end - start > 1
    {
      return (start..<match.end, match.values)
    }
    return first.single.isEmpty ? nil : (start..<(start + 1), first.single)
  }

  /// Whether the entry at `index` carries a value: neutral rows scored zero only mark a word
  /// as known, unless they are target-dependent.
  func carriesValue(_ index: Int) -> Bool {
    carryingValue[index]
  }

  /// Turns one TSV row into an entry, checking every column.
  static func parse(_ row: TSVRow) throws(LexiconError) -> LexiconEntry {
    guard row.columns.count >= 8, row.columns.count <= 9 else {
      throw row.error(
        "expected 9 tab-separated columns (entry, pos, polarity, score, strength, domain, aspect, flags, note), found \(row.columns.count)"
      )
    }
    let text = row.column(0)
    guard !text.isEmpty else { throw row.error("column 'entry' is empty") }
    guard text == ExpressionWords.normalize(text) else {
      throw row.error("entry \"\(text)\" must be lowercase with straight apostrophes")
    }
    guard !text.contains("  ") else {
      throw row.error("entry \"\(text)\" has two spaces in a row; separate words by one space")
    }
    guard let pos = PartOfSpeech(rawValue: row.column(1)) else {
      throw row.error(
        "column 'pos' is \"\(row.column(1))\"; expected one of "
          + PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard let polarity = Polarity(rawValue: row.column(2)) else {
      throw row.error(
        "column 'polarity' is \"\(row.column(2))\"; expected one of "
          + Polarity.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard let score = Double(row.column(3)), score >= -1, score <= 1 else {
      throw row.error("column 'score' is \"\(row.column(3))\"; expected a number from -1 to 1")
    }
    let strengthText = row.column(4)
    let strength: Strength
    if strengthText.isEmpty {
      strength = Strength(score: score)
    } else if let named = Strength(rawValue: strengthText) {
      strength = named
    } else {
      throw row.error(
        "column 'strength' is \"\(strengthText)\"; expected weak, moderate, strong or empty")
    }
    let domainText = row.column(5)
    guard let domain = domainText.isEmpty ? .general : LexiconDomain(rawValue: domainText) else {
      throw row.error("column 'domain' is \"\(domainText)\"; expected general, film or learned")
    }
    let aspectText = row.column(6)
    let aspect: Aspect?
    if aspectText.isEmpty {
      aspect = nil
    } else if let named = Aspect(rawValue: aspectText) {
      aspect = named
    } else {
      throw row.error(
        "column 'aspect' is \"\(aspectText)\"; expected one of "
          + Aspect.allCases.map(\.rawValue).joined(separator: ", ") + " or empty")
    }
    var flags = Set<LexiconFlag>()
    for name in row.column(7).split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard let flag = LexiconFlag(rawValue: trimmed) else {
        throw row.error(
          "flag \"\(trimmed)\" is unknown; expected "
            + LexiconFlag.allCases.map(\.rawValue).joined(separator: ", "))
      }
      flags.insert(flag)
    }
    return LexiconEntry(
      entry: text, pos: pos, polarity: polarity, score: score, strength: strength,
      domain: domain, aspect: aspect, flags: flags, note: row.column(8),
      source: "\(row.file):\(row.line)")
  }
}

/// A lexicon match over a token sequence: the tokens it covers and the entries that fired.
public struct LexiconMatch: Sendable, Equatable {
  /// The matched tokens, as indices into the token sequence.
  public var range: Range<Int>
  /// The entries listed for the matched expression (one per part of speech).
  public var entries: [LexiconEntry]
}
