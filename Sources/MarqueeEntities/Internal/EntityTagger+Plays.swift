/// Patterns that read descriptions, lists and appositions around names: who plays whom
/// ("X and Y play A and B", "as his daughter, Sarah", "Halvard, a fisherman played by X"), and
/// the job or role an apposition gives ("X, the DP,", "Lukas Matsson, the tech billionaire").
extension EntityTagger {
  // Word lists of the rules below, built once: an array literal is allocated at every use.
  static let nameListStops: KeyTable<Void> = [",", ".", ";", ")", "and", "\u{2014}"]
  static let familyPlurals: KeyTable<Void> = ["parents", "children", "sons", "daughters"]
  static let relativeOrBy: KeyTable<Void> = ["who", "which", "that", "by"]
  static let roleDescriptionOpeners: KeyTable<Void> = [
    "a", "an", "the", "his", "her", "their", "its",
  ]
  static let placeBeforeWords: KeyTable<Void> = ["in", "at", "from", "of", "into"]
  static let takeRoleVerbs: KeyTable<Void> = [
    "takes", "took", "taking", "plays", "played", "gets", "got", "inherits", "assumes",
  ]
  static let roleWords: KeyTable<Void> = ["role", "part"]
  static let playAdverbs: KeyTable<Void> = [
    "also", "respectively", "once", "famously", "previously",
  ]
  static let makesOrMade: KeyTable<Void> = ["makes", "made"]
  static let copulasAndMakes: KeyTable<Void> = ["is", "was", "makes", "made"]
  static let clauseContinuers: KeyTable<Void> = ["who", "and", "with", "whose", "for", "in"]
  static let wroteVerbs: KeyTable<Void> = [
    "wrote", "writes", "co-wrote", "co-writes", "cowrote", "cowrites",
  ]
  static let musicObjects: KeyTable<Void> = ["score", "music", "songs", "soundtrack"]
  static let isMakesGives: KeyTable<Void> = ["is", "makes", "gives"]
  static let listStops: KeyTable<Void> = [",", ".", ";", "\u{2014}", "and"]
  static let playedVerbs: KeyTable<Void> = ["played", "voiced", "portrayed"]
  static let screenWorks: KeyTable<Void> = ["film", "movie", "series", "show"]
  static let roleDeterminers: KeyTable<Void> = ["the", "its", "his", "her", "their", "a"]
  /// Lower-case words that end a short description before a name: "plays opposite Y",
  /// "plays a cop who …", "as the man in …".
  static let descriptionStops: KeyTable<Void> = [
    "who", "whom", "whose", "which", "that", "with", "in", "on", "at", "of", "for", "from", "to",
    "by", "and", "or", "but", "is", "was", "are", "were", "has", "had", "opposite", "alongside",
    "against", "into", "than", "it", "him", "them", "herself", "himself", "themselves",
    "role", "part", "version", "title",
  ]

  /// The name a short description leads to, starting at token `start`: "Joel’s brother
  /// Tommy", "his daughter, Sarah", "a vengeful rebel leader named Kathleen", "the rock singer
  /// Viktor Tsoi", "Princess Irulan", "cousin Greg". Nil when something else comes first.
  func describedName(from start: Int, maxWords: Int = 5) -> Int? {
    var i = start
    var words = 0
    var afterRoleNoun = false
    while let t = token(i), words <= maxWords {
      if let k2 = mention(startingAt: i) {
        // "Joel’s brother Tommy", "Holappa’s melancholy friend Huotari": a possessive name and
        // a role noun describe the next name
        let owner = mentions[k2]
        if isPossessive(at: owner.last) {
          var noun = owner.last + 1
          while noun < owner.last + 3, let w = token(noun), w.isWord, !w.isCapitalised,
            !isRoleNoun(w.lower), !Self.descriptionStops.contains(w)
          {
            noun += 1
          }
          if isRoleNoun(lower(noun)) {
            i = noun
            words += 1
            continue
          }
        }
        // "the West Virginia farmer Wilbur Tennant": a name used as a modifier
        if !isPossessive(at: owner.last), isModifier(after: owner.last),
          ((owner.last + 1)...(owner.last + 3)).contains(where: { mention(startingAt: $0) != nil })
        {
          i = owner.last
          words += 1
          continue
        }
        return k2
      }
      // "the robot, Roz,": a determiner and a noun, then the name after a comma
      let describes = afterRoleNoun || (words >= 2 && token(i - 1)?.isCapitalised == false)
      guard t.isWord || (t.lower.equals(",") && describes) else { return nil }
      if t.lower.equals(",") {
        // "his daughter, Sarah": the comma closes the description; after a noun that is not a
        // role, the name must stand alone ("the robot, Roz,", not "as a result, Smith is")
        guard let k2 = mention(startingAt: i + 1) else { return nil }
        if !afterRoleNoun,
          !Self.nameListStops.contains(tokenAt: mentions[k2].last, of: tokens)
        {
          return nil
        }
        i += 1
        continue
      }
      if t.isCapitalised {
        // "Princess Irulan", "General Groves": a rank the candidate left outside
        guard patterns.honorifics.contains(t) else { return nil }
      } else if Self.descriptionStops.contains(t) {
        return nil
      }
      afterRoleNoun = isRoleNoun(t.lower)
      i += 1
      words += 1
    }
    return nil
  }

