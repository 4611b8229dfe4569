/// Why a document's annotations are inconsistent with its text or with each other.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An annotation's span does not lie within the text (`0 ≤ start ≤ end ≤ length`).
  case spanOutOfBounds(layer: String, id: String, start: Int, end: Int, textLength: Int)
  /// Two annotations or relations share an id.
  case duplicateID(String)
  /// A relation names an annotation id that the document does not have.
  case danglingRelation(relation: String, missingID: String)
  /// A layer name is empty.
  case emptyLayerName

  public var description: String {
    switch self {
    case .spanOutOfBounds(let layer, let id, let start, let end, let length):
      return
        "annotation '\(id)' in layer '\(layer)' spans [\(start), \(end)) but the text has \(length) Unicode scalars; offsets must satisfy 0 ≤ start ≤ end ≤ \(length)"
    case .duplicateID(let id):
      return "the id '\(id)' is used twice; every annotation and relation needs its own id"
    case .danglingRelation(let relation, let missing):
      return "relation '\(relation)' points to '\(missing)', which no annotation has as its id"
    case .emptyLayerName:
      return "a layer name is empty; name every layer"
    }
  }
}
