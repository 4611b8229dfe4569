import Foundation

/// The context words of `entity-patterns.tsv` (its columns are documented at the top of the
/// file), grouped by what they signal. Each group is a ``KeyTable``, cheap to probe with a
/// token's lowercase text.
///
/// A class, so that a tagger holding it copies one reference, not its dozens of tables; it is
/// never changed after `init` (hence `@unchecked Sendable`).
final class EntityPatterns: @unchecked Sendable {
  var jobNouns: KeyTable<String> = KeyTable()
  var byVerbs: KeyTable<String> = KeyTable()
  var jobVerbs: KeyTable<String> = KeyTable()
  var honorifics: KeyTable<Void> = KeyTable()
  var stopwords: KeyTable<Void> = KeyTable()
  var workNouns: KeyTable<String> = KeyTable()
  var personNouns: KeyTable<Void> = KeyTable()
  var castNouns: KeyTable<Void> = KeyTable()
  var particles: KeyTable<Void> = KeyTable()
  var orgSuffixes: KeyTable<String> = KeyTable()
  var characterCues: KeyTable<Void> = KeyTable()
  var placePrefixes: KeyTable<Void> = KeyTable()
  var placeSuffixes: KeyTable<Void> = KeyTable()
  var roleNouns: KeyTable<Void> = KeyTable()
  var orgNouns: KeyTable<String> = KeyTable()
  /// Nouns for a life inside the story: "Ruben's arc", "Chihiro's journey".
  var storyNouns: KeyTable<Void> = KeyTable()
  /// Verbs of plot summary after a name: "Ruben loses his hearing".
  var plotVerbs: KeyTable<Void> = KeyTable()
  /// Verbs of performing after a name: "Ahmed gives", "Blanchett delivers".
  var performanceVerbs: KeyTable<Void> = KeyTable()
  /// Praise for a performer after "is" or "was": "de Leon is magnificent".
  var praiseWords: KeyTable<Void> = KeyTable()

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
