/// Splits a lexicon expression into the token sequences it should match.
///
/// Tokenizers disagree on clitics and hyphens, so one written expression yields several
/// sequences: "doesn't work" matches `doesn't work` and `does n't work`; "year's best" matches
/// `year's best` and `year 's best`; "by-the-numbers" matches one token or the split
/// `by - the - numbers`. Punctuation at the edge of a word is its own token ("yeah, right" →
/// `yeah , right`). Curly apostrophes are read as straight ones.
enum ExpressionWords {
  /// Clitics that treebank-style tokenizers split off.
  static let clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]
  /// Punctuation split off the edges of words.
  static let edgePunctuation: Set<Character> = [",", ".", "!", "?", ";", ":", "\""]

  /// Lowercases `token` and writes apostrophes and double quotes straight, as lexicon keys are
  /// written.
  static func normalize(_ token: some StringProtocol) -> String {
    // Most tokens are ASCII: lowercase ones are returned as they are, and no ASCII token has a
    // curly quote to straighten.
    if let string = token as? String, string.utf8.allSatisfy({ $0 < 0x80 }) {
      return string.utf8.contains { (0x41...0x5A).contains($0) } ? string.lowercased() : string
    }
    var result = token.lowercased()
    if result.unicodeScalars.contains(where: { "‘’“”".unicodeScalars.contains($0) }) {
      result = result.replacing("’", with: "'").replacing("‘", with: "'")
        .replacing("“", with: "\"").replacing("”", with: "\"")
    }
    return result
  }

  /// The token sequences for `expression`, the written form first.
  static func variants(of expression: String) -> [[String]] {
    var base: [String] = []
    for word in expression.split(separator: " ") {
      base.append(contentsOf: splitEdgePunctuation(normalize(word)))
    }
    var sequences: [[String]] = [[]]
    for word in base {
      var options = [[word]]
      if let split = splitClitic(word) { options.append(split) }
      if word.count > 1, word.contains("-"), word != "-" {
        options.append(splitHyphens(word))
      }
      sequences = sequences.flatMap { prefix in options.map { prefix + $0 } }
    }
    var seen = Set<[String]>()
    return sequences.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  static func splitEdgePunctuation(_ word: String) -> [String] {
    var leading: [String] = []
    var trailing: [String] = []
    var core = Substring(word)
    while core.count > 1, let first = core.first, edgePunctuation.contains(first) {
      leading.append(String(first))
      core = core.dropFirst()
    }
    while core.count > 1, let last = core.last, edgePunctuation.contains(last) {
      trailing.insert(String(last), at: 0)
      core = core.dropLast()
    }
    return leading + [String(core)] + trailing
  }

  static func splitClitic(_ word: String) -> [String]? {
    for clitic in clitics where word.hasSuffix(clitic) && word.count > clitic.count {
      return [String(word.dropLast(clitic.count)), clitic]
    }
    return nil
  }

  static func splitHyphens(_ word: String) -> [String] {
    var parts: [String] = []
    for (index, piece) in word.split(separator: "-", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { parts.append("-") }
      if !piece.isEmpty { parts.append(String(piece)) }
    }
    return parts
  }
}
