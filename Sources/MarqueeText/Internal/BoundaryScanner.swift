/// Finds sentence boundaries in a text's scalars: the layout's boundaries (``LineLayout``) and
/// those of terminators, list markers and emoticons, decided word by word.
///
/// The text is read as whitespace-separated chunks. Most chunks hold no terminator and are
/// passed over; at a terminator the scanner looks a bounded distance back (the word it ends) and
/// forward (the next word), so the whole scan is linear in the text.
struct BoundaryScanner {
  enum ListStyle: Equatable {
    case none
    case number(closer: [Unicode.Scalar])
    case letter(closer: [Unicode.Scalar])
    case bullet(Unicode.Scalar)
  }

  struct ListMarker {
    var style: ListStyle
    var value: Int
  }

  /// What follows a terminator.
  struct NextWord {
    var exists = false
    var capitalised = false
    var lower = false
    var digit = false
    var starter = false
  }

  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let count: Int
  let rules: SegmentationRules
  let blank: UnsafeBufferPointer<Bool>
  let layoutCuts: [Int]
  var cuts: [Int] = []

  // Scan state.
  var lastCut = 0
  var layoutIndex = 0
  var previousChunkStart = -1
  var listStyle = ListStyle.none
  var listNext = 0
  var markerPending = false
  var skipUntil = 0
  var protectedUntil = 0
  var parenthesisUntil = 0
  var nextAt = -1
  var openQuote = -1
  var openQuoteAfterWord = false

  /// Prepares a scan of `scalars` with `rules`, given the text's ``LineLayout``: its blanks
  /// and the boundaries it implies. The buffers must outlive the scanner.
  init(
    scalars: UnsafeBufferPointer<Unicode.Scalar>, blank: UnsafeBufferPointer<Bool>,
    layoutCuts: [Int],
    rules: SegmentationRules
  ) {
    self.scalars = scalars
    self.count = scalars.count
    self.rules = rules
    self.blank = blank
    self.layoutCuts = layoutCuts
  }

  /// The sentences: ranges between boundaries, trimmed of blanks, empty ones dropped.
  ///
  /// - Complexity: O(n) in the number of scalars, plus O(k log k) for k boundaries.
  mutating func sentences() -> [Range<Int>] {
    scan()
    var boundaries = (cuts + layoutCuts).sorted()
    boundaries.append(count)
    var result: [Range<Int>] = []
    var start = 0
    for end in boundaries where end >= start {
      var low = start
      var high = end
      while low < high, blank[low] { low += 1 }
      while high > low, blank[high - 1] { high -= 1 }
      if low < high { result.append(low..<high) }
      start = end
    }
    return result
  }

  // MARK: - The chunk loop

  mutating func scan() {
    let scalars = self.scalars
    let blank = self.blank
    let count = self.count
    var index = 0
    while index < count {
      if blank[index] {
        index += 1
        continue
      }
      // Only a chunk with a terminator or a tag, or one that may open a quotation, italics, a
      // list item or an emoticon, needs a closer look.
      let head = scalars[index]
      var special = !ScalarClass.isWordScalar(head)
      var end = index
      while end < count, !blank[end] {
        if special {
          end += 1
          continue
        }
        let value = scalars[end].value
        if value < 0x80 {
          if value == 0x2E || value == 0x21 || value == 0x3F || value == 0x3C { special = true }
        } else if ScalarClass.isTerminator(scalars[end]) || ScalarClass.isBullet(scalars[end]) {
          special = true
        }
        end += 1
      }
      if layoutIndex < layoutCuts.count, layoutCuts[layoutIndex] <= index {
        advanceLayout(to: index)
      }
      let first = previousChunkStart < lastCut
      previousChunkStart = index
      index = special || first || listStyle != .none ? chunk(index, end, first: first) : end
    }
  }

  mutating func advanceLayout(to position: Int) {
    while layoutIndex < layoutCuts.count, layoutCuts[layoutIndex] <= position {
      if layoutCuts[layoutIndex] > lastCut {
        lastCut = layoutCuts[layoutIndex]
        listStyle = .none
        markerPending = false
      }
      layoutIndex += 1
    }
  }

