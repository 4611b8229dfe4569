import Foundation
import MarqueeText
import Testing

/// The English "Golden Rules" for sentence boundaries: the test set of the Pragmatic Segmenter
/// (Kevin Dias), as packaged by pySBD (Nipun Sadvilkar) in `golden_rules_en`. The cases are
/// third-party data, so they are read at test time from `../shared/golden-rules/` and never
/// copied into this repository; without that folder these tests are skipped.
struct GoldenRuleCase: Decodable, Sendable, CustomTestStringConvertible {
  let id: Int
  let name: String
  let text: String
  let sentences: [String]
  let note: String?

  /// Two of the extra cases expect whitespace-normalised sentences, not substrings.
  var comparesNormalised: Bool { note?.contains("whitespace-normalised") ?? false }

  var testDescription: String { "\(id) \(name)" }

  static func load(_ file: String) -> [GoldenRuleCase] {
    let path = "golden-rules/\(file)"
    guard SharedData.exists(path), let data = try? Data(contentsOf: SharedData.url(path)) else {
      return []
    }
    return (try? JSONDecoder().decode([GoldenRuleCase].self, from: data)) ?? []
  }

  /// Whether the segmenter's output matches the expected sentences.
  func passes(_ segmenter: SentenceSegmenter) -> (Bool, [String]) {
    var found = TextCompare.surfaces(text, segmenter.sentences(in: text))
    var expected = sentences
    if comparesNormalised {
      found = found.map(TextCompare.normalisingWhitespace)
      expected = expected.map(TextCompare.normalisingWhitespace)
    }
    return (found == expected, found)
  }
}

@Suite("Golden Rules (Pragmatic Segmenter, via pySBD)")
struct GoldenRulesTests {
  static let english = GoldenRuleCase.load("en.json")
  static let extra = GoldenRuleCase.load("en-extra.json")
  static let available = SharedData.exists("golden-rules/en.json")

  @Test("English Golden Rule", .enabled(if: available), arguments: english)
  func goldenRule(_ rule: GoldenRuleCase) {
    let (passed, found) = rule.passes(SentenceSegmenter())
    #expect(passed, "expected \(rule.sentences), found \(found)")
  }

  @Test("Extra Golden Rule", .enabled(if: available), arguments: extra)
  func extraRule(_ rule: GoldenRuleCase) {
    let (passed, found) = rule.passes(SentenceSegmenter())
    #expect(passed, "expected \(rule.sentences), found \(found)")
  }

  @Test("All 48 English cases and the 4 extras load and pass", .enabled(if: available))
  func summary() {
    let segmenter = SentenceSegmenter()
    #expect(Self.english.count == 48)
    #expect(Self.extra.count == 4)
    let passed = Self.english.filter { $0.passes(segmenter).0 }.count
    let extraPassed = Self.extra.filter { $0.passes(segmenter).0 }.count
    print(
      "Golden Rules: \(passed)/\(Self.english.count) English, \(extraPassed)/\(Self.extra.count) extra"
    )
    #expect(passed == Self.english.count)
    #expect(extraPassed == Self.extra.count)
  }
}
