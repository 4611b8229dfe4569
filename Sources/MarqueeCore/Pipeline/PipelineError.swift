/// Why a pipeline could not be built or could not annotate a document.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
  /// A stage needs a layer that no earlier stage produces.
  case missingLayer(stage: String, layer: String, producer: String?)
  /// A document reached a stage without a layer the stage needs.
  case documentLacksLayer(document: String, stage: String, layer: String, producer: String?)
  /// A stage threw while annotating a document.
  case stageFailed(stage: String, document: String, reason: String)
  /// A stage returned annotations the pipeline cannot accept (a bug in the stage).
  case invalidOutput(stage: String, document: String, reason: String)
  /// A stage name is not known.
  case unknownStage(name: String, known: [String])

  public var description: String {
    switch self {
    case .missingLayer(let stage, let layer, let producer):
      if let producer {
        return "\(stage) requires layer '\(layer)': add '\(producer)' before it"
      }
      return "\(stage) requires layer '\(layer)', which no earlier stage produces"
    case .documentLacksLayer(let document, let stage, let layer, let producer):
      let fix =
        producer.map { ": run `marquee \($0)` first, or add '\($0)' before '\(stage)'" } ?? ""
      return "document '\(document)' has no layer '\(layer)', which \(stage) requires\(fix)"
    case .stageFailed(let stage, let document, let reason):
      return "stage '\(stage)' failed on document '\(document)': \(reason)"
    case .invalidOutput(let stage, let document, let reason):
      return "stage '\(stage)' produced invalid output for document '\(document)': \(reason)"
    case .unknownStage(let name, let known):
      return "there is no stage called '\(name)'; known stages: \(known.joined(separator: ", "))"
    }
  }
}
