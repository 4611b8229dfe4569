import MarqueeCore

/// The tokens of a document grouped into sentences, each with its IOB2 entity tag: the shared
/// view behind the CoNLL-U and CoNLL exports.
///
/// A token belongs to the sentence that contains its start; tokens outside every sentence (or
/// every token, when there is no sentence layer) form sentences of their own, split where the
/// sentence layer leaves a gap. Entities are tagged on the tokens they overlap; where entities
/// overlap each other, the one that starts first (the longer on a tie) wins, as IOB can hold
/// only one.
struct TokenTable {
  struct Row {
    var token: Annotation
    /// `B-CAST`, `I-CAST` or `O`.
    var tag: String
  }

  /// The sentences, each a non-empty list of rows.
  var sentences: [[Row]] = []

  /// Builds the table; throws when the document has no token layer.
  init(_ document: Document, format: String) throws(ExportError) {
    guard let tokens = document.layer(LayerName.tokens) else {
      throw .missingLayer(
        format: format, layer: LayerName.tokens,
        fix: "run `marquee segment` first (marquee annotate --stages segment)")
    }
    let sentenceSpans = document.layer(LayerName.sentences) ?? []
    let tags = Self.tags(for: tokens, entities: document.layer(LayerName.entities) ?? [])
    var sentenceIndex = 0
    var currentKey: Int? = nil
    var current: [Row] = []
    for (index, token) in tokens.enumerated() {
      while sentenceIndex < sentenceSpans.count && sentenceSpans[sentenceIndex].end <= token.start {
        sentenceIndex += 1
      }
      // Tokens inside sentence i get key i; tokens outside any sentence share key -1-i with the
      // other tokens in the same gap.
      let key: Int
      if sentenceIndex < sentenceSpans.count && sentenceSpans[sentenceIndex].start <= token.start {
        key = sentenceIndex
      } else {
        key = -1 - sentenceIndex
      }
      if key != currentKey && !current.isEmpty {
        sentences.append(current)
        current = []
      }
      currentKey = key
      current.append(Row(token: token, tag: tags[index]))
    }
    if !current.isEmpty { sentences.append(current) }
  }

  /// IOB2 tags for tokens (sorted by start) from entities (sorted by start).
  static func tags(for tokens: [Annotation], entities: [Annotation]) -> [String] {
    var tags = Array(repeating: "O", count: tokens.count)
    var kept: [Annotation] = []
    for entity in entities where entity.end > entity.start {
      if let last = kept.last, entity.start < last.end {
        if entity.start == last.start && entity.end > last.end {
          kept[kept.count - 1] = entity
        }
        continue
      }
      kept.append(entity)
    }
    var tokenIndex = 0
    for entity in kept {
      let label = BratLayout.safeName(entity.label ?? "ENTITY")
      while tokenIndex < tokens.count && tokens[tokenIndex].end <= entity.start {
        tokenIndex += 1
      }
      var index = tokenIndex
      var first = true
      while index < tokens.count && tokens[index].start < entity.end {
        if tokens[index].end > entity.start {
          tags[index] = (first ? "B-" : "I-") + label
          first = false
        }
        index += 1
      }
    }
    return tags
  }
}
