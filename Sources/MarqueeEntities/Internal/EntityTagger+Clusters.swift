extension EntityTagger {
  /// Clusters for full names, longest first, each registering the short forms that may refer
  /// to it later (surname forms, trailing words, the first word).
  mutating func buildClusters() {
    let order = mentions.indices.filter {
      isPersonLike(mentions[$0]) && mentions[$0].label != .title
        && (mentions[$0].tokenCount > 1 || !mentions[$0].known.isEmpty)
        && !staysBlocked(mentions[$0])
    }.sorted { mentions[$0].tokenCount > mentions[$1].tokenCount }
    for k in order {
      let m = mentions[k]
      if m.known.isEmpty, let candidates = shortKeys[m.key], let c = nearest(candidates, to: m) {
        attach(k, to: c)
        continue
      }
      let person = m.known.first(where: { !$0.roles.isEmpty }) ?? m.known.first
      let name = person?.name ?? m.characterName ?? m.surface
      let key = NameFolding.slug(name)
      if let c = clusterIndex[key] {
        attach(k, to: c)
        continue
      }
      clusters.append(Cluster(name: name, key: key, known: m.known))
      let c = clusters.count - 1
      clusterIndex[key] = c
      attach(k, to: c)
      // A few short forms: an array searched in place is cheaper than a hashed set.
      var keys: [String] = []
      keys.reserveCapacity(8)
      for p in m.known { for form in p.surnames { keys.append(NameFolding.fold(form)) } }
      if m.tokenCount > 1 {
        for cut in (m.first + 1)..<m.last
        where tokens[cut].isCapitalised || patterns.particles.contains(tokenAt: cut, of: tokens) {
          // "de Leon" in "Dolly de Leon", "van Hoytema" in "Hoyte van Hoytema"
          keys.append(fold(cut, m.last))
        }
        firstKeys.append(
          c, to: NameFolding.fold(scalarText(tokens[m.first].start..<tokens[m.first].end)))
        // "Lloyd Webber" in "Andrew Lloyd Webber"
        if m.tokenCount > 2 { keys.append(fold(m.first, m.first + 2)) }
      }
      // Each form once, never the mention's own key.
      for (index, short) in keys.enumerated()
      where short != m.key && !keys[..<index].contains(short)
        && !patterns.stopwords.contains(short)
      {
        shortKeys.append(c, to: short)
      }
    }
  }

  /// A place or common word is a name only with a pattern, or a cast or crew cue, behind it.
  func staysBlocked(_ m: Mention) -> Bool {
    guard m.isBlocked else { return false }
    return (m.evidence.values.max() ?? 0) < 3 && (m.evidence[.crew] ?? 0) < 2
      && (m.evidence[.cast] ?? 0) < 2
  }

  mutating func attach(_ k: Int, to c: Int) {
    mentions[k].cluster = c
    clusters[c].mentions.append(k)
  }

  /// The cluster among `candidates` with a mention nearest before `m`, else the first after.
  func nearest(_ candidates: [Int], to m: Mention) -> Int? {
    var best: Int?
    var bestDistance = Int.max
    for c in candidates {
      for k in clusters[c].mentions {
        let other = mentions[k]
        let distance = other.start <= m.start ? m.start - other.start : 1_000_000 + other.start
        if distance < bestDistance {
          bestDistance = distance
          best = c
        }
      }
    }
    return best
  }

  static let placePrepositions: KeyTable<Void> = [
    "in", "at", "from", "to", "near", "into", "across", "of", "outside",
  ]

  /// Single-word mentions: a short form of a cluster, a known single name, a surname the
  /// lexicon knows, or a name of its own when the context says it is one.
  mutating func resolveShortMentions() {
    for k in mentions.indices where mentions[k].cluster == nil {
      takeParticle(k)
      let m = mentions[k]
      if m.isQuotedTitle || m.orgKind != nil { continue }
      var candidates = shortKeys[m.key]
      if candidates == nil, var byFirst = firstKeys[m.key] {
        // "Paul Giamatti plays Paul Hunham … Paul softens": critics call performers by surname
        // and characters by first name, so a first name prefers a name that is no performer's.
        let story = byFirst.filter { c in
          !clusters[c].known.contains(where: { !$0.roles.isEmpty })
            && !clusters[c].mentions.contains(where: { (mentions[$0].evidence[.cast] ?? 0) >= 2 })
        }
        if !story.isEmpty { byFirst = story }
        candidates = byFirst
      }
      if let candidates, let c = nearest(candidates, to: m) {
        if m.label == .title, !titleShouldYield(k) { continue }
        // "the Parks", "the Park residence": a family or an attribute, not a mention
        if Self.theOrA.contains(tokenAt: m.first - 1, of: tokens), m.evidence.isEmpty { continue }
        // "the real Höss family", "the Berzatto house": a family as a group
        if m.evidence.isEmpty, Self.familyNouns.contains(tokenAt: m.last, of: tokens) { continue }
        mentions[k].label = nil
        mentions[k].work = nil
        attach(k, to: c)
        continue
      }
      if m.label == .title, !m.isQuotedTitle, m.tokenCount == 1,
        (m.evidence[.character] ?? 0) >= 2, m.evidence[.cast] == nil
      {
        // "a superhero called Birdman": the film's title as the name of a character
        mentions[k].label = nil
        mentions[k].work = nil
        resolveAsCharacter(k)
        continue
      }
      if m.label == .title || staysBlocked(m) { continue }
      // "the Parks", "the Kims": a family as a group
      if m.evidence.isEmpty, m.key.hasSuffix("s"),
        shortKeys[String(m.key.dropLast())] != nil || names.isSurname(String(m.key.dropLast()))
          || lower(m.first - 1).equals("the")
      {
        continue
      }
      // "the Christian noblewoman", "a Harkonnen ornithopter": a capitalised modifier
      if m.evidence.isEmpty,
        Self.descriptionWords.contains(tokenAt: m.first - 1, of: tokens),
        isModifier(after: m.last)
      {
        continue
      }
      // "Grandma runs the farm": a rank or a family word alone is a description
      if m.evidence.isEmpty, !m.afterHonorific, patterns.honorifics.contains(m.key) { continue }
      // "The Spielbergian touches", "a Kafkaesque plot": an adjective made from a name
      if m.evidence.isEmpty, !names.isGivenName(m.key),
        m.key.hasSuffix("ian") || m.key.hasSuffix("esque") || m.key.hasSuffix("ean")
      {
        continue
      }
      // "in Dallas", "from London": a place
      if m.evidence.isEmpty,
        Self.placePrepositions.contains(tokenAt: m.first - 1, of: tokens)
      {
        continue
      }
      if let c = clusterIndex[NameFolding.slug(m.surface)] {
        attach(k, to: c)
        continue
      }
      var name = m.characterName ?? m.surface
      var known: [KnownPerson] = []
      var bySurname = names.people(withSurname: m.key).filter { !$0.roles.isEmpty }
      // "the Christian noblewoman": a common word after an article is no surname
      if m.evidence.isEmpty, !bySurname.contains(where: \.credited),
        Self.articleWords.contains(tokenAt: m.first - 1, of: tokens)
          || names.wordClass(m.key) != nil
      {
        bySurname = []
      }
      if m.characterName != nil {
        // a credited character: the name is settled
      } else if bySurname.count == 1,
        !tokens[m.first].startsSentence || !m.evidence.isEmpty || bySurname[0].credited
      {
        name = bySurname[0].name
        known = bySurname
      } else if m.evidence.isEmpty && !m.afterHonorific {
        // A lone capitalised word with no cue: keep it only if it is shaped like a name, or is
        // the subject of a verb in the present tense, the tense of plot summary ("Hedwig
        // refuses to leave", "Hades kidnaps Percy’s mother").
        let subject = token(m.last).map { isPresentVerb($0) } ?? false
        guard
          names.isGivenName(m.key) || names.isSurname(m.key) || m.surface.utf8.contains(0x2D)
            || subject
        else { continue }
        if tokens[m.first].startsSentence && !names.isGivenName(m.key) { continue }
      }
      let key = NameFolding.slug(name)
      if let c = clusterIndex[key] {
        attach(k, to: c)
        continue
      }
      clusters.append(Cluster(name: name, key: key, known: known))
      clusterIndex[key] = clusters.count - 1
      shortKeys.append(clusters.count - 1, to: m.key)
      attach(k, to: clusters.count - 1)
    }
  }

  /// Nouns after a surname that make it a family's name, not a person's.
  static let familyNouns: KeyTable<Void> = [
    "family", "families", "household", "clan", "dynasty", "siblings", "brothers", "sisters",
    "residence", "estate", "house", "home", "children", "kids", "parents",
  ]

  /// Gives mention `k` a character cluster of its own name (or the one that exists).
  private mutating func resolveAsCharacter(_ k: Int) {
    let name = mentions[k].surface
    let key = NameFolding.slug(name)
    if let c = clusterIndex[key] {
      attach(k, to: c)
      return
    }
    clusters.append(Cluster(name: name, key: key, known: []))
    clusterIndex[key] = clusters.count - 1
    shortKeys.append(clusters.count - 1, to: mentions[k].key)
    attach(k, to: clusters.count - 1)
  }

  /// "and de Leon is magnificent": a lower-case particle before a surname belongs to the
  /// mention when a full name in the review has the same particle and surname.
  private mutating func takeParticle(_ k: Int) {
    let m = mentions[k]
    guard m.tokenCount == 1, m.first >= 1, !m.isQuotedTitle, m.orgKind == nil,
      let particle = token(m.first - 1), particle.isWord, !particle.isCapitalised,
      patterns.particles.contains(particle), particle.end + 1 >= m.start,
      mention(endingBefore: m.first - 1) == nil
    else { return }
    let key = fold(m.first - 1, m.last)
    guard shortKeys[key] != nil else { return }
    mentions[k].first -= 1
    mentions[k].start = particle.start
    mentions[k].surface = scalarText(particle.start..<m.end)
    mentions[k].key = key
  }

  /// An unquoted word that is both a title in this review and a person's short name is the
  /// title only where the context says film: the opening line, a possessive director, "review".
  func titleShouldYield(_ k: Int) -> Bool {
    let m = mentions[k]
    if tokens[m.first].sentence == 0 { return false }
    if lower(m.last).equals("review") { return false }
    if m.first >= 2, tokens[m.first - 1].isPossessive,
      let owner = mention(endingBefore: m.first - 1),
      mentions[owner].evidence[.crew] != nil
        || mentions[owner].known.contains(where: {
          $0.roles.first == "director"
        })
    {
      return false
    }
    return true
  }

  /// One label per cluster from the evidence of its mentions and the lexicon's prior, then the
  /// possessive pairs whose owner turned out to be an actor.
  mutating func decideLabels() {
    scoreClusters()
    var changed = false
    for (owner, target) in possessivePairs {
      // The owner is an actor, or a name nothing else explains ("Jovan Adepo’s Sidney
      // Palmer": critics name an actor's role this way far more often than anything else).
      guard let oc = mentions[owner].cluster,
        clusters[oc].label == .cast || (clusters[oc].score.isEmpty && clusters[oc].known.isEmpty),
        canBeCharacter(mentions[target]),
        // no cue of its own, or only a character's ("Mi-rae, a mute dancer")
        mentions[target].evidence.keys.allSatisfy({ $0 == .character })
      else { continue }
      if let tc = mentions[target].cluster,
        clusters[tc].known.contains(where: { !$0.roles.isEmpty })
      {
        continue
      }
      pair(cast: owner, character: target)
      if mentions[target].cluster == nil {
        let name = mentions[target].surface
        let key = NameFolding.slug(name)
        let c =
          clusterIndex[key]
          ?? {
            clusters.append(Cluster(name: name, key: key, known: []))
            clusterIndex[key] = clusters.count - 1
            return clusters.count - 1
          }()
        attach(target, to: c)
      }
      changed = true
    }
    if changed { scoreClusters() }
    dropUnexplainedNonNames()
    // A name someone plays is the character, never a second performer, unless the lexicon
    // knows it as an actor's.
    for (cast, character) in plays {
      guard let cc = mentions[cast].cluster, let tc = mentions[character].cluster, cc != tc,
        clusters[cc].label == .cast, clusters[tc].label == .cast,
        !clusters[tc].known.contains(where: { $0.roles.first == "actor" })
      else { continue }
      clusters[tc].label = .character
    }
  }

  private mutating func scoreClusters() {
    for c in clusters.indices {
      var score = LabelScores()
      var jobs: [String: Int] = [:]
      var honorifics = 0
      for k in clusters[c].mentions {
        for (label, strength) in mentions[k].evidence { score[label, default: 0] += strength }
        if let job = mentions[k].job { jobs[job, default: 0] += 1 }
        if mentions[k].afterHonorific { honorifics += 1 }
      }
      let known = clusters[c].known
      var mainJob: String?
      if let film = known.first(where: { !$0.roles.isEmpty }), let role = film.roles.first {
        // A credit the user gave outweighs any cue; the lexicon's is only a prior.
        score[role == "actor" ? .cast : .crew, default: 0] += film.credited ? 4 : 1
        mainJob = film.roles.first(where: { $0 != "actor" })
      } else if !known.isEmpty {
        score[.person, default: 0] += 2
      }
      // "Mr Pettifer", "Aunt Sally": a title of address marks a character, once per referent;
      // but not someone the review has shown to be a performer or film-maker, whom a newspaper
      // calls "Mr. Coppola" or "Ms. Emmanuel" on every later mention.
      if honorifics > 0, !known.contains(where: { !$0.roles.isEmpty }),
        (score[.cast] ?? 0) < 2, (score[.crew] ?? 0) < 2
      {
        score[.character, default: 0] += 1
      }
      var label: EntityLabel
      if let best = score.max(by: { ($0.value, rank($0.key)) < ($1.value, rank($1.key)) }) {
        label = best.key
      } else if clusters[c].mentions.contains(where: { mentions[$0].tokenCount > 1 }) {
        // A full name nothing explains: in a review of a fiction, far more often someone in
        // the cast than anyone else; in a documentary, someone the film is about. Critics
        // call performers by surname and characters by first name, so a full name whose later
        // mentions use the first name more than the surname is a character.
        if !isDocumentary, callsByFirstName(c) {
          label = .character
        } else {
          label = isDocumentary ? .person : .cast
        }
      } else {
        label = .character
      }
      clusters[c].label = label
      clusters[c].score = score
      clusters[c].jobs = jobs
      // Without a cue of its own, a mention takes the person's main credit: the lexicon's
      // first job, else director when any cue said so, else the commonest cue.
      clusters[c].mainJob =
        mainJob ?? (jobs["director"] != nil ? "director" : nil)
        ?? jobs.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key ?? "director"
    }
  }

  /// A capitalised run that nothing explains (no cue, no pattern, unknown to the lexicons)
  /// and that is not shaped like a person's name ("War Boys", "Mountain Dew", "Bel Air",
  /// "Comeback Special") is no entity: a guess of CAST for it is wrong far more often than
  /// right. A run shaped like a name (a known given name first, a known surname last, a
  /// hyphenated part as in "Jin Dae-yeon") keeps the default.
  private mutating func dropUnexplainedNonNames() {
    for c in clusters.indices where clusters[c].score.isEmpty && clusters[c].known.isEmpty {
      let full = clusters[c].mentions.filter { mentions[$0].tokenCount > 1 }
      // A name the review comes back to ("… Randolph makes Mary …") is a name.
      guard !full.isEmpty, clusters[c].mentions.count == 1 else { continue }
      // "the West Virginia farmer": a name used as a modifier after an article
      let modifier = full.allSatisfy { k in
        Self.articleWords.contains(tokenAt: mentions[k].first - 1, of: tokens)
          && isModifier(after: mentions[k].last)
      }
      let nameShaped =
        !modifier
        && full.contains { k in
          let m = mentions[k]
          return names.isSurname(tokens[m.last - 1].lower)
            || (m.first..<m.last).contains { index in
              let word = tokens[index].lower
              return names.isGivenName(word) || word.contains("-") || word.contains("'")
            }
        }
      guard !nameShaped else { continue }
      for k in clusters[c].mentions { mentions[k].cluster = nil }
      clusters[c].mentions = []
    }
  }

  /// Do the one-word mentions of cluster `c` use its first name more often than its last?
  private func callsByFirstName(_ c: Int) -> Bool {
    let words = clusters[c].name.split(separator: " ")
    guard words.count > 1, let firstWord = words.first, let lastWord = words.last else {
      return false
    }
    let first = NameFolding.fold(String(firstWord))
    let last = NameFolding.fold(String(lastWord))
    var byFirst = 0
    var byLast = 0
    for k in clusters[c].mentions where mentions[k].tokenCount == 1 {
      if mentions[k].key == first { byFirst += 1 } else if mentions[k].key == last { byLast += 1 }
    }
    return byFirst > byLast
  }

  private func rank(_ label: EntityLabel) -> Int {
    switch label {
    case .character: 5
    case .cast: 4
    case .crew: 3
    case .person: 2
    case .title: 1
    case .org: 0
    }
  }
}
