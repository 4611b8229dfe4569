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
///   evaluations in evaluation zones.
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

  /// The stage with `lexicon` in place of the bundled one (for measuring lexicon variants).
  init(lexicon: EvaluativeLexicon) {
    lexiconFiles = []
    self.lexicon = lexicon
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
    let appraiser = SentenceAppraiser(
      lexicon: try lexicon ?? EvaluativeLexicon.bundled(), shifters: try ShifterLexicon.bundled(),
      cues: try EvaluateCues.bundled())
    let classifier = ZoneClassifier(cues: appraiser.cues)
    // One pass, no counting first: a text has at most as many scalars as UTF-8 bytes.
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(document.text.utf8.count)
    for scalar in document.text.unicodeScalars { scalars.append(scalar) }
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
    // One buffer for every sentence's view, refilled in place.
    var view = SentenceAppraiser.Tokens()
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
      }
      let appraisals = appraiser.appraise(view)
      let entityAt = Self.entityPerToken(sentenceTokens, sentenceEntities)
      let zone = classifier.zone(
        of: ZoneClassifier.Sentence(
          tokens: view, appraisals: appraisals,
          entityLabels: sentenceEntities.compactMap(\.label)))
      if let last = zones.last, last.label == zone.rawValue {
        zones[zones.count - 1].end = sentence.end
      } else {
        zones.append(
          Annotation(
            id: "z\(zones.count + 1)", start: sentence.start, end: sentence.end,
            label: zone.rawValue))
      }
      for appraisal in appraisals {
        let target = Self.target(of: appraisal, entityAt: entityAt, tokens: view)
        let aspect =
          Self.aspect(of: appraisal, tokens: view)
          ?? target.flatMap { Self.aspect(ofEntity: $0) } ?? appraisal.lexiconAspect ?? .film
        let span = appraisal.span
        let score = ReviewVerdict.rounded(appraisal.score)
        let polarity = appraisal.isMixed ? "mixed" : (score > 0 ? "positive" : "negative")
        // In the order they were applied, innermost first, so the list explains the score.
        let shifters: [JSONValue] = appraisal.shifters.sorted {
          ($0.distance, $0.tokens.lowerBound) < ($1.distance, $1.tokens.lowerBound)
        }.map {
          .object(
            JSONObject([
              ("kind", .string($0.kind)), ("cue", .string($0.cue)),
              ("effect", .number(ReviewVerdict.rounded($0.effect))),
            ]))
        }
        var features = JSONObject([
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
            id: "v\(evaluations.count + 1)", start: tokens[firstToken + span.lowerBound].start,
            end: tokens[firstToken + span.upperBound - 1].end, features: features))
        if zone == .evaluation {
          // The summary scores referents, not mentions: the entities layer's cluster key
          // (`entity`) when it has one, so "Riz Ahmed" and a later "Ahmed" add up together.
          counted.append(
            (
              appraisal.score, aspect.rawValue,
              target.map { $0.features["entity"]?.stringValue ?? $0.id }
            ))
          evidence.append(
            VerdictModel.Evidence(
              score: appraisal.score, shifterKinds: appraisal.shifters.lazy.map(\.kind)))
        }
      }
    }
    return StageOutput(
      layers: [LayerName.evaluations: evaluations, Self.zonesLayer: zones],
      summary: ReviewVerdict(
        evaluations: counted, model: try VerdictModel.bundled(), evidence: evidence
      ).json)
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
      if let norm = tokens[position].features["norm"]?.stringValue {
        entry = table.entry(normalized: ExpressionWords.normalize(norm), appraiser: appraiser)
      } else {
        entry = table.entry(scalars: scalars[lower..<upper], appraiser: appraiser)
      }
      view.ranges.append(lower..<upper)
      view.entries.append(entry)
    }
    let known = table.allFacts
    view.allFacts = known
    let entries = view.entries
    known.withUnsafeBufferPointer { allFacts in
      for (position, entry) in entries.enumerated() {
        let known = allFacts[Int(entry)]
        if known.firstForm >= 0 {
          view.forms.append(known.firstForm)
          if !known.otherForms.isEmpty { view.forms.append(contentsOf: known.otherForms) }
        }
        view.formEnds.append(Int32(truncatingIfNeeded: view.forms.count))
        view.shifterSymbols.append(known.shifterSymbol)
        view.flags.append(
          known.flags.union(TokenFlags.surface(scalars[view.ranges[position]])))
        view.roles.append(known.roles)
        view.aspects.append(known.aspect)
        view.exclamations += known.exclamations
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

  /// For each token, the entity that covers it, if any.
  private static func entityPerToken(_ tokens: ArraySlice<Annotation>, _ entities: [Annotation])
    -> [Annotation?]
  {
    guard !entities.isEmpty else { return [Annotation?](repeating: nil, count: tokens.count) }
    var result = [Annotation?](repeating: nil, count: tokens.count)
    var entityIndex = 0
    for (position, token) in tokens.enumerated() {
      while entityIndex < entities.count && entities[entityIndex].end <= token.start {
        entityIndex += 1
      }
      if entityIndex < entities.count && entities[entityIndex].start < token.end {
        result[position] = entities[entityIndex]
      }
    }
    return result
  }

  /// The nearest entity in the appraisal's clause, within six tokens of its span.
  private static func target(
    of appraisal: Appraisal, entityAt: [Annotation?], tokens: SentenceAppraiser.Tokens
  ) -> Annotation? {
    let words = tokens.flags
    if let inside = appraisal.span.lazy.compactMap({ entityAt[$0] }).first { return inside }
    for distance in 1...6 {
      let after = appraisal.span.upperBound - 1 + distance
      if after < words.count, !crossesBoundary(words, appraisal.span.upperBound..<after),
        let entity = entityAt[after]
      {
        return entity
      }
      let before = appraisal.span.lowerBound - distance
      if before >= 0, !crossesBoundary(words, (before + 1)..<appraisal.span.lowerBound),
        let entity = entityAt[before]
      {
        return entity
      }
    }
    return nil
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
