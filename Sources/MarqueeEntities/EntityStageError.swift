/// Why the `entities` stage could not annotate a document.
public enum EntityStageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A layer the stage reads is absent.
  case missingLayer(String)

  public var description: String {
    switch self {
    case .missingLayer(let name):
      "entities requires layer '\(name)': run `segment` first (marquee annotate --stages "
        + "segment,entities)"
    }
  }
}
