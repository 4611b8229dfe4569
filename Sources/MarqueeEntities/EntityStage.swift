import MarqueeCore

/// Tags the film entities a review names: cast, crew with their jobs, characters, titles,
/// other people and organisations, links the mentions of one referent and pairs actors with the
/// characters they play.
///
/// Reads the `sentences` and `tokens` layers (run ``MarqueeText/SegmentStage`` first) and writes
/// the `entities` layer and `plays` relations. Each mention's features give `name` (canonical
/// full name), `job` (CREW), `work` (TITLE), `kind` (ORG) and `entity`, a cluster key shared by
/// every mention of one referent in the document:
///
/// ```
/// Ruben (Riz Ahmed) drums. Ahmed’s Ruben …
///   CHARACTER "Ruben"  CAST "Riz Ahmed" name=Riz Ahmed entity=riz-ahmed
///   plays: Riz Ahmed → Ruben
/// ```
///
/// The rules work from the text alone: capitalised runs and quoted or italic titles are the
/// candidates; the bundled name lexicons give priors; context cues ("directed by", "Hong’s
/// camera", "Ahmed as Ruben") decide; and one label is chosen per cluster.
///
/// - Complexity: O(n) in the length of the text.
public struct EntityStage: Stage {
  public let name = "entities"
  public let version = "0.1.0"
  public let requiredLayers = [LayerName.sentences, LayerName.tokens]
  public let producedLayers = [LayerName.entities]
  public let producedRelations = ["plays"]

  private let names: any NameDirectory
  private let patterns: EntityPatterns
  /// Credits for the corpus (`--credits FILE`); a document's own `credits` metadata wins.
  public let credits: [FilmCredits]

  /// A stage with the bundled lexicons and patterns (loaded once per process) and, optionally,
  /// credits for the films the corpus reviews.
  ///
  /// With one film's credits, every document is taken to review it; with several, a document
  /// uses the credits whose title (or a short form of it) its text contains.
  public init(credits: [FilmCredits] = []) {
    self.init(credits: credits, names: LexiconNameDirectory.shared)
  }

  /// A stage that looks names up in `names`; a directory whose lexicon failed to load makes
  /// every document fail with ``EntityStageError/lexiconUnavailable(reason:)``.
  init(credits: [FilmCredits] = [], names: LexiconNameDirectory) {
    self.names = names
    self.patterns = EntityPatterns.shared
    self.lexiconError = names.loadError ?? patterns.loadError
    self.credits = credits
  }

  /// Why the bundled lexicon failed to load, if it did.
  private let lexiconError: String?

  /// The titles of the corpus credits, when any were given.
  public var settings: JSONObject {
    guard !credits.isEmpty else { return JSONObject() }
    return ["credits": .array(credits.map { .string($0.title) })]
  }

  /// The credits that apply to `document`: its `credits` metadata, else the corpus credits
  /// (all of them for one film; those whose title the text names for several).
  func credits(for document: Document) throws -> [FilmCredits] {
    if let value = document.metadata["credits"] {
      do {
        return try FilmCredits.read(json: value)
      } catch {
        throw EntityStageError.invalidCredits(document: document.id, reason: error.description)
      }
    }
    guard credits.count > 1 else { return credits }
    let text = NameFolding.fold(document.text)
    return credits.filter { film in
      CreditedNameDirectory.titleForms(film.title).contains {
        text.contains(NameFolding.fold($0))
      }
    }
  }

  public func annotate(_ document: Document) throws -> StageOutput {
    if let lexiconError { throw EntityStageError.lexiconUnavailable(reason: lexiconError) }
    guard let tokenLayer = document.layer(LayerName.tokens) else {
      throw EntityStageError.missingLayer(LayerName.tokens)
    }
    guard let sentenceLayer = document.layer(LayerName.sentences) else {
      throw EntityStageError.missingLayer(LayerName.sentences)
    }
    let scalars = ScalarBuffer.scalars(of: document.text)
    let tokens = Self.textTokens(scalars, tokenLayer, sentenceLayer)
    let credited = try credits(for: document)
    var tagger: EntityTagger
    if credited.isEmpty {
      tagger = EntityTagger(
        scalars: scalars, tokens: tokens, names: MemoizedNameDirectory(base: names),
        patterns: patterns)
    } else {
      let directory = CreditedNameDirectory(base: names, credits: credited)
      tagger = EntityTagger(
        scalars: scalars, tokens: tokens, names: MemoizedNameDirectory(base: directory),
        patterns: patterns)
      tagger.useCreditedTitles(directory.titleForms)
    }
    tagger.run()
    return Self.output(of: tagger)
  }

