/// Finds the evaluative expressions of one sentence and composes their values with the shifters
/// around them. Rules compute first, then apply:
///
/// 1. Scan the tokens left to right, taking at each position the longer of the lexicon match
///    and the shifter match. On a tie the context decides: a graduation word ("pretty",
///    "terribly") is a shifter only when an evaluative word follows within its window; a stance
///    adverb that is also a contrast marker ("sadly", "unfortunately") is both.
/// 2. Attach each shifter to the expressions in its scope (`forward`, `backward`, `clause`,
///    `sentence`, `gap`, `quoted`, contrast `after` / `before`). A marker that evaluates by
///    itself (`self`: "oh great", "better than", "would be better if") becomes an expression.
///    Scopes never cross a clause boundary (`, ; : ( )`, a dash, or a contrast marker).
/// 3. Compute each score from its prior, applying shifters innermost first: multipliers
///    multiply, excess ("too") holds the score at most at its ceiling, sarcasm inverts praise
///    only; then "!" and capitals strengthen. Target-dependent words ("dark", "bleak", "slow")
///    score nothing before a genre or tone noun ("a dark comedy") and keep their value before a
///    craft noun ("slow pacing").
/// 4. Mark each span as `Corpora/GUIDELINES-evaluations.md` does: the expression with its
///    modifiers, its noun phrase (determiner, modifier list, head, a verb whose object it is)
///    and its complement to the end of the clause, starting after a copula (``widen(_:tokens:)``);
///    then join what is one judgement: a list of attributive adjectives and their noun, two
///    predicative adjectives with an internal contrast ("gorgeous but hollow"), and expressions
///    of one clause with only words between them. "best" in an award name judges nothing.
///
/// - Complexity: O(n) in the number of tokens; every scope is bounded by its window or by
///   ``maxScope`` tokens.
struct SentenceAppraiser: Sendable {
  let lexicon: EvaluativeLexicon
  let shifters: ShifterLexicon
  let cues: EvaluateCues

  /// The furthest a clause- or sentence-wide scope reaches, so pathological input stays linear.
  static let maxScope = 60
  /// Contrast markers that only contrast at the start of a sentence ("Still, …", "Sure, …").
  static let initialContrasts: WordSet = [
    "still", "sure", "true", "only", "granted", "instead", "except", "alas",
  ]
  static let boundaries: WordSet = [
    ",", ";", ":", "(", ")", "-", "--", "—", "–", ".", "!", "?", "...", "…",
  ]

  /// The tokens of one sentence, with the facts of each looked up once per distinct word (see
  /// ``WordFacts``) so the scans below compare flags instead of hashing strings.
  struct Tokens {
    /// The word table's facts (``WordTable/allFacts``) and each token's entry in them: the
    /// facts of its normalized word (lowercase, straight apostrophes, as the lexicons key them).
    /// Indices, not references, so filling the view does no reference counting per token.
    var allFacts: [WordFacts] = []
    var entries: [Int32] = []
    /// The word table's lexicon words (``WordTable/lexicals``), indexed like ``allFacts``.
    var allLexicals: [EvaluativeLexicon.Word] = []
    /// The text's scalars, and each token's range in them (see ``surface(_:)``).
    var scalars: [Unicode.Scalar] = []
    var ranges: [Range<Int>] = []
    /// The lexicon trie symbols of every token's forms (``EvaluativeLexicon/Word/forms``), one
    /// token after another; token `i`'s end at `formEnds[i]`.
    var forms: [PhraseTrie.Symbol] = []
    var formEnds: [Int32] = []
    /// Each word's symbol in the shifter trie.
    var shifterSymbols: [PhraseTrie.Symbol] = []
    /// Each token's word-list classes and surface shape.
    var flags: [TokenFlags] = []
    /// Each word's cue roles (see ``WordFacts/roles``).
    var roles: [UInt8] = []
    /// The aspect each word names, if any.
    var aspects: [Aspect?] = []
    /// The "!" of the sentence's words that start or end with "!".
    var exclamations = 0

    /// The number of tokens.
    var count: Int { entries.count }

    /// The facts of the token at `index`.
    func facts(_ index: Int) -> WordFacts {
      allFacts[Int(entries[index])]
    }

    /// The normalized word at `index`.
    func word(_ index: Int) -> String {
      facts(index).word
    }

    /// The token at `index` as written.
    func surface(_ index: Int) -> String {
      EvaluateStage.string(scalars[ranges[index]])
    }

    /// Empties every array, keeping the storage, with room for `count` tokens.
    mutating func removeAll(reservingCapacity count: Int) {
      // Dropped, so the word table can grow in place without copying its facts.
      allFacts = []
      allLexicals = []
      entries.removeAll(keepingCapacity: true)
      ranges.removeAll(keepingCapacity: true)
      shifterSymbols.removeAll(keepingCapacity: true)
      forms.removeAll(keepingCapacity: true)
      formEnds.removeAll(keepingCapacity: true)
      flags.removeAll(keepingCapacity: true)
      roles.removeAll(keepingCapacity: true)
      aspects.removeAll(keepingCapacity: true)
      exclamations = 0
      // The arrays grow together, so one look at a capacity tells whether any must grow.
      guard entries.capacity < count else { return }
      entries.reserveCapacity(count)
      ranges.reserveCapacity(count)
      shifterSymbols.reserveCapacity(count)
      formEnds.reserveCapacity(count)
      flags.reserveCapacity(count)
      roles.reserveCapacity(count)
      aspects.reserveCapacity(count)
    }
  }

  private struct Marker {
    var entry: ShifterEntry
    var range: Range<Int>
    var gaps: [Range<Int>]
  }

