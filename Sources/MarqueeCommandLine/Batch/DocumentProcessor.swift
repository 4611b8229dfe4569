import MarqueeCore

/// What became of one work item.
enum Outcome: Sendable {
  /// The document was annotated and encoded.
  case written(id: String, bytes: [UInt8])
  /// The document failed; the message names the reason (the origin is added when reported).
  case failed(Origin, String)
}

/// Reads one work item into a document, runs the pipeline on it and encodes the result.
///
/// A pure function of its input, so batch workers can run it on many items at once.
struct DocumentProcessor: Sendable {
  /// The stages to run.
  var pipeline: Pipeline
  /// How each result is encoded.
  var encoder: any CorpusEncoder
  /// Whether results are standalone files (`--out`) or parts of one stream.
  var standalone: Bool

  private let decoder = WorkItemDecoder()

  /// Creates a processor.
  init(pipeline: Pipeline, encoder: any CorpusEncoder, standalone: Bool) {
    self.pipeline = pipeline
    self.encoder = encoder
    self.standalone = standalone
  }

  /// Processes one item.
  func process(_ item: WorkItem) -> Outcome {
    let document: Document
    do {
      document = try decoder.decode(item)
    } catch {
      return .failed(item.origin, "\(error)")
    }
    do {
      let annotated = try pipeline.run(document)
      let bytes =
        standalone ? try encoder.encodeStandalone(annotated) : try encoder.encodeInStream(annotated)
      return .written(id: annotated.id, bytes: bytes)
    } catch {
      return .failed(item.origin, "\(error)")
    }
  }
}