  /// A part in a story, singular or plural: "daughter", "parents".
  func isRoleNoun(_ word: String) -> Bool {
    if patterns.roleNouns.contains(word) { return true }
    if word.hasSuffix("s"), patterns.roleNouns.contains(String(word.dropLast())) { return true }
    return Self.familyPlurals.contains(word)
  }

  /// The mentions joined to mention `k` by commas and "and", going backwards (`forward` false)
  /// or forwards, `k` included, in text order: "X, Y and Z".
  func coordinatedList(from k: Int, forward: Bool) -> [Int] {
    var list = [k]
    var current = k
    while list.count < 8 {
      let next = forward ? current + 1 : current - 1
      guard next >= 0, next < mentions.count else { break }
      let (a, b) = forward ? (current, next) : (next, current)
      let gap = mentions[a].last..<mentions[b].first
      guard !gap.isEmpty, gap.count <= 2, isPersonLike(mentions[next]),
        mentions[next].label != .title,
        gap.allSatisfy({ tokens[$0].lower.equals(",") || tokens[$0].lower.equals("and") })
      else { break }
      // "and" stands before the last name of a list only
      let isAnd = gap.contains(where: { tokens[$0].lower.equals("and") })
      if isAnd && !forward && list.count > 1 { break }
      list.append(next)
      current = next
      if isAnd && forward { break }
    }
    return forward ? list : list.reversed()
  }

  /// Pairs performer `k` with character `k2`, or, when both stand in lists of the same length
  /// ("X and Y play A and B", "X, Y and Z as A, B and C, respectively"), each performer with
  /// the character in the same place.
  mutating func pairLists(cast k: Int, character k2: Int) {
    let actors = coordinatedList(from: k, forward: false)
    if actors.count > 1 {
      let roles = coordinatedList(from: k2, forward: true)
      // Every name keeps to its side: no role that performs, no performer already a role.
      if roles.count == actors.count, Set(actors).isDisjoint(with: roles),
        roles.allSatisfy({
          canBeCharacter(mentions[$0]) && !mentions[$0].isBlocked
            && (mentions[$0].evidence[.cast] ?? 0) < 2
        }),
        actors.allSatisfy({ (mentions[$0].evidence[.character] ?? 0) < 3 })
      {
        for (a, r) in zip(actors, roles) { pair(cast: a, character: r) }
        return
      }
    }
    pair(cast: k, character: k2)
  }

  /// "Jay and Gail, are played by Jason Isaacs and Martha Plimpton": the characters before and
  /// the performers after, paired in order when the lists match; else the one pair.
  mutating func pairListsBackward(character k2: Int, cast k: Int) {
    let roles = coordinatedList(from: k2, forward: false)
    if roles.count > 1 {
      let actors = coordinatedList(from: k, forward: true)
      if actors.count == roles.count, Set(actors).isDisjoint(with: roles) {
        for (a, r) in zip(actors, roles) { pair(cast: a, character: r) }
        return
      }
    }
    pair(cast: k, character: k2)
  }

