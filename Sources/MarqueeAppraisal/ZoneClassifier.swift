/// Labels a sentence of a review as the critic's evaluation, plot summary, background, or quoted
/// (reported) opinion, by weighing cue words (`Resources/evaluate/cues.tsv`) against the
/// evaluations found in it.
///
/// - background: a heading or title line (no final punctuation), whatever it says;
/// - quoted: a reporting word ("called", "hailed", "the trailer") together with a quotation
///   mark, or a sentence that is one quotation from end to end;
/// - plot: narrative verbs, third-person pronouns, kinship nouns and CHARACTER mentions
///   outweigh the critic's voice (I, we, "the film", film-sense evaluations, and a CAST or CREW
///   mention, which speaks of the making, twice);
/// - background: production and release facts (festivals, awards, sources, years) with no
///   evaluation;
/// - evaluation: otherwise, when the sentence evaluates, or when it has none of these signals
///   but the critic's voice ("I cried."); a sentence with nothing to go on is background.
struct ZoneClassifier: Sendable {
  let cues: EvaluateCues

  /// The zone labels.
  enum Zone: String, Sendable {
    case evaluation
    case plot
    case background
    case quoted
  }

  /// What the classifier knows about one sentence besides its tokens (passed alongside, so the
  /// view's arrays are not retained and released once more per sentence).
  struct Sentence {
    /// The sentence's appraisals.
    var appraisals: [Appraisal]
    /// The labels of the entities mentioned in it.
    var entityLabels: [String]
    /// How many of its CAST mentions only name the actor of a character being introduced
    /// ("Sophie (Frankie Corio)"): plot summary, not a word about the performance.
    var introducedCast = 0
    /// How many of its quotation marks only enclose a name or a title ("“Dune”").
    var nameQuotes = 0
  }

  /// Tokens that open or close a quotation.
  static let quotationMarks: WordSet = ["\"", "“", "”", "``", "''"]

  /// The zone of one sentence whose tokens, with their words' facts, are `tokens`.
  func zone(of sentence: Sentence, tokens: SentenceAppraiser.Tokens) -> Zone {
    // A heading or title line (no full stop, "!" or "?" at its end) is background even when it
    // judges; its evaluations are still found.
    if isHeading(tokens) { return .background }
    let quotes = tokens.flags.count { $0.contains(.quotationMark) } - sentence.nameQuotes
    var plot = 0
    var background = 0
    var report = 0
    var critic = 0
    for (roles, flags) in zip(tokens.roles, tokens.flags) {
      guard roles != 0 else {
        if flags.contains(.year) { background += 1 }
        continue
      }
      if roles & WordFacts.bit(.plot) != 0 { plot += 1 }
      if roles & WordFacts.bit(.background) != 0 { background += 1 }
      if roles & WordFacts.bit(.report) != 0 { report += 1 }
      if roles & WordFacts.bit(.critic) != 0 { critic += 1 }
    }
    for label in sentence.entityLabels {
      switch label {
      case "CHARACTER": plot += 2
      case "CAST", "CREW": critic += 2
      default: break
      }
    }
    critic -= 2 * sentence.introducedCast
    if quotes >= 2 && (report > 0 || isWhollyQuoted(tokens)) { return .quoted }
    let evaluative = sentence.appraisals.filter { $0.intensity >= 0.1 }
    let filmSense = evaluative.count { $0.isFilmSense }
    critic += 2 * filmSense
    if evaluative.isEmpty {
      if background >= 2 && background >= plot { return .background }
      if plot >= 1 && plot > critic { return .plot }
      // The critic's voice with nothing else: a judgement the lexicon does not know.
      return critic >= 1 && critic > background + plot ? .evaluation : .background
    }
    // Plot summary needs clear narrative signals that outweigh the critic's voice and the
    // strength of the evaluative words themselves.
    let strong = evaluative.count { $0.intensity >= 0.5 }
    if plot >= 3 && plot > critic + evaluative.count + strong { return .plot }
    return .evaluation
  }

  /// Whether the sentence ends without final punctuation (closing quotes, brackets and
  /// asterisks aside): a heading, a title line or a byline.
  func isHeading(_ tokens: SentenceAppraiser.Tokens) -> Bool {
    var last = tokens.count - 1
    // The word table's flags, not the words: no string hashed per sentence.
    let flags = tokens.flags
    while last >= 0 && flags[last].contains(.closer) { last -= 1 }
    return last >= 0 && !flags[last].contains(.finalPunctuation)
  }

  /// Tokens that may follow a sentence's final punctuation.
  static let closers: WordSet = ["\"", "”", "''", "'", ")", "]", "*", "’", "_"]

  private func isWhollyQuoted(_ tokens: SentenceAppraiser.Tokens) -> Bool {
    let words = (0..<tokens.count).lazy.map { tokens.word($0) }
    guard let first = words.first, Self.opening.contains(first) else { return false }
    let trimmed =
      words.last.map { Self.finalPunctuation.contains($0) } == true
      ? words.dropLast() : words[...]
    return trimmed.last.map { Self.closing.contains($0) } ?? false
  }

  /// Tokens that open, close or end a wholly quoted sentence.
  private static let opening: WordSet = ["\"", "“", "``"]
  private static let closing: WordSet = ["\"", "”", "''"]
  static let finalPunctuation: WordSet = [".", "!", "?", "…", "..."]
}
