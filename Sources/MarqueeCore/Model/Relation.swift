/// A typed link between two annotations of one document, by their ids.
///
/// For example `Relation(id: "r1", label: "plays", from: "e1", to: "e2")` says that the CAST
/// entity `e1` plays the CHARACTER entity `e2`.
public struct Relation: Sendable, Hashable {
  /// An identifier unique within the document.
  public var id: String
  /// What the link means (`"plays"`).
  public var label: String
  /// The id of the annotation the relation starts from.
  public var from: String
  /// The id of the annotation the relation points to.
  public var to: String
  /// Free-form features.
  public var features: JSONObject

  /// Creates a relation from annotation `from` to annotation `to`.
  public init(
    id: String, label: String, from: String, to: String, features: JSONObject = JSONObject()
  ) {
    self.id = id
    self.label = label
    self.from = from
    self.to = to
    self.features = features
  }
}
