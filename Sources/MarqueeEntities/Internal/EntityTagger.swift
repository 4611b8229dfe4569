import MarqueeCore

/// The rules of the `entities` stage, applied to one document: find candidate spans, read their
/// context, link the mentions of one referent and give each cluster one label.
///
/// - Complexity: O(n) in the number of tokens, with small constant look-arounds.
struct EntityTagger {
  let names: any NameDirectory
  let patterns: EntityPatterns

  var scalars: [Unicode.Scalar]
  var tokens: [TextToken]
  var mentions: [Mention] = []
  var clusters: [Cluster] = []
  var plays: [(cast: Int, character: Int)] = []
  /// Folded texts of the titles written in quotes or italics in this document.
  var documentTitles: [String: String] = [:]
  /// "X’s Y" pairs to settle once X's label is known.
  var possessivePairs: [(Int, Int)] = []
  /// Short forms (folded) → clusters they may refer to.
  var shortKeys = KeyTable<[Int]>(capacity: 32)
  var clusterIndex = KeyTable<Int>(capacity: 32)
  /// First words of full names → clusters, consulted after `shortKeys`.
  var firstKeys = KeyTable<[Int]>(capacity: 32)
  /// The review is about a documentary: its unexplained people are its subjects.
  var isDocumentary = false
  /// While the context rules run: per token, the first mention starting there (-1 for none),
  /// so that `mention(startingAt:)` need not search. Empty at other times.
  var mentionStarts: [Int32] = []
  /// Folded forms of credited titles → the full title and its work type.
  var titleNames: [String: String] = [:]
  var titleWorks: [String: String] = [:]

  struct Cluster {
    var name: String
    var key: String
    var known: [KnownPerson]
    var score = LabelScores()
    var jobs: [String: Int] = [:]
    var mainJob = "director"
    var label: EntityLabel = .person
    var mentions: [Int] = []
  }

  init(
    scalars: [Unicode.Scalar], tokens: [TextToken], names: any NameDirectory,
    patterns: EntityPatterns
  ) {
    self.scalars = scalars
    self.tokens = tokens
    self.names = names
    self.patterns = patterns
  }

  // MARK: - Running

  mutating func run() {
    isDocumentary = Self.readsAsDocumentary(tokens, scalars)
    findQuotedTitles()
    for (key, surface) in creditedTitleSurfaces where documentTitles[key] == nil {
      documentTitles[key] = surface
    }
    findNameCandidates()
    sortMentionsByStart()
    readContext()
    readUnmarkedTitles()
    buildClusters()
    resolveShortMentions()
    decideLabels()
  }

  /// Sorts the mentions by start, stably, as `sort` would: the order is found on indices, then
  /// applied with swaps, so that each mention moves about once instead of at every merge.
  mutating func sortMentionsByStart() {
    // The starts read in place (a key path would copy each mention).
    var starts: [Int] = []
    starts.reserveCapacity(mentions.count)
    var sorted = true
    for k in mentions.indices {
      let start = mentions[k].start
      if let previous = starts.last, previous > start { sorted = false }
      starts.append(start)
    }
    if sorted { return }
    // Ties keep their order: the index breaks them.
    var order = Array(mentions.indices)
    order.sort { starts[$0] < starts[$1] || (starts[$0] == starts[$1] && $0 < $1) }
    // Position p takes the mention at order[p]: follow each cycle of the permutation once.
    // A buffer's swap moves the two mentions (an array's would copy and retain them).
    var placed = [Bool](repeating: false, count: order.count)
    mentions.withUnsafeMutableBufferPointer { buffer in
      for p in order.indices where !placed[p] {
        var q = p
        while true {
          placed[q] = true
          let source = order[q]
          if placed[source] { break }
          buffer.swapAt(q, source)
          q = source
        }
      }
    }
  }

  /// A documentary review says so early ("documentary" in its first three sentences) or
  /// often (three times or more).
  static func readsAsDocumentary(_ tokens: [TextToken], _ scalars: [Unicode.Scalar]) -> Bool {
    var count = 0
    // The first scalar read first (most tokens do not begin with "d" or "D"): a lowercase text
    // begins with "d" only when the token begins with "d" or "D".
    for index in tokens.indices where scalars[tokens[index].start].value | 0x20 == 0x64 {
      let lower = tokens[index].lower
      guard lower.hasPrefix("documentar") || lower == "doc" else { continue }
      if tokens[index].sentence < 3 { return true }
      count += 1
    }
    return count >= 3
  }

  /// Credited title forms to look for unquoted in the text.
  var creditedTitleSurfaces: [String: String] = [:]

  /// Registers the credited titles and their short forms.
  mutating func useCreditedTitles(_ forms: [(form: String, title: String, work: String)]) {
    for entry in forms {
      let key = NameFolding.fold(entry.form)
      creditedTitleSurfaces[key] = entry.form
      titleNames[key] = entry.title
      titleWorks[key] = entry.work
    }
  }

