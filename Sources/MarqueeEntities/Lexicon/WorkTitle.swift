/// A known title from `titles.tsv`.
///
/// ```
/// Parasite (2019, film), aliases ["Gisaengchung"]
/// ```
public struct WorkTitle: Sendable, Hashable {
  /// The usual English-language title, punctuation kept ("Airplane!").
  public let title: String
  /// The year of first release.
  public let year: Int
  /// The kind of work.
  public let work: WorkType
  /// Other titles: original-language titles, alternative release titles.
  public let aliases: [String]

  /// Creates an entry.
  public init(title: String, year: Int, work: WorkType, aliases: [String] = []) {
    self.title = title
    self.year = year
    self.work = work
    self.aliases = aliases
  }
}
