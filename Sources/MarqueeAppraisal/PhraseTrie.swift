/// A trie over token sequences, for longest-match lookup of multi-word expressions.
///
/// Each path is a sequence of normalized words; a node may hold the indices of the entries that
/// end there. The word "…" in a path is a gap matching 1 to `gapWindow` tokens. Words are
/// interned to ``Symbol``s when inserted, so a match compares integers: callers look each
/// distinct word of a text up once with ``symbol(for:)`` and walk the trie with the symbols.
/// Matching tries, at each token, the token itself and then the alternatives a caller supplies
/// (lemmas).
struct PhraseTrie: Sendable {
  /// An interned word of the trie's paths.
  typealias Symbol = Int32

  private struct Node: Sendable {
    /// The children's symbols, sorted, and the child node of each.
    var keys: [Symbol] = []
    var targets: [Int32] = []
    var values: [Int] = []
    /// The child reached through a gap, or -1.
    var gapChild: Int32 = -1
    var gapWindow = 0

    func child(_ symbol: Symbol) -> Int32? {
      var low = 0
      var high = keys.count
      while low < high {
        let middle = (low + high) / 2
        if keys[middle] < symbol { low = middle + 1 } else { high = middle }
      }
      return low < keys.count && keys[low] == symbol ? targets[low] : nil
    }
  }

  /// The gap word.
  static let gap = "…"

  private var nodes = [Node()]
  private var vocabulary: [String: Symbol] = [:]
  /// The root's child for each symbol, -1 for none: the root has a child for most words, so a
  /// walk starts with one array read instead of a binary search over them all.
  private var rootChildren: [Int32] = []

  /// The symbol of `word`, or `nil` when no path contains it (so it cannot be part of a match).
  func symbol(for word: String) -> Symbol? {
    vocabulary[word]
  }

  /// Adds `value` at the end of `path`; a gap in the path spans up to `gapWindow` tokens.
  mutating func insert(_ path: [String], value: Int, gapWindow: Int = 0) {
    var current = 0
    for word in path {
      // A gap is also an ordinary child, so a "…" token matches it as a word.
      let previous = current
      let symbol: Symbol
      if let known = vocabulary[word] {
        symbol = known
      } else {
        symbol = Symbol(vocabulary.count)
        vocabulary[word] = symbol
      }
      if let next = nodes[current].child(symbol) {
        current = Int(next)
      } else {
        nodes.append(Node())
        let next = Int32(nodes.count - 1)
        let position = nodes[current].keys.firstIndex { $0 > symbol } ?? nodes[current].keys.count
        nodes[current].keys.insert(symbol, at: position)
        nodes[current].targets.insert(next, at: position)
        if current == 0 {
          if Int(symbol) >= rootChildren.count {
            rootChildren += repeatElement(-1, count: Int(symbol) + 1 - rootChildren.count)
          }
          rootChildren[Int(symbol)] = next
        }
        current = Int(next)
      }
      if word == Self.gap {
        nodes[previous].gapChild = Int32(current)
        nodes[current].gapWindow = max(nodes[current].gapWindow, gapWindow)
      }
    }
    if !nodes[current].values.contains(value) { nodes[current].values.append(value) }
  }

  /// Whether some path starts with `symbol`: a token for which this is false cannot start a
  /// match, so callers skip the walk.
  func startsPath(_ symbol: Symbol) -> Bool {
    nodes[0].child(symbol) != nil
  }

  /// Whether some path starts with `word`.
  func startsPath(_ word: String) -> Bool {
    symbol(for: word).map { startsPath($0) } ?? false
  }

  /// Removes `value` wherever it is stored (used when a later row overrides an earlier one).
  mutating func remove(value: Int, along path: [String]) {
    var current = 0
    for word in path {
      guard let symbol = vocabulary[word], let next = nodes[current].child(symbol) else { return }
      current = Int(next)
    }
    nodes[current].values.removeAll { $0 == value }
  }

  /// The longest match starting at `start`: its end (exclusive), the stored values, and the
  /// token range of each gap it crossed. Ties in length keep the first path found (exact
  /// spellings are tried before lemmas).
  ///
  /// - Parameter forms: the symbols to try for the token at an index (the token, then its
  ///   lemmas; words the trie does not know are left out). Callers compute them once per
  ///   distinct word, so a lookup allocates nothing unless it crosses a gap.
  /// - Complexity: O(L · b · log c) for a match of L tokens with b forms per token and c
  ///   children per node, plus gap windows.
  func longestMatch<Forms: Collection<Symbol>>(
    from start: Int, count: Int, forms: (Int) -> Forms
  ) -> (end: Int, values: [Int], gaps: [Range<Int>])? {
    var best: (end: Int, values: [Int], gaps: [Range<Int>])?
    func walk(_ node: Int, _ index: Int, _ gaps: [Range<Int>]) {
      if index > start, !nodes[node].values.isEmpty, best.map({ index > $0.end }) ?? true {
        best = (index, nodes[node].values, gaps)
      }
      guard index < count else { return }
      if nodes[node].keys.isEmpty && nodes[node].gapChild < 0 { return }
      for form in forms(index) {
        if node == 0 {
          let next = form >= 0 && Int(form) < rootChildren.count ? rootChildren[Int(form)] : -1
          if next >= 0 { walk(Int(next), index + 1, gaps) }
        } else if let next = nodes[node].child(form) {
          walk(Int(next), index + 1, gaps)
        }
      }
      if index > start, nodes[node].gapChild >= 0 {
        let gapNode = Int(nodes[node].gapChild)
        let window = nodes[gapNode].gapWindow
        var end = index + 1
        while end <= min(count, index + window) {
          walk(gapNode, end, gaps + [index..<end])
          end += 1
        }
      }
    }
    walk(0, start, [])
    return best
  }
}
