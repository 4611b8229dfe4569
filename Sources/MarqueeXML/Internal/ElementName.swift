import CLibXML2

/// The elements of Marquee XML, recognised from libxml2's borrowed names without making
/// Swift strings.
enum ElementName: Equatable {
  case corpus, document, text, marker, metadata, layer, annotation, relation, summary, stage
  case null, bool, int, double, string, array, object

  /// The element's name as written.
  var literal: StaticString {
    switch self {
    case .corpus: Vocabulary.corpus
    case .document: Vocabulary.document
    case .text: Vocabulary.text
    case .marker: Vocabulary.marker
    case .metadata: Vocabulary.metadata
    case .layer: Vocabulary.layer
    case .annotation: Vocabulary.annotation
    case .relation: Vocabulary.relation
    case .summary: Vocabulary.summary
    case .stage: Vocabulary.stage
    case .null: Vocabulary.null
    case .bool: Vocabulary.bool
    case .int: Vocabulary.int
    case .double: Vocabulary.double
    case .string: Vocabulary.string
    case .array: Vocabulary.array
    case .object: Vocabulary.object
    }
  }

  /// The element's name in messages (`<layer>`).
  var tag: String { "<\(literal.description)>" }

  /// Whether the element is one of the typed JSON values.
  var isValue: Bool {
    switch self {
    case .null, .bool, .int, .double, .string, .array, .object: true
    default: false
    }
  }

  private static let all: [ElementName] = [
    .corpus, .document, .text, .marker, .metadata, .layer, .annotation, .relation, .summary,
    .stage, .null, .bool, .int, .double, .string, .array, .object,
  ]

  /// The element named by the NUL-terminated `name`, or `nil` when Marquee XML has none.
  static func identify(_ name: UnsafePointer<xmlChar>) -> ElementName? {
    for candidate in all where Self.equal(name, candidate.literal) { return candidate }
    return nil
  }

  /// Whether the NUL-terminated `name` spells `literal`.
  @inline(__always)
  static func equal(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    let bytes = literal.utf8Start
    var index = 0
    while index < count {
      if name[index] != bytes[index] { return false }
      index += 1
    }
    return name[count] == 0
  }
}
