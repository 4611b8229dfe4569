import Foundation

/// The rule data of the segmenter and tokenizer, read once from the module's resource files.
///
/// Each file documents itself in its `#` header: `abbreviations.tsv`, `sentence-starters.txt`,
/// `emoticons.txt` and `titles.txt`. A missing or unreadable file leaves its table empty, which
/// makes segmentation cruder but never fails; the tests check that every table is loaded.
struct SegmentationRules: Sendable {
  /// What a full stop after an abbreviation means.
  enum AbbreviationKind: String, Sendable {
    /// Comes before a name: never ends a sentence.
    case title
    /// Comes before a number: never ends a sentence before a digit.
    case number
    /// Ends a sentence only before a capitalised sentence opener.
    case general
    /// Ends a sentence before any capitalised word.
    case final
  }

  /// A known title and where one of its terminators sits in it.
  struct TitleEnding: Sendable {
    /// The whole title, as scalars.
    let scalars: [Unicode.Scalar]
    /// The offset of the terminator inside `scalars`.
    let terminatorOffset: Int
    /// Whether the terminator is the title's last scalar.
    var isFinal: Bool { terminatorOffset == scalars.count - 1 }
  }

  /// Abbreviations without their final full stop, by spelling.
  let abbreviations: [String: AbbreviationKind]
  /// Lower-case sentence openers.
  let sentenceStarters: Set<String>
  /// Their hashes (``key(_:)``), for a first check that builds no string.
  private let starterKeys: Set<UInt64>
  /// Emoticons as scalar arrays, longest first.
  let emoticons: [[Unicode.Scalar]]
  /// The emoticons by their first ASCII scalar (128 lists), longest first.
  let emoticonsByInitial: [[[Unicode.Scalar]]]
  /// Known titles by the hash (``key(_:)``) of the word that ends at one of their terminators
  /// ("Airplane!", "Rabbit?").
  let titleEndings: [UInt64: [TitleEnding]]
  /// Abbreviations by the hash of their scalars, for lookups that allocate nothing.
  private let abbreviationsByKey: [UInt64: [(scalars: [Unicode.Scalar], kind: AbbreviationKind)]]
  /// Bit i set when an emoticon starts with ASCII scalar i, to rule most chunks out at once.
  private let emoticonInitials: (UInt64, UInt64)

  /// The rules in the module's resources, loaded on first use.
  static let shared = SegmentationRules(bundle: .module)

