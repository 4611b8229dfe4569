/// The tokenizer's scan of one sentence at a time; see ``Tokenizer``.
struct TokenScanner {
  private let scalars: UnsafeBufferPointer<Unicode.Scalar>
  private let rules: SegmentationRules
  /// The tokens found so far, in order.
  private(set) var tokens: [Token] = []

  /// The position of the next `@` at or after the scan position (the text's length if none):
  /// found once, moving only forward, so e-mail detection stays linear.
  private var nextAt = -1

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
  private func runEnd(from start: Int, end: Int) -> Int {
    var position = start
    while position < end, !ScalarClass.isBlank(scalars[position]) { position += 1 }
    return position
  }

  /// Whether the run starting at `start` (ending at `runEnd`) is an e-mail address.
  private mutating func isEmail(at start: Int, end: Int) -> Bool {
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

  private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, norm: String? = nil) {
    tokens.append(Token(range: start..<end, kind: kind, norm: norm))
  }

  /// Emits the token starting at `start`; returns where the next one may start.
  private mutating func token(at start: Int, end: Int) -> Int {
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
  private mutating func plainWord(at start: Int, end: Int) -> Int? {
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

  private mutating func word(at start: Int, end: Int) -> Int {
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
  private func endsSentence(after position: Int, _ end: Int) -> Bool {
    var index = position + 1
    while index < end {
      let scalar = scalars[index]
      if !ScalarClass.isBlank(scalar), !ScalarClass.isCloser(scalar) { return false }
      index += 1
    }
    return true
  }

  /// "U.S.", "e.g.", "a.m.": two or more single letters, each followed by a full stop.
  private func initialismLength(at start: Int, end: Int) -> Int? {
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
  private mutating func splitClitics(_ start: Int, _ end: Int) {
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
  private func decadeLength(at start: Int, end: Int) -> Int? {
    guard start + 3 < end, ScalarClass.isDigit(scalars[start + 1]),
      ScalarClass.isDigit(scalars[start + 2]), scalars[start + 3] == "s"
    else { return nil }
    if start + 4 < end, ScalarClass.isWordScalar(scalars[start + 4]) { return nil }
    return 4
  }

  // MARK: - Emoji and emoticons

  private func emojiLength(at start: Int, end: Int) -> Int? {
    let first = scalars[start]
    if ScalarClass.isRegionalIndicator(first) {
      if start + 1 < end, ScalarClass.isRegionalIndicator(scalars[start + 1]) { return 2 }
      return 1
    }
    var position = start
    if first.isASCII {
      // A keycap: 1️⃣, #️⃣.
      guard ScalarClass.isDigit(first) || first == "#" || first == "*" else { return nil }
      var index = start + 1
      if index < end, scalars[index] == "\u{FE0F}" { index += 1 }
      guard index < end, scalars[index] == "\u{20E3}" else { return nil }
      return index + 1 - start
    }
    guard ScalarClass.isPictographic(first) else { return nil }
    position += 1
    while position < end {
      let scalar = scalars[position]
      if scalar == "\u{200D}" {
        guard position + 1 < end, ScalarClass.isPictographic(scalars[position + 1]) else {
          break
        }
        position += 2
      } else if ScalarClass.isEmojiExtender(scalar) {
        position += 1
      } else {
        break
      }
    }
    return position - start
  }

  private func emoticonLength(at start: Int, end: Int) -> Int? {
    let first = scalars[start]
    guard rules.mayStartEmoticon(first) else { return nil }
    for emoticon in rules.emoticonsByInitial[Int(first.value)] where start + emoticon.count <= end {
      var matches = true
      for (offset, scalar) in emoticon.enumerated() where scalars[start + offset] != scalar {
        matches = false
        break
      }
      guard matches else { continue }
      let after = start + emoticon.count
      if after == end || !ScalarClass.isWordScalar(scalars[after]) {
        return emoticon.count
      }
    }
    return nil
  }

  /// Top-level domains that make "imdb.com" or "bfi.org.uk/sight" a web address.
  private static let domains: Set<String> = [
    "com", "org", "net", "edu", "gov", "io", "co", "uk", "tv", "ly", "info", "biz", "ca", "de",
    "fr", "au", "nz", "ie", "film", "movie",
  ]

  /// "imdb.com", "bfi.org.uk/sight-and-sound": ASCII labels of letters, digits and hyphens joined by
  /// full stops, the last a known top-level domain, then perhaps a path.
  private func isBareDomain(at start: Int, end: Int) -> Bool {
    var position = start
    var labels = 0
    var lastLabel = start..<start
    while position < end, position - start < 128 {
      let labelStart = position
      while position < end, ScalarClass.isWordScalar(scalars[position]) || scalars[position] == "-"
      {
        guard scalars[position].isASCII else { return false }
        position += 1
      }
      guard position > labelStart else { return false }
      labels += 1
      lastLabel = labelStart..<position
      guard position + 1 < end, scalars[position] == ".",
        ScalarClass.isLetter(scalars[position + 1])
      else { break }
      position += 1
    }
    guard labels >= 2, lastLabel.count <= 5 else { return false }
    if position < end, !ScalarClass.isBlank(scalars[position]),
      !(scalars[position] == "/" || ScalarClass.isTerminator(scalars[position])
        || ScalarClass.isCloser(scalars[position]) || scalars[position] == ","
        || scalars[position] == ";" || scalars[position] == ":")
    {
      return false
    }
    // The domain in lower case, as written in addresses ("Great.Com" is two words run together).
    guard scalars[lastLabel].allSatisfy(ScalarClass.isLower) else { return false }
    var label = ""
    for scalar in scalars[lastLabel] { label.unicodeScalars.append(scalar) }
    return Self.domains.contains(label)
  }

  private func hasURLPrefix(at start: Int, end: Int) -> Bool {
    let first = scalars[start]
    guard first == "h" || first == "H" || first == "w" || first == "W", start + 4 < end else {
      return false
    }
    let second = scalars[start + 1].value | 0x20
    guard second == 0x74 || second == 0x77 else { return false }  // "t" of http, "w" of www
    for prefix in ["http://", "https://", "www."]
    where ScalarClass.hasASCIIPrefix(prefix, in: scalars, at: start, end: end) {
      let after = start + prefix.utf8.count
      return after < end && !ScalarClass.isBlank(scalars[after])
    }
    return false
  }

  // MARK: - Punctuation and symbols

  private mutating func punctuation(at start: Int, end: Int) -> Int {
    let scalar = scalars[start]
    switch scalar {
    case ".":
      var position = start
      while position < end, scalars[position] == "." { position += 1 }
      if position - start >= 2 {
        emit(start, position, .punct)
        return position
      }
      // ". . .", spaced.
      var last = start
      while last + 2 < end, scalars[last + 1] == " ", scalars[last + 2] == "." { last += 2 }
      if last - start >= 4 {
        emit(start, last + 1, .punct, norm: "...")
        return last + 1
      }
      emit(start, start + 1, .punct)
      return start + 1
    case "\u{2026}":
      emit(start, start + 1, .punct, norm: "...")
      return start + 1
    case "!", "?", "\u{203D}":
      var position = start
      while position < end,
        scalars[position] == "!" || scalars[position] == "?"
          || scalars[position] == "\u{203D}"
      {
        position += 1
      }
      emit(start, position, .punct)
      return position
    case "-":
      var position = start
      while position < end, scalars[position] == "-" { position += 1 }
      emit(start, position, .punct)
      return position
    case "\u{2018}", "\u{2019}", "\u{201A}":
      emit(start, start + 1, .punct, norm: "'")
      return start + 1
    case "\u{201C}", "\u{201D}", "\u{201E}":
      emit(start, start + 1, .punct, norm: "\"")
      return start + 1
    case "\u{2605}", "\u{2606}", "\u{272D}", "\u{272E}", "\u{2730}":
      var position = start
      while position < end,
        "\u{2605}\u{2606}\u{272D}\u{272E}\u{2730}\u{00BD}".unicodeScalars
          .contains(scalars[position])
      {
        position += 1
      }
      emit(start, position, .symbol)
      return position
    default:
      break
    }
    if scalar.isASCII {
      let value = scalar.value
      if value < 0x20 || value == 0x7F { return start + 1 }  // controls
      switch scalar {
      case "$", "+", "<", "=", ">", "^", "`", "|", "~":
        emit(start, start + 1, .symbol)
      default:
        emit(start, start + 1, .punct)
      }
      return start + 1
    }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return start + 1
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      emit(start, start + 1, .punct)
    case .otherNumber, .letterNumber:
      emit(start, start + 1, .number)
    case .nonspacingMark, .spacingMark, .enclosingMark:
      // A mark with no letter before it in this sentence: keep it as its own symbol.
      var position = start + 1
      while position < end, ScalarClass.isMark(scalars[position]) { position += 1 }
      emit(start, position, .symbol)
      return position
    default:
      emit(start, start + 1, .symbol)
    }
    return start + 1
  }

  /// The text of `start..<end` with curly apostrophes straightened, or `nil` if unchanged.
  private func normalised(_ start: Int, _ end: Int) -> String? {
    var changed = false
    var view = String.UnicodeScalarView()
    for scalar in scalars[start..<end] {
      if scalar == "\u{2019}" || scalar == "\u{2018}" {
        view.append("'")
        changed = true
      } else {
        view.append(scalar)
      }
    }
    return changed ? String(view) : nil
  }
}
