/// The names of Marquee's standard layers, and the order they are written in.
///
/// Any other name is a custom layer; custom layers are written after the standard ones, sorted
/// by name, so output is deterministic.
public enum LayerName {
  /// Sentences, from the `segment` stage.
  public static let sentences = "sentences"
  /// Tokens, from the `segment` stage.
  public static let tokens = "tokens"
  /// Named entities, from the `entities` stage.
  public static let entities = "entities"
  /// Evaluative phrases, from the `evaluate` stage.
  public static let evaluations = "evaluations"

  /// The standard layers in the order they are written.
  public static let standardOrder: [String] = [sentences, tokens, entities, evaluations]

  /// Orders layer names as they are written: standard layers first, then the rest by name.
  public static func writingOrder<S: Sequence>(_ names: S) -> [String] where S.Element == String {
    let present = Set(names)
    let standard = standardOrder.filter { present.contains($0) }
    let custom = present.subtracting(standardOrder).sorted {
      Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
    }
    return standard + custom
  }
}
