extension EntityTagger {
  static let playVerbs: KeyTable<Void> = [
    "plays", "played", "playing", "portrays", "embodies", "voices", "incarnates", "play",
    "portray", "voice",
  ]
  static let agentJobNouns: KeyTable<Void> = [
    "director", "filmmaker", "film-maker", "writer", "screenwriter", "cinematographer", "dp",
    "dop", "composer", "editor", "producer", "designer", "co-writer", "cowriter",
    "writer-director", "animator", "choreographer", "co-director", "auteur",
    // plurals before a list: "the directors are A, B and C", "its editors, A and B,"
    "directors", "writers", "screenwriters", "cinematographers", "composers", "editors",
    "producers", "co-directors", "designers", "animators",
  ]
  static let castNounsBefore: KeyTable<Void> = [
    "actor", "actress", "star", "co-star", "costar", "starring", "newcomer", "performer",
  ]
  /// Verbs after "cast" that introduce its members: "the cast includes …".
  static let castListVerbs: KeyTable<Void> = [
    "includes", "included", "including", "features", "featured", "featuring", "boasts", "is",
  ]
  /// Words before "as" that give a person's other name, not a role: "known as", "nicknamed".
  static let aliasWords: KeyTable<Void> = [
    "known", "nicknamed", "dubbed", "called", "renamed", "styled", "billed", "credited",
  ]
  /// Words that name someone for comparison: "recalls Buster Keaton", "like Keaton".
  static let comparisonWords: KeyTable<Void> = [
    "recalls", "recalling", "evokes", "evoking", "channels", "channelling", "channeling",
    "echoes", "echoing", "invokes", "like", "unlike", "than",
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
  static let pluralCopulas: KeyTable<Void> = ["are", "were"]
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
  static let alongsideWords: KeyTable<Void> = ["alongside", "opposite"]
  static let reminiscentWords: KeyTable<Void> = ["reminiscent", "shades"]
  static let documentaryNouns: KeyTable<Void> = [
    "documentary", "documentaries", "film", "films", "portrait",
  ]
  static let adaptedWords: KeyTable<Void> = ["adapted", "adapting", "adaptation"]
  static let modelledWords: KeyTable<Void> = ["modelled", "modeled", "based"]
  static let modelAdverbs: KeyTable<Void> = [
    "loosely", "partly", "closely", "clearly", "obviously",
  ]
  static let modelledOrPatterned: KeyTable<Void> = ["modelled", "modeled", "based", "patterned"]
  static let onOrUpon: KeyTable<Void> = ["on", "upon"]
  static let clauseStops: KeyTable<Void> = [",", ".", ";"]
  static let indefiniteArticles: KeyTable<Void> = ["a", "an"]
  static let isNameAdverbs: KeyTable<Void> = ["also", "previously", "once", "later", "famously"]
  static let knownDegrees: KeyTable<Void> = ["best", "most", "widely"]
  static let replaceVerbs: KeyTable<Void> = [
    "replaces", "replaced", "replacing", "succeeds", "succeeding",
  ]
  static let describedSkips: KeyTable<Void> = [
    "her", "his", "their", "the", "a", "an", "also", "then",
  ]

  /// The lowercase text of token `index`, or "" outside the text: read in place, as copying the
  /// token would retain its text as well.
  func lower(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].lower : ""
  }