  /// The appraisals of a sentence, in token order, with |score| ≥ 0.05.
  func appraise(_ tokens: Tokens) -> [Appraisal] {
    let count = tokens.count
    var found: [Appraisal] = []
    var markers: [Marker] = []
    // Allocated only when a marker with gaps consumes tokens.
    var consumed: [Bool] = []
    let flags = tokens.flags
    let context = Context(flags: flags)
    var index = 0
    while index < count {
      if (!consumed.isEmpty && consumed[index])
        || (flags[index].contains(.boundary) && !flags[index].contains(.question))
      {
        index += 1
        continue
      }
      // Most words start no lexicon entry: the flag is read before any call.
      let lexical =
        flags[index].contains(.inLexicon) && readsAsEvaluation(tokens, at: index)
        ? usableMatch(tokens, at: index) : nil
      let shifterMatch =
        flags[index].contains(.startsShifter)
        ? shifters.longestMatch(symbols: tokens.shifterSymbols, at: index) : nil
      let marker = shifterMatch.flatMap { match in
        chooseEntry(match, tokens: tokens, context: context).map {
          Marker(entry: $0, range: match.range, gaps: match.gaps)
        }
      }
      let lexicalLength = lexical?.range.count ?? 0
      let markerLength = marker?.range.count ?? 0
      if lexicalLength == 0 && markerLength == 0 {
        index += 1
        continue
      }
      if let marker,
        markerLength > lexicalLength
          || (markerLength == lexicalLength && prefersMarker(marker, tokens: tokens))
      {
        markers.append(marker)
        if marker.entry.kind == .contrast, let lexical, markerLength == lexicalLength {
          found.append(makeAppraisal(lexical))
        }
        if marker.gaps.isEmpty {
          index = marker.range.upperBound
          // The standard of a comparison is not evaluated: "better than the original".
          if marker.entry.kind == .comparative, index + 1 < count,
            flags[index].contains(.determiner),
            flags[index + 1].contains(.comparisonStandard)
          {
            index += 2
          }
        } else {
          // Keep scanning inside the gaps, so "not as funny as" still finds "funny".
          var inGap = [Bool](repeating: false, count: marker.range.count)
          for gap in marker.gaps {
            for position in gap { inGap[position - marker.range.lowerBound] = true }
          }
          for position in marker.range where !inGap[position - marker.range.lowerBound] {
            if consumed.isEmpty { consumed = [Bool](repeating: false, count: count) }
            consumed[position] = true
          }
          index += 1
        }
      } else if let lexical {
        found.append(makeAppraisal(lexical))
        index = lexical.range.upperBound
      } else {
        index += 1
      }
    }
    found = foldAdverbs(found, tokens: tokens)
    let clause = clauseNumbers(flags, markers: markers)
    attach(markers, to: &found, tokens: tokens, clause: clause)
    typography(tokens, &found)
    for position in found.indices {
      compose(&found[position], tokens: tokens, clause: clause)
    }
    found.sort { $0.span.lowerBound < $1.span.lowerBound }
    found.removeAll { isFixedName($0, tokens: tokens) }
    widen(&found, tokens: tokens)
    return mergeClauseNeighbours(
      mergePredicativePairs(
        mergeAttributiveLists(found.filter { abs($0.score) >= 0.05 }, tokens: tokens),
        tokens: tokens),
      tokens: tokens)
  }

  /// The most words between two expressions of one clause that ``mergeClauseNeighbours`` joins.
  static let maxNeighbourGap = 6

  /// Words that keep two expressions of a clause apart: each side of a coordination judges by
  /// itself, and a copula starts a new predicate.
  static let neighbourSeparators: WordSet = ["and", "but", "or", "nor", "yet"]

  /// Joins an expression with the next one when both lie in one clause, at most
  /// ``maxNeighbourGap`` words apart, with no punctuation, quotation mark, coordinating
  /// conjunction or copula between them: the second is then part of the first's complement
  /// ("a poetic ambiguity that he has not quite earned", "a dazzling stunt in search of a
  /// soul"), one judgement with one span, scored by the first (the head); the verdict still
  /// counts every part.
  ///
  /// - Complexity: O(n) in the number of appraisals (each gap is bounded).
  private func mergeClauseNeighbours(_ found: [Appraisal], tokens: Tokens) -> [Appraisal] {
    guard found.count > 1 else { return found }
    let flags = tokens.flags
    func joins(_ left: Appraisal, _ right: Appraisal) -> Bool {
      // A subject opens a new clause ("for all its flaws I loved it").
      guard right.span.lowerBound >= left.span.upperBound,
        right.span.lowerBound - left.span.upperBound <= Self.maxNeighbourGap,
        !flags[right.span.lowerBound].contains(.subject)
      else { return false }
      let gap = left.span.upperBound..<right.span.lowerBound
      return !gap.contains { position in
        flags[position].contains(.boundary) || flags[position].contains(.quotationMark)
          || flags[position].contains(.copula)
          || Self.neighbourSeparators.contains(tokens.word(position))
      }
    }
    return Self.mergeRuns(found, joins: joins) { run in
      // The head expression judges; what its complement adds does not turn it round.
      var merged = Self.merge(found[run], last: found[run.upperBound])
      merged.score = found[run.lowerBound].score
      merged.isMixed = found[run.lowerBound].isMixed
      return [merged]
    }
  }

  /// `found` with each maximal run of two or more neighbours that `joins` links replaced by
  /// what `combine` makes of the run's indices; the rest unchanged. A sentence with nothing to
  /// join comes back as it is, without a new array.
  private static func mergeRuns(
    _ found: [Appraisal], joins: (Appraisal, Appraisal) -> Bool,
    combine: (ClosedRange<Int>) -> [Appraisal]
  ) -> [Appraisal] {
    guard found.indices.dropLast().contains(where: { joins(found[$0], found[$0 + 1]) }) else {
      return found
    }
    var result: [Appraisal] = []
    result.reserveCapacity(found.count)
    var start = 0
    while start < found.count {
      var end = start
      while end + 1 < found.count && joins(found[end], found[end + 1]) { end += 1 }
      if end > start {
        result.append(contentsOf: combine(start...end))
      } else {
        result.append(found[start])
      }
      start = end + 1
    }
    return result
  }

  /// Conjunctions that join two predicative adjectives into one judgement.
  static let pairConjunctions: WordSet = ["and", "but", "yet"]

  /// Joins two predicative adjectives of one subject, joined by a bare "and", "but" or "yet",
  /// into one expression: "both funny and touching", "gorgeous but hollow" (mixed). The first
  /// must follow a copula or "both"; a longer list with commas stays split ("tender, lovely
  /// and a little too tidy").
  ///
  /// - Complexity: O(n) in the number of appraisals.
  private func mergePredicativePairs(_ found: [Appraisal], tokens: Tokens) -> [Appraisal] {
    guard found.count > 1 else { return found }
    let flags = tokens.flags
    func pairs(_ left: Appraisal, _ right: Appraisal) -> Bool {
      // Cheap tests first: most neighbours are not adjacent adjectives.
      guard left.isAdjective, right.isAdjective, left.span.upperBound == left.cue.upperBound,
        right.span.lowerBound == left.span.upperBound + 1
      else { return false }
      let start = left.span.lowerBound
      let both = tokens.word(start) == "both" || (start > 0 && tokens.word(start - 1) == "both")
      guard both || (start > 0 && flags[start - 1].contains(.copula)) else { return false }
      let conjunction = tokens.word(left.span.upperBound)
      return conjunction == "but" || conjunction == "yet" || (conjunction == "and" && both)
    }
    // Most sentences have nothing to join: return them without building a new array.
    guard found.indices.dropLast().contains(where: { pairs(found[$0], found[$0 + 1]) }) else {
      return found
    }
    var result: [Appraisal] = []
    result.reserveCapacity(found.count)
    var index = 0
    while index < found.count {
      if index + 1 < found.count && pairs(found[index], found[index + 1]) {
        result.append(Self.merge(found[index...(index + 1)], last: found[index + 1]))
        index += 2
      } else {
        result.append(found[index])
        index += 1
      }
    }
    return result
  }

