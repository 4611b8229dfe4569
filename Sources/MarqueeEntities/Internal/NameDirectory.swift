/// A real person the name lexicons know.
struct KnownPerson: Sendable, Hashable {
  /// Canonical full name, with diacritics.
  var name: String
  /// Film roles, most prominent first ("actor", "director", …); empty for other people.
  var roles: [String]
  /// True for people outside film work (critics, novelists, historical figures, musicians).
  var isOther: Bool
  /// The forms a surname-only mention can take.
  var surnames: [String]
  /// Named in the credits the user gave: the role is certain.
  var credited = false
}

/// A title the lexicon knows.
struct KnownTitle: Sendable, Hashable {
  var title: String
  var work: String
}

/// An organisation the lexicon knows.
struct KnownOrg: Sendable, Hashable {
  var name: String
  var kind: String
}

/// What the tagger needs from the name lexicons, kept small so that the gazetteer's loaders can
/// back it. Every key is folded with ``NameFolding/fold(_:)``.
protocol NameDirectory: Sendable {
  /// People whose full name or alias folds to `key`.
  func people(named key: String) -> [KnownPerson]
  /// Whether ``people(named:)`` would find anyone (cheaper: builds no list).
  func hasPerson(named key: String) -> Bool
  /// People one of whose surname forms folds to `key`.
  func people(withSurname key: String) -> [KnownPerson]
  func title(named key: String) -> KnownTitle?
  func org(named key: String) -> KnownOrg?
  func isGivenName(_ key: String) -> Bool
  func isSurname(_ key: String) -> Bool
  /// The class of a capitalised common word ("place", "award", "nationality", …) that blocks
  /// an entity reading on its own, or nil.
  func wordClass(_ key: String) -> String?
  /// The full name of a credited character one of whose names folds to `key`.
  func creditedCharacter(named key: String) -> String?
}

extension NameDirectory {
  func hasPerson(named key: String) -> Bool { !people(named: key).isEmpty }
  func creditedCharacter(named key: String) -> String? { nil }
}
