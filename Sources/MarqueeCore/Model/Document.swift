/// A review and its standoff annotations.
///
/// The text is kept exactly as read and can never change: every layer points into it with
/// half-open Unicode-scalar offsets. Layers are kept sorted by `start`, then `end`, with ties in
/// the order they were given.
///
/// ```swift
/// var review = Document(id: "sound-of-metal", text: "Riz Ahmed is superb.")
/// try review.setLayer("entities", [Annotation(id: "e1", start: 0, end: 9, label: "CAST")])
/// review.surface(of: review.layer("entities")![0])  // "Riz Ahmed"
/// ```
public struct Document: Sendable {
  /// The document's identifier, unique within a corpus (usually the file name without extension).
  public var id: String
  /// The text exactly as read: every line ending, tab and control character kept.
  public let text: String
  /// The number of Unicode scalars in `text`: the largest valid offset.
  public let length: Int
  /// Facts about the document: its source path, whether a byte-order mark was removed, and any
  /// fields the user adds.
  public var metadata: JSONObject
  /// The layers by name. Change them with ``setLayer(_:_:)`` so that they stay sorted and valid.
  public private(set) var layers: [String: [Annotation]]
  /// Typed links between annotations.
  public var relations: [Relation]
  /// Document-level results of stages (the critic's overall verdict, for example).
  public var summary: JSONObject
  /// Provenance: the stages that ran, in order.
  public var stages: [StageRecord]

  /// Creates a document with no layers.
  ///
  /// - Complexity: O(n) in the length of `text`, to count its scalars.
  public init(id: String, text: String, metadata: JSONObject = JSONObject()) {
    self.init(id: id, text: text, length: text.unicodeScalars.count, metadata: metadata)
  }

  /// Creates a document whose scalar count is already known (the JSON reader counts as it reads).
  init(id: String, text: String, length: Int, metadata: JSONObject) {
    self.id = id
    self.text = text
    self.length = length
    self.metadata = metadata
    self.layers = [:]
    self.relations = []
    self.summary = JSONObject()
    self.stages = []
  }

  /// The annotations of layer `name`, or `nil` when the document has no such layer.
  public func layer(_ name: String) -> [Annotation]? { layers[name] }

  /// Whether the document has layer `name` (possibly empty).
  public func hasLayer(_ name: String) -> Bool { layers[name] != nil }

  /// The names of the layers present, in the order they are written.
  public var layerNames: [String] { LayerName.writingOrder(layers.keys) }

  /// Replaces layer `name` with `annotations`, sorted by `start`, then `end` (stable).
  ///
  /// - Throws: ``DocumentError/spanOutOfBounds(layer:id:start:end:textLength:)`` when a span does
  ///   not lie within the text; the document is then unchanged.
  /// - Complexity: O(k log k) for k annotations.
  public mutating func setLayer(_ name: String, _ annotations: [Annotation]) throws(DocumentError) {
    guard !name.isEmpty else { throw .emptyLayerName }
    for annotation in annotations
    where annotation.start < 0 || annotation.start > annotation.end || annotation.end > length {
      throw .spanOutOfBounds(
        layer: name, id: annotation.id, start: annotation.start, end: annotation.end,
        textLength: length)
    }
    layers[name] = Document.sortedStably(annotations)
  }

  /// Removes layer `name`, if present.
  public mutating func removeLayer(_ name: String) {
    layers[name] = nil
  }

  /// Checks what ``setLayer(_:_:)`` cannot check alone: ids are unique across the document and
  /// every relation points at annotations that exist.
  ///
  /// - Complexity: O(n) in the number of annotations and relations.
  public func validate() throws(DocumentError) {
    var ids = Set<String>()
    for name in layerNames {
      for annotation in layers[name] ?? [] where !ids.insert(annotation.id).inserted {
        throw .duplicateID(annotation.id)
      }
    }
    var relationIDs = Set<String>()
    for relation in relations {
      if ids.contains(relation.id) || !relationIDs.insert(relation.id).inserted {
        throw .duplicateID(relation.id)
      }
      if !ids.contains(relation.from) {
        throw .danglingRelation(relation: relation.id, missingID: relation.from)
      }
      if !ids.contains(relation.to) {
        throw .danglingRelation(relation: relation.id, missingID: relation.to)
      }
    }
  }

  /// Sorts by `(start, end)`, keeping the given order among equal spans.
  static func sortedStably(_ annotations: [Annotation]) -> [Annotation] {
    var isSorted = true
    for index in annotations.indices.dropFirst() {
      let previous = annotations[index - 1]
      let current = annotations[index]
      if (previous.start, previous.end) > (current.start, current.end) {
        isSorted = false
        break
      }
    }
    if isSorted { return annotations }
    let order = annotations.indices.sorted { left, right in
      let a = annotations[left]
      let b = annotations[right]
      return (a.start, a.end, left) < (b.start, b.end, right)
    }
    return order.map { annotations[$0] }
  }
}
