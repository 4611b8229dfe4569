/// One row of the evaluative lexicon: an expression and its prior evaluative value.
///
/// ```
/// devastating  adj  positive  0.65  strong  film  film  plot-sense  praise for a performance
/// ```
public struct LexiconEntry: Sendable, Equatable {
  /// The expression as written in the file, lowercase ("falls flat").
  public var entry: String
  /// The expression's words: `entry` split at spaces.
  public var words: [String]
  /// The part of speech.
  public var pos: PartOfSpeech
  /// The prior polarity.
  public var polarity: Polarity
  /// The prior score in [-1, 1].
  public var score: Double
  /// How strong the score is.
  public var strength: Strength
  /// Whether this is an everyday sense or a film-criticism sense.
  public var domain: LexiconDomain
  /// What the expression usually evaluates, when it says.
  public var aspect: Aspect?
  /// Cautions for the evaluate stage (target-dependent, plot-sense, …).
  public var flags: Set<LexiconFlag>
  /// Free-text note from the file.
  public var note: String
  /// Where the row came from: `file:line`.
  public var source: String

  /// Creates an entry. `words` is derived from `entry`.
  public init(
    entry: String, pos: PartOfSpeech, polarity: Polarity, score: Double, strength: Strength,
    domain: LexiconDomain = .general, aspect: Aspect? = nil, flags: Set<LexiconFlag> = [],
    note: String = "", source: String = ""
  ) {
    self.entry = entry
    self.words = entry.split(separator: " ").map(String.init)
    self.pos = pos
    self.polarity = polarity
    self.score = score
    self.strength = strength
    self.domain = domain
    self.aspect = aspect
    self.flags = flags
    self.note = note
    self.source = source
  }

  /// Whether the expression has more than one word.
  public var isMultiword: Bool { words.count > 1 }
}

/// A lexicon entry's part of speech.
public enum PartOfSpeech: String, Sendable, CaseIterable {
  /// Adjective ("gorgeous").
  case adjective = "adj"
  /// Adverb ("beautifully").
  case adverb = "adv"
  /// Noun ("masterpiece").
  case noun
  /// Verb ("disappoint").
  case verb
  /// Multi-word expression ("falls flat").
  case phrase
  /// Interjection ("ugh").
  case interjection = "interj"
}

/// The prior polarity of an entry.
public enum Polarity: String, Sendable, CaseIterable {
  /// Praise.
  case positive
  /// Criticism.
  case negative
  /// Neither.
  case neutral
  /// Depends on what the expression describes ("dark", "bleak").
  case contextual
}

/// How strong an entry's prior is: weak (|score| < 0.35), moderate (< 0.65) or strong.
public enum Strength: String, Sendable, CaseIterable {
  /// |score| < 0.35.
  case weak
  /// 0.35 ≤ |score| < 0.65.
  case moderate
  /// |score| ≥ 0.65.
  case strong

  /// The strength a score implies.
  public init(score: Double) {
    let magnitude = abs(score)
    self = magnitude < 0.35 ? .weak : (magnitude < 0.65 ? .moderate : .strong)
  }
}

/// Whether an entry is an everyday sense or a film-criticism sense, or learned from data.
public enum LexiconDomain: String, Sendable, CaseIterable {
  /// The everyday sense.
  case general
  /// The sense in film criticism ("a devastating performance" is praise).
  case film
  /// Learned from data, not curated (`learned-sst.tsv`, mined from the Stanford Sentiment
  /// Treebank's training phrases): used only where no curated entry matches.
  case learned
}

/// What an evaluation is about.
public enum Aspect: String, Sendable, CaseIterable {
  /// The performances.
  case acting
  /// The direction.
  case directing
  /// The screenplay and dialogue.
  case writing
  /// The plot.
  case story
  /// The characters as written.
  case characters
  /// The photography.
  case cinematography
  /// The look: design, effects, images.
  case visuals
  /// Sound design and mixing.
  case sound
  /// Score and songs.
  case music
  /// The cutting.
  case editing
  /// The rhythm and length.
  case pacing
  /// Production values: sets, costumes, budget.
  case production
  /// The film as a whole.
  case film
  /// Anything else.
  case other
}

/// A caution attached to a lexicon entry for the evaluate stage.
public enum LexiconFlag: String, Sendable, CaseIterable {
  /// The value depends on the target: a dark comedy is not a dark screenplay.
  case targetDependent = "target-dependent"
  /// In plot summary the word describes the story world, not the film.
  case plotSense = "plot-sense"
  /// Before an adjective the word mostly intensifies ("terribly funny").
  case intensifierSense = "intensifier-sense"
  /// A sentence adverb giving the writer's stance ("sadly, …").
  case stance
}
