import Foundation
import MarqueeCore

/// The built-in `evaluate` stage: what the critic praises or pans, how strongly, and about what.
///
/// Requires `sentences` and `tokens` (run `segment` first) and uses `entities` when present.
/// Produces:
/// - `evaluations`: one annotation per evaluative expression with its modifiers, ids `v1`, `v2`,
///   …, features `polarity` (positive, negative, mixed), `score` in [-1, 1], `intensity`,
///   `target` (an entity id or null), `aspect`, `cues` (the lexicon entries that fired),
///   `shifters` (ordered objects {kind, cue, effect}) and `zone`;
/// - `zones`: runs of sentences labelled `evaluation`, `plot`, `background` or `quoted`;
/// - the document `summary`: `verdict`, `score`, `positiveProbability`, `evaluations`,
///   `aspects`, `entities` (see ``ReviewVerdict`` and ``VerdictModel``), counting only
///   evaluations in evaluation zones and headings (background: the headline is the critic's);
///   when nothing counts, or what counts leaves the verdict undecided, the ``NgramBackoff``
///   decides or weighs in, and the summary says so (`basis`, `ngrams`,
///   `evaluationsProbability`).
///
/// ```swift
/// let pipeline = try Pipeline([SegmentStage(), EvaluateStage()])
/// let document = try pipeline.run(Document(id: "r", text: "Not bad at all."))
/// document.layer("evaluations")![0]  // 0..<14 "Not bad at all", polarity positive
/// ```
///
/// The composition rules are those of ``SentenceAppraiser``; the lexicons are
/// ``EvaluativeLexicon`` and ``ShifterLexicon``, extendable with user files.
public struct EvaluateStage: Stage {
  /// `"evaluate"`.
  public let name = "evaluate"
  /// The stage's version, recorded in provenance.
  public let version = "0.1.0"
  /// `sentences` and `tokens`.
  public let requiredLayers = [LayerName.sentences, LayerName.tokens]
  /// `evaluations` and `zones`.
  public let producedLayers = [LayerName.evaluations, EvaluateStage.zonesLayer]
  /// The name of the zones layer.
  public static let zonesLayer = "zones"

  /// The user's lexicon files, recorded in provenance.
  public let lexiconFiles: [String]
  private let lexicon: EvaluativeLexicon?
  /// Which n-gram back-off the verdict asks.
  private var backoff = Backoff.bundled

  /// The n-gram back-off a stage asks: the bundled one, none (the verdict layer alone, for
  /// fitting and measuring on the treebank the bundled one was learned from), or another.
  enum Backoff {
    case bundled
    case none
    case model(NgramBackoff)
  }
  /// The facts of the words seen so far (the lexicon is fixed per stage, so they stay valid).
  private let memo: WordMemo

  /// The stage with the bundled lexicons (loaded on first use).
  public init() {
    lexiconFiles = []
    lexicon = nil
    memo = WordMemo()
  }

  /// The stage with the bundled lexicon extended by `lexiconFiles` (same columns as the bundled
  /// files; a row with the same entry and part of speech replaces the bundled one).
  ///
  /// - Throws: ``LexiconError`` naming the file and line of the first bad row.
  public init(lexiconFiles: [URL]) throws(LexiconError) {
    self.lexiconFiles = lexiconFiles.map(\.path)
    lexicon = try EvaluativeLexicon.bundled(extraFiles: lexiconFiles)
    memo = WordMemo()
  }

  /// The stage with `lexicon` in place of the bundled one and the given back-off (for
  /// measuring lexicon variants and fitting on the training split).
  init(lexicon: EvaluativeLexicon? = nil, backoff: Backoff = .bundled) {
    lexiconFiles = []
    self.lexicon = lexicon
    self.backoff = backoff
    memo = WordMemo()
  }

  /// `lexicons`: the user's files, when there are any.
  public var settings: JSONObject {
    lexiconFiles.isEmpty
      ? JSONObject() : JSONObject([("lexicons", .array(lexiconFiles.map { .string($0) }))])
  }

