import MarqueeCore

/// The built-in `segment` stage: sentences and tokens of English review text.
///
/// Requires no layer and produces two:
/// - `sentences`: one annotation per sentence, ids `s1`, `s2`, …, no label, no features;
/// - `tokens`: one per token, ids `t1`, `t2`, …, feature `kind` (a ``TokenKind`` raw value) and
///   `norm` only where the normalised form differs from the surface.
///
/// ```swift
/// let document = try Pipeline([SegmentStage()]).run(Document(id: "r", text: "Loved it!"))
/// document.layer("sentences")?.map(\.range)               // [0..<9]
/// document.layer("tokens")?.map { $0.features["kind"] }    // "word", "word", "punct"
/// ```
///
/// See ``SentenceSegmenter`` and ``Tokenizer`` for the rules.
public struct SegmentStage: Stage {
  /// `"segment"`.
  public let name = "segment"
  /// The stage's version, recorded in provenance.
  public let version = "0.1.0"
  /// None: the stage reads only the text.
  public let requiredLayers: [String] = []
  /// `sentences` and `tokens`.
  public let producedLayers = [LayerName.sentences, LayerName.tokens]

  /// `{"kind": …}` for each kind, built once.
  private static let kindFeatures: [JSONObject] = TokenKind.allCases.map {
    JSONObject([("kind", .string($0.rawValue))])
  }

  private let segmenter = SentenceSegmenter()
  private let tokenizer = Tokenizer()

  /// Creates the stage.
  public init() {}

  /// Segments and tokenizes the document's text.
  ///
  /// - Complexity: O(n) in the length of the text.
  public func annotate(_ document: Document) throws -> StageOutput {
    let scalars = ScalarBuffer.scalars(of: document.text)
    let sentences = segmenter.sentences(inScalars: scalars)
    let tokens = tokenizer.tokens(inScalars: scalars, sentences: sentences)
    var sentenceLayer: [Annotation] = []
    sentenceLayer.reserveCapacity(sentences.count)
    for (index, range) in sentences.enumerated() {
      sentenceLayer.append(
        Annotation(id: "s" + String(index + 1), start: range.lowerBound, end: range.upperBound))
    }
    var tokenLayer: [Annotation] = []
    tokenLayer.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() {
      // Tokens of one kind share one features object until a norm is added.
      var features = Self.kindFeatures[token.kind.ordinal]
      if let norm = token.norm { features["norm"] = .string(norm) }
      tokenLayer.append(
        Annotation(
          id: "t" + String(index + 1), start: token.range.lowerBound,
          end: token.range.upperBound, features: features))
    }
    return StageOutput(layers: [LayerName.sentences: sentenceLayer, LayerName.tokens: tokenLayer])
  }
}
