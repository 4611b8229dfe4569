/// The contextual cues the entities stage reads around names: job nouns, verb patterns,
/// possessive nouns, character, person and title cues (`cues.tsv`).
///
/// Lookups fold case, punctuation and hyphens like ``FilmNameLexicon``'s, so "DP", "D.P." and
/// "dp" are the same cue, as are "mise-en-scène" and "mise en scene". A phrase can carry several
/// cues: "stars" is a verb with the actor's name before it ("Ahmed stars") and after it ("the
/// film stars Ahmed").
///
/// ```swift
/// let cues = try CueLexicon.bundled()
/// cues.cues(for: "directed by").first?.target   // .role(.director)
/// cues.cues(for: "camera", kind: .possessive)    // [… .role(.cinematographer), side .before]
/// ```
public struct CueLexicon: Sendable {
  /// Every cue, in file order.
  public let cues: [Cue]
  /// The most words in any cue: the longest phrase worth looking up.
  public let maximumWordCount: Int

  private let cuesByPhrase: [String: [Int]]

  /// The cues bundled with MarqueeEntities, parsed on first use.
  ///
  /// - Throws: ``LexiconError`` naming the file and line if the bundled file is missing or bad.
  public static func bundled() throws(LexiconError) -> CueLexicon {
    try bundledResult.get()
  }

  private static let bundledResult = Result { () throws(LexiconError) -> CueLexicon in
    try CueLexicon(text: try LexiconFile.cues.bundledText())
  }

  /// Parses cues from the text of a `cues.tsv` file.
  ///
  /// - Throws: ``LexiconError`` for the first bad row, naming `file` and the line.
  /// - Complexity: O(n) in the length of the text.
  public init(text: String, file: String = LexiconFile.cues.fileName) throws(LexiconError) {
    let table = try TSVTable(
      text: text, file: file, columns: ["cue", "kind", "role", "side", "strength"], required: 5)
    var keys = KeyRegister(file: file)
    var cues: [Cue] = []
    var index: [String: [Int]] = [:]
    var longest = 0
    for row in table.rows {
      let phrase = String(row.field(0))
      guard phrase == phrase.lowercased() else {
        throw .invalidValue(
          file: file, line: row.line, column: "cue", value: phrase,
          expected: "lower-case words")
      }
      let kind = try table.value(row.field(1), in: row, column: 1, as: CueKind.self)
      let target = try Self.target(row.field(2), kind: kind, row: row, table: table)
      let side = try table.value(row.field(3), in: row, column: 3, as: CueSide.self)
      let strength = try table.value(row.field(4), in: row, column: 4, as: CueStrength.self)
      let key = try keys.register(
        phrase, qualifier: "\(row.field(1)) \(row.field(2)) \(row.field(3))", line: row.line)
      index[key, default: []].append(cues.count)
      let cue = Cue(phrase: phrase, kind: kind, target: target, side: side, strength: strength)
      longest = max(longest, cue.wordCount)
      cues.append(cue)
    }
    self.cues = cues
    self.cuesByPhrase = index
    self.maximumWordCount = longest
  }

  /// The cues whose phrase matches `phrase`, optionally only those of one kind.
  ///
  /// - Complexity: O(m) in the length of `phrase`, plus the number of matches.
  public func cues(for phrase: some StringProtocol, kind: CueKind? = nil) -> [Cue] {
    let found = (cuesByPhrase[NameKey(phrase).value] ?? []).map { cues[$0] }
    guard let kind else { return found }
    return found.filter { $0.kind == kind }
  }

  /// Every cue of one kind, in file order.
  ///
  /// - Complexity: O(n) in the number of cues.
  public func cues(ofKind kind: CueKind) -> [Cue] {
    cues.filter { $0.kind == kind }
  }

  private static func target(
    _ raw: Substring, kind: CueKind, row: TSVRow, table: TSVTable
  ) throws(LexiconError) -> CueTarget {
    switch kind {
    case .jobNoun, .verb, .possessive:
      return .role(try table.value(raw, in: row, column: 2, as: FilmRole.self))
    case .character:
      guard raw == "character" else {
        throw .invalidValue(
          file: table.file, line: row.line, column: "role", value: String(raw),
          expected: "'character' for a character cue")
      }
      return .character
    case .personNoun:
      guard raw == "person" else {
        throw .invalidValue(
          file: table.file, line: row.line, column: "role", value: String(raw),
          expected: "'person' for a person-noun cue")
      }
      return .person
    case .titleNoun:
      return .title(try table.value(raw, in: row, column: 2, as: WorkType.self))
    }
  }
}