  /// Finds the evaluations, labels the zones and computes the verdict.
  ///
  /// - Throws: ``LexiconError`` if a bundled resource is missing (a packaging bug).
  /// - Complexity: O(n) in the length of the text.
  public func annotate(_ document: Document) throws -> StageOutput {
    try analyse(document).output
  }

  /// The stage's output and the evidence its verdict weighed, in order: what the verdict layer
  /// is fitted on (`SSTTrainFitTests`), so the fit sees exactly what the stage counts.
  func analyse(_ document: Document) throws -> (
    output: StageOutput, evidence: [VerdictModel.Evidence]
  ) {
    let appraiser = SentenceAppraiser(
      lexicon: try lexicon ?? EvaluativeLexicon.bundled(), shifters: try ShifterLexicon.bundled(),
      cues: try EvaluateCues.bundled())
    let classifier = ZoneClassifier(cues: appraiser.cues)
    let scalars = ScalarBuffer.scalars(of: document.text)
    let sentences = document.layer(LayerName.sentences) ?? []
    let tokens = document.layer(LayerName.tokens) ?? []
    let entities = document.layer(LayerName.entities) ?? []

    var evaluations: [Annotation] = []
    var zones: [Annotation] = []
    var counted: [(score: Double, aspect: String?, target: String?)] = []
    var evidence: [VerdictModel.Evidence] = []
    // The token range of each sentence, then every sentence's view with the memo locked once.
    var sentenceTokenRanges: [Range<Int>] = []
    sentenceTokenRanges.reserveCapacity(sentences.count)
    var tokenIndex = 0
    for sentence in sentences {
      while tokenIndex < tokens.count && tokens[tokenIndex].start < sentence.start {
        tokenIndex += 1
      }
      let firstToken = tokenIndex
      while tokenIndex < tokens.count && tokens[tokenIndex].end <= sentence.end {
        tokenIndex += 1
      }
      sentenceTokenRanges.append(firstToken..<tokenIndex)
    }
    let film = Self.reviewedFilm(entities)
    // One buffer for every sentence's view, refilled in place.
    var view = SentenceAppraiser.Tokens()
    // Each token's entry in the word table, per sentence, kept in case the evaluations leave
    // the verdict undecided: only then is the n-gram back-off loaded and asked (most reviews
    // never need it). -1 marks a word the back-off must not read (a litote's, below).
    let backoffWanted: Bool
    switch backoff {
    case .none: backoffWanted = false
    case .bundled, .model: backoffWanted = true
    }
    var backoffEntries: [Int32] = []
    if backoffWanted { backoffEntries.reserveCapacity(tokens.count) }
    var backoffSentences: [Range<Int>] = []
    if backoffWanted { backoffSentences.reserveCapacity(sentences.count) }
    var entityIndex = 0
    for (sentenceNumber, sentence) in sentences.enumerated() {
      let firstToken = sentenceTokenRanges[sentenceNumber].lowerBound
      let sentenceTokens = tokens[sentenceTokenRanges[sentenceNumber]]
      while entityIndex < entities.count && entities[entityIndex].end <= sentence.start {
        entityIndex += 1
      }
      var sentenceEntities: [Annotation] = []
      var probe = entityIndex
      while probe < entities.count && entities[probe].start < sentence.end {
        sentenceEntities.append(entities[probe])
        probe += 1
      }
      memo.withTable { table in
        // A slice, not a copy: token annotations carry feature objects.
        Self.fill(
          &view, with: sentenceTokens, scalars: scalars, table: &table, appraiser: appraiser)
        if backoffWanted {
          let start = backoffEntries.count
          backoffEntries.append(contentsOf: view.entries)
          backoffSentences.append(start..<backoffEntries.count)
        }
      }
      // Read only when the sentence mentions an entity, so most sentences allocate none.
      let entityAt =
        sentenceEntities.isEmpty ? [] : Self.entityPerToken(sentenceTokens, sentenceEntities)
      var appraisals = appraiser.appraise(view)
      if !sentenceEntities.isEmpty {
        // A word inside a name or title ("Spirited Away", "Cold War") judges nothing.
        appraisals.removeAll { appraisal in appraisal.cue.contains { entityAt[$0] != nil } }
      }
      let zone = classifier.zone(
        of: ZoneClassifier.Sentence(
          appraisals: appraisals,
          entityLabels: sentenceEntities.compactMap(\.label),
          introducedCast: sentenceEntities.isEmpty
            ? 0 : Self.castInParentheses(entityAt, tokens: view),
          nameQuotes: sentenceEntities.isEmpty ? 0 : Self.nameQuotes(entityAt, tokens: view)),
        tokens: view)
      let countsForVerdict =
        zone == .evaluation || (zone == .background && classifier.isHeading(view))
      if !sentenceEntities.isEmpty {
        // Who a character is is not how well the film made it; the words still tell the zone.
        appraisals.removeAll { appraisal in
          Self.describesCharacter(appraisal, entityAt: entityAt, tokens: view)
        }
      }
      if let last = zones.last, last.label == zone.rawValue {
        zones[zones.count - 1].end = sentence.end
      } else {
        zones.append(
          Annotation(
            id: "z\(zones.count + 1)", start: sentence.start, end: sentence.end,
            label: zone.rawValue))
      }
      for appraisal in appraisals {
        let inSentence =
          sentenceEntities.isEmpty
          ? nil : Self.target(of: appraisal, entityAt: entityAt, tokens: view, film: film.entity)
        let aspect =
          Self.aspect(of: appraisal, tokens: view)
          ?? inSentence.flatMap { Self.aspect(ofEntity: $0) } ?? appraisal.lexiconAspect ?? .film
        let span = appraisal.span
        let start = tokens[firstToken + span.lowerBound].start
        let end = tokens[firstToken + span.upperBound - 1].end
        // The film as a whole is its title, as written nearest to the expression.
        let target =
          inSentence ?? (aspect == .film ? Self.nearest(film.mentions, to: start..<end) : nil)
        let score = ReviewVerdict.rounded(appraisal.score)
        let polarity = appraisal.isMixed ? "mixed" : (score > 0 ? "positive" : "negative")
        // In the order they were applied, innermost first, so the list explains the score.
        let shifters: [JSONValue] = appraisal.shifters.sorted {
          ($0.distance, $0.tokens.lowerBound) < ($1.distance, $1.tokens.lowerBound)
        }.map {
          .object(
            JSONObject(uniqueEntries: [
              ("kind", .string($0.kind)), ("cue", .string($0.cue)),
              ("effect", .number(ReviewVerdict.rounded($0.effect))),
            ]))
        }
        // Distinct keys, so no check for repeats.
        var features = JSONObject(uniqueEntries: [
          ("polarity", .string(polarity)),
          ("score", .number(score)),
          ("intensity", .number(ReviewVerdict.rounded(abs(score)))),
          ("target", target.map { .string($0.id) } ?? .null),
          ("aspect", .string(aspect.rawValue)),
          ("cues", .array(appraisal.cueNames.map { .string($0) })),
          ("shifters", .array(shifters)),
          ("zone", .string(zone.rawValue)),
        ])
        // The cue comes from the learned lexicon (learned-sst.tsv), not the curated one.
        if appraisal.isLearned { features["learned"] = .bool(true) }
        evaluations.append(
          Annotation(
            id: "v\(evaluations.count + 1)", start: start, end: end, features: features))
        // The critic's own language: evaluation zones and headings (background, but the
        // headline is the critic's); not other background, plot summary or quoted opinion.
        if countsForVerdict {
          // Words the stage has already re-weighed by composition are the evaluation's, not
          // the back-off's, which reads a bag of n-grams: a negated criticism read as praise
          // (litotes: "not the worst film of the year", "never boring"; negated praise stays,
          // as "not good" reads as criticism either way), and the side a contrast weakened
          // ("although slow, it rewards patience"). On held-out SST train, back-off weight 1.4:
          // 5911/6920 with both, 5905 with litotes only, 5905 reading every word at weight 1.0.
          if backoffWanted, let numbers = backoffSentences.last,
            appraisal.shifters.contains(where: {
              $0.kind == "contrast" || ($0.kind == "negator" && appraisal.prior < 0)
            })
          {
            for position in span where numbers.lowerBound + position < numbers.upperBound {
              backoffEntries[numbers.lowerBound + position] = -1
            }
          }
          // The summary scores referents, not mentions: the entities layer's cluster key
          // (`entity`) when it has one, so "Riz Ahmed" and a later "Ahmed" add up together.
          let referent = target.map { $0.features["entity"]?.stringValue ?? $0.id }
          // A merged expression counts its parts, so joining spans leaves the verdict as it was.
          for part in appraisal.evidence {
            counted.append((part.score, aspect.rawValue, referent))
            evidence.append(part)
          }
        }
      }
    }
    // Nothing the critic said counted, or what counted leaves the verdict undecided: the
    // n-gram back-off decides or weighs in, and the summary says so.
    let model = try VerdictModel.bundled()
    let undecided =
      counted.isEmpty
      || abs(model.probability(evidence: evidence) - 0.5) < ReviewVerdict.undecidedBand
    var backoffDecision: NgramBackoff.Decision?
    let backoffModel: NgramBackoff?
    switch backoff {
    case _ where !undecided, .none: backoffModel = nil
    case .model(let model): backoffModel = model
    case .bundled: backoffModel = try NgramBackoff.bundled()
    }
    if let backoffModel {
      var numbers: [Int32] = []
      numbers.reserveCapacity(backoffEntries.count)
      memo.withTable { table in
        table.appendBackoffNumbers(of: backoffEntries, to: &numbers, model: backoffModel)
      }
      backoffDecision = backoffModel.decide(numbers: numbers, sentences: backoffSentences)
    }
    let output = StageOutput(
      layers: [LayerName.evaluations: evaluations, Self.zonesLayer: zones],
      summary: ReviewVerdict(
        evaluations: counted, model: model, evidence: evidence, backoff: backoffDecision
      ).json)
    return (output, evidence)
  }

