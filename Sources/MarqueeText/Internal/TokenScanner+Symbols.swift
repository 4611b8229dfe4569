/// Emoji sequences, emoticons and web addresses.
extension TokenScanner {
  func emojiLength(at start: Int, end: Int) -> Int? {
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

  func emoticonLength(at start: Int, end: Int) -> Int? {
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
  static let domains: Set<String> = [
    "com", "org", "net", "edu", "gov", "io", "co", "uk", "tv", "ly", "info", "biz", "ca", "de",
    "fr", "au", "nz", "ie", "film", "movie",
  ]

  /// "imdb.com", "bfi.org.uk/sight-and-sound": ASCII labels of letters, digits and hyphens joined by
  /// full stops, the last a known top-level domain, then perhaps a path.
  func isBareDomain(at start: Int, end: Int) -> Bool {
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

  func hasURLPrefix(at start: Int, end: Int) -> Bool {
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
}
