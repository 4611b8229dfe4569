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
  var known: [KnownPerson] = []
  var afterHonorific = false
  /// An unknown run shaped like a place or a common capitalised word ("Mexico City",
  /// "Elsewhere"): not a name unless a pattern says so.
  var isBlocked = false
  /// Label evidence from context, with its strength (3 pattern, 2 cue).
  var evidence = LabelScores()
  /// The evidence came from words before the name ("directed by", "cinematographer"), so a
  /// list that follows shares it ("by Chin, Clair Popkin and Mikey Schaefer").
  var leftCue = false
  var cluster: Int?
  var label: EntityLabel?
  /// The strings few mentions have, kept in one box: the rules copy mentions often, and a copy
  /// then retains one box instead of five strings. Nil while all of them are nil.
  private var notes: Notes?

  init(first: Int, last: Int, start: Int, end: Int, surface: String, key: String) {
    self.first = first
    self.last = last
    self.start = start
    self.end = end
    self.surface = surface
    self.key = key
  }

  var work: String? {
    get { notes?.work }
    set { if newValue != nil || notes != nil { editNotes().work = newValue } }
  }

  var orgKind: String? {
    get { notes?.orgKind }
    set { if newValue != nil || notes != nil { editNotes().orgKind = newValue } }
  }

  var orgName: String? {
    get { notes?.orgName }
    set { if newValue != nil || notes != nil { editNotes().orgName = newValue } }
  }

  /// The full name of the credited character this mention names.
  var characterName: String? {
    get { notes?.characterName }
    set { if newValue != nil || notes != nil { editNotes().characterName = newValue } }
  }

  var job: String? {
    get { notes?.job }
    set { if newValue != nil || notes != nil { editNotes().job = newValue } }
  }

  var tokenCount: Int { last - first }

  mutating func add(_ label: EntityLabel, _ strength: Int) {
    evidence[label] = max(evidence[label] ?? 0, strength)
  }

  /// The notes box, made or copied first unless this mention alone holds it (copy on write:
  /// a copy of the mention never sees a later change to the original).
  private mutating func editNotes() -> Notes {
    if isKnownUniquelyReferenced(&notes), let notes { return notes }
    let own = notes?.copy() ?? Notes()
    notes = own
    return own
  }

  /// The rarely set strings of a mention, shared between copies of it until one changes them.
  ///
  /// `@unchecked Sendable`: a box is changed only through ``Mention``'s setters, and only while
  /// one mention holds it (they copy it first otherwise), so no two threads ever see it change.
  private final class Notes: @unchecked Sendable {
    var work: String?
    var orgKind: String?
    var orgName: String?
    var characterName: String?
    var job: String?

    init() {}

    /// A box with the same strings.
    func copy() -> Notes {
      let copy = Notes()
      copy.work = work
      copy.orgKind = orgKind
      copy.orgName = orgName
      copy.characterName = characterName
      copy.job = job
      return copy
    }
  }
}
