import Foundation

/// The verdict of last resort: a linear model over a text's unigrams and bigrams. The evaluate
/// stage asks it only when it counts no evaluation in the critic's own words (a one-line review
/// with no lexicon word, "Save your money."; a sentence the zone classifier reads as plot), and
/// lets it weigh in when the evaluations it counts leave the verdict layer undecided (within
/// ``ReviewVerdict/undecidedBand`` of an even chance; see ``ReviewVerdict``).
///
/// The weights, in `Resources/evaluate/backoff-ngrams.tsv`, are Naive Bayes log-count ratios
/// learned from the polar phrases of the Stanford Sentiment Treebank's training split by
/// `Corpora/tools/learn_sst_ngrams.py` (settings by cross-validation on train, never on dev).
/// A text's score is the sum of the weights of its distinct n-grams; its probability of being
/// positive is 1 / (1 + e^−(scale · score + bias)), with `scale` and `bias` calibrated on held-out
/// train scores; a text of several sentences takes the mean of their log-odds. The n-grams that
/// weighed most toward the decision are kept, so a back-off verdict is explained too.
public struct NgramBackoff: Sendable {
  /// One n-gram that weighed in a decision.
  public struct Gram: Sendable, Equatable {
    /// The n-gram: one or two lowercase tokens separated by a space.
    public var text: String
    /// Its weight (positive: it leans positive).
    public var weight: Double
  }

  /// A decision: the probability that the text is positive and the n-grams that decided it.
  public struct Decision: Sendable, Equatable {
    /// The calibrated probability that the text is positive.
    public var probability: Double
    /// The n-grams whose weight has the decision's sign, strongest first (at most
    /// ``NgramBackoff/explainedGrams``).
    public var deciding: [Gram]
  }

  /// How many deciding n-grams a decision lists.
  public static let explainedGrams = 3

  /// The calibration: p = 1 / (1 + e^−(scale · score + bias)).
  let scale: Double
  let bias: Double
  /// Each known word's number, its unigram weight, and the bigram weights keyed by the two
  /// words' numbers (first << 32 | second): one string look-up per token.
  let words: [String: UInt32]
  let unigrams: [Float]
  /// The bigrams in an open-addressing table (``BigramTable``): one multiply per look-up.
  let bigrams: BigramTable
  let names: [String]

  /// A model from rows of n-gram and weight, with `@scale` and `@bias` rows.
  ///
  /// - Throws: ``LexiconError`` naming the first bad row.
  init(rows: [TSVRow]) throws(LexiconError) {
    var scale = 1.0
    var bias = 0.0
    var words: [String: UInt32] = [:]
    var names: [String] = []
    var unigrams: [Float] = []
    var bigrams: [UInt64: Float] = [:]
    func number(_ word: Substring) -> UInt32 {
      let key = String(word)
      if let known = words[key] { return known }
      let next = UInt32(names.count)
      words[key] = next
      names.append(key)
      unigrams.append(0)
      return next
    }
    for row in rows {
      let gram = row.column(0)
      guard let weight = Double(row.column(1)), !gram.isEmpty else {
        throw row.error("expected an n-gram (one or two tokens) and a number")
      }
      switch gram {
      case "@scale": scale = weight
      case "@bias": bias = weight
      default:
        // Split at the one space on the bytes: a character-by-character split of 74,000 rows
        // was most of the model's loading time.
        let bytes = gram.utf8
        guard let space = bytes.firstIndex(of: 0x20) else {
          unigrams[Int(number(Substring(gram)))] = Float(weight)
          continue
        }
        let first = Substring(bytes[..<space])
        let second = Substring(bytes[bytes.index(after: space)...])
        guard !first.isEmpty, !second.isEmpty, !second.utf8.contains(0x20) else {
          throw row.error("an n-gram is one or two tokens separated by one space")
        }
        let key = UInt64(number(first)) << 32 | UInt64(number(second))
        bigrams[key] = Float(weight)
      }
    }
    self.scale = scale
    self.bias = bias
    self.words = words
    self.names = names
    self.unigrams = unigrams
    self.bigrams = BigramTable(bigrams)
  }

  /// The bundled model, read once on first use.
  ///
  /// - Throws: ``LexiconError`` when the file is missing or malformed (a packaging bug).
  public static func bundled() throws(LexiconError) -> NgramBackoff {
    try cached.get()
  }

