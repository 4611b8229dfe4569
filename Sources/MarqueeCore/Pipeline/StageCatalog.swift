/// The stages a program knows by name, for choosing them on the command line and for pointing a
/// user at the stage that produces a missing layer.
public struct StageCatalog: Sendable {
  /// The known stages, in the order they normally run.
  public let stages: [any Stage]

  /// Creates a catalog of `stages`, in their usual running order.
  public init(_ stages: [any Stage]) {
    self.stages = stages
  }

  /// The names of the known stages, in running order.
  public var names: [String] { stages.map(\.name) }

  /// The stage called `name`.
  ///
  /// - Throws: ``PipelineError/unknownStage(name:known:)`` listing the known names.
  public func stage(named name: String) throws(PipelineError) -> any Stage {
    guard let stage = stages.first(where: { $0.name == name }) else {
      throw .unknownStage(name: name, known: names)
    }
    return stage
  }

  /// The name of the first known stage that produces `layer`, if any.
  public func producer(of layer: String) -> String? {
    stages.first { $0.producedLayers.contains(layer) }?.name
  }
}
