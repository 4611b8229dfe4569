/// A known organisation from `orgs.tsv`: "A24" (distributor), "the Academy" (award).
public struct Organisation: Sendable, Hashable {
  /// The usual name.
  public let name: String
  /// The kind of organisation.
  public let kind: OrganisationKind
  /// Other names and short forms.
  public let aliases: [String]

  /// Creates an entry.
  public init(name: String, kind: OrganisationKind, aliases: [String] = []) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
  }
}
