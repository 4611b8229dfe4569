import Foundation

/// The shifter lists: negators, intensifiers and downtoners, hedges and irrealis markers,
/// contrast markers, comparatives and sarcasm markers, loaded from the bundled TSV files
/// (`Resources/shifters/*.tsv`, documented in their headers) and optional user files.
///
/// A user row whose `entry` and `kind` match an earlier row replaces it. Matching is by exact
/// (lowercased) words, longest first, with "…" gaps:
///
/// ```swift
/// let shifters = try ShifterLexicon.bundled()
/// shifters.longestMatch(in: ["not", "as", "funny", "as", "the", "first"], at: 0)?.range
/// // 0..<4, with gap 2..<3
/// ```
public struct ShifterLexicon: Sendable {
  /// The bundled shifter files, in load order.
  static let bundledFiles = [
    "negators", "intensifiers", "hedges", "contrast", "comparatives", "sarcasm",
  ]

  /// Every entry, in file order; overridden rows are replaced in place.
  public private(set) var entries: [ShifterEntry]
  private var keyIndex: [Key: Int]
  private var trie: PhraseTrie

  private struct Key: Hashable, Sendable {
    var entry: String
    var kind: ShifterKind
  }

  /// The number of entries.
  public var count: Int { entries.count }

  init(rows: [TSVRow]) throws(LexiconError) {
    entries = []
    keyIndex = [:]
    trie = PhraseTrie()
    try add(rows)
  }

  /// The shifters shipped with Marquee, read once.
  ///
  /// - Throws: ``LexiconError`` when a bundled file is missing or malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> ShifterLexicon {
    try cachedBundle.get()
  }

  private static let cachedBundle: Result<ShifterLexicon, LexiconError> = Result {
    () throws(LexiconError) -> ShifterLexicon in
    var rows: [TSVRow] = []
    for name in bundledFiles {
      rows += try BundledResource.rows(name: name, directory: "shifters")
    }
    return try ShifterLexicon(rows: rows)
  }

  /// This list with the rows of `files` added in order.
  ///
  /// - Throws: ``LexiconError`` naming the file and line of the first bad row.
  public func adding(files: [URL]) throws(LexiconError) -> ShifterLexicon {
    var copy = self
    for url in files {
      try copy.add(try TSVFile.rows(at: url, name: url.path))
    }
    return copy
  }

  /// This list with rows given as TSV text, named `name` in errors.
  public func adding(tsv text: String, name: String) throws(LexiconError) -> ShifterLexicon {
    var copy = self
    try copy.add(try TSVFile.rows(in: Array(text.utf8), name: name))
    return copy
  }

  private mutating func add(_ rows: [TSVRow]) throws(LexiconError) {
    for row in rows {
      let entry = try Self.parse(row)
      let key = Key(entry: entry.entry, kind: entry.kind)
      let index: Int
      if let existing = keyIndex[key] {
        index = existing
        for path in ExpressionWords.variants(of: entries[index].entry) {
          trie.remove(value: index, along: path)
        }
        entries[index] = entry
      } else {
        index = entries.count
        entries.append(entry)
        keyIndex[key] = index
      }
      for path in ExpressionWords.variants(of: entry.entry) {
        trie.insert(path, value: index, gapWindow: entry.window)
      }
    }
  }

  /// The shifters listed for exactly this one token ("not", "very"), any kind.
  public func entries(for token: String) -> [ShifterEntry] {
    longestMatch(in: [token], at: 0).map(\.entries) ?? []
  }

  /// The entry listed as `entry` with kind `kind`, if any.
  public func entry(_ entry: String, kind: ShifterKind) -> ShifterEntry? {
    keyIndex[Key(entry: entry, kind: kind)].map { entries[$0] }
  }

  /// Whether some marker starts with the normalized word `word`.
  func startsMarker(_ word: String) -> Bool {
    trie.startsPath(word)
  }

  /// The longest marker starting at `tokens[start]`, with the gaps it spans.
  ///
  /// - Complexity: O(L) in the length of the match, plus the gap windows.
  public func longestMatch(in tokens: [String], at start: Int) -> ShifterMatch? {
    longestMatch(normalized: tokens.map { ExpressionWords.normalize($0) }, at: start)
  }

  /// ``longestMatch(in:at:)`` for tokens already normalized with ``ExpressionWords/normalize(_:)``.
  func longestMatch(normalized: [String], at start: Int) -> ShifterMatch? {
    longestMatch(symbols: normalized.map { symbol(for: $0) }, at: start)
  }

  /// The trie symbol of a normalized word, or ``noSymbol`` when no marker contains it.
  func symbol(for word: String) -> PhraseTrie.Symbol {
    trie.symbol(for: word) ?? Self.noSymbol
  }

  /// The symbol of a word no marker contains.
  static let noSymbol: PhraseTrie.Symbol = -1

  /// ``longestMatch(in:at:)`` over the tokens' symbols (see ``symbol(for:)``).
  func longestMatch(symbols: [PhraseTrie.Symbol], at start: Int) -> ShifterMatch? {
    guard symbols.indices.contains(start) else { return nil }
    guard
      let match = trie.longestMatch(
        from: start, count: symbols.count, forms: { CollectionOfOne(symbols[$0]) })
    else { return nil }
    return ShifterMatch(
      range: start..<match.end, gaps: match.gaps, entries: match.values.map { entries[$0] })
  }

  static func parse(_ row: TSVRow) throws(LexiconError) -> ShifterEntry {
    guard row.columns.count >= 5, row.columns.count <= 6 else {
      throw row.error(
        "expected 6 tab-separated columns (entry, kind, value, scope, window, note), found \(row.columns.count)"
      )
    }
    let text = row.column(0)
    guard !text.isEmpty else { throw row.error("column 'entry' is empty") }
    guard text == ExpressionWords.normalize(text) else {
      throw row.error("entry \"\(text)\" must be lowercase with straight apostrophes")
    }
    guard let kind = ShifterKind(rawValue: row.column(1)) else {
      throw row.error(
        "column 'kind' is \"\(row.column(1))\"; expected one of "
          + ShifterKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard let value = Double(row.column(2)), value.isFinite, abs(value) <= 3 else {
      throw row.error("column 'value' is \"\(row.column(2))\"; expected a number from -3 to 3")
    }
    guard let scope = ShifterScope(rawValue: row.column(3)) else {
      throw row.error(
        "column 'scope' is \"\(row.column(3))\"; expected one of "
          + ShifterScope.allCases.map(\.rawValue).joined(separator: ", "))
    }
    guard let window = Int(row.column(4)), window >= 0 else {
      throw row.error("column 'window' is \"\(row.column(4))\"; expected a whole number ≥ 0")
    }
    let hasGap = text.split(separator: " ").contains { $0.contains(PhraseTrie.gap) }
    if hasGap && window == 0 {
      throw row.error("entry \"\(text)\" has a gap (…) but window is 0; give the gap's width")
    }
    return ShifterEntry(
      entry: text, kind: kind, value: value, scope: scope, window: window,
      note: row.column(5), source: "\(row.file):\(row.line)")
  }
}

/// A shifter match over a token sequence.
public struct ShifterMatch: Sendable, Equatable {
  /// The matched tokens, gaps included.
  public var range: Range<Int>
  /// The token ranges that filled the "…" gaps, in order.
  public var gaps: [Range<Int>]
  /// The entries listed for the marker (one per kind).
  public var entries: [ShifterEntry]
}
