import Foundation

/// The context words of `entity-patterns.tsv` (its columns are documented at the top of the
/// file), grouped by what they signal. Each group is a ``KeyTable``, cheap to probe with a
/// token's lowercase text.
///
/// A class, so that a tagger holding it copies one reference, not its dozens of tables; it is
/// never changed after `init` (hence `@unchecked Sendable`).
final class EntityPatterns: @unchecked Sendable {
  let jobNouns: KeyTable<String>
  let byVerbs: KeyTable<String>
  let jobVerbs: KeyTable<String>
  let honorifics: KeyTable<Void>
  let stopwords: KeyTable<Void>
  let workNouns: KeyTable<String>
  let personNouns: KeyTable<Void>
  let castNouns: KeyTable<Void>
  let particles: KeyTable<Void>
  let orgSuffixes: KeyTable<String>
  let characterCues: KeyTable<Void>
  let placePrefixes: KeyTable<Void>
  let placeSuffixes: KeyTable<Void>
  let roleNouns: KeyTable<Void>
  let orgNouns: KeyTable<String>
  /// Nouns for a life inside the story: "Ruben's arc", "Chihiro's journey".
  let storyNouns: KeyTable<Void>
  /// Verbs of plot summary after a name: "Ruben loses his hearing".
  let plotVerbs: KeyTable<Void>
  /// Verbs of performing after a name: "Ahmed gives", "Blanchett delivers".
  let performanceVerbs: KeyTable<Void>
  /// Praise for a performer after "is" or "was": "de Leon is magnificent".
  let praiseWords: KeyTable<Void>

  /// Why the patterns file could not be read in full (missing, unreadable, or a row of an
  /// unknown kind, with its line), if it could not; the stage reports it rather than tag
  /// without the words it lacks.
  let loadError: String?

  static let shared = EntityPatterns(bundle: .module)

  init(bundle: Bundle) {
    // Built in locals, then stored in constants: a constant property of a class is read without
    // the run-time exclusivity check (and retain) that reading a variable one costs.
    var jobNouns = KeyTable<String>()
    var byVerbs = KeyTable<String>()
    var jobVerbs = KeyTable<String>()
    var honorifics = KeyTable<Void>()
    var stopwords = KeyTable<Void>()
    var workNouns = KeyTable<String>()
    var personNouns = KeyTable<Void>()
    var castNouns = KeyTable<Void>()
    var particles = KeyTable<Void>()
    var orgSuffixes = KeyTable<String>()
    var characterCues = KeyTable<Void>()
    var placePrefixes = KeyTable<Void>()
    var placeSuffixes = KeyTable<Void>()
    var roleNouns = KeyTable<Void>()
    var orgNouns = KeyTable<String>()
    var storyNouns = KeyTable<Void>()
    var plotVerbs = KeyTable<Void>()
    var performanceVerbs = KeyTable<Void>()
    var praiseWords = KeyTable<Void>()
    var loadError: String?
    let (rows, readError) = Self.rows("entity-patterns", bundle)
    loadError = readError
    for (line, row) in rows {
      guard row.count >= 2 else {
        loadError = loadError ?? "entity-patterns.tsv:\(line): expected a kind and a word"
        continue
      }
      let word = row[1]
      let value = row.count > 2 ? row[2] : ""
      switch row[0] {
      case "job": jobNouns[word] = value
      case "by-verb": byVerbs[word] = value
      case "verb": jobVerbs[word] = value
      case "honorific": honorifics.insert(word)
      case "stop": stopwords.insert(word)
      case "work": workNouns[word] = value
      case "person": personNouns.insert(word)
      case "cast": castNouns.insert(word)
      case "particle": particles.insert(word)
      case "org-suffix": orgSuffixes[word] = value
      case "name-cue": characterCues.insert(word)
      case "place-prefix": placePrefixes.insert(word)
      case "place-suffix": placeSuffixes.insert(word)
      case "role-noun": roleNouns.insert(word)
      case "org-noun": orgNouns[word] = value
      case "story-noun": storyNouns.insert(word)
      case "plot-verb": plotVerbs.insert(word)
      case "performance-verb": performanceVerbs.insert(word)
      case "praise": praiseWords.insert(word)
      default:
        loadError = loadError ?? "entity-patterns.tsv:\(line): unknown kind '\(row[0])'"
      }
    }
    self.loadError = loadError
    self.jobNouns = jobNouns
    self.byVerbs = byVerbs
    self.jobVerbs = jobVerbs
    self.honorifics = honorifics
    self.stopwords = stopwords
    self.workNouns = workNouns
    self.personNouns = personNouns
    self.castNouns = castNouns
    self.particles = particles
    self.orgSuffixes = orgSuffixes
    self.characterCues = characterCues
    self.placePrefixes = placePrefixes
    self.placeSuffixes = placeSuffixes
    self.roleNouns = roleNouns
    self.orgNouns = orgNouns
    self.storyNouns = storyNouns
    self.plotVerbs = plotVerbs
    self.performanceVerbs = performanceVerbs
    self.praiseWords = praiseWords
  }

  /// The tab-separated rows of a resource with their line numbers, without comments and blank
  /// lines; and why the file could not be read, if it could not.
  static func rows(_ name: String, _ bundle: Bundle) -> (rows: [(Int, [String])], error: String?) {
    guard let url = bundle.url(forResource: name, withExtension: "tsv") else {
      return ([], "\(name).tsv is missing from the bundle")
    }
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      return ([], "\(name).tsv cannot be read as UTF-8")
    }
    var rows: [(Int, [String])] = []
    // "\r\n" is one Character, so both line ends are named.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, line) in lines.enumerated() {
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      rows.append(
        (index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return (rows, nil)
  }
}
