import Foundation
import MarqueeAppraisal
import MarqueeCore
import MarqueeText
import Testing

/// SST-2 on the Stanford Sentiment Treebank dev split (Socher et al., EMNLP 2013), read from
/// `../shared/data/sst/trees/dev.txt`: sentences labelled 0–1 are negative, 3–4 positive, 2 is
/// dropped (872 sentences). Each sentence is detokenized, run through `segment` and `evaluate`
/// as a one-sentence review, and predicted from the summary's `positiveProbability` (the
/// ``VerdictModel`` fitted on the training split): positive when it is at least 0.5.
///
/// Run it alone with `swift test --filter SSTDevTests` (or `Corpora/tools/sst_eval.sh`); set
/// `MARQUEE_SST_REPORT=/tmp/sst.tsv` to write every sentence with its gold label, prediction,
/// score and cues. Skips when the data is absent.
@Suite struct SSTDevTests {
  static let devPath = SSTData.url("data/sst/trees/dev.txt")

  @Test(.enabled(if: FileManager.default.fileExists(atPath: devPath.path)))
  func accuracyOnDev() throws {
    let text = try String(contentsOf: Self.devPath, encoding: .utf8)
    let pipeline = try Pipeline([SegmentStage(), EvaluateStage()])
    var correct = 0
    var total = 0
    var undecided = 0
    var report = "gold\tpredicted\tscore\tsentence\tevaluations\n"
    var dumped: [UInt8] = []
    for line in text.split(separator: "\n") {
      guard let tree = SSTTree(line), tree.label != 2 else { continue }
      let sentence = SSTTree.detokenize(tree.leaves)
      let document = try pipeline.run(Document(id: "sst", text: sentence))
      SSTData.dump(document, label: tree.label, to: &dumped, variable: "MARQUEE_SST_DUMP")
      let score = document.summary["positiveProbability"]?.doubleValue ?? 0.5
      if document.summary["evaluations"]?.integerValue == 0 { undecided += 1 }
      let predicted = score >= 0.5
      let gold = tree.label > 2
      total += 1
      if predicted == gold { correct += 1 }
      let cues = (document.layer(LayerName.evaluations) ?? []).map { annotation in
        "\(document.surface(of: annotation))=\(annotation.features["score"]?.doubleValue ?? 0)"
          + "[\(annotation.features["zone"]?.stringValue ?? "")]"
      }
      report +=
        "\(gold ? "pos" : "neg")\t\(predicted ? "pos" : "neg")\t\(score)\t\(sentence)\t"
        + cues.joined(separator: " | ") + "\n"
    }
    let accuracy = Double(correct) / Double(max(total, 1))
    print(
      "SST-2 dev: \(correct)/\(total) = \(String(format: "%.4f", accuracy)); "
        + "\(undecided) sentences with no counted evidence")
    try SSTData.writeDump(dumped, variable: "MARQUEE_SST_DUMP")
    if let path = ProcessInfo.processInfo.environment["MARQUEE_SST_REPORT"] {
      try report.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(total == 872)
    // Measured 0.859 (749/872) with the learned lexicon (thresholds cross-validated on train),
    // the rules calibrated on train, the shifter-aware verdict layer and the n-gram back-off
    // (deciding the 104 sentences with nothing counted, weighing in where the evaluations leave
    // the layer undecided, skipping the words the stage re-weighed); the floor sits a little
    // under it, so a regression of more than a few sentences fails.
    #expect(accuracy > 0.855)
  }

  @Test func treeParsingAndDetokenizing() throws {
    let tree = try #require(SSTTree("(3 (2 It) (4 (2 's) (3 (2 n't) (2 bad) (2 -LRB-) (2 .))))"))
    #expect(tree.label == 3)
    #expect(tree.leaves == ["It", "'s", "n't", "bad", "-LRB-", "."])
    #expect(
      SSTTree.detokenize(["It", "'s", "not", "bad", ",", "is", "n't", "it", "?"])
        == "It's not bad, isn't it?")
    #expect(SSTTree.detokenize(["a", "-LRB-", "good", "-RRB-", "film"]) == "a (good) film")
  }
}

/// The shared-data folder beside the repository.
enum SSTData {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  /// Appends one line to the dump named by the environment variable `variable`, if set: the
  /// gold label, then the document as canonical JSON (for error analysis outside Swift).
  static func dump(_ document: Document, label: Int, to buffer: inout [UInt8], variable: String) {
    guard ProcessInfo.processInfo.environment[variable] != nil else { return }
    buffer += Array("\(label)\t".utf8)
    DocumentJSONWriter().write(document, to: &buffer)
    buffer.append(10)
  }

  /// Writes the dump named by `variable`, if set.
  static func writeDump(_ buffer: [UInt8], variable: String) throws {
    guard let path = ProcessInfo.processInfo.environment[variable] else { return }
    try Data(buffer).write(to: URL(fileURLWithPath: path))
  }
}

/// One line of the treebank: the root's label and the leaves in order.
struct SSTTree {
  var label: Int
  var leaves: [String]

  /// Parses `(label (label word) …)`; `nil` for a malformed line.
  init?(_ line: Substring) {
    let characters = Array(line)
    guard characters.count > 2, characters[0] == "(", let label = characters[1].wholeNumberValue
    else { return nil }
    self.label = label
    var leaves: [String] = []
    var index = 0
    while index < characters.count {
      // A leaf is "(d word)": a digit, a space, then characters up to ")".
      if characters[index] == "(", index + 2 < characters.count,
        characters[index + 1].isNumber, characters[index + 2] == " ",
        index + 3 < characters.count, characters[index + 3] != "("
      {
        var end = index + 3
        while end < characters.count && characters[end] != ")" { end += 1 }
        leaves.append(String(characters[(index + 3)..<end]))
        index = end
      }
      index += 1
    }
    self.leaves = leaves
  }

  init?(_ line: String) { self.init(Substring(line)) }

  /// Joins treebank tokens back into running text: clitics and closing punctuation attach to
  /// the word before, bracket escapes become brackets.
  static func detokenize(_ tokens: [String]) -> String {
    let escapes = [
      "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
      "``": "\"", "''": "\"",
    ]
    let attachLeft: Set<String> = [
      ",", ".", "!", "?", ";", ":", "...", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", ")", "]",
      "}", "%",
    ]
    var text = ""
    var attachNext = false
    for raw in tokens {
      let token = escapes[raw] ?? raw
      let left = attachLeft.contains(token.lowercased()) || attachLeft.contains(token)
      if !text.isEmpty && !left && !attachNext { text += " " }
      text += token
      attachNext = token == "(" || token == "[" || token == "{"
    }
    return text
  }
}
