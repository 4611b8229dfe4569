import MarqueeCore

/// How Marquee's layers and relations map onto UIMA types, as declared in
/// `Schemas/marquee-typesystem.xml` (a test checks the two agree).
///
/// Sentences, tokens and the document's id use DKPro Core's types, so INCEpTION and DKPro
/// pipelines recognise them without configuration; entities, evaluations, zones, other layers
/// and relations use Marquee's own types in `org.marquee.type`. Every Marquee type carries the
/// annotation's Marquee `id`, its `label`, and `features`: all of its features as one JSON object,
/// so an export read back gives exactly the same features. The typed features (`job`, `score`,
/// …) repeat the JSON's values that fit their range, for people and tools working in UIMA.
enum XMITypeSystem {
  /// The range of a typed feature.
  enum Range: String {
    case string = "uima.cas.String"
    case double = "uima.cas.Double"
    case integer = "uima.cas.Integer"
    case boolean = "uima.cas.Boolean"
  }

  /// One UIMA type for annotations.
  struct SpanType {
    /// The full type name (`org.marquee.type.Entity`).
    var name: String
    /// The Marquee layer it holds, or `nil` for the generic type whose `layer` feature says.
    var layer: String?
    /// Typed features besides `id`, `label` and `features`, with their ranges.
    var features: [(name: String, range: Range)]
  }

  static let dkproSegmentation = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type"
  static let dkproMetadata = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type"
  static let marquee = "org.marquee.type"

  static let sentence = SpanType(
    name: dkproSegmentation + ".Sentence", layer: LayerName.sentences, features: [])
  static let token = SpanType(
    name: dkproSegmentation + ".Token", layer: LayerName.tokens,
    features: [("kind", .string), ("norm", .string)])
  static let entity = SpanType(
    name: marquee + ".Entity", layer: LayerName.entities,
    features: [
      ("name", .string), ("job", .string), ("work", .string), ("kind", .string),
      ("entity", .string),
    ])
  static let evaluation = SpanType(
    name: marquee + ".Evaluation", layer: LayerName.evaluations,
    features: [
      ("polarity", .string), ("score", .double), ("intensity", .double), ("aspect", .string),
      ("target", .string),
    ])
  static let zone = SpanType(name: marquee + ".Zone", layer: "zones", features: [])
  /// Any other layer; its name is in the `layer` feature.
  static let span = SpanType(name: marquee + ".Span", layer: nil, features: [])

  static let spanTypes = [sentence, token, entity, evaluation, zone, span]

  /// The `plays` relation (actor → character), DKPro style: `Governor` and `Dependent` point
  /// at the two annotations and the span is the dependent's.
  static let plays = marquee + ".Plays"
  /// Any other relation; its name is in the `label` feature.
  static let relation = marquee + ".Relation"

  static let documentMetaData = dkproMetadata + ".DocumentMetaData"

  /// The type for a layer.
  static func spanType(forLayer layer: String) -> SpanType {
    spanTypes.first { $0.layer == layer } ?? span
  }

  /// The XMI namespace URI of a type's package: `org.marquee.type` → `http:///org/marquee/type.ecore`.
  static func namespaceURI(ofType name: String) -> String {
    let package = name.split(separator: ".").dropLast().joined(separator: "/")
    return "http:///" + package + ".ecore"
  }

  /// The type name for an element in `namespaceURI` named `localName`, or `nil` when the
  /// namespace is not a UIMA type package.
  static func typeName(namespaceURI: String, localName: String) -> String? {
    guard namespaceURI.hasPrefix("http:///"), namespaceURI.hasSuffix(".ecore") else { return nil }
    let package = namespaceURI.dropFirst(8).dropLast(6).replacing("/", with: ".")
    return package + "." + localName
  }

  /// The local part of a type name: `org.marquee.type.Entity` → `Entity`.
  static func shortName(_ name: String) -> String {
    String(name.split(separator: ".").last ?? Substring(name))
  }

  /// The value written for a typed feature, when `value` fits `range`.
  static func lexical(_ value: JSONValue, as range: Range) -> String? {
    switch (range, value) {
    case (.string, .string(let text)): return text
    case (.double, .number(let number)) where number.isFinite: return number.description
    case (.double, .integer(let number)): return String(number)
    case (.integer, .integer(let number)) where Int32(exactly: number) != nil: return String(number)
    case (.boolean, .bool(let flag)): return flag ? "true" : "false"
    default: return nil
    }
  }

  /// The JSON value of a typed feature's lexical form, or `nil` when it does not parse.
  static func value(_ lexical: String, as range: Range) -> JSONValue? {
    switch range {
    case .string: return .string(lexical)
    case .double: return Double(lexical).map { JSONValue.number($0) }
    case .integer: return Int64(lexical).map { JSONValue.integer($0) }
    case .boolean:
      return lexical == "true" ? .bool(true) : (lexical == "false" ? .bool(false) : nil)
    }
  }
}
