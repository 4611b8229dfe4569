/// The spans a terminator inside does not end: URLs, e-mail addresses, marked titles, short
/// parentheses, and the quotations titles may sit in.
extension BoundaryScanner {
  mutating func noteSpecialSpans(_ start: Int, _ end: Int, first: Bool) {
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

  func hasURLPrefix(at position: Int, end: Int) -> Bool {
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

  mutating func isEmail(_ start: Int, _ end: Int) -> Bool {
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
  mutating func protectMarked(from start: Int, marker: Unicode.Scalar) {
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
  mutating func protectParenthesis(from start: Int) {
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
  func closesParenthesis(from position: Int) -> Bool {
    var index = position
    while index < parenthesisUntil {
      let scalar = scalars[index]
      guard ScalarClass.isTerminator(scalar) || ScalarClass.isCloser(scalar) else { return false }
      index += 1
    }
    return true
  }

  /// `<i>Airplane!</i>`, `<em>…</em>`: no terminator inside ends a sentence.
  mutating func protectTag(from start: Int) {
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

  func isEmoticon(_ start: Int, _ end: Int) -> Bool {
    guard end - start <= 4, end > start, rules.mayStartEmoticon(scalars[start]) else {
      return false
    }
    return rules.isEmoticon(scalars[start..<end])
  }

  /// Whether the chunk is only emoji (a sticker after a sentence's full stop).
  func isEmojiOnly(_ start: Int, _ end: Int) -> Bool {
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
}