  mutating func cut(at position: Int) {
    cuts.append(position)
    if position > lastCut { lastCut = position }
  }

  /// Handles the chunk `start..<end`; returns where scanning resumes.
  mutating func chunk(_ start: Int, _ end: Int, first: Bool) -> Int {
    var markerEnd = start
    if first || markerPending {
      let pending = markerPending
      markerPending = false
      if let marker = listMarker(start, end) {
        if case .bullet = marker.style, end == start + 1 { markerPending = true }
        if !pending || listStyle == .none { listStyle = marker.style }
        listNext = marker.value + 1
        markerEnd = end
      }
    } else if listStyle != .none, let marker = listMarker(start, end), continuesList(marker) {
      cut(at: start)
      listNext = marker.value + 1
      if case .bullet = marker.style, end == start + 1 { markerPending = true }
      markerEnd = end
    }
    if markerEnd == end { return end }
    noteSpecialSpans(start, end, first: first)
    if first, isEmoticon(start, end) { return end }
    if !first, isEmoticon(start, end), scalars[start].isASCII, !ScalarClass.isLetter(scalars[start])
    {
      if nextWord(after: end).capitalised { cut(at: end) }
      return end
    }
    var position = start
    while position < end {
      let scalar = scalars[position]
      if ScalarClass.isTerminator(scalar), position >= skipUntil, position >= protectedUntil,
        position >= parenthesisUntil || closesParenthesis(from: position)
      {
        let resume = terminator(at: position, chunkStart: start, chunkEnd: end)
        if resume >= end { return resume }
        position = resume
        continue
      }
      position += 1
    }
    return end
  }

  // MARK: - Lists

  func listMarker(_ start: Int, _ end: Int) -> ListMarker? {
    var position = start
    var bullet: Unicode.Scalar?
    let first = scalars[start]
    // Dashes, "*" and "+" mark list items only at the start of a line (see LineLayout).
    let inlineBullet: Bool
    switch first.value {
    case 0x2D, 0x2013, 0x2014, 0x2A, 0x2B: inlineBullet = false
    default: inlineBullet = ScalarClass.isBullet(first)
    }
    if inlineBullet {
      bullet = first
      position += 1
      if position == end { return ListMarker(style: .bullet(first), value: 0) }
    }
    var value = 0
    var digits = 0
    while position < end, digits < 3, scalars[position].isASCII,
      ScalarClass.isDigit(scalars[position])
    {
      value = value * 10 + Int(scalars[position].value - 0x30)
      digits += 1
      position += 1
    }
    var letter = false
    if digits == 0 {
      let scalar = scalars[position]
      guard scalar.isASCII, ScalarClass.isLetter(scalar) else { return nil }
      value = Int(scalar.value | 0x20) - 0x61 + 1
      letter = true
      position += 1
    }
    let closerStart = position
    if position < end, scalars[position] == "." { position += 1 }
    if position < end, scalars[position] == ")" { position += 1 }
    guard position == end, position > closerStart else { return nil }
    let closer = Array(scalars[closerStart..<end])
    if letter {
      // "a." opens a list only in lower case: "A." is far more often an initial.
      if closer == ["."], !ScalarClass.isLower(scalars[closerStart - 1]) { return nil }
      if let bullet { return ListMarker(style: .bullet(bullet), value: value) }
      return ListMarker(style: .letter(closer: closer), value: value)
    }
    if let bullet { return ListMarker(style: .bullet(bullet), value: value) }
    return ListMarker(style: .number(closer: closer), value: value)
  }

  func continuesList(_ marker: ListMarker) -> Bool {
    switch (listStyle, marker.style) {
    case (.bullet(let expected), .bullet(let found)): return expected == found
    case (.number(let expected), .number(let found)),
      (.letter(let expected), .letter(let found)):
      return expected == found && marker.value == listNext
    default: return false
    }
  }
}