  /// One expression made of consecutive parts: their span and cues, the mean of their scores,
  /// mixed when they disagree in sign.
  private static func merge(_ parts: ArraySlice<Appraisal>, last: Appraisal) -> Appraisal {
    var merged = last
    let first = parts.first ?? last
    merged.span = first.span.lowerBound..<merged.span.upperBound
    merged.cue = first.cue.lowerBound..<merged.cue.upperBound
    merged.cueNames = parts.flatMap(\.cueNames)
    merged.shifters = parts.flatMap(\.shifters)
    merged.score = parts.reduce(0) { $0 + $1.score } / Double(parts.count)
    merged.parts = parts.flatMap(\.evidence)
    merged.isMixed =
      parts.contains { $0.isMixed }
      || (parts.contains { $0.score > 0 } && parts.contains { $0.score < 0 })
    merged.isFilmSense = parts.contains { $0.isFilmSense }
    merged.lexiconAspect = parts.lazy.compactMap(\.lexiconAspect).first
    return merged
  }

  /// Joins a list of attributive adjectives and the noun they share into one expression ("a
  /// grim, murky, hurried thing"): parts separated only by a comma or "and", the first opening
  /// with a determiner, every part but the last ending at its adjective, the last taking the
  /// noun. The score is the parts' mean; parts of opposite sign make it mixed. A predicative
  /// list ("tender, lovely and a little too tidy") stays split: each part judges by itself.
  ///
  /// - Complexity: O(n) in the number of appraisals.
  private func mergeAttributiveLists(_ found: [Appraisal], tokens: Tokens) -> [Appraisal] {
    guard found.count > 1 else { return found }
    let flags = tokens.flags
    /// Whether `right` continues the list of `left`: after a comma or "and", or as the noun
    /// it modifies right after it ("uncanny precision").
    func joins(_ left: Appraisal, _ right: Appraisal) -> Bool {
      guard left.isAdjective, left.span.upperBound == left.cue.upperBound,
        right.span.lowerBound >= left.span.upperBound,
        right.span.lowerBound - left.span.upperBound <= 2
      else { return false }
      if right.span.lowerBound == left.span.upperBound { return right.isNoun }
      return (left.span.upperBound..<right.span.lowerBound).allSatisfy {
        let word = tokens.word($0)
        return word == "," || word == "and"
      }
    }
    return Self.mergeRuns(found, joins: joins) { run in
      // "uncanny precision": an adjective right before the noun it modifies
      let modifiesNoun = run.dropFirst().contains {
        found[$0].span.lowerBound == found[$0 - 1].span.upperBound
      }
      let last = found[run.upperBound]
      guard
        modifiesNoun
          || (flags[found[run.lowerBound].span.lowerBound].contains(.determiner)
            && last.span.upperBound > last.cue.upperBound)
      else { return Array(found[run]) }
      var merged = Self.merge(found[run], last: last)
      if modifiesNoun, last.isNoun, !last.isAdjective {
        // The adjectives judge the noun they modify: "a good joke" is praise.
        let modifiers = Self.merge(
          found[run.lowerBound..<run.upperBound], last: found[run.upperBound - 1])
        merged.score = modifiers.score
        merged.isMixed = modifiers.isMixed
      }
      return [merged]
    }
  }

  /// Words after "best" that make it part of a name, not a judgement: an award category ("won
  /// best picture", "the best screenplay prize") or an idiom ("best known", "best friend").
  static let bestNames: WordSet = [
    "picture", "actor", "actress", "director", "screenplay", "documentary", "international",
    "animated", "supporting", "original", "foreign", "known", "friend", "friends",
  ]

  /// Whether an appraisal is "best" inside an award name or an idiom (see ``bestNames``).
  private func isFixedName(_ appraisal: Appraisal, tokens: Tokens) -> Bool {
    let cue = appraisal.cue
    return cue.count == 1 && cue.upperBound < tokens.count && tokens.word(cue.lowerBound) == "best"
      && Self.bestNames.contains(tokens.word(cue.upperBound))
  }

  // MARK: - Span boundaries

  /// The most words a widened span takes as the head noun of an attributive adjective.
  static let maxHeadWords = 3

  /// Widens each span to the expression the guidelines mark, without crossing a neighbour's span
  /// or a clause boundary:
  ///
  /// - a determiner right before the span joins it ("a masterpiece", "the best scene");
  /// - an evaluative adverb takes the word right after it ("effortlessly legible");
  /// - an attributive adjective (after a determiner or a possessive) takes the noun phrase it
  ///   modifies: up to ``maxHeadWords`` words that are not function words, and after the first
  ///   none that looks like a verb ("a devastating Riz Ahmed", "astonishing first feature").
  ///
  /// - Complexity: O(n) in the number of tokens: each span looks at a bounded number of tokens.
  private func widen(_ found: inout [Appraisal], tokens: Tokens) {
    let flags = tokens.flags
    for position in found.indices {
      let floor = position > 0 ? found[position - 1].span.upperBound : 0
      let ceiling =
        position + 1 < found.count ? found[position + 1].span.lowerBound : tokens.count
      let cue = found[position].cue
      var span = found[position].span
      // "not a perfect": a determiner between a shifter and the cue.
      var attributive = (span.lowerBound..<cue.lowerBound).contains {
        flags[$0].contains(.determiner)
      }
      if span.lowerBound - 1 >= floor, flags[span.lowerBound - 1].contains(.determiner) {
        span = (span.lowerBound - 1)..<span.upperBound
        attributive = true
      } else if span.lowerBound > 0, flags[span.lowerBound - 1].contains(.possessive) {
        attributive = true
      }
      if found[position].isAdverb, span.upperBound < ceiling,
        flags[span.upperBound].contains(.letters),
        !flags[span.upperBound].contains(.nonHead),
        !flags[span.upperBound].contains(.capitalized)
      {
        // An adverb keeps the word it modifies: "effortlessly legible", "painfully real".
        span = span.lowerBound..<(span.upperBound + 1)
      }
      if attributive && found[position].isAdjective && cue.upperBound == span.upperBound {
        span = span.lowerBound..<headEnd(after: span.upperBound, ceiling: ceiling, flags: flags)
      } else if span.upperBound > span.lowerBound + 1,
        Self.complementLinks.contains(tokens.word(span.upperBound - 1))
      {
        // "a marvel of" takes what it is a marvel of; "funnier than" what it is funnier than.
        var start = span.upperBound
        if start < ceiling,
          flags[start].contains(.determiner) || Self.quantifiers.contains(tokens.word(start))
        {
          start += 1
        }
        let end = headEnd(after: start, ceiling: ceiling, flags: flags)
        if end > start { span = span.lowerBound..<end }
      }
      if !attributive && (found[position].isAdjective || found[position].madeBy != nil)
        && span.lowerBound < cue.lowerBound
        && cue.upperBound == span.upperBound && span.upperBound + 1 < ceiling
        && Self.indefiniteArticles.contains(tokens.word(span.upperBound))
      {
        // "too neat a release", "so good a film": the degree word puts the noun after "a".
        let end = headEnd(after: span.upperBound + 1, ceiling: ceiling, flags: flags)
        if end > span.upperBound + 1 { span = span.lowerBound..<end }
      }
      if attributive,
        span.upperBound + 1 < ceiling, tokens.word(span.upperBound) == "of"
      {
        // A noun phrase of judgement keeps what it is of: "a tour de force of orchestration".
        var start = span.upperBound + 1
        if flags[start].contains(.determiner) { start += 1 }
        let end = headEnd(after: start, ceiling: ceiling, flags: flags)
        if end > start { span = span.lowerBound..<end }
      }
      if (attributive || found[position].isNoun) && span.lowerBound - 1 >= floor
        && tokens.word(span.lowerBound - 1) == "with"
      {
        // A manner phrase keeps its preposition: "with uncanny precision".
        span = (span.lowerBound - 1)..<span.upperBound
      }
      found[position].span = predicate(
        span, cue: cue, floor: floor, ceiling: ceiling, tokens: tokens)
    }
  }