  /// Refills `view` with the surface ranges and word facts of a sentence's tokens; `table` gives the facts of each distinct word (see ``WordMemo``), computing them
  /// from `appraiser`'s word lists the first time, so the lemma rules run once per word, not
  /// once per occurrence.
  static func fill(
    _ view: inout SentenceAppraiser.Tokens, with tokens: ArraySlice<Annotation>,
    scalars: [Unicode.Scalar], table: inout WordTable, appraiser: SentenceAppraiser
  ) {
    view.removeAll(reservingCapacity: tokens.count)
    view.scalars = scalars
    // First every token's entry (the table may grow), then its facts read in place.
    for position in tokens.indices {
      // Fields read in place: copying the annotation would retain its id and features.
      let lower = max(0, min(tokens[position].start, scalars.count))
      let upper = max(lower, min(tokens[position].end, scalars.count))
      let entry: Int32
      let surface: TokenFlags
      // The segmenter's plain token has one feature, its kind: no search for "norm" in it.
      let onlyKind =
        tokens[position].features.count == 1 && tokens[position].features.entries[0].key == "kind"
      if !onlyKind, let norm = tokens[position].features["norm"]?.stringValue {
        entry = table.entry(normalized: ExpressionWords.normalize(norm), appraiser: appraiser)
        surface = TokenFlags.surface(scalars[lower..<upper])
      } else {
        (entry, surface) = table.entryAndSurface(
          scalars: scalars[lower..<upper], appraiser: appraiser)
      }
      view.ranges.append(lower..<upper)
      view.entries.append(entry)
      // The surface flags now, the word's own flags joined below.
      view.flags.append(surface)
    }
    view.allFacts = table.allFacts
    view.allLexicals = table.lexicals
    let count = view.entries.count
    view.shifterSymbols.append(contentsOf: repeatElement(0, count: count))
    view.roles.append(contentsOf: repeatElement(0, count: count))
    view.aspects.append(contentsOf: repeatElement(nil, count: count))
    view.formEnds.append(contentsOf: repeatElement(0, count: count))
    var formCount = 0
    var exclamations = 0
    // Flat values written through pointers: the loop retains nothing and calls nothing per
    // token, so the word table rows it reads (mostly cache misses) can load side by side.
    table.flat.withUnsafeBufferPointer { flat in
      view.entries.withUnsafeBufferPointer { entries in
        view.shifterSymbols.withUnsafeMutableBufferPointer { symbols in
          view.flags.withUnsafeMutableBufferPointer { flags in
            view.roles.withUnsafeMutableBufferPointer { roles in
              view.aspects.withUnsafeMutableBufferPointer { aspects in
                view.formEnds.withUnsafeMutableBufferPointer { formEnds in
                  for position in 0..<count {
                    let known = flat[Int(entries[position])]
                    symbols[position] = known.shifterSymbol
                    flags[position].formUnion(known.flags)
                    roles[position] = known.roles
                    aspects[position] = known.aspect
                    formCount += known.forms.count
                    formEnds[position] = Int32(truncatingIfNeeded: formCount)
                    exclamations += known.exclamations
                  }
                }
              }
            }
          }
        }
      }
    }
    view.exclamations += exclamations
    // Then every token's forms, one after another, from rows the loop above just read.
    // Sized once, then copied through pointers: no call per token.
    view.forms.append(contentsOf: repeatElement(0, count: formCount))
    table.flat.withUnsafeBufferPointer { flat in
      table.formPool.withUnsafeBufferPointer { formPool in
        view.entries.withUnsafeBufferPointer { entries in
          view.forms.withUnsafeMutableBufferPointer { forms in
            var next = 0
            for entry in entries {
              let range = flat[Int(entry)].forms
              for form in Int(range.lowerBound)..<Int(range.upperBound) {
                forms[next] = formPool[form]
                next += 1
              }
            }
          }
        }
      }
    }
  }

