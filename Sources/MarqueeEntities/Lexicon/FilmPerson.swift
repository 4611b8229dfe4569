/// A real film or television person from `people.tsv`.
///
/// ```
/// Alejandro González Iñárritu → roles [director, writer],
///   surnames ["Iñárritu", "González Iñárritu"], aliases ["Alejandro G. Iñárritu"]
/// ```
public struct FilmPerson: Sendable, Hashable {
  /// The canonical full name, with diacritics and ASCII apostrophes ("Lupita Nyong'o").
  public let name: String
  /// The person's roles, most prominent first; never empty.
  public let roles: [FilmRole]
  /// The forms a surname-only mention can take ("del Toro"; "Bong" for Bong Joon-ho).
  public let surnames: [String]
  /// Other names: romanisations, stage names, spellings ("Bong Joon Ho").
  public let aliases: [String]

  /// Creates a person; `roles` should not be empty.
  public init(name: String, roles: [FilmRole], surnames: [String] = [], aliases: [String] = []) {
    self.name = name
    self.roles = roles
    self.surnames = surnames
    self.aliases = aliases
  }

  /// The most prominent role.
  public var primaryRole: FilmRole { roles.first ?? .other }

  /// Whether the person acts at all (a CAST reading is plausible).
  public var isActor: Bool { roles.contains(.actor) }

  /// The person's crew jobs, most prominent first.
  public var crewRoles: [FilmRole] { roles.filter(\.isCrew) }
}
