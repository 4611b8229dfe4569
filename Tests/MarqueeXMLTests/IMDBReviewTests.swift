import Foundation
import MarqueeCore
import Testing

@testable import MarqueeXML

/// The IMDb user reviews under ../shared (third-party, never copied here) are plain text with
/// `<br />` line breaks: real input for the HTML reader. Skipped when the data is absent.
@Suite struct IMDBReviewTests {
  static let path: String = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return repository.deletingLastPathComponent()
      .appendingPathComponent("shared/data/imdb-maas-reviews-head2000/IMDB Dataset.head2000.csv")
      .path
  }()

  static var available: Bool {
    FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: fallback)
  }

  static let fallback = "/work/shared/data/imdb-maas-reviews-head2000/IMDB Dataset.head2000.csv"

  /// The first column of each record of a CSV file (RFC 4180 quoting).
  static func reviews(limit: Int) -> [String] {
    let file = FileManager.default.fileExists(atPath: path) ? path : fallback
    guard let data = FileManager.default.contents(atPath: file) else { return [] }
    let bytes = [UInt8](data)
    var records: [String] = []
    var field: [UInt8] = []
    var column = 0
    var index = 0
    var quoted = false
    var isHeader = true
    var atFieldStart = true
    while index < bytes.count && records.count < limit {
      let byte = bytes[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(byte)
        }
      } else if byte == UInt8(ascii: "\"") && atFieldStart {
        quoted = true
      } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
        if column == 0 && !isHeader { records.append(String(decoding: field, as: UTF8.self)) }
        field.removeAll()
        column = byte == UInt8(ascii: "\n") ? 0 : column + 1
        if byte == UInt8(ascii: "\n") { isHeader = false }
      } else if byte != UInt8(ascii: "\r") {
        field.append(byte)
      }
      atFieldStart = !quoted && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n"))
      index += 1
    }
    return records
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" })
      .joined(separator: " ")
  }

  @Test(.enabled(if: IMDBReviewTests.available))
  func reviewsBecomeParagraphsWithHonestOffsets() throws {
    let reviews = Self.reviews(limit: 2_000)
    #expect(reviews.count > 1_000)
    let reader = HTMLDocumentReader()
    var compared = 0
    for (index, review) in reviews.enumerated() {
      let page = Array(review.utf8)
      let document = try reader.read(page, id: "imdb-\(index)")
      HTMLChecks.expectConsistent(document, page: page)
      #expect(!document.text.contains("<br"))
      // Where the review has no other markup and no entities, its visible text is the review
      // with each <br /> a line break: compare with whitespace collapsed on both sides.
      let hasOtherMarkup = review.replacingOccurrences(of: "<br />", with: "").contains("<")
      if !hasOtherMarkup && !review.contains("&") {
        let expected = Self.collapsed(review.replacingOccurrences(of: "<br />", with: " "))
        #expect(Self.collapsed(document.text) == expected, "review \(index)")
        compared += 1
      }
      let paragraphBreak = review.range(
        of: "[^ ]<br /><br />[A-Za-z]", options: .regularExpression)
      if paragraphBreak != nil && !hasOtherMarkup {
        #expect(document.text.contains("\n\n"), "review \(index)")
      }
    }
    #expect(compared > 1_000)
  }

  @Test(.enabled(if: IMDBReviewTests.available))
  func reviewsRoundTripThroughXML() throws {
    let reader = HTMLDocumentReader()
    let documents = try Self.reviews(limit: 200).enumerated().map { index, review in
      try reader.read(Array(review.utf8), id: "imdb-\(index)")
    }
    let xml = try XMLCorpusEncoder().encodeCorpus(documents)
    try SchemaCheck.expectValid(xml)
    let back = try XMLDocumentReader().documents(in: xml)
    let json = DocumentJSONWriter()
    #expect(back.map { json.encode($0) } == documents.map { json.encode($0) })
  }
}
