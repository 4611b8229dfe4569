extension EntityTagger {
  /// Runs of capitalised words (with name particles and initials inside) outside the titles,
  /// trimmed of function words, honorifics and job words, checked against the lexicons.
  mutating func findNameCandidates() {
    var covered = [Bool](repeating: false, count: tokens.count)
    // By index: iterating the mentions would copy each one.
    for k in mentions.indices {
      for index in mentions[k].first..<mentions[k].last { covered[index] = true }
    }
    findUnquotedTitles(covered: &covered)
    // The candidates are appended to the mentions themselves, moved out of the tagger for the
    // call (no rule that finds candidates reads them): appending the contents of a second
    // array would copy every candidate, then free the originals.
    var all: [Mention] = []
    swap(&all, &mentions)
    appendNameCandidates(covered: covered, to: &all)
    swap(&all, &mentions)
  }

  /// Appends the candidates of ``findNameCandidates()`` outside the `covered` tokens to `found`,
  /// in text order. (Not mutating: a mutating method that calls the tagger's helpers copies the
  /// whole tagger for each call.)
  private func appendNameCandidates(covered: [Bool], to found: inout [Mention]) {
    var i = 0
    while i < tokens.count {
      var opens = false
      if !covered[i], tokens[i].isWord {
        if tokens[i].isCapitalised {
          opens = true
        } else if Self.isNumeral(scalars[tokens[i].start]), startsOrgWithNumber(i) {
          opens = true
        }
      }
      guard opens else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tokens.count, !covered[j], tokens[j].start - tokens[j - 1].end <= 1,
        tokens[j].sentence == tokens[i].sentence, !hasBreak(tokens[j - 1].end, tokens[j].start)
      {
        // Fields read in place: a copy of the token would retain its text.
        let isWord = tokens[j].isWord
        var continues = false
        if isWord {
          if tokens[j].isCapitalised {
            // "… as Divine G. Mr. Domingo has …": a title of address after an initial opens a
            // new name (the sentence break the initial hid)
            continues =
              !(tokens[j].lower.hasSuffix(".") && tokens[j - 1].lower.hasSuffix(".")
              && patterns.honorifics.contains(String(tokens[j].lower.dropLast())))
          } else if isElidedName(tokens[j].start, tokens[j].end) {
            continues = true
          }
        }
        if continues {
          j += 1
        } else if isWord, patterns.particles.contains(tokenAt: j, of: tokens),
          j + 1 < tokens.count,
          tokens[j + 1].isCapitalised, tokens[j + 1].isWord, !covered[j + 1]
        {
          j += 2
        } else {
          break
        }
      }
      // "Call Me by Your Name", "Lady in the Lake": a known title runs on across small words
      if j + 1 < tokens.count, !tokens[j].isCapitalised,
        let longer = knownTitleEnd(from: i, after: j, covered: covered)
      {
        j = longer
      }
      // "Disney+": a sign that belongs to a known organisation's name
      if j < tokens.count, tokens[j].end - tokens[j].start == 1, scalars[tokens[j].start] == "+",
        tokens[j].start == tokens[j - 1].end,
        names.org(named: fold(i, j + 1)) != nil
      {
        j += 1
      }
      appendCandidate(i, j, to: &found)
      i = j
    }
  }

  /// The end of the longest known title that starts at token `i` and runs on from `j` across
  /// up to three lowercase small words at a time ("by", "in the") and the capitalised words
  /// after them, within the sentence; nil when none is known.
  private func knownTitleEnd(from i: Int, after j: Int, covered: [Bool]) -> Int? {
    var best: Int?
    var k = j
    var steps = 0
    let sentence = tokens[i].sentence
    while k < tokens.count, steps < 4 {
      var m = k
      while m < tokens.count, m - k < 3, tokens[m].isWord, !tokens[m].isCapitalised,
        tokens[m].sentence == sentence, Self.titleSmallWords.contains(tokens[m].lower)
      {
        m += 1
      }
      guard m > k, m < tokens.count, tokens[m].isWord, tokens[m].isCapitalised, !covered[m],
        tokens[m].sentence == sentence
      else { break }
      // "the parts of Romeo and Juliet", "Harold and Maude": two people joined by "and" are
      // two people, even where a title is named after them
      if tokens[m - 1].lower.equals("and"), k - i == 1, names.isGivenName(tokens[i].lower) {
        break
      }
      var end = m
      while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised, !covered[end],
        tokens[end].sentence == sentence
      {
        end += 1
      }
      if names.title(named: fold(i, end)) != nil { best = end }
      k = end
      steps += 1
    }
    return best
  }

  /// The kind an org noun just before token `first` gives ("the band Grizzly Bear", "the news
  /// network, ATN", "a resistance group, the Fireflies").
  private func orgNounBefore(_ first: Int) -> String? {
    var index = first - 1
    if lower(index).equals("the") { index -= 1 }
    if isMark(index, ",") { index -= 1 }
    guard index >= 0, index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalised
    else { return nil }
    return patterns.orgNouns[tokens[index].lower, hash: tokens[index].hash]
  }

  /// "d’Or", "l’Amour": an elided particle joined to a capitalised word.
  private func isElidedName(_ start: Int, _ end: Int) -> Bool {
    guard end - start > 2, scalars[start] == "d" || scalars[start] == "l",
      scalars[start + 1] == "\u{2019}" || scalars[start + 1] == "'"
    else { return false }
    return scalars[start + 2].properties.isUppercase
  }

  /// "20th Century Fox": a number that begins a known organisation's name.
  /// Whether `scalar` is a digit or another numeral: ASCII checked inline, as nearly every
  /// token's first scalar is, and the Unicode properties read only for the rest.
  @inline(__always)
  static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.value &- 0x30 < 10 : hasNumericType(scalar)
  }

  @inline(never)
  private static func hasNumericType(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  /// Whether token `i`, a number (see ``isNumeral(_:)``), begins with the capitalised words
  /// after it a known organisation's name.
  private func startsOrgWithNumber(_ i: Int) -> Bool {
    var j = i + 1
    while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalised,
      tokens[j].start - tokens[j - 1].end <= 1
    {
      j += 1
    }
    return j > i + 1 && names.org(named: fold(i, j)) != nil
  }

  private func hasBreak(_ from: Int, _ to: Int) -> Bool {
    var k = from
    while k < to {
      if scalars[k] == "\n" || scalars[k] == "\r" { return true }
      k += 1
    }
    return false
  }

  static let orgPrepositions: KeyTable<Void> = ["on", "at", "by", "from", "to", "with", "for"]
  static let atOrIn: KeyTable<Void> = ["at", "in"]
  static let commonWordClasses: KeyTable<Void> = ["nationality", "religion", "other"]
  // Word lists of the rules below, built once: an array literal is allocated at every use.
  static let possessiveDeterminers: KeyTable<Void> = [
    "the", "his", "her", "their", "your", "my", "our",
  ]
  static let hyphenAdjectiveClasses: KeyTable<Void> = ["nationality", "language", "religion"]

  /// Appends the candidate for tokens `i..<j` after trimming to `found`, if any is left.
  private func appendCandidate(_ i: Int, _ j: Int, to found: inout [Mention]) {
    var first = i
    var honorific = false
    var cueJob: String?
    // The last fold, of `foldedFirst..<j`: the candidate's key when its end is not trimmed.
    var folded = ""
    var foldedFirst = -1
    while first < j {
      let key = fold(first, j)
      folded = key
      foldedFirst = first
      if isKnownWhole(key) { break }
      // "Sing Sing stars …": a known title of two or more words keeps its first word
      if first == i, j - i > 1, names.title(named: key) != nil { break }
      let t = tokens[first]
      if patterns.honorifics.contains(t), first + 1 < j {
        honorific = true
      } else if let job = patterns.jobNouns[token: t], first + 1 < j, !t.lower.equals("film") {
        cueJob = job
      } else if patterns.stopwords.contains(t) {
        // "Christmas Day", "Easter Sunday": a holiday's name, not a person's
        if names.wordClass(t.lower) == "holiday" { return }
        honorific = false
      } else if t.startsSentence, first + 1 < j, !isNameWord(t.lower),
        isKnownWhole(fold(first + 1, j))
      {
        // A capitalised sentence opener before a known name ("Watch Riz Ahmed").
      } else if t.startsSentence, first + 1 < j, t.lower.hasSuffix("ing"), !isNameWord(t.lower) {
        // "Playing Bella, Emma Stone …": a gerund opens the sentence
      } else {
        break
      }
      first += 1
    }
    guard first < j else { return }
    var last = j
    // Drop particles left dangling at the end.
    while last > first, patterns.particles.contains(tokenAt: last - 1, of: tokens) { last -= 1 }
    guard last > first else { return }
    let key = last == j && foldedFirst == first ? folded : fold(first, last)
    if last - first == 1 {
      let word = tokens[first].lower
      // One character: a token of ASCII scalars (nearly every one), lowercased to as many, has
      // one character per scalar but for "\r\n"; only other words need `count`, which reads
      // grapheme boundaries.
      var plain = true
      for k in tokens[first].start..<tokens[first].end
      where scalars[k].value >= 0x80 || scalars[k] == "\r" {
        plain = false
        break
      }
      let isOneCharacter =
        plain ? tokens[first].end - tokens[first].start == 1 : word.count == 1
      if isOneCharacter || word.equals("i") { return }
      // "the Emperor", "her father the King": a rank used instead of a name is a description
      if patterns.honorifics.contains(tokenAt: first, of: tokens), first > 0,
        Self.possessiveDeterminers.contains(tokenAt: first - 1, of: tokens)
      {
        return
      }
    }
    var m = Mention(
      first: first, last: last, start: tokens[first].start, end: tokens[last - 1].end,
      surface: scalarText(tokens[first].start..<tokens[last - 1].end), key: key)
    m.afterHonorific = honorific
    if let job = cueJob {
      m.job = job
      m.add(.crew, 2)
      // "Producers Kate Holm and Anders Vik": a list after the job word shares it
      m.leftCue = true
    }
    let prep = first > 0 ? tokens[first - 1].lower : ""
    let knownOrg = names.org(named: key)
    var orgOK = false
    var townOK = true
    if let knownOrg {
      orgOK = last - first > 1
      // "Who cares?", "Police detective Robert Young", "Bravo!": one word that is also a
      // common capitalised word names the organisation only with a cue before it.
      let commonWord = !orgOK && names.wordClass(key) != nil
      if !orgOK, !commonWord, !names.isGivenName(key) { orgOK = true }
      if !orgOK, Self.orgPrepositions.contains(prep) { orgOK = true }
      if !orgOK, names.wordClass(key) == "award" { orgOK = true }
      // "The Who", "the Police": a name with its article, written with it
      if !orgOK, prep == "the", knownOrg.name.hasPrefix("The ") { orgOK = true }
      townOK = knownOrg.kind != "festival" || Self.atOrIn.contains(prep)
      if !townOK, names.wordClass(key) != "place" { townOK = true }
    }
    if let org = knownOrg, orgOK, townOK {
      m.orgKind = org.kind
      m.orgName = org.name
      m.label = .org
    } else if let kind = orgNounBefore(first), !names.hasPerson(named: key) {
      // "the band Grizzly Bear", "the streamer Mubi"
      m.orgKind = kind
      m.label = .org
    } else if last - first > 1, Self.musicalForms.contains(tokenAt: last - 1, of: tokens) {
      // "Mahler’s Second Symphony", "the Emperor Concerto": a piece of music
      m.work = "other"
      m.label = .title
    } else if last - first > 1,
      let kind = patterns.orgSuffixes[tokens[last - 1].lower, hash: tokens[last - 1].hash],
      !names.hasPerson(named: key)
    {
      m.orgKind = kind
      m.label = .org
    } else {
      m.known = names.people(named: key)
      if !m.known.contains(where: \.credited), let full = names.creditedCharacter(named: key) {
        m.known = []
        m.characterName = full
        m.add(.character, 3)
      }
      if m.known.isEmpty, last - first > 1, let title = names.title(named: key),
        !looksLikePersonName(first, last)
      {
        m.work = title.work
        m.label = .title
      } else if m.known.isEmpty, last - first == 1, !tokens[first].startsSentence,
        standsAsATitle(first), isDistinctiveTitleWord(key), let title = names.title(named: key)
      {
        // "the leap Jenkins made with Moonlight", "For an hour, Challengers is …": a known
        // one-word title, capitalised inside a sentence, that is no common word or name
        m.work = title.work
        m.label = .title
      }
      if m.known.isEmpty, m.label == nil, m.characterName == nil,
        !names.people(withSurname: key).contains(where: \.credited)
      {
        m.isBlocked = looksBlocked(first, last, key: key)
      }
    }
    found.append(m)
  }

  /// Last words that make a capitalised run a piece of music.
  static let musicalForms: KeyTable<Void> = [
    "symphony", "concerto", "sonata", "requiem", "overture", "nocturne", "cantata", "oratorio",
  ]

  /// An unknown run that is a place ("Mexico City", "New Jersey", "in Toronto") or a common
  /// capitalised word on its own ("Elsewhere", "Korean").
  func looksBlocked(_ first: Int, _ last: Int, key: String) -> Bool {
    // "Hong Kong", "Sri Lanka": a place listed whole
    if last - first > 1, names.wordClass(key) == "place" { return true }
    if last - first == 1 {
      let word = tokens[first].lower
      if let hyphen = Self.firstHyphen(word),
        let hyphenClass = names.wordClass(String(word[..<hyphen])),
        Self.hyphenAdjectiveClasses.contains(hyphenClass)
      {
        // "Chilean-born", "Mexican-American": an adjective, not a name
        return true
      }
      guard let wordClass = names.wordClass(word) else { return false }
      // "Roman", "Christian": a given name as well as a common word
      if Self.commonWordClasses.contains(wordClass),
        names.isGivenName(tokens[first].lower)
      {
        return false
      }
      return wordClass != "honorific"
    }
    // "Park Yu-rim", "Lee Sun-kyun": a listed surname, then a hyphenated given name
    if last - first == 2, names.isSurname(tokens[first].lower),
      isHyphenatedGivenName(tokens[last - 1])
    {
      return false
    }
    if patterns.placePrefixes.contains(tokenAt: first, of: tokens)
      || patterns.placeSuffixes.contains(tokenAt: last - 1, of: tokens)
    {
      return true
    }
    for index in first..<last {
      switch names.wordClass(tokens[index].lower) {
      case "place", "language", "holiday": return true
      default: continue
      }
    }
    return false
  }

  /// The index of the first "-" character of `word`: its bytes are searched first, as most
  /// words have no hyphen, and an ASCII word's characters are its bytes.
  static func firstHyphen(_ word: String) -> String.Index? {
    guard let byte = word.utf8.firstIndex(of: 0x2D) else { return nil }
    return word.utf8.allSatisfy({ $0 < 0x80 }) ? byte : word.firstIndex(of: "-")
  }

  /// "Yu-rim", "Sun-kyun", "Yeo-jeong": two short syllables joined by a hyphen, the second in
  /// lower case, the shape of a romanised Korean given name.
  func isHyphenatedGivenName(_ t: TextToken) -> Bool {
    let parts = scalarText(t.start..<t.end).split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let second = parts[1].first else { return false }
    return parts[0].count <= 5 && parts[1].count <= 5 && second.isLowercase
      && parts.allSatisfy { $0.allSatisfy(\.isLetter) }
  }

  func fold(_ first: Int, _ last: Int) -> String {
    NameFolding.fold(scalars[tokens[first].start..<tokens[last - 1].end])
  }

  /// A one-word title that cannot be mistaken for something else: not a capitalised common word
  /// ("Up", "Her", "Christmas"), not a given name or surname ("Laura", "Carrie"), not a person
  /// the lexicon knows, and longer than four letters.
  func isDistinctiveTitleWord(_ key: String) -> Bool {
    key.utf8.count > 4 && names.wordClass(key) == nil && !names.isGivenName(key)
      && !names.isSurname(key) && names.people(withSurname: key).isEmpty
      && !names.hasPerson(named: key)
  }

  /// Whether the word at `index` stands where a title stands on its own: not after a
  /// determiner or an adjective ("a brooding Spider-Man", "his widely derided Joker") and not
  /// before a noun it modifies ("every Spider-Man story"), but before a verb of being or a
  /// punctuation mark ("Challengers is …", "made with Moonlight:").
  func standsAsATitle(_ index: Int) -> Bool {
    guard index + 1 < tokens.count, Self.afterAStandingTitle.contains(tokens[index + 1].lower)
    else { return false }
    guard index > 0 else { return true }
    let before = tokens[index - 1]
    return !before.isWord || Self.beforeAStandingTitle.contains(before.lower)
  }

  /// Words a title standing alone may be followed by.
  static let afterAStandingTitle: KeyTable<Void> = [
    ",", ".", ":", ";", ")", "!", "?", "is", "was", "has", "had", "feels", "remains", "opens",
  ]

  /// Lowercase words a title standing alone may follow: conjunctions and prepositions.
  static let beforeAStandingTitle: KeyTable<Void> = [
    "and", "but", "with", "than", "like", "made", "saw", "see", "watch", "watched",
    "after", "before", "since", "as", "unlike",
  ]

  func isKnownWhole(_ key: String) -> Bool {
    names.hasPerson(named: key) || names.org(named: key) != nil
  }

  func isNameWord(_ key: String) -> Bool {
    names.isGivenName(key) || names.isSurname(key) || !names.people(withSurname: key).isEmpty
  }

  func looksLikePersonName(_ first: Int, _ last: Int) -> Bool {
    guard last - first >= 2, last - first <= 4 else { return false }
    return names.isGivenName(tokens[first].lower) && names.isSurname(tokens[last - 1].lower)
  }

  /// Unquoted mentions of titles the review writes in quotes or italics elsewhere
  /// ("Parasite review: …", "Parasite is produced by …").
  mutating func findUnquotedTitles(covered: inout [Bool]) {
    guard !documentTitles.isEmpty else { return }
    var titleScalars: [(key: String, scalars: [Unicode.Scalar], work: String?)] = []
    for (key, surface) in documentTitles {
      let work =
        mentions.first(where: { $0.isQuotedTitle && $0.key == key })?.work ?? titleWorks[key]
      titleScalars.append((key, Array(surface.unicodeScalars), work))
    }
    titleScalars.sort { $0.scalars.count > $1.scalars.count }
    // Most titles differ from the text at their first scalar, compared alone first (an empty
    // title never ends on a token boundary, so never matches).
    let heads = titleScalars.map { $0.scalars.first }
    var i = 0
    while i < tokens.count {
      guard !covered[i], tokens[i].isCapitalised else {
        i += 1
        continue
      }
      var matched = false
      for t in titleScalars.indices {
        let start = tokens[i].start
        guard let head = heads[t], scalars[start] == head else { continue }
        let title = titleScalars[t]
        let end = start + title.scalars.count
        guard end <= scalars.count, scalars[start..<end].elementsEqual(title.scalars) else {
          continue
        }
        // Not part of a longer name ("Michael Morbius", "Colonia Roma").
        if i > 0, tokens[i - 1].isWord, tokens[i - 1].isCapitalised, !tokens[i].startsSentence,
          tokens[i - 1].end + 1 >= start
        {
          continue
        }
        // The match must end on a token boundary.
        var j = i
        while j < tokens.count, tokens[j].end < end { j += 1 }
        guard j < tokens.count, tokens[j].end == end, !(i...j).contains(where: { covered[$0] })
        else { continue }
        if let next = token(j + 1), next.isWord, next.isCapitalised, next.start <= end + 1,
          next.sentence == tokens[j].sentence
        {
          continue
        }
        var m = Mention(
          first: i, last: j + 1, start: start, end: end, surface: scalarText(start..<end),
          key: title.key)
        m.work = title.work ?? "film"
        m.label = .title
        mentions.append(m)
        for k in i...j { covered[k] = true }
        i = j + 1
        matched = true
        break
      }
      if !matched { i += 1 }
    }
  }
}
