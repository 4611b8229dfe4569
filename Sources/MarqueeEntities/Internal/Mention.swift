/// A candidate entity mention while the tagger works on a document.
struct Mention: Sendable {
  /// Token range (half-open) in the document's token array.
  var first: Int
  var last: Int
  var start: Int
  var end: Int
  var surface: String
  var key: String
  /// A title span found from quotes, italics or a known title.
  var isQuotedTitle = false
  var work: String?
  var orgKind: String?
  var orgName: String?
  var known: [KnownPerson] = []
  var afterHonorific = false
  /// An unknown run shaped like a place or a common capitalised word ("Mexico City",
  /// "Elsewhere"): not a name unless a pattern says so.
  var isBlocked = false
  /// The full name of the credited character this mention names.
  var characterName: String?
  /// Label evidence from context, with its strength (3 pattern, 2 cue).
  var evidence = LabelScores()
  var job: String?
  /// The evidence came from words before the name ("directed by", "cinematographer"), so a
  /// list that follows shares it ("by Chin, Clair Popkin and Mikey Schaefer").
  var leftCue = false
  var cluster: Int?
  var label: EntityLabel?

  var tokenCount: Int { last - first }

  mutating func add(_ label: EntityLabel, _ strength: Int) {
    evidence[label] = max(evidence[label] ?? 0, strength)
  }
}
