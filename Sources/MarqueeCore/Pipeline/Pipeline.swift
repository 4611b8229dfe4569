/// An ordered list of stages, checked when it is built and applied to one document at a time.
///
/// ```swift
/// let pipeline = try Pipeline([SegmentStage()])
/// let annotated = try pipeline.run(Document(id: "r1", text: "Loud. Quiet."))
/// annotated.layer("sentences")?.count  // 2
/// ```
///
/// Building fails when a stage needs a layer that no earlier stage produces
/// (`entities requires layer 'tokens': add 'segment' before it`). When the layers the documents
/// will bring are not known in advance (a stage reading JSON Lines from a pipe), pass
/// `existingLayers: nil`; each document is then checked as it arrives.
public struct Pipeline: Sendable {
  /// The stages, in running order.
  public let stages: [any Stage]
  private let catalog: StageCatalog?
  private let checksDocuments: Bool

  /// Builds a pipeline, checking that every required layer is produced before it is needed.
  ///
  /// - Parameters:
  ///   - stages: the stages in running order.
  ///   - existingLayers: layers every document brings; `nil` when unknown until run time.
  ///   - catalog: known stages, to name the one that produces a missing layer in errors.
  /// - Throws: ``PipelineError/missingLayer(stage:layer:producer:)``.
  public init(
    _ stages: [any Stage], existingLayers: Set<String>? = [], catalog: StageCatalog? = nil
  ) throws(PipelineError) {
    self.stages = stages
    self.catalog = catalog
    self.checksDocuments = existingLayers == nil
    if let existingLayers {
      var available = existingLayers
      for stage in stages {
        for layer in stage.requiredLayers where !available.contains(layer) {
          let producer =
            catalog?.producer(of: layer) ?? stages.first { $0.producedLayers.contains(layer) }?.name
          throw .missingLayer(stage: stage.name, layer: layer, producer: producer)
        }
        available.formUnion(stage.producedLayers)
      }
    }
  }

  /// Runs every stage over `document` and returns the annotated document.
  ///
  /// Each stage's output replaces the layers it produces (and relations with the labels it
  /// produces); relations left pointing at removed annotations are dropped; its summary members
  /// are set; and a ``StageRecord`` is appended to `stages`.
  ///
  /// - Throws: ``PipelineError`` naming the stage and the document.
  public func run(_ document: Document) throws(PipelineError) -> Document {
    var document = document
    for stage in stages {
      if checksDocuments {
        for layer in stage.requiredLayers where !document.hasLayer(layer) {
          throw .documentLacksLayer(
            document: document.id, stage: stage.name, layer: layer,
            producer: catalog?.producer(of: layer))
        }
      }
      let output: StageOutput
      do {
        output = try stage.annotate(document)
      } catch let error as PipelineError {
        throw error
      } catch {
        throw .stageFailed(stage: stage.name, document: document.id, reason: "\(error)")
      }
      try apply(output, of: stage, to: &document)
    }
    return document
  }

  private func apply(
    _ output: StageOutput, of stage: any Stage, to document: inout Document
  ) throws(PipelineError) {
    func invalid(_ reason: String) -> PipelineError {
      .invalidOutput(stage: stage.name, document: document.id, reason: reason)
    }
    for name in output.layers.keys where !stage.producedLayers.contains(name) {
      throw invalid("it returned layer '\(name)' but declares only \(stage.producedLayers)")
    }
    for relation in output.relations where !stage.producedRelations.contains(relation.label) {
      throw invalid(
        "it returned a '\(relation.label)' relation but declares only \(stage.producedRelations)")
    }
    var updated = document
    for name in stage.producedLayers {
      do {
        try updated.setLayer(name, output.layers[name] ?? [])
      } catch {
        throw invalid(error.description)
      }
    }
    var ids = Set<String>()
    for name in updated.layerNames {
      for annotation in updated.layer(name) ?? [] { ids.insert(annotation.id) }
    }
    let replaced = Set(stage.producedRelations)
    updated.relations =
      updated.relations.filter {
        !replaced.contains($0.label) && ids.contains($0.from) && ids.contains($0.to)
      } + output.relations
    updated.summary.merge(output.summary)
    updated.stages.append(
      StageRecord(name: stage.name, version: stage.version, settings: stage.settings))
    do {
      try updated.validate()
    } catch {
      throw invalid(error.description)
    }
    document = updated
  }
}
