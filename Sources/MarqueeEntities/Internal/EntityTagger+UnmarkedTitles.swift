/// Titles that nothing marks: no quotation marks or italics (plain text copied from a web page
/// loses them), and a film too new or too small for the lexicon. Critics still give them away by
/// the words around them:
/// - a film-maker's possessive before a run that is not a name ("Greg Kwedar’s Broken
///   Lanterns", "Corbet’s The Brutalist");
/// - a credit after it ("Conclave, directed by Edward Berger, …");
/// - a year in parentheses after it ("Anora (2024)");
/// - a fronted credit before the sentence's subject ("Directed by Greg Kwedar, Broken Lanterns
///   is …").
extension EntityTagger {
  /// Credit phrases that, after a comma, say the run before the comma is a film.
  static let creditsAfterTitle: KeyTable<Void> = [
    "directed", "written", "co-directed", "co-written", "produced", "shot", "adapted",
  ]

  /// Marks the unknown runs these cues show to be titles, and the possessive owner of one as
  /// its director. Runs after the context rules and before clustering.
  mutating func readUnmarkedTitles() {
    var found: KeyTable<Void> = []
    for k in mentions.indices where hasTitleCue(k) {
      let m = mentions[k]
      guard isUnexplainedRun(m) else { continue }
      let before = m.key
      defer { if mentions[k].label == .title { found.insert(before) } }
      // An actor's possessive usually names a role ("Zendaya’s Chani", "Derulo’s Rum Tum
      // Tugger"), but not one with an article ("Corbet’s The Brutalist"), nor a run that a
      // film-maker owns or that the review names again.
      if let owner = possessiveOwner(before: m), hasTitleShape(m),
        startsWithArticle(m)
          || (m.tokenCount >= 2 && !isActor(mentions[owner])
            && (isFilmMaker(mentions[owner]) || occurs(m.key, besides: k)))
      {
        markTitle(k)
        mentions[owner].add(.crew, 2)
        if mentions[owner].job == nil { mentions[owner].job = "director" }
        continue
      }
      let atClauseStart = m.first == 0 || tokens[m.first].startsSentence
      if atClauseStart, lower(m.last) == ",", Self.creditsAfterTitle.contains(lower(m.last + 1)),
        lower(m.last + 2) == "by" || lower(m.last + 2) == "and"
      {
        markTitle(k)
        continue
      }
      if lower(m.last) == "(", isYear(m.last + 1), lower(m.last + 2) == ")" {
        markTitle(k)
        continue
      }
      if followsFrontedCredit(m) {
        markTitle(k)
        mentions[k].evidence = LabelScores()
        mentions[k].job = nil
      }
    }
    // The same run elsewhere in the review, before or after the cue
    guard !found.isEmpty else { return }
    for k in mentions.indices where isUnexplainedRun(mentions[k]) && found.contains(mentions[k].key)
    {
      markTitle(k)
    }
  }

  /// Whether a cue the rules above read stands next to mention `k`: a possessive before it
  /// (perhaps with an article between), or a comma or parenthesis after it, or a comma before
  /// it. A quick test on the mention's edges, read in place, before the full rules.
  private func hasTitleCue(_ k: Int) -> Bool {
    let first = mentions[k].first
    let last = mentions[k].last
    if first >= 2, tokens[first - 1].isPossessive || tokens[first - 2].isPossessive {
      return true
    }
    if last < tokens.count, tokens[last].lower.equals(",") || tokens[last].lower.equals("(") {
      return true
    }
    return first >= 4 && tokens[first - 1].lower.equals(",")
  }

  /// A candidate no lexicon, cue or pattern has explained yet, and whose edges are clear: a
  /// run that a longer title may continue across small words or a possessive ("Dawn of the
  /// Dead", "The Passion of the Christ", "A Bug’s Life") is left alone, as its span is unsure.
  private func isUnexplainedRun(_ m: Mention) -> Bool {
    m.label == nil && m.orgKind == nil && m.known.isEmpty && m.characterName == nil
      && !m.isQuotedTitle && !m.isBlocked && !m.afterHonorific && !mayContinue(m)
  }

