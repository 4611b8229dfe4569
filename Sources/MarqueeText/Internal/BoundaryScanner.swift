/// Finds sentence boundaries in a text's scalars: the layout's boundaries (``LineLayout``) and
/// those of terminators, list markers and emoticons, decided word by word.
///
/// The text is read as whitespace-separated chunks. Most chunks hold no terminator and are
/// passed over; at a terminator the scanner looks a bounded distance back (the word it ends) and
/// forward (the next word), so the whole scan is linear in the text.
struct BoundaryScanner {
  private enum ListStyle: Equatable {
    case none
    case number(closer: [Unicode.Scalar])
    case letter(closer: [Unicode.Scalar])
    case bullet(Unicode.Scalar)
  }

  private struct ListMarker {
    var style: ListStyle
    var value: Int
  }

  /// What follows a terminator.
  private struct NextWord {
    var exists = false
    var capitalised = false
    var lower = false
    var digit = false
    var starter = false
  }

  private let scalars: UnsafeBufferPointer<Unicode.Scalar>
  private let count: Int
  private let rules: SegmentationRules
  private let blank: UnsafeBufferPointer<Bool>
  private let layoutCuts: [Int]
  private var cuts: [Int] = []

  // Scan state.
  private var lastCut = 0
  private var layoutIndex = 0
  private var previousChunkStart = -1
  private var listStyle = ListStyle.none
  private var listNext = 0
  private var markerPending = false
  private var skipUntil = 0
  private var protectedUntil = 0
  private var parenthesisUntil = 0
  private var nextAt = -1
  private var openQuote = -1
  private var openQuoteAfterWord = false

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

