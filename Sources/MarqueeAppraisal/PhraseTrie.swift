/// A trie over token sequences, for longest-match lookup of multi-word expressions.
///
/// Each path is a sequence of normalized words; a node may hold the indices of the entries that
/// end there. The word "…" in a path is a gap matching 1 to `gapWindow` tokens. Matching tries,
/// at each token, the token itself and then the alternatives a caller supplies (lemmas).
struct PhraseTrie: Sendable {
  private struct Node: Sendable {
    var children: [String: Int] = [:]
    var values: [Int] = []
    var gapWindow = 0
  }

  /// The gap word.
  static let gap = "…"

  private var nodes = [Node()]

  /// Adds `value` at the end of `path`; a gap in the path spans up to `gapWindow` tokens.
  mutating func insert(_ path: [String], value: Int, gapWindow: Int = 0) {
    var current = 0
    for word in path {
      if let next = nodes[current].children[word] {
        current = next
      } else {
        nodes.append(Node())
        nodes[current].children[word] = nodes.count - 1
        current = nodes.count - 1
      }
      if word == Self.gap { nodes[current].gapWindow = max(nodes[current].gapWindow, gapWindow) }
    }
    if !nodes[current].values.contains(value) { nodes[current].values.append(value) }
  }

  /// Whether some path starts with `word`: a token for which this is false cannot start a match,
  /// so callers skip the walk.
  func startsPath(_ word: String) -> Bool {
    nodes[0].children[word] != nil
  }

  /// Removes `value` wherever it is stored (used when a later row overrides an earlier one).
  mutating func remove(value: Int, along path: [String]) {
    var current = 0
    for word in path {
      guard let next = nodes[current].children[word] else { return }
      current = next
    }
    nodes[current].values.removeAll { $0 == value }
  }

  /// The longest match starting at `start`: its end (exclusive), the stored values, and the
  /// token range of each gap it crossed. Ties in length keep the first path found (exact
  /// spellings are tried before lemmas).
  ///
  /// - Parameter forms: the distinct words to try for the token at an index (the token, then
  ///   its lemmas). Callers compute them once per token, so a lookup allocates nothing.
  /// - Complexity: O(L · b) for a match of L tokens with b forms per token, plus gap windows.
  func longestMatch<Forms: Collection<String>>(
    from start: Int, count: Int, forms: (Int) -> Forms
  ) -> (end: Int, values: [Int], gaps: [Range<Int>])? {
    var best: (end: Int, values: [Int], gaps: [Range<Int>])?
    func walk(_ node: Int, _ index: Int, _ gaps: [Range<Int>]) {
      if index > start, !nodes[node].values.isEmpty, best.map({ index > $0.end }) ?? true {
        best = (index, nodes[node].values, gaps)
      }
      guard index < count else { return }
      let children = nodes[node].children
      if children.isEmpty { return }
      for form in forms(index) {
        if let next = children[form] { walk(next, index + 1, gaps) }
      }
      if index > start, let gapNode = children[Self.gap] {
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