  /// The most words between a copula and a span that the span takes back to the copula.
  static let maxCopulaGap = 4

  /// Widens a span to the predicate it belongs to, as the guidelines mark it:
  ///
  /// - a negation split from its word by the tokenizer stays with it ("can|not", "does|n't");
  /// - after a copula the span starts right after it, taking the words in between ("is
  ///   often very good");
  /// - the span runs to the end of its clause (the next boundary or quotation mark), taking
  ///   the complement or relative clause of its head ("the best debut I have seen in years",
  ///   "superb at playing a man who performs calm"), unless another expression comes first;
  ///   trailing marks that are not words ("*") stay outside.
  ///
  /// - Complexity: O(k) in the tokens of the clause, bounded by ``maxScope``.
  private func predicate(
    _ span: Range<Int>, cue: Range<Int>, floor: Int, ceiling: Int, tokens: Tokens
  ) -> Range<Int> {
    let flags = tokens.flags
    var lower = span.lowerBound
    var upper = span.upperBound
    if lower > floor, tokens.ranges[lower - 1].upperBound == tokens.ranges[lower].lowerBound,
      flags[lower - 1].contains(.letters), flags[lower].contains(.negation)
    {
      lower -= 1
    }
    lower = nounPhraseStart(lower, floor: floor, tokens: tokens)
    if flags[lower].contains(.determiner), lower > floor,
      flags[lower - 1].isSuperset(of: [.letters]), !flags[lower - 1].contains(.capitalized),
      !flags[lower - 1].contains(.copula),
      (flags[lower - 1].contains(.inflected) && !flags[lower - 1].contains(.nonHead))
        || Self.lightVerbs.contains(tokens.word(lower - 1)),
      !Self.presentingVerbs.contains(tokens.word(lower - 1))
    {
      // A verb whose object is the judgement belongs to it ("has a gift for reflections"),
      // but "give" only presents the performance its object judges ("gives a devastating
      // performance").
      lower -= 1
    }
    if lower > floor {
      // A manner or concessive lead-in belongs to the phrase: "with admirable abandon", "for
      // all its grandeur", "whatever its flaws", "and then simply painful".
      let word = tokens.word(lower - 1)
      if Self.leadIns.contains(word) {
        lower -= 1
      } else if word == "all", lower - 1 > floor, tokens.word(lower - 2) == "for" {
        lower -= 2
      }
    }
    var probe = lower - 1
    while probe >= floor && lower - probe <= Self.maxCopulaGap + 1 {
      // "'s" is a copula after a pronoun ("it's"), a possessive after a name.
      if flags[probe].contains(.copula)
        && (tokens.word(probe) != "'s" || (probe > 0 && flags[probe - 1].contains(.subject)))
      {
        lower = probe + 1
        break
      }
      // A subject between them ("Is it any good?") means the copula is not this predicate's.
      guard flags[probe].contains(.letters), !flags[probe].contains(.subject) else { break }
      probe -= 1
    }
    guard upper < flags.count, !takesNoComplement(lower..<upper, cue: cue, tokens: tokens) else {
      return lower..<upper
    }
    var end = upper
    let limit = min(flags.count, upper + Self.maxScope)
    while end < limit && !flags[end].contains(.boundary) && !flags[end].contains(.quotationMark) {
      // A second predicate of the same subject is its own clause: "won the prize for best
      // screenplay | and was released by Neon".
      if end + 1 < limit, Self.coordinators.contains(tokens.word(end)),
        flags[end + 1].contains(.copula)
      {
        break
      }
      end += 1
    }
    if end <= ceiling {
      while end > upper
        && (!Self.isWordLike(tokens, end - 1)
          || Self.danglingWords.contains(tokens.word(end - 1)))
      {
        end -= 1
      }
      upper = end
    }
    return lower..<upper
  }

  /// Conjunctions that can join a second predicate to a clause.
  static let coordinators: WordSet = ["and", "but", "or", "yet"]

  /// Words a span never ends with: they only link to what the clause boundary cut off ("to"
  /// may end an elliptical infinitive: "deserved to").
  static let danglingWords: WordSet = [
    "and", "or", "but", "nor", "yet", "of", "in", "on", "at", "by", "for", "with", "from",
    "into", "about", "as", "than", "that", "which", "who", "whose", "the", "a", "an",
  ]

  /// The most tokens a noun phrase's modifiers reach back from the span to its determiner.
  static let maxModifierRun = 6