  static let characterBeforeSkippable: KeyTable<Void> = [
    "is", "was", "are", "were", "now", "later", "then", "also", "and", "being", "here", "once",
    "first", "finally", "eventually", "again", "both",
  ]

  /// The character a "played by" or "voiced by" at token `verb` refers back to: the name just
  /// before ("Moon-gwang, played by", "Hae Sung, now played by", "Na Young and is played
  /// by"), or the name an apposition describes ("Misaki Watari, a taciturn young woman played
  /// by", "Rudolf Höss, commandant of Auschwitz, played by").
  func characterBefore(verb: Int) -> Int? {
    var j = verb - 1
    // "Pip (voiced by Tom Holland)"
    if isMark(j, "(") { j -= 1 }
    var steps = 0
    let skippable = Self.characterBeforeSkippable
    while steps < 3, skippable.contains(tokenAt: j, of: tokens) {
      j -= 1
      steps += 1
    }
    if isMark(j, ",") { j -= 1 }
    if let k2 = mention(endingBefore: j + 1) {
      if usableCharacter(k2) { return k2 }
    }
    // An apposition: ", a/the … [of Place]," back to the name before it.
    var index = verb - 1
    steps = 0
    let sentence = token(verb)?.sentence ?? -1
    while index >= 0, steps < 12, tokens[index].sentence == sentence {
      if let k2 = mention(endingBefore: index + 1) {
        let m2 = mentions[k2]
        if isMark(m2.last, ","), m2.last < verb, usableCharacter(k2),
          opensApposition(m2.last + 1)
        {
          return k2
        }
        // A possessive owner inside the description ("Elvis’s doting mother")
        if isPossessive(at: m2.last) {
          index = m2.first - 1
          steps += m2.tokenCount + 1
          continue
        }
        // A place or an organisation inside the description ("commandant of Auschwitz")
        guard m2.isBlocked || m2.orgKind != nil || lower(m2.first - 1).equals("of") else {
          return nil
        }
        index = m2.first - 1
        steps += m2.tokenCount
        continue
      }
      let t = tokens[index]
      guard
        (t.isWord && !t.isCapitalised && !Self.relativeOrBy.contains(t))
          || t.lower.equals(",") || t.isPossessive
      else { return nil }
      index -= 1
      steps += 1
    }
    return nil
  }

  /// Does the token at `index` begin a description ("a taciturn young woman", "commandant
  /// of", "the tribal leader")?
  private func opensApposition(_ index: Int) -> Bool {
    let word = lower(index)
    if let owner = mention(startingAt: index), isPossessive(at: mentions[owner].last) {
      return true
    }
    return Self.roleDescriptionOpeners.contains(word) || isRoleNoun(word)
  }

  /// A mention that may be a character in a plays pattern and is not a place.
  func usableCharacter(_ k: Int) -> Bool {
    let m = mentions[k]
    guard canBeCharacter(m), !m.isBlocked else { return false }
    return !Self.placeBeforeWords.contains(tokenAt: m.first - 1, of: tokens)
  }

  static let playingVerbs: KeyTable<Void> = ["playing", "voicing", "portraying"]

  /// "Emma Stone, playing Bella, is …": a participle in an apposition; "Playing Bella, Emma
  /// Stone is …": the same put first.
  mutating func readPlayingApposition(_ k: Int) {
    // Fields read in place: a copy of the mention would retain all its strings.
    let first = mentions[k].first
    let last = mentions[k].last
    guard isPersonLike(mentions[k]), mentions[k].label != .title else { return }
    let verbs = Self.playingVerbs
    if isMark(last, ","), verbs.contains(tokenAt: last + 1, of: tokens),
      let k2 = describedName(from: last + 2, maxWords: 3), usableCharacter(k2),
      !isFilmPerson(mentions[k2])
    {
      pair(cast: k, character: k2)
      return
    }
    // fronted: the mention is the role, "Playing" opens the sentence
    if verbs.contains(tokenAt: first - 1, of: tokens), token(first - 1)?.startsSentence == true,
      isMark(last, ","), let k3 = mention(startingAt: last + 1),
      isPersonLike(mentions[k3]), mentions[k3].label != .title, canBeCharacter(mentions[k])
    {
      pair(cast: k3, character: k)
    }
  }

