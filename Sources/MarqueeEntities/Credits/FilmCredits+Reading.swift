import Foundation
import MarqueeCore

extension FilmCredits {
  /// Reads credits from a file: TSV when the name ends in `.tsv`, JSON otherwise.
  ///
  /// - Throws: ``CreditsError`` when the file cannot be read or is malformed.
  public static func read(contentsOf path: String) throws(CreditsError) -> [FilmCredits] {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw .unreadable(path: path) }
    if path.lowercased().hasSuffix(".tsv") { return try read(tsv: text) }
    return try read(json: Array(text.utf8))
  }

  /// Reads a JSON object of credits, or an array of them.
  ///
  /// ```json
  /// {"title": "Sound of Metal", "year": 2019,
  ///  "cast": [{"name": "Riz Ahmed", "characters": ["Ruben Stone"]}],
  ///  "crew": [{"name": "Darius Marder", "job": "director"}]}
  /// ```
  public static func read(json bytes: [UInt8]) throws(CreditsError) -> [FilmCredits] {
    let value: JSONValue
    do {
      value = try JSONValue(parsing: bytes)
    } catch {
      throw .invalidJSON("not valid JSON (\(error))")
    }
    return try read(json: value)
  }

  /// Reads credits from a JSON value already parsed: an object, or an array of objects (the
  /// shape of a document's `credits` metadata).
  public static func read(json value: JSONValue) throws(CreditsError) -> [FilmCredits] {
    switch value {
    case .object(let object): return [try FilmCredits(json: object)]
    case .array(let items):
      var result: [FilmCredits] = []
      for item in items {
        guard let object = item.objectValue else {
          throw .invalidJSON("an array of credits holds something that is not an object")
        }
        result.append(try FilmCredits(json: object))
      }
      return result
    default: throw .invalidJSON("the top level is neither an object nor an array")
    }
  }

  /// Credits from one JSON object.
  init(json object: JSONObject) throws(CreditsError) {
    guard let title = object["title"]?.stringValue, !title.isEmpty else {
      throw .invalidJSON("credits without a \"title\" string")
    }
    var cast: [Cast] = []
    for entry in object["cast"]?.arrayValue ?? [] {
      if let name = entry.stringValue {
        cast.append(Cast(name: name))
        continue
      }
      guard let member = entry.objectValue, let name = member["name"]?.stringValue else {
        throw .invalidJSON("a cast entry of \"\(title)\" has no \"name\"")
      }
      var characters = (member["characters"]?.arrayValue ?? []).compactMap(\.stringValue)
      if let one = member["character"]?.stringValue { characters.append(one) }
      cast.append(Cast(name: name, characters: characters))
    }
    var crew: [Crew] = []
    for entry in object["crew"]?.arrayValue ?? [] {
      guard let member = entry.objectValue, let name = member["name"]?.stringValue else {
        throw .invalidJSON("a crew entry of \"\(title)\" has no \"name\"")
      }
      let raw = member["job"]?.stringValue ?? "other"
      guard let job = Self.normalisedJob(raw) else {
        throw .invalidJSON("crew member \(name): \(Self.unknownJob(raw))")
      }
      crew.append(Crew(name: name, job: job))
    }
    self.init(
      title: title, year: object["year"]?.integerValue,
      work: object["work"]?.stringValue ?? "film", cast: cast, crew: crew)
  }

  /// Reads tab-separated credits, one row per line; a `title` row starts a new work:
  ///
  ///     title   Sound of Metal  2019
  ///     cast    Riz Ahmed       Ruben Stone
  ///     crew    Darius Marder   director
  ///
  /// Several characters for one performer are separated by `|`. Blank lines and lines
  /// starting with `#` are ignored.
  public static func read(tsv text: String) throws(CreditsError) -> [FilmCredits] {
    var result: [FilmCredits] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let row = line.hasSuffix("\r") ? line.dropLast() : line
      if row.hasPrefix("#") || row.allSatisfy(\.isWhitespace) { continue }
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 2, !cells[1].isEmpty else {
        throw .invalidRow(line: lineNumber, reason: "expected a kind and a name")
      }
      let value = cells.count > 2 ? cells[2] : ""
      switch cells[0].lowercased() {
      case "title":
        var credits = FilmCredits(title: cells[1], year: Int(value))
        if cells.count > 3, !cells[3].isEmpty { credits.work = cells[3] }
        result.append(credits)
      case "cast":
        guard !result.isEmpty else {
          throw .invalidRow(line: lineNumber, reason: "a cast row before any title row")
        }
        let characters = value.split(separator: "|").map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        result[result.count - 1].cast.append(Cast(name: cells[1], characters: characters))
      case "crew":
        guard !result.isEmpty else {
          throw .invalidRow(line: lineNumber, reason: "a crew row before any title row")
        }
        let raw = value.isEmpty ? "other" : value
        guard let job = Self.normalisedJob(raw) else {
          throw .invalidRow(line: lineNumber, reason: Self.unknownJob(raw))
        }
        result[result.count - 1].crew.append(Crew(name: cells[1], job: job))
      default:
        throw .invalidRow(line: lineNumber, reason: "unknown kind '\(cells[0])'")
      }
    }
    return result
  }

  /// A job name normalised ("Director" → director, "DP" → cinematographer), or nil.
  static func normalisedJob(_ raw: String) -> String? {
    let job = raw.lowercased().replacingOccurrences(of: " ", with: "-")
    let aliases = [
      "dp": "cinematographer", "director-of-photography": "cinematographer",
      "screenwriter": "writer", "music": "composer", "production-design": "production-designer",
      "costumes": "costume-designer", "costume-design": "costume-designer",
    ]
    let normal = aliases[job] ?? job
    return jobs.contains(normal) ? normal : nil
  }

  private static func unknownJob(_ raw: String) -> String {
    "unknown job '\(raw)' (use one of \(jobs.sorted().joined(separator: ", ")))"
  }

  /// The credits as a JSON object in the shape ``read(json:)-(JSONValue)`` accepts.
  public var jsonValue: JSONValue {
    var object = JSONObject()
    object["title"] = .string(title)
    if let year { object["year"] = .integer(Int64(year)) }
    if work != "film" { object["work"] = .string(work) }
    object["cast"] = .array(
      cast.map { member in
        let characters = JSONValue.array(member.characters.map { .string($0) })
        return .object(JSONObject([("name", .string(member.name)), ("characters", characters)]))
      })
    object["crew"] = .array(
      crew.map { .object(JSONObject([("name", .string($0.name)), ("job", .string($0.job))])) })
    return .object(object)
  }
}