  private static let cached: Result<NgramBackoff, LexiconError> = Result {
    () throws(LexiconError) -> NgramBackoff in
    try NgramBackoff(rows: BundledResource.rows(name: "backoff-ngrams", directory: "evaluate"))
  }

  /// The number of a word (lowercase as ``ExpressionWords/normalize(_:)`` makes it), -1 for
  /// a word the model does not know.
  func number(of word: String) -> Int32 {
    words[word].map { Int32(bitPattern: $0) } ?? -1
  }

  /// The decision for one sentence's tokens, lowercase as ``ExpressionWords/normalize(_:)``
  /// makes them; each distinct n-gram counts once.
  ///
  /// - Complexity: O(n) in the number of tokens.
  public func decide(_ tokens: [String]) -> Decision {
    decide(sentences: [tokens])
  }

  /// The decision for a text of several sentences (see ``decide(numbers:sentences:)``).
  public func decide(sentences: [[String]]) -> Decision {
    var numbers: [Int32] = []
    var ranges: [Range<Int>] = []
    for tokens in sentences {
      let start = numbers.count
      numbers.append(contentsOf: tokens.map(number(of:)))
      ranges.append(start..<numbers.count)
    }
    return decide(numbers: numbers, sentences: ranges)
  }

  /// The decision for a text whose tokens have the word `numbers` (see ``number(of:)``), in
  /// `sentences`: the mean of the sentences' log-odds, so a long review weighs as much as a
  /// sentence (the model was calibrated on sentences); the deciding n-grams are the strongest
  /// of the whole text on the decision's side.
  ///
  /// - Complexity: O(n) in the number of tokens.
  func decide(numbers: [Int32], sentences: [Range<Int>]) -> Decision {
    // The strongest n-grams on each side, kept as the scan goes (no table of every n-gram).
    var strongest = (
      positive: [(key: UInt64, weight: Double)](), negative: [(key: UInt64, weight: Double)]()
    )
    func note(_ key: UInt64, _ weight: Double) {
      if weight > 0 {
        Self.keep(key, weight, in: &strongest.positive)
      } else {
        Self.keep(key, weight, in: &strongest.negative)
      }
    }
    var logOdds = 0.0
    // Unigram keys carry all ones in the high half, which no bigram key has.
    let unigramMark = UInt64(UInt32.max) << 32
    // The n-grams seen in the sentence, so each counts once.
    var seen = KeySet(capacity: sentences.reduce(0) { max($0, $1.count) } * 2)
    for range in sentences {
      seen.removeAll()
      var score = 0.0
      var previous: UInt32?
      for position in range {
        guard numbers[position] >= 0 else {
          previous = nil
          continue
        }
        let word = UInt32(bitPattern: numbers[position])
        let weight = unigrams[Int(word)]
        if weight != 0 {
          let unigram = unigramMark | UInt64(word)
          if seen.insert(unigram) {
            score += Double(weight)
            note(unigram, Double(weight))
          }
        }
        if let previous {
          let key = UInt64(previous) << 32 | UInt64(word)
          if let weight = bigrams[key], seen.insert(key) {
            score += Double(weight)
            note(key, Double(weight))
          }
        }
        previous = word
      }
      logOdds += scale * score + bias
    }
    let probability = 1 / (1 + exp(-(logOdds / Double(max(1, sentences.count)))))
    let deciding = probability >= 0.5 ? strongest.positive : strongest.negative
    return Decision(
      probability: probability,
      deciding: deciding.map {
        Gram(text: text(of: $0.key), weight: ReviewVerdict.rounded($0.weight))
      })
  }

  /// Keeps `key` among the ``explainedGrams`` strongest in `list` (strongest first; on a tie,
  /// the one seen first).
  private static func keep(
    _ key: UInt64, _ weight: Double, in list: inout [(key: UInt64, weight: Double)]
  ) {
    if list.count == explainedGrams, let last = list.last, abs(weight) <= abs(last.weight) {
      return
    }
    if list.contains(where: { $0.key == key }) { return }
    var index = list.count
    while index > 0 && abs(list[index - 1].weight) < abs(weight) { index -= 1 }
    list.insert((key, weight), at: index)
    if list.count > explainedGrams { list.removeLast() }
  }

  private func text(of key: UInt64) -> String {
    let first = Int(key >> 32)
    let second = Int(key & 0xFFFF_FFFF)
    return first == Int(UInt32.max) ? names[second] : names[first] + " " + names[second]
  }
}