  /// "Anna Sawai takes the role of Mariko", "Sawai, in the role of Mariko": the role's name.
  mutating func readRoleOf(_ k: Int) {
    var index = mentions[k].last
    if Self.takeRoleVerbs.contains(tokenAt: index, of: tokens) {
      index += 1
    } else if isMark(index, ","), lower(index + 1).equals("in") {
      index += 2
    } else if !lower(index).equals("in") {
      return
    } else {
      index += 1
    }
    guard Self.theOrA.contains(tokenAt: index, of: tokens) else { return }
    var probe = index + 1
    // "the title role of", "the thankless role of"
    while probe < index + 3, let t = token(probe), t.isWord, !t.isCapitalised,
      !t.lower.equals("role"),
      !t.lower.equals("part")
    {
      probe += 1
    }
    guard Self.roleWords.contains(tokenAt: probe, of: tokens), lower(probe + 1).equals("of"),
      let k2 = mention(startingAt: probe + 2), canBeCharacter(mentions[k2]),
      !mentions[k2].isBlocked, !isFilmPerson(mentions[k2]),
      isPersonLike(mentions[k]), mentions[k].label != .title
    else { return }
    pair(cast: k, character: k2)
  }

  /// "In the role of Duncan, Mark Ruffalo is a hoot": the performer after a fronted role.
  mutating func readFrontedRoleOf(_ k: Int) {
    // Fields read in place: a copy of the mention would retain all its strings.
    let first = mentions[k].first
    let last = mentions[k].last
    guard lower(first - 1).equals("of"), Self.roleWords.contains(tokenAt: first - 2, of: tokens),
      isMark(last, ","), let k3 = mention(startingAt: last + 1),
      isPersonLike(mentions[k3]), mentions[k3].label != .title, canBeCharacter(mentions[k]),
      !mentions[k].isBlocked
    else { return }
    // "In the role of" opens the sentence
    var index = first - 3
    while index > first - 7, let t = token(index), t.isWord, !t.isCapitalised { index -= 1 }
    guard token(index)?.startsSentence == true, lower(index).equals("in") else { return }
    pair(cast: k3, character: k)
  }

  static let relativePlayVerbs: KeyTable<Void> = [
    "plays", "played", "voices", "voiced", "portrays", "portrayed", "embodies", "embodied",
  ]

  /// "X, who played Max", "Keays-Byrne, who played the villainous Toecutter", "Troy Baker and
  /// Ashley Johnson, who respectively voiced Joel and Ellie", "Alan Ruck, whose Connor".
  mutating func readRelativePlays(_ k: Int) {
    let after = mentions[k].last
    guard isMark(after, ","), isPersonLike(mentions[k]), mentions[k].label != .title else {
      return
    }
    if lower(after + 1).equals("whose"), let k2 = mention(startingAt: after + 2),
      usableCharacter(k2), !isFilmPerson(mentions[k2]),
      isActor(mentions[k]) || (mentions[k].known.isEmpty && mentions[k].tokenCount > 1)
    {
      pair(cast: k, character: k2)
      return
    }
    guard lower(after + 1).equals("who") else { return }
    var verb = after + 2
    if Self.playAdverbs.contains(tokenAt: verb, of: tokens) {
      verb += 1
    }
    let verbs = Self.relativePlayVerbs
    guard verbs.contains(tokenAt: verb, of: tokens) else { return }
    mentions[k].add(.cast, 2)
    if let k2 = describedName(from: verb + 1), usableCharacter(k2) {
      pairLists(cast: k, character: k2)
    }
  }

