import Foundation
import Testing

@testable import MarqueeAppraisal

@Suite("Shifter lexicon")
struct ShifterLexiconTests {
  @Test("the bundled shifter files load, every kind present")
  func bundled() throws {
    let shifters = try ShifterLexicon.bundled()
    #expect(shifters.count >= 300)
    let kinds = Set(shifters.entries.map(\.kind))
    #expect(kinds == Set(ShifterKind.allCases))
  }

  @Test("no (entry, kind) pair is listed twice")
  func noDuplicates() throws {
    var seen = Set<String>()
    var duplicates: [String] = []
    for name in ShifterLexicon.bundledFiles {
      for row in try BundledResource.rows(name: name, directory: "shifters") {
        let key = "\(row.column(0))\t\(row.column(1))"
        if !seen.insert(key).inserted { duplicates.append("\(row.file):\(row.line) \(key)") }
      }
    }
    #expect(duplicates.isEmpty, "\(duplicates)")
  }

  @Test(
    "markers have the kind, direction and scope the issue asks for",
    arguments: [
      ("not", ShifterKind.negator, ShifterScope.forward),
      ("never", .negator, .forward),
      ("hardly", .negator, .forward),
      ("without", .negator, .forward),
      ("utterly", .intensifier, .forward),
      ("increasingly", .intensifier, .forward),
      ("slightly", .downtoner, .forward),
      ("too", .excess, .forward),
      ("might", .hedge, .forward),
      ("but", .contrast, .after),
      ("although", .contrast, .before),
      ("despite", .contrast, .before),
    ])
  func kinds(word: String, kind: ShifterKind, scope: ShifterScope) throws {
    let entries = try ShifterLexicon.bundled().entries(for: word)
    let entry = try #require(entries.first { $0.kind == kind })
    #expect(entry.scope == scope)
    switch kind {
    case .negator: #expect(entry.value < 0)
    case .intensifier: #expect(entry.value > 1)
    case .downtoner, .hedge: #expect(entry.value > 0 && entry.value < 1)
    case .excess: #expect(entry.value < 0)
    case .contrast: #expect(entry.value > 0 && entry.value < 1)
    default: break
    }
  }

  @Test(
    "multi-word markers match longest first",
    arguments: [
      ("it should have been shorter", 1, 1..<4, ShifterKind.irrealis),
      ("it would be better if it ended", 1, 1..<5, .irrealis),
      ("no one could call it dull", 0, 0..<2, .negator),
      ("it is n't funny", 2, 2..<3, .negator),
      ("it fails to impress", 1, 1..<3, .negator),
      ("far too long", 0, 0..<2, .excess),
      ("better than the original", 0, 0..<2, .comparative),
      ("nothing short of brilliant", 0, 0..<3, .intensifier),
      ("yeah , right", 0, 0..<3, .sarcasm),
    ])
  func longestMatch(sentence: String, start: Int, range: Range<Int>, kind: ShifterKind) throws {
    let tokens = sentence.split(separator: " ").map(String.init)
    let match = try #require(try ShifterLexicon.bundled().longestMatch(in: tokens, at: start))
    #expect(match.range == range)
    #expect(match.entries.contains { $0.kind == kind })
  }

  @Test("a gap pattern spans the shifted expression")
  func gap() throws {
    let shifters = try ShifterLexicon.bundled()
    let tokens = ["not", "as", "funny", "as", "the", "first"]
    let match = try #require(shifters.longestMatch(in: tokens, at: 0))
    #expect(match.range == 0..<4)
    #expect(match.gaps == [2..<3])
    #expect(match.entries.first?.entry == "not as … as")
    let wide = ["not", "as", "sharply", "written", "as", "the", "first"]
    #expect(shifters.longestMatch(in: wide, at: 0)?.gaps == [2..<4])
    // Beyond the window of 3 tokens the pattern does not match; "not" alone does.
    let tooWide = ["not", "as", "a", "b", "c", "d", "as"]
    #expect(shifters.longestMatch(in: tooWide, at: 0)?.range == 0..<1)
  }

  @Test("scare quotes around one word match, straight or curly")
  func scareQuotes() throws {
    let shifters = try ShifterLexicon.bundled()
    for tokens in [["\"", "comedy", "\""], ["“", "comedy", "”"]] {
      let match = try #require(shifters.longestMatch(in: tokens, at: 0))
      #expect(match.range == 0..<3)
      #expect(match.entries.first?.kind == .sarcasm)
    }
  }

  @Test("a user row overrides by entry and kind, and bad rows name file and line")
  func userRows() throws {
    let mine = try ShifterLexicon.bundled().adding(
      tsv: "very\tintensifier\t2.0\tforward\t2\tstronger\n", name: "extra.tsv")
    #expect(mine.entry("very", kind: .intensifier)?.value == 2.0)
    #expect(mine.count == (try ShifterLexicon.bundled().count))
    do {
      _ = try ShifterLexicon.bundled().adding(
        tsv: "# c\nvery\tintensifier\t1.3\tsideways\t2\t\n", name: "extra.tsv")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("extra.tsv:2: bad row: column 'scope'"))
    }
    #expect(throws: LexiconError.self) {
      try ShifterLexicon.bundled().adding(
        tsv: "not as … as\tcomparative\t-0.5\tgap\t0\t\n", name: "x")
    }
  }
}