  private mutating func scan() {
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

  private mutating func advanceLayout(to position: Int) {
    while layoutIndex < layoutCuts.count, layoutCuts[layoutIndex] <= position {
      if layoutCuts[layoutIndex] > lastCut {
        lastCut = layoutCuts[layoutIndex]
        listStyle = .none
        markerPending = false
      }
      layoutIndex += 1
    }
  }

  private mutating func cut(at position: Int) {
    cuts.append(position)
    if position > lastCut { lastCut = position }
  }

  /// Handles the chunk `start..<end`; returns where scanning resumes.
  private mutating func chunk(_ start: Int, _ end: Int, first: Bool) -> Int {
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

  private func listMarker(_ start: Int, _ end: Int) -> ListMarker? {
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

  private func continuesList(_ marker: ListMarker) -> Bool {
    switch (listStyle, marker.style) {
    case (.bullet(let expected), .bullet(let found)): return expected == found
    case (.number(let expected), .number(let found)),
      (.letter(let expected), .letter(let found)):
      return expected == found && marker.value == listNext
    default: return false
    }
  }

  // MARK: - URLs, e-mail addresses, marked titles, quotes

  private mutating func noteSpecialSpans(_ start: Int, _ end: Int, first: Bool) {
    var position = start
    while position < end, ScalarClass.isOpener(scalars[position]) { position += 1 }
    if position < end, hasURLPrefix(at: position, end: end) || isEmail(start, end) {
      var last = end
      while last > position,
        ScalarClass.isTerminator(scalars[last - 1])
          || ScalarClass.isCloser(scalars[last - 1])
      {
        last -= 1
      }
      skipUntil = last
    }
    let opener = scalars[start]
    if opener == "*" || opener == "_" {
      protectMarked(from: start, marker: opener)
    }
    if opener == "(", start > lastCut, !first {
      protectParenthesis(from: start)
    }
    if opener == "\u{201C}" || opener == "\"" || opener == "\u{2018}" || opener == "'" {
      openQuote = start
      var before = start - 1
      while before >= 0, blank[before], start - before < 64 { before -= 1 }
      openQuoteAfterWord = before >= 0 && ScalarClass.isWordScalar(scalars[before])
    }
    for index in start..<min(end, start + 4) where scalars[index] == "<" {
      protectTag(from: index)
    }
  }

  private func hasURLPrefix(at position: Int, end: Int) -> Bool {
    func matches(_ prefix: String) -> Bool {
      ScalarClass.hasASCIIPrefix(prefix, in: scalars, at: position, end: end)
    }
    let first = scalars[position]
    guard first == "h" || first == "H" || first == "w" || first == "W", position + 4 < end else {
      return false
    }
    let second = scalars[position + 1].value | 0x20
    guard second == 0x74 || second == 0x77 else { return false }  // "t" of http, "w" of www
    return matches("http://") || matches("https://") || matches("www.")
  }

  private mutating func isEmail(_ start: Int, _ end: Int) -> Bool {
    // The next "@" is found once, moving only forward, so this stays linear.
    if nextAt < start {
      nextAt = start
      while nextAt < count, scalars[nextAt] != "@" { nextAt += 1 }
    }
    let at = nextAt
    guard at < end, end - start < 256, at > start, at + 1 < end,
      ScalarClass.isWordScalar(scalars[at - 1]),
      ScalarClass.isWordScalar(scalars[at + 1])
    else { return false }
    for index in (at + 1)..<end where scalars[index] == "." {
      return index + 1 < end && ScalarClass.isLetter(scalars[index + 1])
    }
    return false
  }

  /// `*Airplane!*`, `_Airplane!_`: no terminator inside ends a sentence.
  private mutating func protectMarked(from start: Int, marker: Unicode.Scalar) {
    let limit = min(count, start + 150)
    var index = start + 1
    while index < limit {
      let scalar = scalars[index]
      if ScalarClass.isLineBreak(scalar) { return }
      if scalar == marker, !blank[index - 1],
        index + 1 == count || !ScalarClass.isWordScalar(scalars[index + 1])
      {
        if index > start + 1 { protectedUntil = max(protectedUntil, index) }
        return
      }
      index += 1
    }
  }

  /// A short parenthesis opened mid-sentence and closed on the same line within 40 scalars:
  /// terminators inside it do not end the sentence ("(i.e. Kingston)", "(b. 1982)"), except a
  /// stop that closes it ("(It runs long.) Still…"). Longer asides often hold whole sentences
  /// and are left to the usual rules.
  private mutating func protectParenthesis(from start: Int) {
    let limit = min(count, start + 40)
    var index = start + 1
    while index < limit {
      let scalar = scalars[index]
      if scalar == "(" || ScalarClass.isLineBreak(scalar) { return }
      if scalar == ")" {
        parenthesisUntil = max(parenthesisUntil, index)
        return
      }
      index += 1
    }
  }

  /// Whether only terminators and closers lie between `position` and the protected
  /// parenthesis's closing bracket.
  private func closesParenthesis(from position: Int) -> Bool {
    var index = position
    while index < parenthesisUntil {
      let scalar = scalars[index]
      guard ScalarClass.isTerminator(scalar) || ScalarClass.isCloser(scalar) else { return false }
      index += 1
    }
    return true
  }

  /// `<i>Airplane!</i>`, `<em>…</em>`: no terminator inside ends a sentence.
  private mutating func protectTag(from start: Int) {
    func tag(_ text: String, at index: Int) -> Bool {
      ScalarClass.hasASCIIPrefix(text, in: scalars, at: index, end: count)
    }
    let closing: String
    if tag("<i>", at: start) {
      closing = "</i>"
    } else if tag("<em>", at: start) {
      closing = "</em>"
    } else {
      return
    }
    let limit = min(count, start + 300)
    var index = start + 3
    while index < limit {
      if scalars[index] == "<", tag(closing, at: index) {
        protectedUntil = max(protectedUntil, index)
        return
      }
      index += 1
    }
  }

  private func isEmoticon(_ start: Int, _ end: Int) -> Bool {
    guard end - start <= 4, end > start, rules.mayStartEmoticon(scalars[start]) else {
      return false
    }
    return rules.isEmoticon(scalars[start..<end])
  }

  /// Whether the chunk is only emoji (a sticker after a sentence's full stop).
  private func isEmojiOnly(_ start: Int, _ end: Int) -> Bool {
    guard end - start <= 64 else { return false }
    for index in start..<end {
      let scalar = scalars[index]
      if !(ScalarClass.isPictographic(scalar) || ScalarClass.isEmojiExtender(scalar)
        || ScalarClass.isRegionalIndicator(scalar))
      {
        return false
      }
    }
    return true
  }

  // MARK: - Terminators

  /// Decides the terminator cluster starting at `position`; returns where scanning resumes.
  private mutating func terminator(at position: Int, chunkStart: Int, chunkEnd: Int) -> Int {
    if scalars[position] == ".", let resume = spacedEllipsis(at: position, chunkStart: chunkStart) {
      return resume
    }
    var end = position
    var dots = 0
    var others = 0
    var spaceless = false
    var closed = false
    while end < chunkEnd {
      let scalar = scalars[end]
      if ScalarClass.isTerminator(scalar) {
        if scalar == "." { dots += 1 } else { others += 1 }
        if ScalarClass.isSpacelessTerminator(scalar) { spaceless = true }
      } else if ScalarClass.isCloser(scalar) {
        closed = true
      } else {
        break
      }
      end += 1
    }
    let lastTerminator = lastTerminatorIndex(from: position, to: end)
    let ellipsis = dots > 1 || scalars[position] == "\u{2026}"
    if end < chunkEnd {
      // Something follows with no space: "good.The", "Great!The", "me.I grew up",
      // "nonsense....What", "。" in CJK text.
      let upper = ScalarClass.isUpper(scalars[end])
      let nextScalar = end + 1 < count ? scalars[end + 1] : " "
      let word =
        upper
        && (ScalarClass.isLower(nextScalar)
          || ((scalars[end] == "I" || scalars[end] == "A") && ScalarClass.isBlank(nextScalar)))
      if spaceless {
        cut(at: end)
      } else if ellipsis {
        let long = dots >= 3 || scalars[position] == "\u{2026}"
        if long, upper, ScalarClass.isLower(nextScalar) { cut(at: end) }
      } else if word {
        let plainStop = dots == 1 && others == 0 && !closed
        if !plainStop || wordBeforeIsPlain(position, chunkStart: chunkStart) { cut(at: end) }
      }
      return end
    }
    var after = end
    var next = nextWord(after: after)
    guard next.exists else { return end }
    // A sticker after the stop stays with its sentence: "Great film. :)" or "… 👍🏽".
    let following = nextChunk(after: after)
    if isEmoticon(following.lowerBound, following.upperBound)
      || isEmojiOnly(following.lowerBound, following.upperBound)
    {
      after = following.upperBound
      next = nextWord(after: after)
      if !next.exists { return after }
    }
    if let titleFinal = knownTitle(endingAt: lastTerminator, chunkStart: chunkStart) {
      if !titleFinal { return after }
      if next.capitalised, next.starter { cut(at: after) }
      return after
    }
    if closed, quotedTitle(before: position) {
      if next.capitalised, next.starter { cut(at: after) }
      return after
    }
    let decision: Bool
    if spaceless {
      decision = true
    } else if ellipsis {
      // "[...]" marks an omission inside a quotation, never an end.
      let bracketed =
        position > chunkStart && (scalars[position - 1] == "[" || scalars[position - 1] == "(")
      decision = next.capitalised && !bracketed
    } else if others > 0 {
      decision = !next.lower
    } else {
      decision = fullStopEnds(
        at: position, chunkStart: chunkStart, next: next, plain: !closed && after == end)
    }
    if decision { cut(at: after) }
    return after
  }

  private func lastTerminatorIndex(from start: Int, to end: Int) -> Int {
    var index = end - 1
    while index > start, !ScalarClass.isTerminator(scalars[index]) { index -= 1 }
    return index
  }

  /// `. . .` written with spaces. Three dots never end a sentence; four do: after the first
  /// when it is attached to a word ("compounds. . . . The"), otherwise after the last.
  private mutating func spacedEllipsis(at position: Int, chunkStart: Int) -> Int? {
    var dots = 1
    var last = position
    while last + 2 < count, scalars[last + 1] == " ", scalars[last + 2] == "." {
      last += 2
      dots += 1
    }
    guard dots >= 3 else { return nil }
    var end = last + 1
    while end < count, ScalarClass.isCloser(scalars[end]) || scalars[end] == "." { end += 1 }
    let next = nextWord(after: end)
    if dots >= 4, next.exists {
      if position > chunkStart {
        if fullStopEnds(at: position, chunkStart: chunkStart, next: next) {
          cut(at: position + 1)
        }
      } else if next.capitalised {
        cut(at: end)
      }
    }
    return end
  }

  /// Whether a single full stop at `position`, followed by space and `next`, ends a sentence.
  private func fullStopEnds(at position: Int, chunkStart: Int, next: NextWord, plain: Bool = false)
    -> Bool
  {
    let chunkStart = max(chunkStart, lastCut)
    var start = position
    while start > chunkStart, position - start < 40 {
      let scalar = scalars[start - 1]
      guard
        ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar) || scalar == "."
          || scalar == "°"
      else { break }
      start -= 1
    }
    // A contraction is an ordinary word, never an abbreviation or an initial: "didn't.", "it's."
    if start > chunkStart + 1, start < position,
      scalars[start - 1] == "'" || scalars[start - 1] == "\u{2019}",
      ScalarClass.isLetter(scalars[start - 2])
    {
      return !next.lower || (plain && next.lower)
    }
    if start == position || position - start >= 40 {
      // A number, a closing bracket, or a long run: an ordinary full stop.
      return !next.lower
    }
    if start > chunkStart, ScalarClass.isDigit(scalars[start - 1]) {
      return !next.lower  // "21st.", "3D."
    }
    let word = scalars[start..<position]
    let generalRule = next.capitalised && next.starter
    if let kind = rules.abbreviationKind(word) {
      switch kind {
      case .title: return false
      case .number: return next.digit ? false : generalRule
      case .general: return generalRule
      case .final: return next.capitalised
      }
    }
    if isInitialism(start, position) { return generalRule }
    if position - start == 1 {
      return generalRule  // an initial, "Lee J. Cobb", or "you and I. Did"
    }
    if next.lower {
      // Reviews written in lower case: "...a smooth ride. and thats it." A plain full stop after
      // an ordinary word (not an abbreviation, no closing quote) still ends the sentence.
      return plain && position - start >= 3 && !word.contains(".")
    }
    return true
  }

  /// "U.S", "e.g", "E.G": single letters separated by full stops.
  private func isInitialism(_ start: Int, _ end: Int) -> Bool {
    var index = start
    var letters = 0
    while index < end {
      guard ScalarClass.isLetter(scalars[index]) else { return false }
      letters += 1
      index += 1
      while index < end, ScalarClass.isMark(scalars[index]) { index += 1 }
      if index < end {
        guard scalars[index] == "." else { return false }
        index += 1
      }
    }
    return letters >= 2
  }

  /// For "good.The": the word before the stop is an ordinary word or number, not an
  /// abbreviation or initialism.
  private func wordBeforeIsPlain(_ position: Int, chunkStart: Int) -> Bool {
    guard position > chunkStart else { return false }
    let before = scalars[position - 1]
    if ScalarClass.isDigit(before) { return true }
    guard ScalarClass.isLower(before) else { return false }
    var start = position
    while start > chunkStart, position - start < 40, ScalarClass.isLetter(scalars[start - 1]) {
      start -= 1
    }
    // "didn't.The": a contraction is an ordinary word.
    if start > chunkStart + 1, scalars[start - 1] == "'" || scalars[start - 1] == "\u{2019}",
      ScalarClass.isLetter(scalars[start - 2])
    {
      return true
    }
    guard position - start >= 2 else { return false }
    if start > chunkStart, scalars[start - 1] == "." { return false }
    return rules.abbreviationKind(scalars[start..<position]) == nil
  }

  /// The range of the chunk after `position`'s blanks (empty at the end of the text).
  private func nextChunk(after position: Int) -> Range<Int> {
    var start = position
    while start < count, blank[start] { start += 1 }
    var end = start
    while end < count, !blank[end], end - start < 65 { end += 1 }
    return start..<end
  }

  private func nextWord(after position: Int) -> NextWord {
    var index = position
    while index < count, blank[index] { index += 1 }
    guard index < count else { return NextWord() }
    var next = NextWord(exists: true)
    var start = index
    while start < count, start - index < 4, ScalarClass.isOpener(scalars[start]) { start += 1 }
    guard start < count else { return next }
    let first = scalars[start]
    next.capitalised = ScalarClass.isUpper(first) || (start > index && ScalarClass.isDigit(first))
    next.lower = ScalarClass.isLower(first)
    next.digit = ScalarClass.isDigit(first)
    guard ScalarClass.isLetter(first) else { return next }
    next.starter = rules.isSentenceStarter(scalars, from: start)
    return next
  }

  /// Whether the terminator at `position` belongs to a known title; `true` when it is the
  /// title's last scalar, `false` when inside it, `nil` when there is no such title.
  private func knownTitle(endingAt position: Int, chunkStart: Int) -> Bool? {
    var start = position
    while start > chunkStart, position - start < 32, !ScalarClass.isOpener(scalars[start - 1]) {
      start -= 1
    }
    guard position - start < 32 else { return nil }
    guard let endings = rules.titleEndings[SegmentationRules.key(scalars[start...position])] else {
      return nil
    }
    for ending in endings {
      let titleStart = position - ending.terminatorOffset
      guard titleStart >= 0, titleStart + ending.scalars.count <= count else { continue }
      var matches = true
      for (offset, scalar) in ending.scalars.enumerated()
      where scalars[titleStart + offset] != scalar {
        matches = false
        break
      }
      if matches { return ending.isFinal }
    }
    return nil
  }

  /// Whether the quotation closed after `position` looks like a quoted title: opened after a
  /// word ("In “Who Framed Roger Rabbit?”"), short, and in title case.
  private func quotedTitle(before position: Int) -> Bool {
    guard openQuote >= lastCut, openQuote >= 0, openQuoteAfterWord, position - openQuote <= 80
    else { return false }
    let small: Set<String> = [
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "with",
      "from", "by", "vs", "v", "is", "up", "into", "as",
    ]
    var words = 0
    var index = openQuote + 1
    while index <= position {
      while index <= position, blank[index] { index += 1 }
      guard index <= position else { break }
      var end = index
      while end <= position, !blank[end] { end += 1 }
      words += 1
      if words > 8 { return false }
      let first = scalars[index]
      if !ScalarClass.isUpper(first) && !ScalarClass.isDigit(first) {
        var word = String.UnicodeScalarView()
        for scalar in scalars[index..<end] where ScalarClass.isLetter(scalar) {
          word.append(scalar)
        }
        if words == 1 || !small.contains(String(word)) { return false }
      }
      index = end
    }
    return words > 0
  }
}