  /// Whether token `index` is the one-scalar mark `mark` (`,` `(` `)` `.`): the same answer as
  /// `lower(index).equals(mark)`, as only that scalar lowercases to that text, read from the
  /// scalars without comparing strings (the rules ask it of nearly every mention).
  func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].end - tokens[index].start == 1
      && scalars[tokens[index].start] == mark
  }

  /// Whether token `index` is a semicolon: the same answer as `lower(index) == ";"`, which
  /// also holds for U+037E GREEK QUESTION MARK, canonically a semicolon (and no other text).
  func isSemicolon(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].end - tokens[index].start == 1
      && (scalars[tokens[index].start] == ";" || scalars[tokens[index].start] == "\u{037E}")
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
    indexMentionStarts()
    defer { mentionStarts = [] }
    for k in mentions.indices {
      let m = mentions[k]
      if m.isQuotedTitle || m.orgKind != nil { continue }
      let after = m.last
      let before = m.first - 1
      // Ruben (Riz Ahmed) / Riz Ahmed (Ruben)
      if isMark(after, "("), let k2 = mention(startingAt: after + 1),
        // "Mona (Patti LuPone, in a late and terrifying entrance)": a known performer may be
        // followed by a comment
        isMark(mentions[k2].last, ")")
          || (isMark(mentions[k2].last, ",") && isActor(mentions[k2]) && canBeCharacter(m)),
        isPersonLike(mentions[k2]) || mentions[k2].label == .title
      {
        let reversed = isActor(m) && !isActor(mentions[k2]) && canBeCharacter(mentions[k2])
        if reversed {
          pair(cast: k, character: k2)
        } else if canBeCharacter(m) {
          pair(cast: k2, character: k)
        }
      }
      // Ruben (a devastating Riz Ahmed): a few lower-case words before the performer
      if isMark(after, "("), Self.articleWords.contains(tokenAt: after + 1, of: tokens) {
        var probe = after + 2
        while probe < after + 5, let t = token(probe), t.isWord, !t.isCapitalised { probe += 1 }
        if let k2 = mention(startingAt: probe), isMark(mentions[k2].last, ")"),
          isPersonLike(mentions[k2]), mentions[k2].label != .title, canBeCharacter(m),
          !isActor(m) || isActor(mentions[k2])
        {
          pair(cast: k2, character: k)
        }
      }
      // Olivia Cooke plays Lou
      if Self.playVerbs.contains(tokenAt: after, of: tokens) {
        // "Youn Yuh-jung plays her as …": whoever plays is a performer, whatever follows.
        if !lower(after).equals("playing"),
          !Self.playParticles.contains(tokenAt: after + 1, of: tokens)
        {
          mentions[k].add(.cast, 1)
        }
        // "plays Lou", "plays Joel’s brother Tommy", "plays Princess Irulan"
        if let k2 = describedName(from: after + 1), canBeCharacter(mentions[k2]),
          mention(startingAt: after + 1) == k2 || !isFilmPerson(mentions[k2])
        {
          pairLists(cast: k, character: k2)
        }
      }
      // Moon-gwang, played by Lee Jung-eun / The Spot, voiced by Jason Schwartzman
      if lower(before).equals("by") {
        readBy(k, byIndex: before)
      }
      // Possessives: Hong's camera, Marder's film, Zendaya's Chani, Bong Joon-ho's "Parasite"
      if isPossessive(at: after) {
        readPossessive(k, after: after + 1)
      }
      // cinematographer Hong Kyung-pyo, production designer Lee Ha-jun, actor X
      if before >= 0, tokens[before].isWord, !tokens[before].isCapitalised {
        let word = tokens[before].lower
        let hash = tokens[before].hash
        if Self.agentJobNouns.contains(word, hash: hash),
          let job = patterns.jobNouns[word, hash: hash]
        {
          let finalJob =
            word.equals("designer") && lower(before - 1).equals("costume")
            ? "costume-designer" : job
          mentions[k].add(.crew, 2)
          mentions[k].job = finalJob
          mentions[k].leftCue = true
        } else if Self.castNounsBefore.contains(word, hash: hash) {
          mentions[k].add(.cast, 2)
          mentions[k].leftCue = true
          // "played by newcomer Ada Voss"
          if lower(before - 1).equals("by") { readBy(k, byIndex: before - 1) }
        } else if Self.alongsideWords.contains(word, hash: hash)
          || (Self.castListVerbs.contains(word, hash: hash)
            && (lower(before - 1).equals("cast") || lower(before - 2).equals("cast")))
        {
          // "opposite Tokio Emoto", "the cast includes X, Y and Z": performers
          if !m.known.contains(where: { !$0.roles.isEmpty && $0.roles.first != "actor" }) {
            mentions[k].add(.cast, 2)
            mentions[k].leftCue = true
          }
        } else if Self.personNounsBefore.contains(word, hash: hash) {
          mentions[k].add(.person, 2)
        } else if word.equals("with") {
          readCollaborator(k, withIndex: before)
        } else if word.equals("late"), lower(before - 1).equals("the"),
          lower(before - 2).equals("with")
        {
          // "with the late Troy Kennedy Martin"
          readCollaborator(k, withIndex: before - 2)
        } else if patterns.characterCues.contains(word, hash: hash) {
          mentions[k].add(.character, 2)
        } else if patterns.roleNouns.contains(word, hash: hash), !isFilmPerson(m), !isActor(m) {
          // "the drummer Ruben", "her mother Eleanor": a part in the story, then the name;
          // "wrote it with his brother Ethan": a collaborator
          if !readKinCollaborator(k, roleNoun: before) {
            mentions[k].add(isDocumentary ? .person : .character, 2)
          }
        } else if Self.possessiveWords.contains(word, hash: hash), m.tokenCount == 1,
          !isModifier(after: m.last)
        {
          // "His Ki-taek is lazy": an actor's character ("his Lionel set" is a brand)
          mentions[k].add(.character, 2)
        } else if word.equals("to"), lower(before - 1).equals("credited") {
          readBy(k, byIndex: before - 1)
        } else if Self.comparisonWords.contains(word, hash: hash)
          || (word.equals("of") && Self.reminiscentWords.contains(tokenAt: before - 1, of: tokens))
          || (word.equals("to") && lower(before - 1).equals("heir"))
        {
          // "a physical comedy that recalls Buster Keaton": an actor named for comparison
          if m.known.contains(where: { $0.roles.first == "actor" }) {
            mentions[k].add(.person, 2)
          }
        } else if word.equals("about"), isDocumentary,
          Self.documentaryNouns.contains(tokenAt: before - 1, of: tokens)
        {
          // "documentaries about Pina Bausch": the subject of a documentary
          mentions[k].add(.person, 2)
        } else if word.equals("from"),
          Self.adaptedWords.contains(tokenAt: before - 1, of: tokens),
          isPossessive(at: m.last)
        {
          // "adapted from Nathaniel Rich’s 2016 article": the author of the source
          mentions[k].add(.person, 2)
        } else if word.equals("on"), Self.modelledWords.contains(tokenAt: before - 1, of: tokens) {
          // "loosely modelled on Clara Bow": the real person behind a character
          mentions[k].add(.person, 2)
        }
      }
      // "his wife, Hedwig", "the childhood friend, Milo": a part in the story, then the name
      if isMark(before, ","), let t = token(before - 1), t.isWord, !t.isCapitalised,
        isRoleNoun(t.lower) || Self.storyPersonNouns.contains(t), !isFilmPerson(m),
        !readKinCollaborator(k, roleNoun: before - 1)
      {
        // In a documentary, "her father, Mitch" is a real person.
        mentions[k].add(isDocumentary ? .person : .character, 2)
      }
      // "the director of photography, Olek Brandt,", "its director, Per Dahl": a job, then
      // the name after a comma
      if isMark(before, ","), let job = appositiveJob(endingAt: before - 1) {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
        mentions[k].leftCue = true
      }
      // "Brandt, the DP,", "Tarik Aslan, the film’s composer,": the name, then its job
      if isMark(after, ","), let job = jobAfterComma(after + 1) {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
      }
      // "The director is Chris Columbus", "the cinematographer was Hoyte van Hoytema", "the
      // directors are A, B and C" (a list after it shares the job)
      if Self.copulas.contains(tokenAt: before, of: tokens)
        || Self.pluralCopulas.contains(tokenAt: before, of: tokens),
        let job = patterns.jobNouns[lower(before - 1)],
        Self.agentJobNouns.contains(tokenAt: before - 1, of: tokens)
      {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
        mentions[k].leftCue = true
      }
      // "Haku, a boy who …", "Lukas Matsson, the Swedish tech billionaire": an apposition
      // after an unknown name describes someone in the story
      if m.known.isEmpty, isMark(after, ","),
        Self.articleWords.contains(tokenAt: after + 1, of: tokens),
        m.tokenCount == 1 || describesStoryPerson(from: after + 2)
      {
        if m.tokenCount == 1 {
          if token(after + 2)?.isCapitalised == false { mentions[k].add(.character, 1) }
        } else if !isDocumentary {
          mentions[k].add(.character, 1)
        }
      }
      // "Nellie LaRoy is loosely modelled on Clara Bow": a character drawn from a real person
      if Self.copulas.contains(tokenAt: after, of: tokens) {
        var verb = after + 1
        if Self.modelAdverbs.contains(tokenAt: verb, of: tokens) {
          verb += 1
        }
        if Self.modelledOrPatterned.contains(tokenAt: verb, of: tokens),
          Self.onOrUpon.contains(tokenAt: verb + 1, of: tokens)
        {
          mentions[k].add(.character, 2)
        }
      }
      // "Junie, his sister, plots": a kinship apposition after an unknown name
      if m.known.isEmpty, isMark(after, ","),
        Self.possessiveWords.contains(tokenAt: after + 1, of: tokens),
        isRoleNoun(lower(after + 2)), Self.clauseStops.contains(tokenAt: after + 3, of: tokens)
      {
        mentions[k].add(isDocumentary ? .person : .character, 2)
      }
      readPlotOrPerformance(k)
      readRelativePlays(k)
      readWhomPlays(k)
      readActorApposition(k)
      readMakesA(k)
      readIsName(k)
      readRoleOf(k)
      readFrontedRoleOf(k)
      readPlayingApposition(k)
      // Marder directs, Bong wrote the script, Cuarón also cut the film
      let verbIndex =
        Self.verbAdverbs.contains(tokenAt: after, of: tokens) ? after + 1 : after
      // ("Ruben adapts to life at the commune" is a character's story, not a writer's job)
      if let job = patterns.jobVerbs[lower(verbIndex)],
        !(lower(verbIndex).hasPrefix("adapt") && lower(verbIndex + 1).equals("to"))
      {
        // "Rachel Kondo and Justin Marks created the series": every subject shares the job
        for subject in coordinatedList(from: k, forward: false) {
          addJob(subject, jobOfObject(after: verbIndex) ?? job)
        }
      }
      // "Kelsey Mann, making his feature debut as director,": a job named after "as"
      var asProbe = after
      // Token fields read in place, the stops from the scalars.
      while asProbe < after + 8, asProbe >= 0, asProbe < tokens.count, !isMark(asProbe, "."),
        !isSemicolon(asProbe), mention(startingAt: asProbe) == nil
      {
        if tokens[asProbe].lower.equals("as") {
          var noun = asProbe + 1
          if Self.indefiniteArticles.contains(tokenAt: noun, of: tokens) { noun += 1 }
          if Self.agentJobNouns.contains(tokenAt: noun, of: tokens),
            let job = patterns.jobNouns[lower(noun)],
            !isPossessive(at: noun + 1)
          {
            mentions[k].add(.crew, 2)
            mentions[k].job = job
          }
          break
        }
        asProbe += 1
      }
      // "Joanna Calo co-runs it and directed “Honeydew”": a second verb of the same subject
      var probe = after
      while probe < after + 6, probe >= 0, probe < tokens.count, tokens[probe].isWord,
        !tokens[probe].isCapitalised, mention(startingAt: probe) == nil
      {
        if tokens[probe].lower.equals("and") {
          let verb = lower(probe + 1).equals("also") ? probe + 2 : probe + 1
          if let job = patterns.jobVerbs[lower(verb)] {
            addJob(k, jobOfObject(after: verb) ?? job)
          }
          break
        }
        probe += 1
      }
      // X, who directed …; X, who also cut …
      let relativeVerb =
        Self.isNameAdverbs.contains(tokenAt: after + 2, of: tokens)
        ? after + 3 : after + 2
      if isMark(after, ","), lower(after + 1).equals("who"),
        let job = patterns.jobVerbs[lower(relativeVerb)]
      {
        addJob(k, jobOfObject(after: relativeVerb) ?? job)
      }
    }
    readAsPatterns()
    shareListCues()
  }

  /// A job verb's evidence; an author of another work ("wrote an afterword") is a PERSON.
  private mutating func addJob(_ k: Int, _ job: String) {
    if job == "author" {
      mentions[k].add(.person, 2)
      return
    }
    mentions[k].add(.crew, 2)
    mentions[k].job = job
  }

  /// A name followed by a verb of plot summary is a character ("Tolliver flees the town"); one
  /// followed by a verb of performing or by praise is a performer ("Oakhurst gives", "Oakhurst
  /// is magnificent"). Weak evidence, for names the lexicon does not know.
  private mutating func readPlotOrPerformance(_ k: Int) {
    // Fields read in place: a copy of the mention would retain all its strings.
    guard !isFilmPerson(mentions[k]), !mentions[k].known.contains(where: \.isOther) else { return }
    let after = mentions[k].last
    var verb = after
    if Self.plotAdverbs.contains(tokenAt: verb, of: tokens) {
      verb += 1
    }
    let word = lower(verb)
    if patterns.plotVerbs.contains(word) {
      mentions[k].add(isDocumentary ? .person : .character, 1)
    } else if patterns.performanceVerbs.contains(word) {
      mentions[k].add(.cast, 1)
    } else if Self.copulas.contains(word) {
      var praise = verb + 1
      if Self.praiseAdverbs.contains(tokenAt: praise, of: tokens) {
        praise += 1
      }
      if patterns.praiseWords.contains(tokenAt: praise, of: tokens) { mentions[k].add(.cast, 1) }
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
      !Self.notVerbs.contains(t), !Self.playVerbs.contains(t),
      patterns.jobVerbs[token: t] == nil
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
      // Weak evidence gives way inside a list: in "screenplay by Hooper and Lee Hall tries to
      // …" the verb after the second name is the sentence's, not that person's (but ", and"
      // may open a clause of its own: "The director is Ruiz, and Hale plays the lead").
      let strongest = mentions[next].evidence.values.max() ?? 0
      guard !gap.isEmpty, gap.count <= 2, strongest == 0 || (strongest <= 1 && gap.count == 1),
        isPersonLike(mentions[next]), mentions[next].label != .title,
        gap.allSatisfy({ tokens[$0].lower.equals(",") || tokens[$0].lower.equals("and") })
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
    while index >= 0, steps < 5 {
      let word = tokens[index].lower
      if let job = patterns.byVerbs[word], steps < 4 || job == "cast" {
        if job == "cast" {
          mentions[k].add(.cast, 3)
          // The character is the name before: "Moon-gwang, played by …", "Misaki Watari, a
          // taciturn young woman played by …"
          if let k2 = characterBefore(verb: index) {
            pairListsBackward(character: k2, cast: k)
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
      // "the 2017 novel by David Grann", "the children’s books by …": the author of another
      // work
      if !tokens[index].isCapitalised,
        patterns.personNouns.contains(word)
          || (word.hasSuffix("s") && patterns.personNouns.contains(String(word.dropLast())))
      {
        mentions[k].add(.person, 2)
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
      Self.titleOpeners.contains(scalarText(t.start..<t.end))
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
      if patterns.personNouns.contains(t) {
        mentions[k].add(.person, 2)
        return
      }
      if let job = patterns.jobNouns[token: t] {
        let finalJob =
          t.lower.equals("designer") && lower(index - 1).equals("costume")
          ? "costume-designer" : job
        if Self.agentJobNouns.contains(t), job != "director" {
          // "Timo Salminen, Kaurismäki’s cinematographer": the job belongs to the name the
          // phrase describes; its owner is the film-maker.
          mentions[k].add(.crew, 1)
          let m = mentions[k]
          if isMark(m.first - 1, ","), let described = mention(endingBefore: m.first - 1),
            isPersonLike(mentions[described]), mentions[described].label != .title
          {
            mentions[described].add(.crew, 2)
            mentions[described].job = finalJob
          }
          return
        }
        mentions[k].add(.crew, job == "director" ? 1 : 2)
        if mentions[k].job == nil || job != "director" { mentions[k].job = finalJob }
        return
      }
      if patterns.castNouns.contains(t) {
        mentions[k].add(.cast, 2)
        return
      }
      // "Elgar’s concerto", "Mahler’s symphonies": a composer whose music the film uses
      if Self.musicalForms.contains(t) || Self.musicalForms.contains(String(t.lower.dropLast())) {
        mentions[k].add(.person, 2)
        return
      }
      // "Ruben's arc", "Lou's mother": a life inside the story belongs to a character
      if patterns.storyNouns.contains(t), !isDocumentary, !isFilmPerson(mentions[k]) {
        mentions[k].add(.character, 2)
        return
      }
      index += 1
      steps += 1
    }
  }

  /// "who wrote the script with his sister, Maren Ostrander": a relative after "with his" is
  /// a collaborator when a job comes before. Returns whether it was.
  private mutating func readKinCollaborator(_ k: Int, roleNoun: Int) -> Bool {
    guard Self.possessiveWords.contains(tokenAt: roleNoun - 1, of: tokens),
      lower(roleNoun - 2).equals("with")
    else { return false }
    readCollaborator(k, withIndex: roleNoun - 2)
    return mentions[k].evidence[.crew] != nil
  }

  /// "Bong wrote the script with Han Jin-won": the collaborator shares the job.
  private mutating func readCollaborator(_ k: Int, withIndex: Int) {
    var index = withIndex - 1
    var steps = 0
    while index >= 0, steps < 7 {
      let word = tokens[index].lower
      // "Mann, who adapted Brock Yates’s 1991 biography with …"
      let byJob = patterns.byVerbs[word].flatMap { $0 == "cast" ? nil : $0 }
      if let job = patterns.jobVerbs[word] ?? byJob
        ?? (steps > 0 && steps < 4 ? patterns.jobNouns[word] : nil),
        job != "director"
      {
        mentions[k].add(.crew, 2)
        mentions[k].job = job
        mentions[k].leftCue = true
        return
      }
      // "Cuarón also cut the film, with Adam Gough": one comma may stand before "with"
      if !tokens[index].isWord && !(steps == 0 && tokens[index].lower.equals(","))
        && !tokens[index].isPossessive
      {
        return
      }
      index -= 1
      steps += 1
    }
  }

  /// "Riz Ahmed as Ruben", "Patton, as Paul,", "best known as Glenn in", "as both Adelaide and
  /// her double, Red".
  private mutating func readAsPatterns() {
    // The token's hash read first (a number, read in place): only a token whose text is "as"
    // has the hash of "as", and few others share it.
    let asHash = KeyTable<Void>.hash("as")
    for a in tokens.indices where tokens[a].hash == asHash && tokens[a].lower.equals("as") {
      if lower(a - 1).equals("such") || lower(a - 1).equals("as") || lower(a + 1).equals("well") {
        continue
      }
      var next = a + 1
      var both = false
      if lower(next).equals("both") {
        both = true
        next += 1
      }
      // "as the producer Jake", "as Riggan’s daughter Sam", "as his parents, Jefferson and Rio"
      guard let k2 = describedName(from: next), canBeCharacter(mentions[k2]),
        mention(startingAt: next) == k2 || !isFilmPerson(mentions[k2])
      else { continue }
      guard !mentions[k2].known.contains(where: { $0.roles.first == "actor" }) else { continue }
      // The actor: the nearest name before "as" in the same sentence, across a few words.
      var index = a - 1
      var steps = 0
      var actor: Int?
      while index >= 0, steps < 8, tokens[index].sentence == tokens[a].sentence {
        if let k = mention(endingBefore: index + 1) {
          if isPersonLike(mentions[k]) && mentions[k].label != .title && !mentions[k].isBlocked {
            actor = k
          }
          break
        }
        let t = tokens[index]
        if !(t.isWord && !t.isCapitalised) && !t.lower.equals(",") { break }
        if t.lower.equals("as") { break }
        // "Natalie, known to everyone as Sugar": a second name, not a role
        // ("best known as Glenn in …" is a role the actor is famous for)
        if Self.aliasWords.contains(t),
          !(t.lower.equals("known") && Self.knownDegrees.contains(tokenAt: index - 1, of: tokens))
        {
          actor = nil
          break
        }
        index -= 1
        steps += 1
      }
      // "As Bella, Emma Stone is extraordinary": a role put first, then its performer;
      // "As Jay and Gail, Jason Isaacs and Martha Plimpton are …": lists in the same order
      if actor == nil,
        tokens[a].startsSentence || isMark(a - 1, ",") || lower(a - 1).equals("of")
      {
        // "As Bella, Emma Stone": the comma closes a single role
        let roles =
          isMark(mentions[k2].last, ",") ? [k2] : coordinatedList(from: k2, forward: true)
        if let lastRole = roles.last, isMark(mentions[lastRole].last, ","),
          let k = mention(startingAt: mentions[lastRole].last + 1), isPersonLike(mentions[k]),
          mentions[k].label != .title, !mentions[k].isBlocked
        {
          let actors = coordinatedList(from: k, forward: true)
          if roles.count > 1, actors.count == roles.count {
            for (performer, role) in zip(actors, roles) { pair(cast: performer, character: role) }
            continue
          }
          actor = k
        }
      }
      // "Tony Hale replaces Bill Hader as Fear": the newcomer plays the part
      if let replaced = actor,
        Self.replaceVerbs.contains(tokenAt: mentions[replaced].first - 1, of: tokens),
        let newcomer = mention(endingBefore: mentions[replaced].first - 1),
        isPersonLike(mentions[newcomer]), mentions[newcomer].label != .title
      {
        actor = newcomer
      }
      guard let k = actor, !(mentions[k].evidence[.character] ?? 0 >= 3) else { continue }
      if mentions[k].known.contains(where: { $0.isOther }) && !isActor(mentions[k]) { continue }
      pairLists(cast: k, character: k2)
      // "as both Adelaide and her double, Red"
      var j = mentions[k2].last
      if lower(j).equals("and") || both, coordinatedList(from: k, forward: false).count == 1 {
        var steps2 = 0
        while j < tokens.count, steps2 < 6 {
          if let k3 = mention(startingAt: j), k3 != k2 {
            // "Chase as Chihiro and Suzanne Pleshette …", "… and Nicholas Braun as Greg": the
            // next performer, not a second role
            let next = lower(mentions[k3].last)
            if canBeCharacter(mentions[k3]), !isActor(mentions[k3]), next != "as",
              !Self.playVerbs.contains(next)
            {
              pair(cast: k, character: k3)
            }
            break
          }
          if tokens[j].lower.equals(".") || tokens[j].lower == ";" || tokens[j].lower.equals("(") {
            break
          }
          // "as John Ford and gives Sammy a lesson": a verb after "and" starts a new clause
          if lower(j - 1).equals("and"), tokens[j].isWord, !tokens[j].isCapitalised,
            !Self.describedSkips.contains(tokenAt: j, of: tokens)
          {
            break
          }
          j += 1
          steps2 += 1
        }
      }
    }
  }
}
