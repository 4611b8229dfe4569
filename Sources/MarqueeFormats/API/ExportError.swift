/// Why one document could not be exported. The command line reports it with the document's file
/// and line and goes on with the rest of the batch.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The format needs a layer the document does not have.
  case missingLayer(format: String, layer: String, fix: String)
  /// A value cannot be written in the format without corrupting it.
  case unrepresentable(format: String, what: String)

  public var description: String {
    switch self {
    case .missingLayer(let format, let layer, let fix):
      return "\(format) needs the layer '\(layer)', which this document does not have: \(fix)"
    case .unrepresentable(let format, let what):
      return "\(format) cannot hold \(what)"
    }
  }
}