  static func textTokens(
    _ scalars: [Unicode.Scalar], _ tokenLayer: [Annotation], _ sentences: [Annotation]
  ) -> [TextToken] {
    var result: [TextToken] = []
    result.reserveCapacity(tokenLayer.count)
    var sentence = -1
    var sentenceEnd = Int.min
    var sentenceIndex = 0
    // The previous token's span: reading `result.last` would copy (and retain) its strings.
    var previousStart = -1
    var previousEnd = -1
    var lastFeatures: UnsafeRawPointer?
    var lastIsWord = true
    var otherFeatures: UnsafeRawPointer?
    var otherIsWord = true
    let singles = Self.asciiSingles
    let singleHashes = Self.asciiSingleHashes
    // Spans of an unsafe buffer, unlike array slices, retain nothing.
    return scalars.withUnsafeBufferPointer { scalars in
      // By index, so that reading a field does not copy (and retain) the whole annotation.
      for index in tokenLayer.indices {
        let start = max(0, min(tokenLayer[index].start, scalars.count))
        let end = max(start, min(tokenLayer[index].end, scalars.count))
        guard end > start else { continue }
        var first = false
        if start >= sentenceEnd {
          while sentenceIndex < sentences.count, sentences[sentenceIndex].end <= start {
            sentenceIndex += 1
          }
          sentence += 1
          sentenceEnd =
            sentenceIndex < sentences.count ? sentences[sentenceIndex].end : Int.max
          first = true
        }
        let span = UnsafeBufferPointer(rebasing: scalars[start..<end])
        let isASCII = span.allSatisfy { $0.value < 0x80 }
        // The token keeps only its lowercase text: the few rules that need the text as written
        // read it from the scalars.
        var lower: String
        var hash: UInt64
        if isASCII, span.count == 1 {
          lower = singles[Int(span[0].value)]
          hash = singleHashes[Int(span[0].value)]
        } else if isASCII {
          (lower, hash) = Self.lowercasedASCII(span)
        } else {
          if let fast = Self.lowercasedPunctuated(span) {
            lower = fast
          } else {
            lower = NameFolding.string(span).lowercased()
            if lower.unicodeScalars.contains("\u{2019}") {
              lower = String(
                String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
          }
          hash = KeyTable<Void>.hash(lower)
        }
        let head = scalars[start]
        // The segmenter shares one features object among the tokens of a kind: while the
        // storage is the one read last, so is the answer (the layer keeps it alive, so an equal
        // address is the same storage). The address is compared, never read through.
        let storage = tokenLayer[index].features.entries.withUnsafeBufferPointer {
          UnsafeRawPointer($0.baseAddress)
        }
        // Two storages are remembered, as words and punctuation alternate.
        let isWord: Bool
        if let storage, storage == lastFeatures {
          isWord = lastIsWord
        } else if let storage, storage == otherFeatures {
          isWord = otherIsWord
          swap(&lastFeatures, &otherFeatures)
          swap(&lastIsWord, &otherIsWord)
        } else {
          let kind = tokenLayer[index].features["kind"]?.stringValue ?? "word"
          isWord = kind == "word" || kind == "number"
          otherFeatures = lastFeatures
          otherIsWord = lastIsWord
          lastFeatures = storage
          lastIsWord = isWord
        }
        if previousStart >= 0 {
          // After an opening quote, a colon or a line break, a capital letter says little.
          if previousEnd - previousStart == 1, Self.isOpener(scalars[previousStart]) {
            first = true
          }
          var k = previousEnd
          while k < start {
            if scalars[k] == "\n" { first = true }
            k += 1
          }
        }
        previousStart = start
        previousEnd = end
        let isCapitalised =
          head.value < 0x80
          ? head.value &- 0x41 < 26
            // General Punctuation (quotes, dashes, the ellipsis: most non-ASCII heads) has no case.
          : head.value &- 0x2000 < 0x70
            ? false
            : head.properties.isUppercase || head.properties.generalCategory == .titlecaseLetter
        result.append(
          TextToken(
            start: start, end: end, lower: lower, hash: hash,
            isWord: isWord,
            isCapitalised: isCapitalised, startsSentence: first, sentence: max(sentence, 0)))
      }
      return result
    }
  }

  /// The text of ASCII `span` with A–Z lowered, written in one pass, and its ``KeyTable`` hash,
  /// read from the bytes just written.
  private static func lowercasedASCII(
    _ span: UnsafeBufferPointer<Unicode.Scalar>
  ) -> (String, UInt64) {
    var hash: UInt64 = 0
    let text = String(unsafeUninitializedCapacity: span.count) { buffer in
      for k in span.indices {
        let byte = UInt8(truncatingIfNeeded: span[k].value)
        buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      hash = KeyTable<Void>.hash(bytes: UnsafeMutableBufferPointer(rebasing: buffer[..<span.count]))
      return span.count
    }
    return (text, hash)
  }

  /// The lowercase text of each one-byte ASCII token (punctuation, "a", "I"), built once.
  static let asciiSingles: [String] = (0..<128).map { value in
    let byte = UInt8(value)
    return String(Unicode.Scalar(byte &- 0x41 < 26 ? byte | 0x20 : byte))
  }

  /// ``KeyTable`` hashes of ``asciiSingles``.
  static let asciiSingleHashes: [UInt64] = asciiSingles.map { KeyTable<Void>.hash($0) }

  /// One-scalar tokens after which a capital letter says little: “ " ( : — -.
  private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x201C, 0x22, 0x28, 0x3A, 0x2014, 0x2D: true
    default: false
    }
  }

  /// The lowercase form of a token whose scalars are ASCII or General Punctuation (U+2000 to
  /// U+206F, which has no case), with ’ as ': what `lowercased()` and the apostrophe fold give,
  /// built in one pass. Nil for any other scalar.
  private static func lowercasedPunctuated(_ span: some Collection<Unicode.Scalar>) -> String? {
    var count = 0
    for scalar in span {
      switch scalar.value {
      case 0..<0x80, 0x2019: count += 1
      case 0x2000...0x206F: count += 3
      default: return nil
      }
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for scalar in span {
        let value = scalar.value
        if value < 0x80 {
          let byte = UInt8(truncatingIfNeeded: value)
          buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
          k += 1
        } else if value == 0x2019 {
          buffer[k] = 0x27
          k += 1
        } else {
          UTF8.encode(scalar) { byte in
            buffer[k] = byte
            k += 1
          }
        }
      }
      return k
    }
  }

  static func output(of tagger: EntityTagger) -> StageOutput {
    var annotations: [Annotation] = []
    annotations.reserveCapacity(tagger.mentions.count)
    // By mention index: an array, not a dictionary, as every mention has a slot.
    var ids = [String?](repeating: nil, count: tagger.mentions.count)
    // The position in `annotations` of each mention with an id.
    var positions = [Int](repeating: -1, count: tagger.mentions.count)
    var lastEnd = -1
    // Fields are read in place: copying a mention or a cluster would retain all its parts.
    let mentions = tagger.mentions
    let clusters = tagger.clusters
    for k in mentions.indices {
      guard mentions[k].start >= lastEnd else { continue }
      // Members appended in order, then wrapped once: setting them one by one would search the
      // members for each key.
      var features: [(key: String, value: JSONValue)] = []
      features.reserveCapacity(3)
      let label: EntityLabel
      if mentions[k].isQuotedTitle || (mentions[k].label == .title && mentions[k].cluster == nil) {
        label = .title
        features.append(("work", .string(mentions[k].work ?? "film")))
        if let full = tagger.titleNames[mentions[k].key], full != mentions[k].surface {
          features.append(("name", .string(full)))
        }
        features.append(
          ("entity", .string(NameFolding.slug(mentions[k].surface, dropArticle: true))))
      } else if let kind = mentions[k].orgKind {
        label = .org
        let name = mentions[k].orgName ?? mentions[k].surface
        if name != mentions[k].surface { features.append(("name", .string(name))) }
        features.append(("kind", .string(kind)))
        features.append(("entity", .string(NameFolding.slug(name, dropArticle: true))))
      } else if let c = mentions[k].cluster {
        label = clusters[c].label
        features.append(("name", .string(clusters[c].name)))
        if label == .crew {
          let job = mentions[k].job ?? clusters[c].mainJob
          features.append(("job", .string(Self.jobs.contains(job) ? job : "other")))
        }
        features.append(("entity", .string(clusters[c].key)))
      } else {
        continue
      }
      let id = Self.entityID(annotations.count + 1)
      ids[k] = id
      positions[k] = annotations.count
      annotations.append(
        Annotation(
          id: id, start: mentions[k].start, end: mentions[k].end, label: label.rawValue,
          features: JSONObject(uniqueEntries: features)))
      lastEnd = mentions[k].end
    }
    var relations: [Relation] = []
    for (cast, character) in tagger.plays {
      // The annotations by position: no search by id.
      guard let from = ids[cast], let to = ids[character],
        annotations[positions[cast]].label == EntityLabel.cast.rawValue,
        annotations[positions[character]].label == EntityLabel.character.rawValue
      else { continue }
      relations.append(
        Relation(id: "r\(relations.count + 1)", label: "plays", from: from, to: to))
    }
    return StageOutput(layers: [LayerName.entities: annotations], relations: relations)
  }

  /// "e" and the decimal digits of `number` (at least 1), written in place: the same text as
  /// `"e\(number)"`, without interpolation's general machinery.
  static func entityID(_ number: Int) -> String {
    var digits = 1
    var rest = number
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    return String(unsafeUninitializedCapacity: digits + 1) { buffer in
      buffer[0] = 0x65
      var value = number
      var k = digits
      while k >= 1 {
        buffer[k] = 0x30 + UInt8(truncatingIfNeeded: value % 10)
        value /= 10
        k -= 1
      }
      return digits + 1
    }
  }

  static let jobs: KeyTable<Void> = [
    "director", "writer", "cinematographer", "composer", "editor", "producer",
    "production-designer", "costume-designer", "sound", "visual-effects", "other",
  ]
}
