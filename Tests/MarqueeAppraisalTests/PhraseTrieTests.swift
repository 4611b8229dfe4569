import Testing

@testable import MarqueeAppraisal

/// The phrase trie's longest match, worked out by hand: the walk starts at the root's child for
/// the first word (read from a table indexed by symbol) and goes on while the words follow a path.
@Suite struct PhraseTrieTests {
  static func trie() -> PhraseTrie {
    var trie = PhraseTrie()
    trie.insert(["not", "bad"], value: 0)
    trie.insert(["not", "bad", "at", "all"], value: 1)
    trie.insert(["a", "joke"], value: 2)
    trie.insert(["bad"], value: 3)
    return trie
  }

  static let words = ["it", "is", "not", "bad", "at", "all", "a", "joke"]

  /// `start`: the first token; `end` and `values`: the longest match, or nil for none.
  @Test(
    arguments: [
      (0, nil, nil),  // "it" is no word of the trie
      (2, 6, [1]),  // "not bad at all", longer than "not bad"
      (3, 4, [3]),  // "bad"
      (4, nil, nil),  // "at" is a word of the trie but starts no path
      (6, 8, [2]),  // "a joke"
      (7, nil, nil),  // "joke" starts no path either
    ] as [(Int, Int?, [Int]?)])
  func longestMatchFromEachStart(_ start: Int, end: Int?, values: [Int]?) {
    let trie = Self.trie()
    let symbols = Self.words.map { trie.symbol(for: $0) }
    let match = trie.longestMatch(from: start, count: symbols.count) { index in
      symbols[index].map { [$0] } ?? []
    }
    #expect(match?.end == end)
    #expect(match?.values == values)
  }
}
