import Foundation
import Testing

@testable import MarqueeAppraisal

@Suite("Evaluative lexicon")
struct EvaluativeLexiconTests {
  @Test("the bundled files load with at least 4,000 entries")
  func bundledSize() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    #expect(lexicon.count >= 4_000)
  }

  @Test("no (entry, pos) pair is listed twice across the bundled files")
  func noDuplicateRows() throws {
    var seen: [String: String] = [:]
    var duplicates: [String] = []
    for name in EvaluativeLexicon.bundledFiles {
      for row in try BundledResource.rows(name: name, directory: "lexicon") {
        let key = "\(row.column(0))\t\(row.column(1))"
        let here = "\(row.file):\(row.line)"
        if let first = seen[key] {
          duplicates.append("\(key) at \(first) and \(here)")
        } else {
          seen[key] = here
        }
      }
    }
    #expect(duplicates.isEmpty, "\(duplicates.prefix(10))")
  }

  @Test("every bundled strength agrees with its score")
  func strengthsMatchScores() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    let wrong = lexicon.entries.filter { $0.strength != Strength(score: $0.score) }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.source))")
  }

  @Test("polarity agrees with the sign of the score unless the entry is contextual")
  func polarityMatchesSign() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    let wrong = lexicon.entries.filter { entry in
      switch entry.polarity {
      case .positive: entry.score <= 0
      case .negative: entry.score >= 0
      case .neutral: entry.score != 0
      case .contextual: !entry.flags.contains(.targetDependent)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.source))")
  }

  @Test(
    "film-domain senses have the critic's polarity",
    arguments: [
      ("devastating", Polarity.positive),
      ("haunting", .positive),
      ("unpredictable", .positive),
      ("gripping", .positive),
      ("predictable", .negative),
      ("bloated", .negative),
      ("overlong", .negative),
      ("derivative", .negative),
      ("by-the-numbers", .negative),
      ("paint-by-numbers", .negative),
      ("miscast", .negative),
      ("dark", .contextual),
      ("bleak", .contextual),
    ])
  func filmSenses(word: String, polarity: Polarity) throws {
    let entries = try EvaluativeLexicon.bundled().entries(for: word)
    let adjective = try #require(entries.first { $0.pos == .adjective })
    #expect(adjective.polarity == polarity)
  }

  @Test("a film-domain entry overrides the everyday sense and names its aspect")
  func filmDomainAspect() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    let wooden = try #require(lexicon.entry("wooden", pos: .adjective))
    #expect(wooden.domain == .film)
    #expect(wooden.aspect == .acting)
    #expect(wooden.score < 0)
    let devastating = try #require(lexicon.entry("devastating", pos: .adjective))
    #expect(devastating.flags.contains(.plotSense))
  }

  @Test("lookups ignore case and curly apostrophes")
  func normalizedLookup() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    #expect(lexicon.entries(for: "SUPERB").first?.entry == "superb")
    let match = lexicon.longestMatch(in: ["One", "of", "the", "year’s", "best"], at: 0)
    #expect(match?.range == 0..<5)
  }

  @Test(
    "lemma rules reach the listed base form",
    arguments: [
      ("disappoints", "disappoint", PartOfSpeech.verb),
      ("disappointed", "disappointed", .adjective),
      ("bored", "bored", .adjective),
      ("squandered", "squander", .verb),
      ("botching", "botch", .verb),
      ("fizzled", "fizzle", .verb),
      ("stopped", "stop", .verb),
      ("dazzles", "dazzle", .verb),
      ("glitches", "glitch", .noun),
      ("flaws", "flaw", .noun),
      ("gimmicks", "gimmick", .noun),
      ("funnier", "funny", .adjective),
      ("dullest", "dull", .adjective),
      ("finer", "fine", .adjective),
      ("stunk", "stink", .verb),
      // "worst" is listed itself since the evaluate stage (#6): a superlative is stronger
      // than its base form, so an irregular verb stands in for the irregular-table case.
      ("overdid", "overdo", .verb),
    ])
  func lemmaLookup(token: String, lemma: String, pos: PartOfSpeech) throws {
    let lexicon = try EvaluativeLexicon.bundled().adding(
      tsv: "stop\tverb\tnegative\t-0.2\tweak\tgeneral\t\t\t\n", name: "test.tsv")
    let found = lexicon.entries(for: token)
    #expect(found.contains { $0.entry == lemma && $0.pos == pos }, "\(found.map(\.entry))")
  }

  @Test(
    "lemma rules do not invent entries",
    arguments: ["thing", "bring", "strings", "red", "bed", "ness", "her"])
  func noFalseLemmas(token: String) throws {
    let lexicon = try EvaluativeLexicon.bundled()
    #expect(lexicon.entries(for: token).isEmpty, "\(lexicon.entries(for: token).map(\.entry))")
  }

  @Test("a lemma only counts for a part of speech that takes the ending")
  func lemmaRespectsPartOfSpeech() throws {
    // "beautifuls" is not a plural: adjectives take no -s.
    #expect(try EvaluativeLexicon.bundled().entries(for: "beautifuls").isEmpty)
    // "bravoed" is not a verb form of the interjection.
    #expect(try EvaluativeLexicon.bundled().entries(for: "bravoed").isEmpty)
  }

  @Test(
    "multi-word expressions match longest first",
    arguments: [
      ("it is worth the price of admission .", 2, 2..<7),
      ("the script falls flat on its face", 2, 2..<4),
      ("the jokes fell flat", 2, 2..<4),
      ("the plot was falling flat", 3, 3..<5),
      ("Keaton phoned it in", 1, 1..<4),
      ("the sequel misses the mark entirely", 2, 2..<5),
      ("a tour de force of acting", 1, 1..<4),
      ("it does n't work at all", 1, 1..<4),
      ("it doesn't work at all", 1, 1..<3),
      ("an utterly by-the-numbers thriller", 2, 2..<3),
      ("an utterly by - the - numbers thriller", 2, 2..<7),
      ("it is well worth seeing", 2, 2..<5),
      ("one of the best films of the year", 0, 0..<8),
      ("simply brilliant", 1, 1..<2),
    ])
  func longestMatch(sentence: String, start: Int, expected: Range<Int>) throws {
    let tokens = sentence.split(separator: " ").map(String.init)
    let match = try EvaluativeLexicon.bundled().longestMatch(in: tokens, at: start)
    #expect(match?.range == expected)
  }

  @Test("no match where no expression starts")
  func noMatch() throws {
    let lexicon = try EvaluativeLexicon.bundled()
    #expect(lexicon.longestMatch(in: ["the", "camera", "pans"], at: 0) == nil)
    #expect(lexicon.longestMatch(in: ["worth"], at: 3) == nil)
    // "price of" starts no expression, and neither word is evaluative alone.
    #expect(lexicon.longestMatch(in: ["price", "of", "admission"], at: 0) == nil)
  }

  @Test("a user file overrides a bundled row and adds new expressions")
  func userOverride() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-lexicon-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let extra = directory.appendingPathComponent("extra.tsv")
    let text = """
      # my corrections
      predictable\tadj\tpositive\t0.3\tweak\tgeneral\tstory\t\tcomfort viewing
      mumblecore done right\tphrase\tpositive\t0.7\tstrong\tfilm\tfilm\t\t

      """
    try text.write(to: extra, atomically: true, encoding: .utf8)
    let bundled = try EvaluativeLexicon.bundled()
    let mine = try EvaluativeLexicon.bundled(extraFiles: [extra])
    let predictable = try #require(mine.entry("predictable", pos: .adjective))
    #expect(predictable.score == 0.3)
    #expect(predictable.polarity == .positive)
    #expect(predictable.source == "\(extra.path):2")
    #expect(mine.entries(for: "predictable").count == 1)
    #expect(mine.count == bundled.count + 1)
    let match = mine.longestMatch(in: ["mumblecore", "done", "right"], at: 0)
    #expect(match?.range == 0..<3)
    #expect(bundled.entry("predictable", pos: .adjective)?.polarity == .negative)
  }

  @Test("overriding a multi-word expression removes the old value from the trie")
  func overrideMultiword() throws {
    let mine = try EvaluativeLexicon.bundled().adding(
      tsv: "falls flat\tphrase\tpositive\t0.2\tweak\tgeneral\t\t\t\n", name: "extra.tsv")
    let match = try #require(mine.longestMatch(in: ["falls", "flat"], at: 0))
    #expect(match.entries.map(\.score) == [0.2])
  }

  @Test(
    "a bad user row is reported with file and line",
    arguments: [
      ("good\tadj\tpositive\thigh\tweak\tgeneral\t\t\t", "'score'"),
      ("good\tadjective\tpositive\t0.5\tmoderate\tgeneral\t\t\t", "'pos'"),
      ("good\tadj\tglad\t0.5\tmoderate\tgeneral\t\t\t", "'polarity'"),
      ("good\tadj\tpositive\t1.5\tstrong\tgeneral\t\t\t", "'score'"),
      ("good\tadj\tpositive\t0.5\tmoderate\tgeneral\tplot\t\t", "'aspect'"),
      ("good\tadj\tpositive\t0.5\tmoderate\tgeneral\t\tshiny\t", "flag"),
      ("Good\tadj\tpositive\t0.5\tmoderate\tgeneral\t\t\t", "lowercase"),
      ("good adj positive 0.5", "9 tab-separated columns"),
    ])
  func badRow(row: String, mentions: String) throws {
    let text = "# header\n\nfine\tadj\tpositive\t0.25\tweak\tgeneral\t\t\t\n\(row)\n"
    do {
      _ = try EvaluativeLexicon.bundled().adding(tsv: text, name: "extra.tsv")
      Issue.record("expected an error for \(row)")
    } catch {
      #expect(error.kind == .badRow)
      #expect(error.file == "extra.tsv")
      #expect(error.line == 4)
      #expect(error.description.hasPrefix("extra.tsv:4: bad row: "))
      #expect(error.description.contains(mentions), "\(error.description)")
    }
  }

  @Test("a missing user file is an error naming it")
  func missingFile() throws {
    let url = URL(fileURLWithPath: "/nonexistent/marquee/extra.tsv")
    #expect(throws: LexiconError.self) {
      try EvaluativeLexicon.bundled(extraFiles: [url])
    }
    do {
      _ = try EvaluativeLexicon.bundled(extraFiles: [url])
    } catch {
      #expect(error.kind == .unreadableFile)
      #expect(error.description.hasPrefix("/nonexistent/marquee/extra.tsv: "))
    }
  }

  @Test("rows with CRLF line endings and a missing trailing note column load")
  func crlfRows() throws {
    let text = "# c\r\nalpha-good\tadj\tpositive\t0.5\tmoderate\tgeneral\t\t\r\n"
    let lexicon = try EvaluativeLexicon.bundled().adding(tsv: text, name: "crlf.tsv")
    let entry = try #require(lexicon.entry("alpha-good", pos: .adjective))
    #expect(entry.source == "crlf.tsv:2")
    #expect(entry.note == "")
  }

  @Test("invalid UTF-8 in a user file is reported")
  func invalidUTF8() throws {
    #expect(throws: LexiconError.self) {
      _ = try TSVFile.rows(in: [0x67, 0x6F, 0xFF, 0x0A], name: "bad.tsv")
    }
  }
}