  /// "Hobie Brown, the Spider-Punk, whom Daniel Kaluuya voices,", "Tessa, whom Olivia Colman
  /// plays with relish,": the performer named inside an object relative clause plays the
  /// name before it (the first of a name and its apposition).
  mutating func readWhomPlays(_ k: Int) {
    let first = mentions[k].first
    guard first >= 2, lower(first - 1).equals("whom"), isMark(first - 2, ","),
      Self.playVerbs.contains(tokenAt: mentions[k].last, of: tokens),
      isPersonLike(mentions[k]), mentions[k].label != .title,
      var character = mention(endingBefore: first - 2), character != k
    else { return }
    // "Hobie Brown, the Spider-Punk, whom": the name, not its apposition
    let start = mentions[character].first
    if start >= 3, isMark(start - 2, ","),
      Self.articleWords.contains(tokenAt: start - 1, of: tokens),
      let named = mention(endingBefore: start - 2),
      tokens[mentions[named].first].sentence
        == tokens[first].sentence
    {
      character = named
    }
    // (the clause says what the name is, so a word before it such as "of" does not matter)
    guard tokens[mentions[character].first].sentence == tokens[first].sentence,
      canBeCharacter(mentions[character]), !mentions[character].isBlocked,
      !isFilmPerson(mentions[character])
    else { return }
    mentions[k].add(.cast, 2)
    pair(cast: k, character: character)
  }

  static let actorAppositionNouns: KeyTable<Void> = [
    "star", "actor", "actress", "performer", "comedian", "newcomer", "veteran", "co-star",
  ]

  /// "Bunta Sugawara, a star of 1970s yakuza pictures,", "Jane Roe, the Oscar-winning actress":
  /// an apposition that calls the name a performer.
  mutating func readActorApposition(_ k: Int) {
    // Fields read in place: a copy of the mention would retain all its strings.
    let last = mentions[k].last
    guard isMark(last, ","), Self.articleWords.contains(tokenAt: last + 1, of: tokens),
      isPersonLike(mentions[k]), mentions[k].label != .title
    else { return }
    let nouns = Self.actorAppositionNouns
    for index in (last + 2)..<(last + 5) {
      guard let t = token(index), t.isWord else { return }
      if nouns.contains(t) {
        mentions[k].add(.cast, 2)
        return
      }
    }
  }

  /// "Bunta Sugawara … is a wonderfully gruff Kamaji", "Benny Safdie makes a sly, sulking
  /// Edward Teller": a performer becomes a character named as a noun after "a".
  mutating func readMakesA(_ k: Int) {
    let m = mentions[k]
    // A full name nothing else explains may make a role too ("Kelvin Harrison Jr. makes a
    // brief, electric B.B. King").
    let unexplained = m.known.isEmpty && m.tokenCount > 1 && m.evidence.isEmpty
    guard isActor(m) || (unexplained && Self.makesOrMade.contains(tokenAt: m.last, of: tokens))
    else { return }
    var verb = m.last
    // skip an apposition: "Bunta Sugawara, a star of 1970s yakuza pictures, is …"
    if isMark(verb, ",") {
      var probe = verb + 1
      while probe < verb + 10, let t = token(probe), !t.lower.equals(","), !t.lower.equals(".") {
        probe += 1
      }
      guard isMark(probe, ",") else { return }
      verb = probe + 1
    }
    guard Self.copulasAndMakes.contains(tokenAt: verb, of: tokens),
      Self.indefiniteArticles.contains(tokenAt: verb + 1, of: tokens)
    else { return }
    var probe = verb + 2
    while probe < verb + 7, let t = token(probe), mention(startingAt: probe) == nil,
      (t.isWord && !t.isCapitalised && !Self.descriptionStops.contains(t))
        || t.lower.equals(",")
    {
      probe += 1
    }
    guard let k2 = mention(startingAt: probe), usableCharacter(k2), !isFilmPerson(mentions[k2])
    else { return }
    // The name is the head of the phrase: nothing lower-case follows it ("a Hollywood veteran").
    if let next = token(mentions[k2].last), next.isWord, !next.isCapitalised,
      !Self.clauseContinuers.contains(next)
    {
      return
    }
    pair(cast: k, character: k2)
  }

  /// Objects of "wrote" that make the writer an author outside the film.
  static let authorObjects: KeyTable<Void> = [
    "afterword", "foreword", "introduction", "preface", "article", "column", "articles",
    "novels", "books", "memoirs", "poems", "essays", "stories", "biographies",
  ]

