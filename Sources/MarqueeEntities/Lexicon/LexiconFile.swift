import Foundation

/// The data files bundled with MarqueeEntities, one per kind of lexicon entry.
///
/// Each is a UTF-8, tab-separated file whose `#` header documents its columns and sources.
public enum LexiconFile: String, CaseIterable, Sendable {
  /// Real film and television people with their roles (`people.tsv`).
  case people = "people.tsv"
  /// Real people who are not film workers: critics, novelists, historical figures
  /// (`other-people.tsv`).
  case otherPeople = "other-people.tsv"
  /// Titles of films, series and source works (`titles.tsv`).
  case titles = "titles.tsv"
  /// Studios, distributors, streamers, broadcasters, festivals, awards, bands (`orgs.tsv`).
  case organisations = "orgs.tsv"
  /// Common given names in many languages (`given-names.tsv`).
  case givenNames = "given-names.tsv"
  /// Common surnames in many languages (`surnames.tsv`).
  case surnames = "surnames.tsv"
  /// Capitalised words that block an entity reading (`stopwords-capitalised.tsv`).
  case capitalisedStopwords = "stopwords-capitalised.tsv"
  /// Job, role, character and title cues (`cues.tsv`).
  case cues = "cues.tsv"

  /// The file's name, as used in error messages.
  public var fileName: String { rawValue }

  /// Reads the bundled copy of the file.
  ///
  /// - Throws: ``LexiconError/missingResource(file:)`` when the bundle lacks the file,
  ///   ``LexiconError/unreadableResource(file:)`` when it is not UTF-8.
  public func bundledText() throws(LexiconError) -> String {
    let base = String(rawValue.dropLast(".tsv".count))
    guard let url = Bundle.module.url(forResource: base, withExtension: "tsv"),
      let data = try? Data(contentsOf: url)
    else {
      throw .missingResource(file: fileName)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadableResource(file: fileName)
    }
    return text
  }
}