  private func mayContinue(_ m: Mention) -> Bool {
    if isPossessive(at: m.last), token(m.last + 1)?.isCapitalised == true {
      return true
    }
    var after = m.last
    while after < tokens.count, after - m.last < 3, isSmallTitleWord(after) { after += 1 }
    if after > m.last, token(after)?.isCapitalised == true { return true }
    // "Sleepaway Camp II: Unhappy Campers": a subtitle after a colon
    if m.first >= 2, lower(m.first - 1) == ":", tokens[m.first - 2].isCapitalised { return true }
    var before = m.first - 1
    while before >= 0, m.first - before <= 3, isSmallTitleWord(before) { before -= 1 }
    return before < m.first - 1 && before >= 0 && tokens[before].isCapitalised
      && tokens[before].isWord
  }

  private func isSmallTitleWord(_ index: Int) -> Bool {
    !tokens[index].isCapitalised && Self.titleSmallWords.contains(tokens[index].lower)
  }

  /// Lowercase words inside English titles between capitalised ones.
  static let titleSmallWords: KeyTable<Void> = [
    "of", "the", "and", "in", "on", "to", "a", "an", "for", "from", "with", "at", "by",
  ]

  /// No word of the run is a given name or a rank, so it does not read as a person's name
  /// (surnames are allowed: "Glass", "Stone" and "Little" are English words too); and every word
  /// has at least two letters ("Divine G" is a name).
  private func hasTitleShape(_ m: Mention) -> Bool {
    for index in m.first..<m.last where tokens[index].isWord {
      let word = tokens[index].lower
      if word.count < 2 || names.isGivenName(word) || patterns.honorifics.contains(word) {
        return false
      }
    }
    return true
  }

  private func startsWithArticle(_ m: Mention) -> Bool {
    m.first > 0 && tokens[m.first - 1].isCapitalised
      && Self.titleArticles.contains(tokens[m.first - 1].lower)
  }

  static let titleArticles: KeyTable<Void> = ["the", "a", "an"]

  private func isFilmMaker(_ m: Mention) -> Bool {
    m.evidence[.crew] != nil || m.known.contains { $0.roles.first == "director" }
  }

  /// Whether another mention has `key`.
  private func occurs(_ key: String, besides k: Int) -> Bool {
    mentions.indices.contains { $0 != k && mentions[$0].key == key }
  }

  /// The mention whose possessive ’s stands right before `m` (or before its article).
  private func possessiveOwner(before m: Mention) -> Int? {
    var index = m.first - 1
    if startsWithArticle(m) { index -= 1 }
    guard index >= 1, tokens[index].isPossessive else { return nil }
    return mention(endingBefore: index)
  }

  /// "Directed by Greg Kwedar, Broken Lanterns is …": the sentence opens with a credit whose
  /// name ends right before the comma in front of `m`, and a verb follows `m`.
  private func followsFrontedCredit(_ m: Mention) -> Bool {
    guard m.first >= 4, lower(m.first - 1) == ",", hasTitleShape(m),
      let credited = mention(endingBefore: m.first - 1)
    else { return false }
    let byIndex = mentions[credited].first - 1
    guard lower(byIndex) == "by", Self.creditsAfterTitle.contains(lower(byIndex - 1)),
      byIndex - 1 == 0 || tokens[byIndex - 1].startsSentence
    else { return false }
    return Self.subjectVerbs.contains(lower(m.last))
  }

  /// Verbs a film does as a sentence's subject.
  static let subjectVerbs: KeyTable<Void> = [
    "is", "was", "has", "stars", "follows", "tells", "opens", "begins", "feels", "plays",
    "runs", "offers", "remains", "becomes", "takes", "centres", "centers",
  ]

  private func isYear(_ index: Int) -> Bool {
    guard let t = token(index), t.lower.utf8.count == 4, let year = Int(t.lower) else {
      return false
    }
    return (1880...2100).contains(year)
  }

  /// Makes mention `k` a film title, taking in a capitalised article right before it.
  private mutating func markTitle(_ k: Int) {
    if startsWithArticle(mentions[k]) {
      let first = mentions[k].first - 1
      mentions[k].first = first
      mentions[k].start = tokens[first].start
      mentions[k].surface = scalarText(mentions[k].start..<mentions[k].end)
      mentions[k].key = NameFolding.fold(mentions[k].surface)
    }
    mentions[k].label = .title
    mentions[k].work = "film"
    documentTitles[mentions[k].key] = mentions[k].surface
  }
}