  /// Loads the rules from `bundle`.
  init(bundle: Bundle) {
    var abbreviations: [String: AbbreviationKind] = [:]
    for line in Self.dataLines(named: "abbreviations", extension: "tsv", in: bundle) {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: true)
      guard columns.count >= 2, let kind = AbbreviationKind(rawValue: String(columns[1])) else {
        continue
      }
      let key = String(columns[0])
      if abbreviations[key] == nil { abbreviations[key] = kind }
    }
    self.abbreviations = abbreviations
    var byKey: [UInt64: [(scalars: [Unicode.Scalar], kind: AbbreviationKind)]] = [:]
    for (word, kind) in abbreviations {
      let scalars = Array(word.unicodeScalars)
      byKey[Self.key(scalars[...]), default: []].append((scalars, kind))
    }
    self.abbreviationsByKey = byKey
    self.sentenceStarters = Set(
      Self.dataLines(named: "sentence-starters", extension: "txt", in: bundle).map {
        $0.lowercased()
      })
    self.starterKeys = Set(sentenceStarters.map { Self.key($0.unicodeScalars) })
    let emoticonLines = Self.dataLines(named: "emoticons", extension: "txt", in: bundle)
    self.emoticons = emoticonLines.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    var byInitial = [[[Unicode.Scalar]]](repeating: [], count: 128)
    for emoticon in emoticons {
      if let first = emoticon.first, first.isASCII { byInitial[Int(first.value)].append(emoticon) }
    }
    self.emoticonsByInitial = byInitial
    var initials: (UInt64, UInt64) = (0, 0)
    for scalar in emoticonLines.compactMap(\.unicodeScalars.first) where scalar.isASCII {
      if scalar.value < 64 {
        initials.0 |= 1 << UInt64(scalar.value)
      } else {
        initials.1 |= 1 << UInt64(scalar.value - 64)
      }
    }
    self.emoticonInitials = initials
    var endings: [UInt64: [TitleEnding]] = [:]
    for title in Self.dataLines(named: "titles", extension: "txt", in: bundle) {
      let scalars = Array(title.unicodeScalars)
      for (offset, scalar) in scalars.enumerated() where ScalarClass.isTerminator(scalar) {
        // Only the last of a run of terminators ("Tick..."): the scanner looks up a cluster's
        // last scalar's word.
        if offset + 1 < scalars.count, ScalarClass.isTerminator(scalars[offset + 1]) { continue }
        var start = offset
        while start > 0, !ScalarClass.isBlank(scalars[start - 1]) { start -= 1 }
        endings[Self.key(scalars[start...offset]), default: []].append(
          TitleEnding(scalars: scalars, terminatorOffset: offset))
      }
    }
    self.titleEndings = endings
  }

  /// The kind of the abbreviation `word` (written without its final full stop), if known.
  ///
  /// A word in capitals also matches an entry in lower or title case ("MR" matches "Mr").
  func abbreviationKind(_ word: String) -> AbbreviationKind? {
    if let kind = abbreviations[word] { return kind }
    guard word.count > 1, word == word.uppercased() else { return nil }
    let lower = word.lowercased()
    if let kind = abbreviations[lower] { return kind }
    return abbreviations[lower.prefix(1).uppercased() + lower.dropFirst()]
  }

  /// Whether the word starting at `start` (letters and apostrophes, compared in lower case,
  /// curly apostrophes as straight ones) is a sentence opener. Builds no string unless the
  /// word's hash matches an opener's.
  func isSentenceStarter(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Bool {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    var end = start
    while end < scalars.count, end - start < 16 {
      var value = scalars[end].value
      if value == 0x2019 { value = 0x27 }
      if value >= 0x41, value <= 0x5A { value |= 0x20 }
      guard (value >= 0x61 && value <= 0x7A) || value == 0x27 else {
        if ScalarClass.isLetter(scalars[end]) { return false }  // not an ASCII word
        break
      }
      hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
      end += 1
    }
    guard end > start, starterKeys.contains(hash) else { return false }
    var word = ""
    for scalar in scalars[start..<end] {
      word.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
    }
    return sentenceStarters.contains(word.lowercased())
  }

  /// Whether `scalars` are exactly one of the emoticons.
  func isEmoticon<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
    guard let first = scalars.first, first.isASCII else { return false }
    return emoticonsByInitial[Int(first.value)].contains { $0.elementsEqual(scalars) }
  }

  /// Whether some emoticon starts with `scalar`.
  @inline(__always)
  func mayStartEmoticon(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return emoticonInitials.0 & (1 << UInt64(value)) != 0 }
    if value < 128 { return emoticonInitials.1 & (1 << UInt64(value - 64)) != 0 }
    return false
  }

  /// The kind of the abbreviation spelled by `word` (without its final full stop), if known,
  /// looked up without building a string; words in capitals fall back to ``abbreviationKind(_:)``.
  func abbreviationKind<C: Collection>(_ word: C) -> AbbreviationKind?
  where C.Element == Unicode.Scalar {
    if let candidates = abbreviationsByKey[Self.key(word)] {
      for candidate in candidates where candidate.scalars.elementsEqual(word) {
        return candidate.kind
      }
    }
    guard word.count > 1, !word.contains(where: ScalarClass.isLower),
      word.contains(where: ScalarClass.isUpper)
    else { return nil }
    return abbreviationKind(Self.string(word))
  }

  /// A 64-bit FNV-1a hash of `scalars`.
  static func key<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for scalar in scalars {
      hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// The non-comment, non-empty lines of a resource file, trimmed.
  private static func dataLines(named name: String, extension ext: String, in bundle: Bundle)
    -> [String]
  {
    guard let url = bundle.url(forResource: name, withExtension: ext),
      let data = try? Data(contentsOf: url),
      let text = String(data: data, encoding: .utf8)
    else { return [] }
    return text.split(whereSeparator: \.isNewline).compactMap { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
    }
  }

  /// A string made of `scalars`.
  static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