  /// The job the object of a writing verb names: "wrote the wheezing, off-key score" is the
  /// composer's work, not the writer's.
  func jobOfObject(after verb: Int) -> String? {
    guard Self.wroteVerbs.contains(tokenAt: verb, of: tokens)
    else { return nil }
    var index = verb + 1
    while index < verb + 6, let t = token(index), t.isWord || t.lower.equals(",") {
      if Self.musicObjects.contains(t) { return "composer" }
      // "wrote the novel", "wrote an afterword": the work of an author, not of the film's writer
      if patterns.personNouns.contains(t) || Self.authorObjects.contains(t) {
        return "author"
      }
      if t.isCapitalised || Self.descriptionStops.contains(t) { return nil }
      index += 1
    }
    return nil
  }

  /// "Carey Mulligan is Felicia Montealegre, …", "Robert De Niro makes Hale a monster",
  /// "Miyu Irino gives Haku an unsettling formality": a performer's verb straight before a
  /// name the lexicon does not know as a film worker.
  mutating func readIsName(_ k: Int) {
    let m = mentions[k]
    let unexplained = m.known.isEmpty && m.tokenCount > 1 && m.evidence.isEmpty
    guard isActor(m) || unexplained, !m.known.contains(where: \.isOther) else { return }
    let verb = lower(m.last)
    var target = m.last + 1
    // "Bill Nighy is Mr Williams": the rank stays outside the mention
    if let t = token(target), t.isCapitalised, patterns.honorifics.contains(t) {
      target += 1
    }
    var described: Int?
    if verb == "is" {
      // "Pedro Pascal is the fox Fink, a scavenger", "Kodi Smit-McPhee is Rose’s son, Peter"
      described = describedName(from: target, maxWords: 3)
    }
    // "Jason Isaacs and Martha Plimpton are Jay and Gail"
    if verb == "are", coordinatedList(from: k, forward: false).count > 1,
      let k2 = mention(startingAt: target), usableCharacter(k2), !isFilmPerson(mentions[k2])
    {
      let actors = coordinatedList(from: k, forward: false)
      let roles = coordinatedList(from: k2, forward: true)
      if roles.count == actors.count {
        for (a, r) in zip(actors, roles) { pair(cast: a, character: r) }
      }
      return
    }
    guard Self.isMakesGives.contains(verb),
      let k2 = described ?? mention(startingAt: target),
      usableCharacter(k2), !isFilmPerson(mentions[k2]), mentions[k2].label != .title
    else { return }
    // A name nothing explains is a performer only through a description ("Rafe Spall is
    // the sinister handyman, Tobias"), not by "X is Y" alone.
    if !isActor(m), described == nil || described == mention(startingAt: target) { return }
    let next = lower(mentions[k2].last)
    if verb == "is" {
      // "Mulligan is Felicia Montealegre, the …", "Cooper is Bernstein."
      guard Self.listStops.contains(next) else { return }
    } else {
      // A director or writer makes a character something too ("Gerwig makes Barbie a
      // philosopher"): only a pure performer counts here.
      if m.known.contains(where: { $0.roles.contains("director") || $0.roles.contains("writer") }) {
        return
      }
      // "makes Hale a monster", "gives Haku an unsettling formality", "makes Mary the heart"
      guard Self.indefiniteArticles.contains(next) || (verb == "makes" && next == "the") else {
        return
      }
    }
    pair(cast: k, character: k2)
  }

  /// Do the words from `start` describe someone inside a story ("the Swedish tech billionaire",
  /// "a taciturn young woman") rather than a film worker or a public figure ("the Oscar-winning
  /// actress", "a veteran of the stage", "the Times critic")? A role noun among the first four
  /// words decides, unless a film or public job comes first.
  func describesStoryPerson(from start: Int) -> Bool {
    var sawRole = false
    var index = start
    // The whole apposition, up to its closing comma: "a real student when he was cast" is a
    // performer's biography.
    while index < start + 12, let t = token(index), !t.lower.equals(","), !t.lower.equals(".") {
      let word = t.lower
      // "the Swedish tech billionaire played by …": someone a performer plays
      if Self.playedVerbs.contains(word) { return true }
      if t.isWord,
        patterns.jobNouns[word] != nil || patterns.castNouns.contains(word)
          || patterns.personNouns.contains(word) || Self.castNounsBefore.contains(word)
          || Self.performerWords.contains(word)
      {
        return false
      }
      if index < start + 4, t.isWord, isRoleNoun(word) || Self.storyPersonNouns.contains(word) {
        sawRole = true
      }
      index += 1
    }
    return sawRole
  }

