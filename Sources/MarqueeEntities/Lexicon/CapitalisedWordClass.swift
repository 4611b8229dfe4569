/// Why a capitalised word in `stopwords-capitalised.tsv` is not an entity on its own.
public enum CapitalisedWordClass: String, CaseIterable, Sendable, Hashable {
  /// Articles, conjunctions, prepositions, auxiliaries and other words that start sentences.
  case functionWord = "function-word"
  /// Personal pronouns.
  case pronoun
  /// Sentence adverbs.
  case adverb
  /// Interjections ("Oh", "Yes").
  case interjection
  /// Month names.
  case month
  /// Day names.
  case day
  /// Holidays.
  case holiday
  /// Nationalities, demonyms, ethnic and political adjectives.
  case nationality
  /// Language names.
  case language
  /// Religious words ("God").
  case religion
  /// Award names used as common nouns ("an Oscar").
  case award
  /// Genre, movement and format words ("Western", "Noir").
  case genre
  /// Words about the film or the review itself ("Act", "Part", "Score").
  case format
  /// Places critics name constantly ("Hollywood").
  case place
  /// Honorifics and kinship titles ("Mr", "Dr", "Uncle").
  case honorific
  /// Number words.
  case number
  /// Anything else.
  case other
}