  /// The start of the noun phrase a span begins inside: back over a run of modifiers
  /// (lowercase words, commas, "and", possessives) to the determiner that opens it, so a list of
  /// adjectives stays with its noun ("a grim, murky, hurried thing", "the film's comic and
  /// emotional core"); `lower` itself when no determiner closes the run.
  private func nounPhraseStart(_ lower: Int, floor: Int, tokens: Tokens) -> Int {
    let flags = tokens.flags
    // A span that starts with a verb ("deserved") has its subject before it, not modifiers.
    guard flags[lower].contains(.letters), !flags[lower].contains(.nonHead),
      !flags[lower].contains(.determiner), !flags[lower].contains(.inflected)
    else { return lower }
    var probe = lower - 1
    // After a list mark an inflected word is a modifier ("a camp, wounded"); before any it
    // may be the verb of a subject ("The plot grows increasingly absurd").
    var isList = false
    while probe >= floor && lower - probe <= Self.maxModifierRun {
      if flags[probe].contains(.determiner) { return probe }
      let word = tokens.word(probe)
      if word == "," || word == "and" { isList = true }
      let modifier =
        word == "," || word == "and" || flags[probe].contains(.possessive)
        || (flags[probe].contains(.letters) && !flags[probe].contains(.capitalized)
          && !flags[probe].contains(.nonHead) && !flags[probe].contains(.copula)
          && (isList || !flags[probe].contains(.inflected)))
      guard modifier else { break }
      probe -= 1
    }
    return lower
  }

  /// Verbs that present a performance or a work whose noun phrase carries the judgement.
  static let presentingVerbs: WordSet = ["gives", "give", "gave", "given", "giving"]

  /// Verbs too short for the ``TokenFlags/inflected`` test that take a judgement as object.
  static let lightVerbs: WordSet = ["has", "have", "had", "found", "made", "gave", "got"]

  /// Whether what follows a span is not its complement: a name ends its noun phrase ("a
  /// devastating Marta Kovacs to the screen"); after a noun phrase a copula or an inflected word
  /// is its verb ("superb second feature arrives"); "as" and "by" begin a role or an agent
  /// ("overlong by half an hour").
  private func takesNoComplement(_ span: Range<Int>, cue: Range<Int>, tokens: Tokens) -> Bool {
    let flags = tokens.flags
    let next = flags[span.upperBound]
    if next.contains(.copula) { return true }
    switch tokens.word(span.upperBound) {
    case "by": return true
    // "as good as the original" keeps its standard; "superb as Hester" is a role.
    case "as": return !span.contains { tokens.word($0) == "as" }
    default: break
    }
    let last = span.upperBound - 1
    if last > 0, flags[last].contains(.capitalized), !flags[last - 1].contains(.opener) {
      return true
    }
    return span.upperBound > cue.upperBound && next.contains(.inflected)
  }

  /// Words that are the subject of a clause, never part of a predicate's modifiers.
  static let subjects: WordSet = [
    "it", "he", "she", "they", "we", "you", "i", "this", "that", "there", "what",
  ]

