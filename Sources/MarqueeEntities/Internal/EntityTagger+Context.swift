extension EntityTagger {
  static let playVerbs: KeyTable<Void> = [
    "plays", "played", "playing", "portrays", "embodies", "voices", "incarnates",
  ]
  static let agentJobNouns: KeyTable<Void> = [
    "director", "filmmaker", "film-maker", "writer", "screenwriter", "cinematographer", "dp",
    "dop", "composer", "editor", "producer", "designer", "co-writer", "cowriter",
    "writer-director", "animator", "choreographer", "co-director", "auteur",
  ]
  static let castNounsBefore: KeyTable<Void> = [
    "actor", "actress", "star", "co-star", "costar", "starring", "newcomer", "performer",
  ]
  static let personNounsBefore: KeyTable<Void> = [
    "novelist", "author", "critic", "poet", "playwright", "biographer", "historian",
    "philosopher", "journalist", "singer", "rapper", "musician", "writer",
  ]
  // Word lists of the rules below, built once (an array literal would be built at every use).
  static let articleWords: KeyTable<Void> = ["a", "an", "the"]
  static let theOrA: KeyTable<Void> = ["the", "a"]
  static let playParticles: KeyTable<Void> = ["out", "up", "down", "along", "with", "off"]
  static let possessiveWords: KeyTable<Void> = ["his", "her", "their"]
  static let copulas: KeyTable<Void> = ["is", "was"]
  static let verbAdverbs: KeyTable<Void> = ["also", "himself", "herself", "then"]
  static let plotAdverbs: KeyTable<Void> = [
    "also", "then", "finally", "eventually", "soon", "still",
  ]
  static let praiseAdverbs: KeyTable<Void> = [
    "simply", "quite", "truly", "utterly", "just", "never", "so",
  ]
  static let titleOpeners: KeyTable<Void> = ["\u{201C}", "\"", "*", "_", "\u{2018}"]
  static let filmWorks: KeyTable<Void> = ["film", "series", "episode"]
  static let descriptionWords: KeyTable<Void> = ["the", "a", "an", "his", "her", "their"]

  /// The lowercase text of token `index`, or "" outside the text: read in place, as copying the
  /// token would retain its text as well.
  func lower(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].lower : ""
  }

  func isActor(_ m: Mention) -> Bool {
    m.known.contains { $0.roles.first == "actor" } || (m.evidence[.cast] ?? 0) >= 2
  }

  func isFilmPerson(_ m: Mention) -> Bool {
    m.known.contains { !$0.roles.isEmpty }
  }

  /// Could this mention be a character's name in a plays pattern?
  func canBeCharacter(_ m: Mention) -> Bool {
    guard m.orgKind == nil, !m.isQuotedTitle else { return false }
    if m.label == .title && m.tokenCount > 1 { return false }
    return !m.known.contains { $0.roles.first == "actor" }
  }

  /// Reads the cues around every candidate: plays patterns, job words, possessives.
  mutating func readContext() {
    for k in mentions.indices {
      let m = mentions[k]
      if m.isQuotedTitle || m.orgKind != nil { continue }
      let after = m.last
      let before = m.first - 1
      // Ruben (Riz Ahmed) / Riz Ahmed (Ruben)
      if lower(after) == "(", let k2 = mention(startingAt: after + 1),
        lower(mentions[k2].last) == ")", isPersonLike(mentions[k2]) || mentions[k2].label == .title
      {
        let reversed = isActor(m) && !isActor(mentions[k2]) && canBeCharacter(mentions[k2])
        if reversed {
          pair(cast: k, character: k2)
        } else if canBeCharacter(m) {
          pair(cast: k2, character: k)
        }
      }
      // Ruben (a devastating Riz Ahmed): a few lower-case words before the performer
      if lower(after) == "(", Self.articleWords.contains(lower(after + 1)) {
        var probe = after + 2
        while probe < after + 5, let t = token(probe), t.isWord, !t.isCapitalised { probe += 1 }
        if let k2 = mention(startingAt: probe), lower(mentions[k2].last) == ")",
          isPersonLike(mentions[k2]), mentions[k2].label != .title, canBeCharacter(m),
          !isActor(m) || isActor(mentions[k2])
        {
          pair(cast: k2, character: k)
        }
      }
      // Olivia Cooke plays Lou
      if Self.playVerbs.contains(lower(after)) {
        // "Youn Yuh-jung plays her as …": whoever plays is a performer, whatever follows.
        if lower(after) != "playing",
          !Self.playParticles.contains(lower(after + 1))
        {
          mentions[k].add(.cast, 1)
        }
        var next = after + 1
        if Self.theOrA.contains(lower(next)) { next += 1 }
        if let k2 = mention(startingAt: next), canBeCharacter(mentions[k2]) {
          pair(cast: k, character: k2)
        }
      }
      // Moon-gwang, played by Lee Jung-eun / The Spot, voiced by Jason Schwartzman
      if lower(before) == "by" {
        readBy(k, byIndex: before)
      }
      // Possessives: Hong's camera, Marder's film, Zendaya's Chani, Bong Joon-ho's "Parasite"
      if token(after)?.isPossessive == true {
        readPossessive(k, after: after + 1)
      }
      // cinematographer Hong Kyung-pyo, production designer Lee Ha-jun, actor X
      if before >= 0, tokens[before].isWord, !tokens[before].isCapitalised {
        let word = tokens[before].lower
        if Self.agentJobNouns.contains(word), let job = patterns.jobNouns[word] {
          let finalJob =
            word == "designer" && lower(before - 1) == "costume"
            ? "costume-designer" : job
          mentions[k].add(.crew, 2)
          mentions[k].job = finalJob
          mentions[k].leftCue = true
        } else if Self.castNounsBefore.contains(word) {
          mentions[k].add(.cast, 2)
          mentions[k].leftCue = true
        } else if Self.personNounsBefore.contains(word) {
          mentions[k].add(.person, 2)
        } else if word == "with" {
          readCollaborator(k, withIndex: before)
        } else if patterns.characterCues.contains(word) {
          mentions[k].add(.character, 2)
        } else if patterns.roleNouns.contains(word), !isFilmPerson(m), !isActor(m) {
          // "the drummer Ruben", "her mother Eleanor": a part in the story, then the name
          mentions[k].add(isDocumentary ? .person : .character, 2)
        } else if Self.possessiveWords.contains(word), m.tokenCount == 1 {
          // "His Ki-taek is lazy": an actor's character
          mentions[k].add(.character, 2)
        } else if word == "to", lower(before - 1) == "credited" {
          readBy(k, byIndex: before - 1)
        }
      }
      // "his wife, Hedwig", "the childhood friend, Milo": a part in the story, then the name
      if lower(before) == ",", let t = token(before - 1), t.isWord, !t.isCapitalised,
        patterns.roleNouns.contains(t.lower), !isFilmPerson(m)
      {
        // In a documentary, "her father, Mitch" is a real person.
        mentions[k].add(isDocumentary ? .person : .character, 2)
      }
      // "The director is Chris Columbus", "the cinematographer was Hoyte van Hoytema"
      if Self.copulas.contains(lower(before)), let job = patterns.jobNouns[lower(before - 1)],
        Self.agentJobNouns.contains(lower(before - 1))
      {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
      }
      // "Haku, a boy who …": an apposition after a lone unknown word
      if m.tokenCount == 1, m.known.isEmpty, lower(after) == ",",
        Self.articleWords.contains(lower(after + 1)), token(after + 2)?.isCapitalised == false
      {
        mentions[k].add(.character, 1)
      }
      readPlotOrPerformance(k)
      // Marder directs, Bong wrote the script, Cuarón also cut the film
      let verbIndex =
        Self.verbAdverbs.contains(lower(after)) ? after + 1 : after
      if let job = patterns.jobVerbs[lower(verbIndex)] {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
      }
      // X, who directed …
      if lower(after) == ",", lower(after + 1) == "who",
        let job = patterns.jobVerbs[lower(after + 2)]
      {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
      }
    }
    readAsPatterns()
    shareListCues()
  }

  /// A name followed by a verb of plot summary is a character ("Tolliver flees the town"); one
  /// followed by a verb of performing or by praise is a performer ("Oakhurst gives", "Oakhurst
  /// is magnificent"). Weak evidence, for names the lexicon does not know.
  private mutating func readPlotOrPerformance(_ k: Int) {
    let m = mentions[k]
    guard !isFilmPerson(m), !m.known.contains(where: \.isOther) else { return }
    let after = m.last
    var verb = after
    if Self.plotAdverbs.contains(lower(verb)) {
      verb += 1
    }
    let word = lower(verb)
    if patterns.plotVerbs.contains(word) {
      mentions[k].add(isDocumentary ? .person : .character, 1)
    } else if patterns.performanceVerbs.contains(word) {
      mentions[k].add(.cast, 1)
    } else if Self.copulas.contains(word) {
      var praise = verb + 1
      if Self.praiseAdverbs.contains(lower(praise)) {
        praise += 1
      }
      if patterns.praiseWords.contains(lower(praise)) { mentions[k].add(.cast, 1) }
    }
  }

  static let notVerbs: KeyTable<Void> = [
    "always", "perhaps", "sometimes", "nevertheless", "towards", "afterwards", "across", "unless",
    "whereas", "less", "plus", "thus", "this", "its", "his", "hers", "yours", "ours", "theirs",
    "was", "as", "has", "is", "does", "besides", "indoors", "outdoors", "downstairs", "upstairs",
  ]

  /// A lower-case word that reads as a verb in the third person present ("refuses", "kidnaps").
  func isPresentVerb(_ t: TextToken) -> Bool {
    guard t.isWord, !t.isCapitalised, t.lower.count > 3, t.lower.hasSuffix("s"),
      !t.lower.hasSuffix("ss"), !t.lower.hasSuffix("ous"), !t.lower.hasSuffix("'s"),
      !Self.notVerbs.contains(t.lower), !Self.playVerbs.contains(t.lower),
      patterns.jobVerbs[t.lower] == nil
    else { return false }
    return true
  }

  /// "The cinematography, by Chin, Clair Popkin and Mikey Schaefer": names joined by commas
  /// and "and" after a cue share it.
  private mutating func shareListCues() {
    guard mentions.count > 1 else { return }
    for k in 0..<(mentions.count - 1) where mentions[k].leftCue {
      let next = k + 1
      let gap = mentions[k].last..<mentions[next].first
      guard !gap.isEmpty, gap.count <= 2, mentions[next].evidence.isEmpty,
        isPersonLike(mentions[next]), mentions[next].label != .title,
        gap.allSatisfy({ tokens[$0].lower == "," || tokens[$0].lower == "and" })
      else { continue }
      mentions[next].evidence = mentions[k].evidence
      mentions[next].job = mentions[k].job
      mentions[next].leftCue = true
    }
  }

  mutating func pair(cast: Int, character: Int) {
    mentions[cast].add(.cast, 3)
    mentions[character].add(.character, 3)
    if mentions[character].label == .title && mentions[character].tokenCount == 1 {
      mentions[character].label = nil
      mentions[character].work = nil
    }
    if !plays.contains(where: { $0.cast == cast && $0.character == character }) {
      plays.append((cast, character))
    }
  }

  private mutating func readBy(_ k: Int, byIndex: Int) {
    var index = byIndex - 1
    var steps = 0
    while index >= 0, steps < 4 {
      let word = tokens[index].lower
      if let job = patterns.byVerbs[word] {
        if job == "cast" {
          mentions[k].add(.cast, 3)
          // The character is the name just before: "Moon-gwang, played by …"
          var j = index - 1
          if lower(j) == "," { j -= 1 }
          if let k2 = mention(endingBefore: j + 1), canBeCharacter(mentions[k2]) {
            pair(cast: k, character: k2)
          }
        } else {
          mentions[k].add(.crew, 2)
          mentions[k].job = job
        }
        mentions[k].leftCue = true
        return
      }
      if let job = patterns.jobNouns[word], job != "director" || word == "direction" {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
        mentions[k].leftCue = true
        return
      }
      if word == "." || word == ";" || word == "(" { return }
      index -= 1
      steps += 1
    }
  }

  private mutating func readPossessive(_ k: Int, after start: Int) {
    var after = start
    while let t = token(after), !t.isWord,
      Self.titleOpeners.contains(t.text)
    {
      after += 1
    }
    if let k2 = mention(startingAt: after) {
      let m2 = mentions[k2]
      if m2.isQuotedTitle || (m2.label == .title && m2.tokenCount > 1) {
        // "Shakespeare’s “King Lear”", "Amis’s *The Zone of Interest*" (a novel): the author
        // of a source or another work, not a film-maker
        let filmWork = Self.filmWorks.contains(m2.work ?? "film")
        if (!filmWork || mentions[k].known.contains(where: \.isOther))
          && !isFilmPerson(mentions[k])
        {
          mentions[k].add(.person, 2)
          return
        }
        mentions[k].add(.crew, 2)
        if mentions[k].job == nil { mentions[k].job = "director" }
        return
      }
      if canBeCharacter(m2), isActor(mentions[k]) {
        pair(cast: k, character: k2)
        return
      }
      possessivePairs.append((k, k2))
      return
    }
    // Skip up to two adjectives or a year: "Marder's sure-footed film", "Amis's 2014 novel"
    var index = after
    var steps = 0
    while index < tokens.count, steps < 3 {
      let t = tokens[index]
      guard t.isWord || t.lower.first?.isNumber == true else { return }
      if t.isCapitalised && t.isWord { return }
      if patterns.personNouns.contains(t.lower) {
        mentions[k].add(.person, 2)
        return
      }
      if let job = patterns.jobNouns[t.lower] {
        let finalJob =
          t.lower == "designer" && lower(index - 1) == "costume" ? "costume-designer" : job
        mentions[k].add(.crew, job == "director" ? 1 : 2)
        if mentions[k].job == nil || job != "director" { mentions[k].job = finalJob }
        return
      }
      if patterns.castNouns.contains(t.lower) {
        mentions[k].add(.cast, 2)
        return
      }
      // "Ruben's arc", "Lou's mother": a life inside the story belongs to a character
      if patterns.storyNouns.contains(t.lower), !isDocumentary, !isFilmPerson(mentions[k]) {
        mentions[k].add(.character, 2)
        return
      }
      index += 1
      steps += 1
    }
  }

  /// "Bong wrote the script with Han Jin-won": the collaborator shares the job.
  private mutating func readCollaborator(_ k: Int, withIndex: Int) {
    var index = withIndex - 1
    var steps = 0
    while index >= 0, steps < 4 {
      let word = tokens[index].lower
      if let job = patterns.jobVerbs[word] ?? (steps > 0 ? patterns.jobNouns[word] : nil),
        job != "director"
      {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
        mentions[k].leftCue = true
        return
      }
      if !tokens[index].isWord { return }
      index -= 1
      steps += 1
    }
  }

  /// "Riz Ahmed as Ruben", "Patton, as Paul,", "best known as Glenn in", "as both Adelaide and
  /// her double, Red".
  private mutating func readAsPatterns() {
    for a in tokens.indices where tokens[a].lower == "as" {
      if lower(a - 1) == "such" || lower(a - 1) == "as" || lower(a + 1) == "well" { continue }
      var next = a + 1
      var both = false
      if lower(next) == "both" {
        both = true
        next += 1
      }
      if Self.descriptionWords.contains(lower(next)) {
        // "as the producer Jake": a short description before the name
        var probe = next + 1
        while probe < next + 4, let t = token(probe), t.isWord, !t.isCapitalised { probe += 1 }
        next = mention(startingAt: probe) != nil ? probe : next + 1
      }
      guard let k2 = mention(startingAt: next), canBeCharacter(mentions[k2]) else { continue }
      guard !mentions[k2].known.contains(where: { $0.roles.first == "actor" }) else { continue }
      // The actor: the nearest name before "as" in the same sentence, across a few words.
      var index = a - 1
      var steps = 0
      var actor: Int?
      while index >= 0, steps < 6, tokens[index].sentence == tokens[a].sentence {
        if let k = mention(endingBefore: index + 1) {
          if isPersonLike(mentions[k]) && mentions[k].label != .title && !mentions[k].isBlocked {
            actor = k
          }
          break
        }
        let t = tokens[index]
        if !(t.isWord && !t.isCapitalised) && t.lower != "," { break }
        if t.lower == "as" { break }
        index -= 1
        steps += 1
      }
      guard let k = actor, !(mentions[k].evidence[.character] ?? 0 >= 3) else { continue }
      if mentions[k].known.contains(where: { $0.isOther }) && !isActor(mentions[k]) { continue }
      pair(cast: k, character: k2)
      // "as both Adelaide and her double, Red"
      var j = mentions[k2].last
      if lower(j) == "and" || both {
        var steps2 = 0
        while j < tokens.count, steps2 < 6 {
          if let k3 = mention(startingAt: j), canBeCharacter(mentions[k3]), k3 != k2 {
            pair(cast: k, character: k3)
            break
          }
          if tokens[j].lower == "." || tokens[j].lower == ";" || tokens[j].lower == "(" { break }
          j += 1
          steps2 += 1
        }
      }
    }
  }
}
