/// The word lists the evaluate stage reads besides the lexicons: aspect nouns
/// (`Resources/evaluate/aspects.tsv`) and sentence cues (`Resources/evaluate/cues.tsv`), both
/// documented in their headers and loaded once.
struct EvaluateCues: Sendable {
  /// What a sentence cue word signals.
  enum Role: String, Sendable, CaseIterable {
    case plot
    case background
    case report
    case critic
    case tone
    case craft
  }

  /// Aspect nouns: word → aspect.
  var aspects: [String: Aspect]
  /// Cue words: word → roles.
  var roles: [String: Set<Role>]

  /// The bundled lists, read once.
  static func bundled() throws(LexiconError) -> EvaluateCues {
    try cached.get()
  }

  private static let cached: Result<EvaluateCues, LexiconError> = Result {
    () throws(LexiconError) -> EvaluateCues in
    var aspects: [String: Aspect] = [:]
    for row in try BundledResource.rows(name: "aspects", directory: "evaluate") {
      guard row.columns.count >= 2, let aspect = Aspect(rawValue: row.column(1)) else {
        throw row.error("expected two columns: word and an aspect name")
      }
      aspects[row.column(0)] = aspect
    }
    var roles: [String: Set<Role>] = [:]
    for row in try BundledResource.rows(name: "cues", directory: "evaluate") {
      guard row.columns.count >= 2, let role = Role(rawValue: row.column(1)) else {
        throw row.error(
          "expected two columns: word and one of "
            + Role.allCases.map(\.rawValue).joined(separator: ", "))
      }
      roles[row.column(0), default: []].insert(role)
    }
    return EvaluateCues(aspects: aspects, roles: roles)
  }

  /// Whether `word` has `role`.
  func word(_ word: String, has role: Role) -> Bool {
    roles[word]?.contains(role) ?? false
  }
}
