import Foundation

/// The ``WordFacts`` of every distinct word one ``EvaluateStage`` has seen, shared by the
/// documents it annotates (from any thread), so the lemma rules and word-list lookups run once
/// per word of a corpus rather than once per word of each document.
///
/// Bounded: past ``capacity`` words the table starts again, so a stream of unseen tokens cannot
/// grow it without limit.
final class WordMemo: @unchecked Sendable {
  /// The most words kept.
  static let capacity = 200_000

  private let lock = NSLock()
  private var table: [String: WordFacts] = [:]

  /// Runs `body` with the table locked; `body` looks words up with `facts`.
  func withFacts<Result>(
    lexicon: EvaluativeLexicon, shifters: ShifterLexicon, cues: EvaluateCues,
    _ body: (_ facts: (String) -> WordFacts) throws -> Result
  ) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    if table.count > Self.capacity { table.removeAll(keepingCapacity: true) }
    return try body { word in
      if let known = table[word] { return known }
      let computed = WordFacts(word: word, lexicon: lexicon, shifters: shifters, cues: cues)
      table[word] = computed
      return computed
    }
  }
}