  /// Whether the token at `index` starts with a letter or a digit.
  private static func isWordLike(_ tokens: Tokens, _ index: Int) -> Bool {
    let range = tokens.ranges[index]
    guard !range.isEmpty else { return false }
    let properties = tokens.scalars[range.lowerBound].properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Words right before a span that lead into it (see ``predicate(_:cue:floor:ceiling:tokens:)``).
  static let leadIns: WordSet = ["with", "whatever", "then"]

  /// Copulas and linking verbs: a predicative judgement starts after them.
  static let copulas: WordSet = [
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "seems", "seem",
    "seemed", "feels", "feel", "felt", "looks", "look", "remains", "remain", "becomes",
    "become", "became", "sounds",
  ]

  /// Words that end a judgement and need what follows: "a marvel of", "better than".
  static let complementLinks: WordSet = ["of", "than"]
  /// Words that open the noun phrase after ``complementLinks`` like a determiner.
  static let quantifiers: WordSet = ["any", "every", "most", "many", "some"]

  /// The end of the noun phrase head that starts at `start`: up to ``maxHeadWords`` words that
  /// are not function words, and after the first none that looks like a verb unless it is
  /// capitalised (a name).
  private func headEnd(after start: Int, ceiling: Int, flags: [TokenFlags]) -> Int {
    var end = start
    while end < ceiling && end - start < Self.maxHeadWords && flags[end].contains(.letters)
      && !flags[end].contains(.nonHead)
      && (end == start || flags[end].contains(.capitalized) || !flags[end].contains(.inflected))
    {
      end += 1
    }
    return end
  }

  /// Words that never belong to the noun an adjective modifies: conjunctions, prepositions,
  /// pronouns, auxiliaries and the adverbs that follow adjectives.
  static let nonHeadWords: WordSet = [
    "and", "or", "but", "nor", "yet", "so", "to", "of", "in", "on", "at", "by", "for", "with",
    "from", "into", "about", "as", "than", "that", "which", "who", "whom", "whose", "where",
    "when", "while", "if", "because", "though", "although", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "may", "might", "must", "should", "it", "its", "he", "she", "they", "we", "you", "i", "him",
    "her", "them", "us", "me", "his", "their", "our", "my", "your", "this", "these", "those",
    "the", "a", "an", "not", "n't", "too", "enough", "very", "also", "even", "still", "just",
    "only", "all", "ever", "never", "here", "there", "then", "now", "indeed", "anyway",
  ]

  static let determiners: WordSet = ["the", "its", "his", "her", "their", "a", "an"]
  /// Nouns that name what a film is compared with, never evaluated themselves.
  static let comparisonStandards: WordSet = ["original", "first", "book", "novel", "source"]

  /// Words before "like" that make it the verb ("I like", "didn't like"), not the preposition.
  static let likeSubjects: WordSet = [
    "i", "we", "you", "they", "'d", "would", "to", "n't", "not", "really", "did", "do", "does",
    "will", "'ll", "might", "may", "could", "people", "fans", "viewers", "audiences",
  ]

  /// Whether the token at `index` may start an evaluative expression: not a capitalised word
  /// inside the sentence (a name or title: "Reign of Fire", "The Others"), and "like" only as a
  /// verb.
  private func readsAsEvaluation(_ tokens: Tokens, at index: Int) -> Bool {
    let flags = tokens.flags[index]
    if flags.contains(.like) {
      return index > 0 && tokens.flags[index - 1].contains(.likeSubject)
    }
    guard index > 0, !tokens.flags[index - 1].contains(.opener) else { return true }
    guard flags.contains(.capitalized) else { return true }
    return flags.contains(.multiScalar) && flags.contains(.noLowercase)
  }

  /// Tokens after which a capitalised word starts a quotation or clause, not a name.
  static let openers: WordSet = ["\"", "'", "(", ":", "“", "‘", "--", "—", "...", "…"]

  /// A lexicon match as the tokens it covers and the indices of its entries in the lexicon.
  private struct Cue {
    var range: Range<Int>
    var entries: [Int]
  }

  /// A lexicon match whose entries carry a value (neutral zero rows are ignored).
  private func usableMatch(_ tokens: Tokens, at index: Int) -> Cue? {
    guard let match = lexicalMatch(tokens, at: index),
      match.indices.contains(where: { lexicon.carriesValue($0) }),
      !isNounUseOfVerb(match.range, match.indices, tokens: tokens)
    else { return nil }
    return Cue(range: match.range, entries: match.indices.filter { lexicon.carriesValue($0) })
  }

  /// Whether ``usableMatch(_:at:)`` finds a match, without building it.
  private func hasUsableMatch(_ tokens: Tokens, at index: Int) -> Bool {
    guard let match = lexicalMatch(tokens, at: index) else { return false }
    return match.indices.contains { lexicon.carriesValue($0) }
      && !isNounUseOfVerb(match.range, match.indices, tokens: tokens)
  }

  /// Whether a one-word match that the lexicon knows only as a verb stands where a verb cannot:
  /// right after a determiner or a possessive ("her work", "the film's fall"), so its verb sense
  /// ("it works") does not apply.
  private func isNounUseOfVerb(_ range: Range<Int>, _ entries: [Int], tokens: Tokens) -> Bool {
    guard range.count == 1, range.lowerBound > 0 else { return false }
    let before = tokens.flags[range.lowerBound - 1]
    guard before.contains(.determiner) || before.contains(.possessive) else { return false }
    return entries.allSatisfy { lexicon.entries[$0].pos == .verb }
  }

  /// The longest lexicon match at `index`, walking the trie over the tokens' flat form symbols
  /// (no reference counting per step).
  private func lexicalMatch(_ tokens: Tokens, at index: Int)
    -> (range: Range<Int>, indices: [Int])?
  {
    guard tokens.flags[index].contains(.inLexicon) else { return nil }
    let first = tokens.allLexicals[Int(tokens.entries[index])]
    return tokens.forms.withUnsafeBufferPointer { forms in
      tokens.formEnds.withUnsafeBufferPointer { ends in
        lexicon.longestMatchIndices(count: tokens.count, at: index, first: first) { position in
          let lower = position == 0 ? 0 : Int(ends[position - 1])
          return UnsafeBufferPointer(rebasing: forms[lower..<Int(ends[position])])
        }
      }
    }
  }

  private func makeAppraisal(_ match: Cue) -> Appraisal {
    let entries = lexicon.entries
    let film = match.entries.filter { entries[$0].domain == .film }
    // A curated entry wins over a learned one for the same words.
    let curated = match.entries.filter { entries[$0].domain != .learned }
    let chosen = !film.isEmpty ? film : (curated.isEmpty ? match.entries : curated)
    var sum = 0.0
    var positive = false
    var negative = false
    var aspect: Aspect?
    var targetDependent = true
    var adverbs = true
    var adjective = false
    var noun = false
    for index in chosen {
      let score = entries[index].score
      sum += score
      if score > 0.05 { positive = true }
      if score < -0.05 { negative = true }
      if aspect == nil { aspect = entries[index].aspect }
      if !entries[index].flags.contains(.targetDependent) { targetDependent = false }
      if entries[index].pos != .adverb { adverbs = false }
      if entries[index].pos == .adjective { adjective = true }
      if entries[index].pos == .noun { noun = true }
    }
    return Appraisal(
      cue: match.range, span: match.range, cueNames: chosen.map { entries[$0].entry },
      prior: sum / Double(chosen.count), lexiconAspect: aspect, isMixed: positive && negative,
      isTargetDependent: targetDependent, isFilmSense: !film.isEmpty,
      isAdverb: match.range.count == 1 && adverbs, isAdjective: adjective, isNoun: noun,
      isLearned: curated.isEmpty)
  }

  /// Folds a manner adverb into the evaluative word right after it ("wonderfully
  /// unpredictable", "painfully funny"): one expression, the adverb recorded as an intensifier
  /// whose sign follows the head word.
  private func foldAdverbs(_ found: [Appraisal], tokens: Tokens) -> [Appraisal] {
    var result: [Appraisal] = []
    result.reserveCapacity(found.count)
    for appraisal in found {
      if var last = result.last, last.isAdverb, !appraisal.isAdverb,
        last.cue.upperBound == appraisal.cue.lowerBound
      {
        var head = appraisal
        head.span = last.span.lowerBound..<max(last.span.upperBound, head.span.upperBound)
        head.cueNames = last.cueNames + head.cueNames
        head.shifters.append(
          AppliedShifter(
            kind: ShifterKind.intensifier.rawValue, cue: tokens.word(last.cue.lowerBound),
            effect: Self.adverbIntensity, tokens: last.cue, distance: 0))
        last = head
        result[result.count - 1] = last
      } else {
        result.append(appraisal)
      }
    }
    return result
  }

  /// The multiplier of a manner adverb before an evaluative word.
  static let adverbIntensity = 1.3

  /// The entry of a shifter match that fits its context, or `nil` when none does.
  /// Facts about a sentence computed once, so choosing each marker's reading stays O(1).
  private struct Context {
    /// The first token that is not an opening quote, bracket or conjunction.
    var firstContent: Int
    /// The first "?" token, if any.
    var firstQuestion: Int?
    /// The first "if", if any.
    var firstIf: Int?

    init(flags: [TokenFlags]) {
      firstContent = flags.firstIndex { !$0.contains(.contextOpener) } ?? flags.count
      firstQuestion = flags.firstIndex { $0.contains(.question) }
      firstIf = flags.firstIndex { $0.contains(.conditional) }
    }
  }

  /// Tokens that may precede a sentence's first content word (see `Context`).
  static let contextOpeners: WordSet = ["\"", "'", "(", "“", "‘", "and", "but"]

  private func chooseEntry(_ match: ShifterMatch, tokens: Tokens, context: Context)
    -> ShifterEntry?
  {
    let start = match.range.lowerBound
    let end = match.range.upperBound
    let atStart = start <= context.firstContent
    let nextIsBoundary = end < tokens.count ? tokens.flags[end].contains(.boundary) : nil
    let candidates = match.entries.filter { entry in
      switch (entry.kind, entry.entry) {
      case (.contrast, let word) where Self.initialContrasts.contains(word):
        return atStart
      case (.contrast, "yet"):
        return start == 0 || Self.listJoins.contains(tokens.word(start - 1))
      case (.contrast, _) where !atStart && (nextIsBoundary ?? true):
        // A clause-final or parenthetical marker ("It's slow, though.", "The film, however, …")
        // points back at the previous sentence; it shifts nothing here.
        return false
      case (.excess, "too"):
        return nextIsBoundary.map { !$0 } ?? false
      case (.irrealis, "any"):
        return context.firstQuestion != nil || (context.firstIf.map { $0 < start } ?? false)
      case (.hedge, "?"):
        // One question mark is enough; the sentence scope covers everything.
        return context.firstQuestion == start
      default:
        return true
      }
    }
    return candidates.first { $0.kind == .contrast } ?? candidates.first
  }

  /// On a tie with a lexicon match, whether the shifter reading wins.
  private func prefersMarker(_ marker: Marker, tokens: Tokens) -> Bool {
    switch marker.entry.kind {
    case .intensifier, .downtoner, .excess:
      let end = marker.range.upperBound
      let reach = min(tokens.count, end + max(1, min(marker.entry.window, 2)))
      return (end..<reach).contains { hasUsableMatch(tokens, at: $0) }
    default:
      return true
    }
  }

  /// A clause number per token: it changes at each boundary token and contrast marker.
  private func clauseNumbers(_ flags: [TokenFlags], markers: [Marker]) -> [Int] {
    // -1 marks a contrast marker's tokens until the pass below numbers them.
    var numbers = [Int](repeating: 0, count: flags.count)
    for marker in markers where marker.entry.kind == .contrast {
      for position in marker.range { numbers[position] = -1 }
    }
    var current = 0
    for position in flags.indices {
      let isBoundary = numbers[position] == -1 || flags[position].contains(.boundary)
      if isBoundary { current += 1 }
      numbers[position] = current
      if isBoundary { current += 1 }
    }
    return numbers
  }

  // MARK: - Scopes

  private func attach(
    _ markers: [Marker], to found: inout [Appraisal], tokens: Tokens, clause: [Int]
  ) {
    let count = tokens.count
    // Appraisals are in token order; markers that evaluate by themselves are added after the
    // scan, so the scopes are resolved against the lexical appraisals only.
    var selfMade: [Appraisal] = []
    var previousContrastEnd = 0
    for marker in markers {
      let entry = marker.entry
      let text = markerText(marker, tokens: tokens)
      func shift(_ position: Int, extends: Bool, kind: String? = nil) {
        let cue = found[position].cue
        let distance =
          marker.range.upperBound <= cue.lowerBound
          ? cue.lowerBound - marker.range.upperBound
          : max(0, marker.range.lowerBound - cue.upperBound)
        found[position].shifters.append(
          AppliedShifter(
            kind: kind ?? entry.kind.rawValue, cue: text, effect: entry.value,
            tokens: marker.range, distance: distance))
        if extends {
          let span = found[position].span
          found[position].span =
            min(
              span.lowerBound, marker.range.lowerBound)..<max(
              span.upperBound, marker.range.upperBound)
        }
      }
      switch entry.scope {
      case .forward:
        if entry.kind == .comparative {
          selfMade.append(selfAppraisal(marker, text: text))
          continue
        }
        let start = marker.range.upperBound
        let window = entry.window == 0 ? Self.maxScope : entry.window
        let first = Self.firstCue(found, atOrAfter: start)
        if first < found.count, found[first].cue.lowerBound < start + window,
          clause[found[first].cue.lowerBound] == clause[marker.range.lowerBound]
        {
          // "has never made anything this assured": everything else falls short, so the
          // negation praises; the value stands
          if entry.kind == .negator,
            Self.comparesWithEverything(
              negator: marker.range, cue: found[first].cue.lowerBound, tokens: tokens)
          {
            continue
          }
          shift(first, extends: true)
          // A negated verb denies its object too: "doesn't deliver a great story".
          var next = first + 1
          while entry.kind == .negator && next < found.count
            && found[next].cue.lowerBound < start + window
            && clause[found[next].cue.lowerBound] == clause[marker.range.lowerBound]
          {
            shift(next, extends: false)
            next += 1
          }
        } else if entry.kind == .excess || (entry.kind == .irrealis && entry.value < 0),
          start < count,
          let first = tokens.word(start).unicodeScalars.first, first.properties.isAlphabetic
        {
          // "too short", "should have been shorter": the marker makes an evaluation of a word
          // the lexicon leaves out.
          var made = Appraisal(
            cue: start..<(start + 1), span: marker.range.lowerBound..<(start + 1),
            cueNames: [entry.entry], prior: entry.value, lexiconAspect: nil, isMixed: false,
            isTargetDependent: false, isFilmSense: false, madeBy: marker.range)
          made.shifters.append(
            AppliedShifter(
              kind: entry.kind.rawValue, cue: text, effect: entry.value, tokens: marker.range,
              distance: 0))
          selfMade.append(made)
        }
      case .backward:
        let end = marker.range.lowerBound
        let window = entry.window == 0 ? Self.maxScope : entry.window
        let target = Self.firstCue(found, atOrAfter: end) - 1
        if target >= 0, found[target].cue.upperBound <= end,
          end - found[target].cue.upperBound < window,
          clause[found[target].cue.upperBound - 1] == clause[end]
        {
          shift(target, extends: true)
        }
      case .clause:
        let start = marker.range.upperBound
        var position = Self.firstCue(found, atOrAfter: start)
        while position < found.count && found[position].cue.lowerBound < start + Self.maxScope
          && clause[found[position].cue.lowerBound] == clause[marker.range.lowerBound]
        {
          shift(position, extends: false)
          position += 1
        }
      case .sentence:
        for position in found.indices { shift(position, extends: false) }
      case .gap, .quoted:
        for gap in marker.gaps {
          var position = Self.firstCue(found, atOrAfter: gap.lowerBound)
          while position < found.count && found[position].cue.lowerBound < gap.upperBound {
            shift(position, extends: true)
            position += 1
          }
        }
      case .after:
        var position = Self.firstCue(found, atOrAfter: previousContrastEnd)
        while position < found.count && found[position].cue.upperBound <= marker.range.lowerBound {
          shift(position, extends: false)
          position += 1
        }
        previousContrastEnd = marker.range.upperBound
      case .before:
        let start = marker.range.upperBound
        let limit = start + Self.maxScope
        var end = start
        while end < min(count, limit) && !tokens.flags[end].contains(.clauseEnd) {
          end += 1
        }
        var position = Self.firstCue(found, atOrAfter: start)
        while position < found.count && found[position].cue.upperBound <= end {
          shift(position, extends: false)
          position += 1
        }
        previousContrastEnd = marker.range.upperBound
      case .self:
        selfMade.append(selfAppraisal(marker, text: text))
      }
    }
    found += selfMade
  }

  /// The index of the first appraisal whose cue starts at or after `position`; `found` is in
  /// token order with cues that do not overlap.
  ///
  /// - Complexity: O(log n).
  static func firstCue(_ found: [Appraisal], atOrAfter position: Int) -> Int {
    var low = 0
    var high = found.count
    while low < high {
      let middle = (low + high) / 2
      if found[middle].cue.lowerBound < position { low = middle + 1 } else { high = middle }
    }
    return low
  }

  static let clauseEnds: WordSet = [",", ";", ":", "—", "–", "--", ".", "!", "?"]

  private func selfAppraisal(_ marker: Marker, text: String) -> Appraisal {
    Appraisal(
      cue: marker.range, span: marker.range, cueNames: [marker.entry.entry],
      prior: marker.entry.value, lexiconAspect: nil, isMixed: false, isTargetDependent: false,
      isFilmSense: false, madeBy: marker.range,
      shifters: [
        AppliedShifter(
          kind: marker.entry.kind.rawValue, cue: text, effect: marker.entry.value,
          tokens: marker.range, distance: 0)
      ])
  }

  /// Whether a negation before `cue` compares the thing with everything else: "never made
  /// anything this assured", "nothing so moving", "nobody has given a performance as fierce".
  /// The cue then follows a degree word (this, so, as, more), and the word before that is a
  /// pronoun for anything or anyone, or a noun for a film or a performance; or the negator
  /// itself stands there ("nothing this good").
  static func comparesWithEverything(negator: Range<Int>, cue: Int, tokens: Tokens) -> Bool {
    guard cue >= 2, cue - 1 > negator.upperBound - 1,
      degreeWords.contains(tokens.word(cue - 1))
    else { return false }
    if negator.upperBound == cue - 1 {
      return negator.count == 1 && pronounNegators.contains(tokens.word(negator.lowerBound))
    }
    return comparedThings.contains(tokens.word(cue - 2))
  }

  /// Negators that are themselves the compared thing ("nothing this good"), unlike "not so good".
  static let pronounNegators: WordSet = ["nothing", "nobody"]
  static let indefiniteArticles: WordSet = ["a", "an"]
  static let listJoins: WordSet = [",", ";", "and", "but"]
  static let degreeWords: WordSet = ["this", "so", "as", "more"]
  static let comparedThings: WordSet = [
    "anything", "anyone", "anybody", "film", "movie", "picture", "performance", "debut",
  ]

  private func markerText(_ marker: Marker, tokens: Tokens) -> String {
    var parts: [String] = []
    var position = marker.range.lowerBound
    while position < marker.range.upperBound {
      if let gap = marker.gaps.first(where: { $0.lowerBound == position }) {
        parts.append("…")
        position = gap.upperBound
      } else {
        parts.append(tokens.surface(position))
        position += 1
      }
    }
    return parts.joined(separator: " ")
  }

  /// "!" strengthens every expression of its sentence; a word in capitals in a sentence that is
  /// not shouting strengthens itself.
  private func typography(_ tokens: Tokens, _ found: inout [Appraisal]) {
    // Most sentences judge nothing: no word to count.
    guard !found.isEmpty else { return }
    let exclamations = tokens.exclamations
    var letterWords = 0
    var capitalWords = 0
    for flags in tokens.flags where flags.isSuperset(of: [.multiScalar, .letters]) {
      letterWords += 1
      if flags.contains(.uppercase) { capitalWords += 1 }
    }
    let shouting = capitalWords * 2 > letterWords
    for position in found.indices {
      if exclamations > 0 {
        found[position].shifters.append(
          AppliedShifter(
            kind: "punctuation", cue: String(repeating: "!", count: min(exclamations, 3)),
            effect: 1 + 0.15 * Double(min(exclamations, 3)), tokens: found[position].cue,
            distance: Int.max))
      }
      let cue = found[position].cue
      if !shouting, cue.count == 1,
        tokens.flags[cue.lowerBound].isSuperset(of: [.letters, .uppercase, .multiScalar])
      {
        found[position].shifters.append(
          AppliedShifter(
            kind: "capitals", cue: tokens.surface(cue.lowerBound), effect: 1.3, tokens: cue,
            distance: Int.max - 1))
      }
    }
  }

  // MARK: - Composition

  /// Sets the score of an appraisal: its prior, resolved by target when it depends on one, then
  /// its shifters innermost first, clamped to [-1, 1]. A sarcasm marker that changed nothing (on
  /// a criticism, which irony does not invert) leaves the list of shifters, which explains the
  /// score.
  private func compose(_ appraisal: inout Appraisal, tokens: Tokens, clause: [Int]) {
    var inert: Range<Int>?
    appraisal.score = score(of: appraisal, tokens: tokens, clause: clause, inertSarcasm: &inert)
    if let inert {
      appraisal.shifters.removeAll { $0.kind == ShifterKind.sarcasm.rawValue && $0.tokens == inert }
    }
  }

  /// The composed score; `inertSarcasm` is set to the tokens of a sarcasm marker that met a
  /// score that was not praise.
  private func score(
    of appraisal: Appraisal, tokens: Tokens, clause: [Int], inertSarcasm: inout Range<Int>?
  ) -> Double {
    var score = appraisal.prior
    if appraisal.isTargetDependent {
      switch targetKind(of: appraisal.cue, roles: tokens.roles, clause: clause) {
      case .tone?: return 0
      case .craft?: score = score < 0 ? min(score * 1.5, -0.35) : score
      default: break
      }
    }
    for shifter in appraisal.shifters.sorted(by: { $0.distance < $1.distance }) {
      switch shifter.kind {
      case _ where appraisal.madeBy == shifter.tokens:
        break  // the marker that made the expression: its value is the prior
      case ShifterKind.excess.rawValue:
        if score > shifter.effect { score = shifter.effect }
      case ShifterKind.sarcasm.rawValue:
        // Irony inverts praise; a criticism in scare quotes or after "apparently" stays one.
        if score > 0 { score *= shifter.effect } else { inertSarcasm = shifter.tokens }
      default:
        score *= shifter.effect
      }
    }
    return min(1, max(-1, score))
  }

  private func targetKind(of cue: Range<Int>, roles: [UInt8], clause: [Int])
    -> EvaluateCues.Role?
  {
    let lower = max(0, cue.lowerBound - 3)
    let upper = min(roles.count, cue.upperBound + 3)
    let sameClause = clause[cue.lowerBound]
    var result: EvaluateCues.Role?
    for position in lower..<upper where !cue.contains(position) && clause[position] == sameClause {
      if roles[position] & WordFacts.bit(.tone) != 0 { return .tone }
      if roles[position] & WordFacts.bit(.craft) != 0 { result = .craft }
    }
    return result
  }
}
