/// A real person who is not a film worker but is often named in reviews (label PERSON):
/// a critic, the novelist of a source book, a historical figure. From `other-people.tsv`.
public struct NotablePerson: Sendable, Hashable {
  /// The canonical full name.
  public let name: String
  /// What the person is known for.
  public let kind: NotablePersonKind
  /// The forms a surname-only mention can take.
  public let surnames: [String]
  /// Other names.
  public let aliases: [String]

  /// Creates an entry.
  public init(
    name: String, kind: NotablePersonKind, surnames: [String] = [], aliases: [String] = []
  ) {
    self.name = name
    self.kind = kind
    self.surnames = surnames
    self.aliases = aliases
  }
}
