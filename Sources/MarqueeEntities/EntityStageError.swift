/// Why the `entities` stage could not annotate a document.
public enum EntityStageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A layer the stage reads is absent.
  case missingLayer(String)
  /// A document's `credits` metadata is not shaped like credits.
  case invalidCredits(document: String, reason: String)
  /// The bundled name lexicon could not be loaded (a damaged installation).
  case lexiconUnavailable(reason: String)

  /// A message a user can act on.
  public var description: String {
    switch self {
    case .missingLayer(let name):
      "entities requires layer '\(name)': run `segment` first (marquee annotate --stages "
        + "segment,entities)"
    case .invalidCredits(let document, let reason):
      "document \(document): its 'credits' metadata cannot be used: \(reason)"
    case .lexiconUnavailable(let reason):
      "the entities stage's bundled name lexicon cannot be loaded (\(reason)); the installation "
        + "is damaged: rebuild or reinstall marquee"
    }
  }
}
