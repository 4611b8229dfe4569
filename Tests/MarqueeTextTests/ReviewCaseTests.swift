import Foundation
import MarqueeText
import Testing

/// One sentence-segmentation case from `Cases/*.json`: review prose written for Marquee, with
/// the sentences a careful reader would mark, checked by hand.
struct ReviewCase: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  let sentences: [String]
  var category = ""

  var testDescription: String { "\(category): \(name)" }

  private enum CodingKeys: String, CodingKey {
    case name, text, sentences
  }

  private struct File: Decodable {
    let category: String
    let cases: [ReviewCase]
  }

  /// Every case of every file in the test bundle's `Cases` folder, sorted by file name.
  static func loadAll() -> [ReviewCase] {
    guard let folder = Bundle.module.url(forResource: "Cases", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    var all: [ReviewCase] = []
    for name in names.sorted() where name.hasSuffix(".json") {
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
        let file = try? JSONDecoder().decode(File.self, from: data)
      else { continue }
      all += file.cases.map { item in
        var item = item
        item.category = file.category
        return item
      }
    }
    return all
  }
}

@Suite("Review sentence cases")
struct ReviewCaseTests {
  static let cases = ReviewCase.loadAll()

  @Test("Review case", arguments: cases)
  func reviewCase(_ review: ReviewCase) {
    let found = TextCompare.surfaces(review.text, SentenceSegmenter().sentences(in: review.text))
    #expect(found == review.sentences)
  }

  @Test("At least 40 cases covering every category the issue lists")
  func coverage() {
    #expect(Self.cases.count >= 40)
    let categories = Set(Self.cases.map(\.category))
    for category in [
      "abbreviations", "initials", "ratings-and-numbers", "ellipses", "question-and-exclamation",
      "quotes", "parentheses-and-dashes", "titles", "layout", "emoticons-urls-emails",
      "missing-space-and-shouting",
    ] {
      #expect(categories.contains(category), "no cases for \(category)")
    }
  }
}
