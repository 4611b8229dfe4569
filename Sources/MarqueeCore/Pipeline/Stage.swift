/// One step of analysis: reads a document and proposes annotations for it.
///
/// A stage is a pure function of the document it is given: it returns a ``StageOutput`` and the
/// ``Pipeline`` applies it (replacing the layers the stage produces, adding its relations and
/// summary, recording provenance). That keeps stages easy to test on hand-built documents and
/// lets users add their own stages from their own packages:
///
/// ```swift
/// struct ShoutingStage: Stage {
///   let name = "shouting"
///   let version = "1.0.0"
///   let requiredLayers = ["tokens"]
///   let producedLayers = ["shouting"]
///   func annotate(_ document: Document) throws -> StageOutput {
///     let index = document.makeOffsetIndex()
///     let loud = document.layer("tokens")!.filter {
///       let word = document.surface(of: $0, using: index)
///       return word.count > 1 && word == word.uppercased()
///     }
///     return StageOutput(layers: ["shouting": loud.enumerated().map {
///       Annotation(id: "x\($0.offset + 1)", start: $0.element.start, end: $0.element.end)
///     }])
///   }
/// }
/// ```
public protocol Stage: Sendable {
  /// The stable name used on the command line and in provenance (`"segment"`).
  var name: String { get }
  /// The stage's version, recorded in provenance.
  var version: String { get }
  /// The settings that change the stage's behaviour, recorded in provenance.
  var settings: JSONObject { get }
  /// Layers that must be present before the stage runs.
  var requiredLayers: [String] { get }
  /// Layers the stage writes; any earlier layer of the same name is replaced.
  var producedLayers: [String] { get }
  /// Relation labels the stage writes; earlier relations with these labels are replaced.
  var producedRelations: [String] { get }
  /// Computes the stage's annotations for `document`.
  func annotate(_ document: Document) throws -> StageOutput
}

extension Stage {
  /// No settings by default.
  public var settings: JSONObject { JSONObject() }
  /// No relations by default.
  public var producedRelations: [String] { [] }
}

/// What a stage proposes for a document; the ``Pipeline`` applies it.
public struct StageOutput: Sendable {
  /// The produced layers by name. Every name must be one of the stage's `producedLayers`.
  public var layers: [String: [Annotation]]
  /// New relations, each labelled with one of the stage's `producedRelations`.
  public var relations: [Relation]
  /// Members to set in the document's `summary`.
  public var summary: JSONObject

  /// Creates a stage output.
  public init(
    layers: [String: [Annotation]] = [:], relations: [Relation] = [],
    summary: JSONObject = JSONObject()
  ) {
    self.layers = layers
    self.relations = relations
    self.summary = summary
  }
}
