import Foundation
import MarqueeCore
import Testing

/// The gold corpus is consistent: every gold JSON file matches the hand-marked source it is
/// generated from, every gold text is the review text byte for byte, and the split is complete.
@Suite struct GoldCorpusTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var pythonAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3")
  }

  func runPython(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = Self.root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test(arguments: [
    "Corpora/tools/gold_from_marked.py", "Corpora/tools/evaluations_from_marked.py",
  ])
  func goldFilesMatchTheirMarkedSources(tool: String) throws {
    guard Self.pythonAvailable else { return }
    let (status, output) = try runPython([tool, "--check"])
    #expect(status == 0, "\(output)")
  }

  @Test func everyGoldDocumentCarriesItsReviewTextExactly() throws {
    let reviews = Self.root.appendingPathComponent("Corpora/reviews")
    let ids = try FileManager.default.contentsOfDirectory(atPath: reviews.path)
      .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    #expect(ids.count >= 31)
    for layer in ["entities", "evaluations"] {
      for id in ids {
        let gold = Self.root.appendingPathComponent("Corpora/gold/\(layer)/\(id).json")
        let document = try DocumentJSONReader().decode(Array(try Data(contentsOf: gold)))
        let text = try Data(contentsOf: reviews.appendingPathComponent("\(id).txt"))
        #expect(Data(document.text.utf8) == text, "\(layer)/\(id)")
        #expect(document.hasLayer(layer), "\(layer)/\(id)")
      }
    }
    let splits = try JSONValue(
      parsing: Array(try Data(contentsOf: Self.root.appendingPathComponent("Corpora/splits.json"))))
    let train = splits.objectValue?["train"]?.arrayValue?.compactMap(\.stringValue) ?? []
    let test = splits.objectValue?["test"]?.arrayValue?.compactMap(\.stringValue) ?? []
    // `fresh`: reviews written after tuning began, held out from train and test alike.
    let fresh = splits.objectValue?["fresh"]?.arrayValue?.compactMap(\.stringValue) ?? []
    // `fresh2`: a second held-out set in American press style, apart from every other split.
    let fresh2 = splits.objectValue?["fresh2"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(Set(train).isDisjoint(with: test))
    #expect(Set(fresh).isDisjoint(with: train + test))
    #expect(Set(fresh2).isDisjoint(with: train + test + fresh))
    #expect(fresh2.count == Set(fresh2).count)
    #expect(Set(train + test + fresh + fresh2) == Set(ids))
    #expect(test.count * 3 >= train.count + test.count - 1)
  }
}