  /// The string of `scalars`, encoded straight into the string's storage (a token of up to 15
  /// UTF-8 bytes needs no allocation at all).
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var length = 0
    for scalar in scalars { length += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var position = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[position] = byte
          position += 1
        }
      }
      return position
    }
  }

  /// The most words between a character's copula and an appraisal that describes the
  /// character.
  static let maxDescriptionGap = 8

  /// The most words between a character and an appraisal inside the apposition that describes
  /// the character.
  static let maxAppositionGap = 16

  /// Words that open a description of the character named just before the comma.
  static let appositionOpeners: WordSet = [
    "a", "an", "the", "who", "whose", "his", "her", "their",
  ]

  /// Whether an appraisal only says who a character is: it follows "<CHARACTER> is", with
  /// nothing but lowercase words, commas and "and" in between ("Sophie is bright, bored,
  /// cheeky"). A character named with its actor's possessive ("Natsuki's Yubaba is a
  /// delight") is a performance, and stays.
  ///
  /// The same holds for an apposition after the character ("plays Michael Morbius, a brilliant
  /// biochemist who, in a desperate attempt at a cure, …"; "Okada as Koji, a younger actor with
  /// a reckless streak"): the character, a comma, then an article, a possessive or "who", and
  /// up to ``maxAppositionGap`` lowercase words before the appraisal.
  static func describesCharacter(
    _ appraisal: Appraisal, entityAt: [Annotation?], tokens: SentenceAppraiser.Tokens
  ) -> Bool {
    let flags = tokens.flags
    var position = appraisal.span.lowerBound - 1
    while position >= 0 && appraisal.span.lowerBound - position <= maxAppositionGap {
      if let entity = entityAt[position] {
        guard entity.label == "CHARACTER", position + 2 < tokens.count else { return false }
        let apposition =
          tokens.word(position + 1) == ","
          && appositionOpeners.contains(tokens.word(position + 2))
        guard
          apposition
            || (flags[position + 1].contains(.copula)
              && appraisal.span.lowerBound - position <= maxDescriptionGap)
        else { return false }
        var first = position
        while first > 0 && entityAt[first - 1]?.id == entity.id { first -= 1 }
        return first == 0 || !flags[first - 1].contains(.possessive)
      }
      let word = tokens.word(position)
      guard
        word == "," || word == "and"
          || (flags[position].contains(.letters) && !flags[position].contains(.capitalized))
      else { return false }
      position -= 1
    }
    return false
  }

  /// The quotation marks that only enclose a name or a title ("“Dune”"), not anyone's words.
  static func nameQuotes(_ entityAt: [Annotation?], tokens: SentenceAppraiser.Tokens) -> Int {
    var count = 0
    for position in tokens.flags.indices where tokens.flags[position].contains(.quotationMark) {
      if (position + 1 < entityAt.count && entityAt[position + 1] != nil)
        || (position > 0 && entityAt[position - 1] != nil)
      {
        count += 1
      }
    }
    return count
  }

  /// The CAST mentions right after an opening parenthesis: the actor named when a character
  /// is introduced ("Sophie (Frankie Corio)").
  static func castInParentheses(_ entityAt: [Annotation?], tokens: SentenceAppraiser.Tokens)
    -> Int
  {
    var count = 0
    let flags = tokens.flags
    // Openers first: a flag test per token, a string comparison only at "(" and similar.
    for position in flags.indices.dropLast() where flags[position].contains(.opener) {
      if tokens.word(position) == "(", entityAt[position + 1]?.label == "CAST" { count += 1 }
    }
    return count
  }

  /// For each token, the entity that covers it, if any.
  private static func entityPerToken(_ tokens: ArraySlice<Annotation>, _ entities: [Annotation])
    -> [Annotation?]
  {
    guard !entities.isEmpty else { return [Annotation?](repeating: nil, count: tokens.count) }
    var result = [Annotation?](repeating: nil, count: tokens.count)
    var entityIndex = 0
    // Offsets read in place: copying a token would retain its id and features.
    for (position, index) in tokens.indices.enumerated() {
      while entityIndex < entities.count && entities[entityIndex].end <= tokens[index].start {
        entityIndex += 1
      }
      if entityIndex < entities.count && entities[entityIndex].start < tokens[index].end {
        result[position] = entities[entityIndex]
      }
    }
    return result
  }

  /// The entity an appraisal evaluates within its sentence: a person (CAST, CREW, PERSON) or the
  /// reviewed film's title inside its span, else the nearest one before it, else the nearest one
  /// after it, never across a semicolon. Characters are left out: a character judged as played
  /// is the actor's performance, and other works' titles are compared with, not judged.
  ///
  /// - Complexity: O(n) in the sentence's tokens.
  static func target(
    of appraisal: Appraisal, entityAt: [Annotation?], tokens: SentenceAppraiser.Tokens,
    film: String?
  ) -> Annotation? {
    func candidate(_ position: Int) -> Annotation? {
      guard let entity = entityAt[position] else { return nil }
      switch entity.label {
      case "CAST", "CREW", "PERSON": return entity
      case "TITLE":
        return film == nil || entity.features["entity"]?.stringValue == film
          ? entity : nil
      default: return nil
      }
    }
    /// Whether the mention ending at `last` owns another work ("Kelly Reichardt's *First
    /// Cow*"): the owner of a title is not what a judgement after it is about.
    func ownsAWork(_ last: Int) -> Bool {
      guard last + 2 < tokens.count, tokens.flags[last + 1].contains(.possessive) else {
        return false
      }
      let next = tokens.flags[last + 2]
      return next.contains(.quotationMark) || next.contains(.capitalized)
        || tokens.word(last + 2) == "*"
    }
    /// The first of names coordinated with the mention starting at `first` ("Sergio Díaz and
    /// Skip Lievsay"): a judgement of both is written against the first.
    func firstOfPair(_ entity: Annotation, startingAt first: Int) -> Annotation {
      var position = first - 1
      var sawAnd = false
      while position >= 0 && first - position <= 2 * Self.pairReach {
        let word = tokens.word(position)
        if word == "and" { sawAnd = true }
        if ";.:".contains(word) { break }
        if sawAnd, let other = candidate(position), other.label == entity.label,
          other.id != entity.id
        {
          return other
        }
        if !sawAnd && first - position > Self.pairReach { break }
        position -= 1
      }
      return entity
    }
    let span = appraisal.span
    var inside = span.lowerBound
    while inside < span.upperBound {
      if let entity = candidate(inside) {
        var last = inside
        while last + 1 < tokens.count && entityAt[last + 1]?.id == entity.id { last += 1 }
        if !ownsAWork(last) { return entity }
        inside = last
      }
      inside += 1
    }
    var position = span.lowerBound - 1
    while position >= 0 && !Self.isSemicolon(tokens, position) {
      if let entity = candidate(position) {
        var first = position
        while first > 0 && entityAt[first - 1]?.id == entity.id { first -= 1 }
        if !ownsAWork(position) { return firstOfPair(entity, startingAt: first) }
        position = first
      }
      position -= 1
    }
    position = span.upperBound
    while position < tokens.count && !Self.isSemicolon(tokens, position) {
      if let entity = candidate(position) { return entity }
      position += 1
    }
    return nil
  }

  /// Whether the token at `index` is ";" (a flag test first, so most tokens cost no string
  /// comparison).
  static func isSemicolon(_ tokens: SentenceAppraiser.Tokens, _ index: Int) -> Bool {
    tokens.flags[index].contains(.clauseEnd) && tokens.word(index) == ";"
  }

  /// How far before a mention an "and" may be, and then the name before it, for
  /// coordinated names.
  static let pairReach = 4

  /// The reviewed film: the `entity` key of the TITLE mentioned most often (on a tie, the one
  /// mentioned first), and its mentions in text order.
  static func reviewedFilm(_ entities: [Annotation]) -> (entity: String?, mentions: [Annotation]) {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for entity in entities where entity.label == "TITLE" {
      guard let key = entity.features["entity"]?.stringValue else { continue }
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
    }
    let most = counts.values.max() ?? 0
    guard let first = order.first(where: { counts[$0] == most }) else { return (nil, []) }
    return (
      first,
      entities.filter { $0.label == "TITLE" && $0.features["entity"]?.stringValue == first }
    )
  }

  /// The mention nearest to `range` in scalars (touching or overlapping is distance 0; on a tie
  /// the earlier one); `mentions` are in text order.
  ///
  /// - Complexity: O(log m).
  static func nearest(_ mentions: [Annotation], to range: Range<Int>) -> Annotation? {
    var low = 0
    var high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    // `low` is the first mention ending after the range starts; the one before ends at or
    // before it.
    let before = low > 0 ? mentions[low - 1] : nil
    let after = low < mentions.count ? mentions[low] : nil
    guard let after else { return before }
    guard let before else { return after }
    let afterDistance = max(0, after.start - range.upperBound)
    let beforeDistance = range.lowerBound - before.end
    return afterDistance < beforeDistance ? after : before
  }

  /// The aspect of the nearest aspect noun within four tokens, not crossing a clause boundary.
  private static func aspect(of appraisal: Appraisal, tokens: SentenceAppraiser.Tokens)
    -> Aspect?
  {
    let words = tokens.flags
    let aspects = tokens.aspects
    for position in appraisal.cue {
      if let aspect = aspects[position], appraisal.cue.count > 1 { return aspect }
    }
    for distance in 1...4 {
      let after = appraisal.cue.upperBound - 1 + distance
      if after < words.count, !crossesBoundary(words, appraisal.cue.upperBound..<after),
        let aspect = aspects[after]
      {
        return aspect
      }
      let before = appraisal.cue.lowerBound - distance
      if before >= 0, !crossesBoundary(words, (before + 1)..<appraisal.cue.lowerBound),
        let aspect = aspects[before]
      {
        return aspect
      }
    }
    return nil
  }

  private static func crossesBoundary(_ flags: [TokenFlags], _ range: Range<Int>) -> Bool {
    range.contains { flags[$0].contains(.boundary) }
  }

  /// The aspect an entity's label implies: CAST → acting, a director → directing, ….
  private static func aspect(ofEntity entity: Annotation) -> Aspect? {
    switch entity.label {
    case "CAST": return .acting
    case "CHARACTER": return .characters
    case "TITLE": return .film
    case "CREW":
      let job = entity.features["job"]?.stringValue?.lowercased() ?? ""
      if job.contains("direct") { return .directing }
      if job.contains("writ") || job.contains("screenplay") { return .writing }
      if job.contains("compos") || job.contains("music") { return .music }
      if job.contains("cinematograph") || job.contains("photograph") { return .cinematography }
      if job.contains("edit") { return .editing }
      if job.contains("sound") { return .sound }
      if job.contains("design") || job.contains("effects") { return .visuals }
      return .production
    default: return nil
    }
  }
}