  /// Words in an apposition that speak of a performer's career.
  static let performerWords: KeyTable<Void> = [
    "veteran", "newcomer", "comedian", "performer", "filmmaker", "film-maker", "cast", "casting",
    "debut", "audition", "auditioned", "discovered", "oscar", "oscar-winning", "emmy",
  ]

  /// Nouns for people inside stories that are not in the role-noun list.
  static let storyPersonNouns: KeyTable<Void> = [
    "billionaire", "millionaire", "heir", "heiress", "rancher", "farmer", "widower", "orphan",
    "clerk", "teenager", "student", "addict", "gangster", "thief", "killer", "assassin", "spy",
    "agent", "hustler", "drifter", "loner", "scientist", "physicist", "surgeon", "chef", "cook",
    "waitress", "waiter", "banker", "executive", "ceo", "mogul", "pastor", "preacher", "nun",
    "monk", "witch", "wizard", "vampire", "ghost", "robot", "alien", "creature", "monster",
    "servant", "slave", "convict", "fugitive", "runaway", "immigrant", "refugee", "dancer",
    "drummer", "pianist", "violinist", "conductor", "painter", "sculptor", "photographer",
    "fisherman", "sailor", "pilot", "astronaut", "trucker", "mechanic", "miner", "worker",
    "commander", "general", "lieutenant", "sergeant", "private", "knight", "warrior", "princess",
  ]

  /// Is the word at `index` a lower-case noun that a capitalised word before it modifies
  /// ("the Christian noblewoman", "his Lionel set"), not a verb or a function word?
  func isModifier(after index: Int) -> Bool {
    guard let next = token(index), next.isWord, !next.isCapitalised else { return false }
    return !Self.descriptionStops.contains(next) && !isPresentVerb(next)
      && !patterns.plotVerbs.contains(next) && !patterns.performanceVerbs.contains(next)
      && !Self.notVerbs.contains(next)
  }

  /// The job an agent noun ending at token `index` names, when a determiner or "director of"
  /// opens it: "the composer", "its director", "the director of photography", "the DP".
  func appositiveJob(endingAt index: Int) -> String? {
    let word = lower(index)
    if word == "photography", lower(index - 1).equals("of"), lower(index - 2).equals("director") {
      return "cinematographer"
    }
    guard Self.agentJobNouns.contains(word), let job = patterns.jobNouns[word] else { return nil }
    var opener = index - 1
    if lower(opener).equals("production") || lower(opener).equals("costume") { opener -= 1 }
    // "the film’s composer"
    if isPossessive(at: opener),
      Self.screenWorks.contains(tokenAt: opener - 1, of: tokens)
    {
      opener -= 2
    }
    guard Self.roleDeterminers.contains(tokenAt: opener, of: tokens) else { return nil }
    if word == "designer" { return lower(index - 1).equals("costume") ? "costume-designer" : job }
    return job
  }

  /// The job of an apposition after a name's comma, closed by punctuation or "and": "the DP,",
  /// "the film’s composer.", "the director of photography,".
  func jobAfterComma(_ start: Int) -> String? {
    var index = start
    while index < start + 6, let t = token(index), !t.lower.equals(","), !t.lower.equals("."),
      t.lower != ";", !t.lower.equals("and")
    {
      index += 1
    }
    guard index > start, index < start + 6 else { return nil }
    // the phrase must open at `start`
    guard let job = appositiveJob(endingAt: index - 1) else { return nil }
    var opener = index - 2
    while opener > start, !Self.roleDeterminers.contains(tokenAt: opener, of: tokens) {
      opener -= 1
    }
    return opener == start ? job : nil
  }
}