  // MARK: - Helpers

  func scalarText(_ range: Range<Int>) -> String {
    let span = scalars[range]
    if span.allSatisfy({ $0.value < 0x80 }) {
      return NameFolding.asciiString(span)
    }
    return NameFolding.string(span)
  }

  func token(_ index: Int) -> TextToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  /// Whether token `index` is a possessive ’s or ’, read in place (false outside the text).
  func isPossessive(at index: Int) -> Bool {
    index >= 0 && index < tokens.count
      && (tokens[index].lower.equals("'s") || tokens[index].lower.equals("'"))
  }

  /// Fills `mentionStarts` when the mentions are in token order (they are, once sorted, until a
  /// cluster rule moves a start); otherwise leaves it empty, and look-ups search.
  mutating func indexMentionStarts() {
    var starts = [Int32](repeating: -1, count: tokens.count)
    var previous = Int.min
    for k in mentions.indices {
      let first = mentions[k].first
      guard first >= previous, first >= 0, first < starts.count, k <= Int(Int32.max) else {
        mentionStarts = []
        return
      }
      if starts[first] < 0 { starts[first] = Int32(k) }
      previous = first
    }
    mentionStarts = starts
  }

  /// The index of the mention that starts at token `index`, if any.
  func mention(startingAt index: Int) -> Int? {
    if !mentionStarts.isEmpty {
      guard index >= 0, index < mentionStarts.count else { return nil }
      let k = mentionStarts[index]
      return k < 0 ? nil : Int(k)
    }
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].first < index { low = mid + 1 } else { high = mid }
    }
    return low < mentions.count && mentions[low].first == index ? low : nil
  }

  /// The index of the mention that ends just before token `index`, if any.
  func mention(endingBefore index: Int) -> Int? {
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].last < index { low = mid + 1 } else { high = mid }
    }
    return low < mentions.count && mentions[low].last == index ? low : nil
  }

  func isPersonLike(_ m: Mention) -> Bool {
    !m.isQuotedTitle && m.orgKind == nil && m.work == nil
  }

  // MARK: - Titles in quotes and italics

  static let smallWords: KeyTable<Void> = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
    "but", "nor", "as", "vs", "vs.", "de", "la", "le", "les", "du", "des", "et", "y", "el", "di",
    "del", "da", "der", "die", "und", "&", "'s", "is", "into", "upon", "over", "off", "up",
  ]

  mutating func findQuotedTitles() {
    // A local copy, so that `||` and `&&` below do not capture (and copy) the whole tagger.
    let scalars = self.scalars
    var i = 0
    let n = scalars.count
    while i < n {
      i = Self.nextQuoteMark(in: scalars, from: i)
      guard i < n else { break }
      let s = scalars[i]
      guard let pair = Self.quotePair(opening: s) else {
        i += 1
        continue
      }
      if s == "*" || s == "_" || s == "\"" {
        // An opening mark is not preceded by a letter or digit.
        if i > 0,
          Self.isAlphabetic(scalars[i - 1])
            || scalars[i - 1].properties.numericType
              != nil
        {
          i += 1
          continue
        }
      }
      var j = i + 1
      var found = -1
      while j < n, j - i < 200 {
        let c = scalars[j]
        if c == "\n" || c == "\r" { break }
        if c == pair.1 {
          let nextIsLetter =
            j + 1 < n && Self.isAlphabetic(scalars[j + 1])
          if pair.1 == "\u{2019}" && nextIsLetter {
            j += 1
            continue
          }
          found = j
          break
        }
        j += 1
      }
      guard found > i + 1 else {
        i += 1
        continue
      }
      considerTitle(contentStart: i + 1, contentEnd: found, italic: s == "*" || s == "_")
      i = found + 1
    }
  }

  /// The index of the first scalar at or after `start` that may open a title, or the count:
  /// a tight scan through an unsafe buffer (no bounds checks, nothing retained), as most of a
  /// text is not quotes.
  static func nextQuoteMark(in scalars: [Unicode.Scalar], from start: Int) -> Int {
    scalars.withUnsafeBufferPointer { buffer in
      var i = max(start, 0)
      while i < buffer.count {
        let value = buffer[i].value
        // Lowercase letters and most other scalars lie between the marks '_' and ‘: one test.
        if value &- 0x60 < 0x2018 - 0x60 {
          i += 1
          continue
        }
        switch value {
        case 0x22, 0x2A, 0x5F, 0x2018, 0x201C: return i
        default: i += 1
        }
      }
      return buffer.count
    }
  }

  /// The Unicode Alphabetic property, read without the property tables for ASCII (whose
  /// alphabetic scalars are A–Z and a–z).
  @inline(__always)
  static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
  }

  /// The Unicode White_Space property, read without the property tables for ASCII (whose white
  /// space is U+0009 to U+000D and U+0020).
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? scalar.value == 0x20 || scalar.value &- 0x09 < 5 : scalar.properties.isWhitespace
  }

  /// The marks around a title that `opening` begins: “…”, "…", *…*, _…_, ‘…’.
  @inline(__always)
  static func quotePair(opening: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
    switch opening.value {
    case 0x201C: ("\u{201C}", "\u{201D}")
    case 0x22, 0x2A, 0x5F: (opening, opening)
    case 0x2018: ("\u{2018}", "\u{2019}")
    default: nil
    }
  }

  mutating func considerTitle(contentStart: Int, contentEnd: Int, italic: Bool) {
    var end = contentEnd
    var start = contentStart
    while start < end, Self.isWhitespace(scalars[start]) { start += 1 }
    while end > start, Self.isWhitespace(scalars[end - 1]) { end -= 1 }
    guard end > start else { return }
    // “Carrie,” and “Nomadland.”: American style closes the quotation after the sentence's
    // comma or full stop, which belongs to the sentence, not the title.
    // A known title that ends with its own full stop (“Adaptation.”) keeps it.
    var surface = scalarText(start..<end)
    var key = NameFolding.fold(surface)
    var known = names.title(named: key)
    if end - start > 1, endsWithSentencePunctuation(start, end),
      !(scalars[end - 1] == "." && known?.title.hasSuffix(".") == true)
    {
      end -= 1
      surface = scalarText(start..<end)
      key = NameFolding.fold(surface)
      known = names.title(named: key)
    }
    let first = scalars[start]
    guard first.properties.isUppercase || first.properties.numericType != nil else { return }
    let tokenRange = tokenIndices(in: start..<end)
    guard !tokenRange.isEmpty, tokenRange.count <= 16 else { return }
    var titleCase = true
    var words = 0
    for index in tokenRange where tokens[index].isWord {
      words += 1
      let t = tokens[index]
      // "Don’t", "Can’t": the contracted half of a capitalised word
      if t.lower.hasPrefix("n'") || t.lower.hasPrefix("'") { continue }
      if !t.isCapitalised && !Self.smallWords.contains(t)
        && !(scalars[t.start].properties.numericType != nil)
      {
        titleCase = false
      }
    }
    guard words > 0 else { return }
    let possessiveBefore =
      tokenRange.lowerBound >= 2
      && tokens[tokenRange.lowerBound - 1].isPossessive
    guard known != nil || titleCase || (italic && words <= 8) || possessiveBefore else { return }
    // A quoted single word that names a person the lexicon knows is a nickname, not a title.
    if known == nil, words == 1, !italic, names.hasPerson(named: key) {
      return
    }
    var m = Mention(
      first: tokenRange.lowerBound, last: tokenRange.upperBound, start: start, end: end,
      surface: surface, key: key)
    m.isQuotedTitle = true
    m.work = known?.work ?? workFromContext(first: m.first, last: m.last) ?? "film"
    m.label = .title
    documentTitles[m.key] = surface
    mentions.append(m)
  }

  /// Whether the quoted text `start..<end` ends with a comma, semicolon or colon, or with a full
  /// stop that does not close an abbreviation or an initial ("Mr.", "Vol.", "U.S."): none of
  /// those ends a title.
  func endsWithSentencePunctuation(_ start: Int, _ end: Int) -> Bool {
    switch scalars[end - 1] {
    case ",", ";", ":": return true
    case ".":
      var wordStart = end - 1
      while wordStart > start, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
      let letters = end - 1 - wordStart
      if letters == 0 { return scalars[end - 2] != "." }  // "…" written as dots stays
      if letters == 1 { return false }  // an initial: "U.S.", "Malcolm X."
      let word = NameFolding.fold(scalarText(wordStart..<(end - 1)))
      return !Self.abbreviations.contains(word)
    default: return false
    }
  }

  /// Words that a full stop abbreviates inside titles and names.
  static let abbreviations: KeyTable<Void> = [
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "vs", "vol", "pt", "inc", "co", "ltd", "no",
  ]

  func tokenIndices(in range: Range<Int>) -> Range<Int> {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var upper = low
    while upper < tokens.count, tokens[upper].start < range.upperBound { upper += 1 }
    return low..<upper
  }

  func workFromContext(first: Int, last: Int) -> String? {
    var index = first - 1
    var steps = 0
    while index >= 0, steps < 4 {
      let t = tokens[index]
      if let work = patterns.workNouns[token: t], t.isWord { return work }
      if t.lower.equals(".") || t.lower == ";" { break }
      index -= 1
      steps += 1
    }
    index = last
    steps = 0
    while index < tokens.count, steps < 3 {
      let t = tokens[index]
      if let work = patterns.workNouns[token: t], t.isWord { return work }
      index += 1
      steps += 1
    }
    return nil
  }
}
