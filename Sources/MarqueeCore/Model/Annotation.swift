/// One standoff annotation: a span of a document's text, never a copy of it.
///
/// `start` and `end` are half-open offsets counted in Unicode scalars, the numbers Python's
/// `text[start:end]` uses. For the review text `"Riz Ahmed is superb"`, the annotation
/// `Annotation(id: "e1", start: 0, end: 9, label: "CAST")` covers `Riz Ahmed`.
public struct Annotation: Sendable, Hashable {
  /// An identifier unique within the document (`"s1"`, `"t42"`, `"e3"`); relations use it.
  public var id: String
  /// The first Unicode scalar covered.
  public var start: Int
  /// One past the last Unicode scalar covered; equal to `start` for an empty span.
  public var end: Int
  /// The type of annotation where the layer is typed (`"CAST"`, `"CREW"`), otherwise `nil`.
  public var label: String?
  /// Free-form features: strings, numbers, Booleans, arrays and objects.
  public var features: JSONObject

  /// Creates an annotation covering the scalars `start..<end`.
  public init(
    id: String, start: Int, end: Int, label: String? = nil, features: JSONObject = JSONObject()
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.label = label
    self.features = features
  }

  /// The half-open range of scalar offsets covered.
  public var range: Range<Int> { start..<end }
}
