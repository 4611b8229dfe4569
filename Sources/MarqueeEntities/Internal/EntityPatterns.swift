import Foundation

/// The context words of `entity-patterns.tsv` (its columns are documented at the top of the
/// file), grouped by what they signal.
struct EntityPatterns: Sendable {
  var jobNouns: [String: String] = [:]
  var byVerbs: [String: String] = [:]
  var jobVerbs: [String: String] = [:]
  var honorifics: Set<String> = []
  var stopwords: Set<String> = []
  var workNouns: [String: String] = [:]
  var personNouns: Set<String> = []
  var castNouns: Set<String> = []
  var particles: Set<String> = []
  var orgSuffixes: [String: String] = [:]
  var characterCues: Set<String> = []
  var placePrefixes: Set<String> = []
  var placeSuffixes: Set<String> = []
  var roleNouns: Set<String> = []
  var orgNouns: [String: String] = [:]
  /// Nouns for a life inside the story: "Ruben's arc", "Chihiro's journey".
  var storyNouns: Set<String> = []
  /// Verbs of plot summary after a name: "Ruben loses his hearing".
  var plotVerbs: Set<String> = []
  /// Verbs of performing after a name: "Ahmed gives", "Blanchett delivers".
  var performanceVerbs: Set<String> = []
  /// Praise for a performer after "is" or "was": "de Leon is magnificent".
  var praiseWords: Set<String> = []

  static let shared = EntityPatterns(bundle: .module)

  init(bundle: Bundle) {
    for row in Self.rows("entity-patterns", bundle) where row.count >= 2 {
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
      default: continue
      }
    }
  }

  /// The tab-separated rows of a resource, without comments and blank lines; a missing file
  /// gives no rows (the tagger then works from context alone).
  static func rows(_ name: String, _ bundle: Bundle) -> [[String]] {
    guard let url = bundle.url(forResource: name, withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) {
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
    return rows
  }
}
