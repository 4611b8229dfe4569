/// The tokenizer's scan of one sentence at a time; see ``Tokenizer``.
struct TokenScanner {
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let rules: SegmentationRules
  /// The tokens found so far, in order.
  private(set) var tokens: [Token] = []

  /// The position of the next `@` at or after the scan position (the text's length if none):
  /// found once, moving only forward, so e-mail detection stays linear.
  var nextAt = -1

  init(scalars: UnsafeBufferPointer<Unicode.Scalar>, rules: SegmentationRules) {
    self.scalars = scalars
    self.rules = rules
    // English prose averages about one token per five scalars.
    tokens.reserveCapacity(scalars.count / 5 + 16)
  }

  /// Appends the tokens of the sentence `range`.
  mutating func scan(_ range: Range<Int>) {
    let scalars = self.scalars
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let scalar = scalars[index]
      if ScalarClass.isBlank(scalar) {
        index += 1
        continue
      }
      if scalar == "<" {
        let tag = BreakTag.length(in: scalars, at: index)
        if tag > 0, index + tag <= end {
          index += tag
          continue
        }
      }
      index = token(at: index, end: end)
    }
  }

  /// The end of the run of non-blank scalars starting at `start`, within the sentence.
  func runEnd(from start: Int, end: Int) -> Int {
    var position = start
    while position < end, !ScalarClass.isBlank(scalars[position]) { position += 1 }
    return position
  }

  /// Whether the run starting at `start` (ending at `runEnd`) is an e-mail address.
  mutating func isEmail(at start: Int, end: Int) -> Bool {
    if nextAt < start {
      nextAt = start
      while nextAt < scalars.count, scalars[nextAt] != "@" { nextAt += 1 }
    }
    let at = nextAt
    guard at > start, at + 1 < end, at - start < 128, ScalarClass.isWordScalar(scalars[at - 1]),
      ScalarClass.isWordScalar(scalars[at + 1])
    else { return false }
    for index in start..<at where ScalarClass.isBlank(scalars[index]) { return false }
    let runEnd = runEnd(from: at, end: end)
    for index in (at + 1)..<runEnd where scalars[index] == "." { return true }
    return false
  }

  mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, norm: String? = nil) {
    tokens.append(Token(range: start..<end, kind: kind, norm: norm))
  }

  /// Emits the token starting at `start`; returns where the next one may start.
  mutating func token(at start: Int, end: Int) -> Int {
    let scalar = scalars[start]
    if let next = plainWord(at: start, end: end) { return next }
    let atRunStart = start == 0 || ScalarClass.isBlank(scalars[start - 1])
    if atRunStart, ScalarClass.isWordScalar(scalar) {
      let email = isEmail(at: start, end: end)
      if email || hasURLPrefix(at: start, end: end) || isBareDomain(at: start, end: end) {
        var last = runEnd(from: start, end: end)
        while last > start + 1,
          ScalarClass.isTerminator(scalars[last - 1])
            || ScalarClass.isCloser(scalars[last - 1])
            || scalars[last - 1] == "," || scalars[last - 1] == ";" || scalars[last - 1] == ":"
        {
          last -= 1
        }
        emit(start, last, email ? .email : .url)
        return last
      }
    }
    if atRunStart, let length = emoticonLength(at: start, end: end) {
      emit(start, start + length, .emoticon)
      return start + length
    }
    if let length = emojiLength(at: start, end: end) {
      emit(start, start + length, .emoji)
      return start + length
    }
    if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
      return word(at: start, end: end)
    }
    if scalar == "'" || scalar == "\u{2019}", let length = decadeLength(at: start, end: end) {
      emit(start, start + length, .word, norm: normalised(start, start + length))
      return start + length
    }
    return punctuation(at: start, end: end)
  }

  // MARK: - Words and numbers

  /// The common case, settled without the general rules: ASCII letters followed by the end of
  /// the sentence, a space, a line break or punctuation that cannot continue a token (not `.`,
  /// `'`, `-`, `@`, `:`). Returns `nil` for anything else.
  @inline(__always)
  mutating func plainWord(at start: Int, end: Int) -> Int? {
    let scalars = self.scalars
    var position = start
    while position < end, (scalars[position].value | 0x20) &- 0x61 < 26 { position += 1 }
    let length = position - start
    guard length > 0 else { return nil }
    if position < end {
      switch scalars[position].value {
      case 0x20, 0x0A, 0x0D, 0x09, 0x2C, 0x3B, 0x29, 0x21, 0x3F, 0x22: break
      default: return nil
      }
    }
    // "cannot", "gonna"… split; "xD" is an emoticon: the general rules handle them.
    if length == 2, scalars[start].value | 0x20 == 0x78, scalars[start + 1] == "D" { return nil }
    if length == 5 || length == 6,
      scalars[start + 2].value | 0x20 == 0x6E
        || scalars[start + 2].value | 0x20 == 0x74
    {
      return nil  // can|not, gon|na, wan|na, got|ta: third letter n or t
    }
    emit(start, position, .word)
    return position
  }

  mutating func word(at start: Int, end: Int) -> Int {
    if let length = initialismLength(at: start, end: end) {
      emit(start, start + length, .word)
      return start + length
    }
    var position = start
    var letters = false
    var apostrophes = false
    while position < end {
      let scalar = scalars[position]
      if ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar) {
        letters = true
        position += 1
        continue
      }
      if ScalarClass.isDigit(scalar) {
        position += 1
        continue
      }
      guard position + 1 < end, position > start else { break }
      let before = scalars[position - 1]
      let after = scalars[position + 1]
      switch scalar {
      case "-", "\u{2010}", "\u{2011}":
        guard ScalarClass.isWordScalar(before), ScalarClass.isWordScalar(after) else { break }
        position += 1
        continue
      case ",", ".", ":", "/":
        guard ScalarClass.isDigit(before), ScalarClass.isDigit(after) else { break }
        position += 1
        continue
      case "'", "\u{2019}":
        guard ScalarClass.isLetter(before), ScalarClass.isLetter(after) else { break }
        apostrophes = true
        position += 1
        continue
      default:
        break
      }
      break
    }
    // An abbreviation or initial keeps its full stop. At the end of a sentence only those that
    // cannot be ordinary words do ("etc.", "Inc."), not "no." or a lone capital ("you and I.").
    if letters, !apostrophes, position < end, scalars[position] == "." {
      let single = position - start == 1 && ScalarClass.isUpper(scalars[start])
      let kind = rules.abbreviationKind(scalars[start..<position])
      let keeps: Bool
      if endsSentence(after: position, end) {
        keeps = kind == .general || kind == .final
      } else {
        keeps = kind != nil || single
      }
      if keeps {
        emit(start, position + 1, .word)
        return position + 1
      }
    }
    if !letters {
      emit(start, position, .number)
      return position
    }
    if apostrophes {
      splitClitics(start, position)
      return position
    }
    // "cannot", "gonna", "gotta", "wanna" split after their third letter.
    let length = position - start
    if length == 5 || length == 6,
      ["cannot", "gonna", "gotta", "wanna"].contains(where: {
        $0.utf8.count == length
          && ScalarClass.hasASCIIPrefix($0, in: scalars, at: start, end: position)
      })
    {
      emit(start, start + 3, .word)
      emit(start + 3, position, .word)
    } else {
      emit(start, position, .word)
    }
    return position
  }

  /// Whether only closers and blanks follow the full stop at `position` in the sentence.
  func endsSentence(after position: Int, _ end: Int) -> Bool {
    var index = position + 1
    while index < end {
      let scalar = scalars[index]
      if !ScalarClass.isBlank(scalar), !ScalarClass.isCloser(scalar) { return false }
      index += 1
    }
    return true
  }

  /// "U.S.", "e.g.", "a.m.": two or more single letters, each followed by a full stop.
  func initialismLength(at start: Int, end: Int) -> Int? {
    var position = start
    var letters = 0
    while position + 1 < end, ScalarClass.isLetter(scalars[position]), scalars[position + 1] == "."
    {
      letters += 1
      position += 2
    }
    return letters >= 2 ? position - start : nil
  }

  /// Splits a word into its stem and Penn Treebank clitics and emits them.
  mutating func splitClitics(_ start: Int, _ end: Int) {
    // Work on the lower-cased ASCII form; other scalars stand as themselves, one for one.
    var word: [UInt8] = []
    word.reserveCapacity(end - start)
    for scalar in scalars[start..<end] {
      let value = scalar == "\u{2019}" ? 0x27 : scalar.value
      word.append(value < 0x80 ? UInt8(value | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)) : 0xFF)
    }
    func hasSuffix(_ suffix: String, before end: Int) -> Bool {
      let bytes = Array(suffix.utf8)
      guard end > bytes.count else { return false }  // something must stay in front
      return word[(end - bytes.count)..<end].elementsEqual(bytes)
    }
    var stemEnd = word.count
    var pieces: [Int] = []  // starts of the clitics, relative to start, in order
    // Up to two trailing clitics ("I'd've"), then "n't" ("shouldn't've").
    for _ in 0..<2 {
      guard
        let clitic = ["'s", "'m", "'d", "'re", "'ve", "'ll"].first(where: {
          hasSuffix($0, before: stemEnd)
        })
      else { break }
      stemEnd -= clitic.utf8.count
      pieces.insert(stemEnd, at: 0)
    }
    if stemEnd > 3, hasSuffix("n't", before: stemEnd) {
      pieces.insert(stemEnd - 3, at: 0)
    }
    var pieceStart = start
    for pieceEnd in pieces.map({ start + $0 }) + [end] {
      emit(pieceStart, pieceEnd, .word, norm: normalised(pieceStart, pieceEnd))
      pieceStart = pieceEnd
    }
  }

  /// "'90s": an apostrophe, two digits and an s.
  func decadeLength(at start: Int, end: Int) -> Int? {
    guard start + 3 < end, ScalarClass.isDigit(scalars[start + 1]),
      ScalarClass.isDigit(scalars[start + 2]), scalars[start + 3] == "s"
    else { return nil }
    if start + 4 < end, ScalarClass.isWordScalar(scalars[start + 4]) { return nil }
    return 4
  }
}
