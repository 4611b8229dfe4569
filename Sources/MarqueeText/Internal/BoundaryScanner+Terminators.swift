/// Deciding whether a terminator ends the sentence: the word before it and the word after.
extension BoundaryScanner {
  /// Decides the terminator cluster starting at `position`; returns where scanning resumes.
  mutating func terminator(at position: Int, chunkStart: Int, chunkEnd: Int) -> Int {
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

  func lastTerminatorIndex(from start: Int, to end: Int) -> Int {
    var index = end - 1
    while index > start, !ScalarClass.isTerminator(scalars[index]) { index -= 1 }
    return index
  }

  /// `. . .` written with spaces. Three dots never end a sentence; four do: after the first
  /// when it is attached to a word ("compounds. . . . The"), otherwise after the last.
  mutating func spacedEllipsis(at position: Int, chunkStart: Int) -> Int? {
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
  func fullStopEnds(at position: Int, chunkStart: Int, next: NextWord, plain: Bool = false)
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
  func isInitialism(_ start: Int, _ end: Int) -> Bool {
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
  func wordBeforeIsPlain(_ position: Int, chunkStart: Int) -> Bool {
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
  func nextChunk(after position: Int) -> Range<Int> {
    var start = position
    while start < count, blank[start] { start += 1 }
    var end = start
    while end < count, !blank[end], end - start < 65 { end += 1 }
    return start..<end
  }

  func nextWord(after position: Int) -> NextWord {
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
  func knownTitle(endingAt position: Int, chunkStart: Int) -> Bool? {
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
  func quotedTitle(before position: Int) -> Bool {
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
