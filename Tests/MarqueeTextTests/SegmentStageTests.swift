import MarqueeCore
import MarqueeTestSupport
import MarqueeText
import Testing

@Suite("Segment stage")
struct SegmentStageTests {
  @Test("Declares its name, version and layers")
  func declaration() {
    let stage = SegmentStage()
    #expect(stage.name == "segment")
    #expect(stage.version == "0.1.0")
    #expect(stage.requiredLayers.isEmpty)
    #expect(stage.producedLayers == ["sentences", "tokens"])
  }

  @Test("Writes sentences s1… and tokens t1… with kind, and norm only where it differs")
  func layers() throws {
    let text = "Ahmed’s great. Don't miss it!"
    let document = try Pipeline([SegmentStage()]).run(Document(id: "r", text: text))
    let sentences = try #require(document.layer("sentences"))
    #expect(sentences.map(\.id) == ["s1", "s2"])
    #expect(
      sentences.map { ScalarSlice.slice(text, $0.range) } == ["Ahmed’s great.", "Don't miss it!"])
    #expect(sentences.allSatisfy { $0.label == nil && $0.features.isEmpty })
    let tokens = try #require(document.layer("tokens"))
    #expect(tokens.map(\.id) == (1...9).map { "t\($0)" })
    #expect(
      tokens.map { ScalarSlice.slice(text, $0.range) }
        == ["Ahmed", "’s", "great", ".", "Do", "n't", "miss", "it", "!"])
    #expect(tokens[1].features["norm"] == .string("'s"))
    #expect(tokens[1].features["kind"] == .string("word"))
    #expect(tokens[3].features["kind"] == .string("punct"))
    #expect(tokens.filter { $0.features["norm"] != nil }.count == 1)
  }

  @Test("Passes the stage conformance kit")
  func conformance() {
    for problem in StageConformance.problems(running: [SegmentStage()]) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test(
    "Conformance inputs: sentences cover every non-blank scalar once, tokens lie inside them",
    arguments: StageConformance.inputs.map(\.name))
  func invariants(_ name: String) throws {
    let text = try #require(StageConformance.inputs.first { $0.name == name }?.text)
    try checkInvariants(text)
  }

  @Test(
    "Random mixed-Unicode text: every sentence and token slice checks out",
    arguments: 0..<40)
  func randomText(_ seed: Int) throws {
    var generator = SeededGenerator(seed: UInt64(seed))
    let text = RandomText.make(pieceCount: 200, using: &generator)
    try checkInvariants(text)
  }

  /// A quadratic scan of these would run for hours; a linear one takes a moment. (No timing
  /// assertion: the test fails by timing out.)
  @Test(
    "Pathological input: a quarter megabyte of one repeated pattern",
    arguments: [
      "a.", "a ", ". ", "!?", "*a", "“x", "<br>", "\n", "a\n", "1. ", "U.S.", "... ", ":) ",
      "é\u{301}.", "👩‍👩‍👧‍👦", "- a\n", "a@b.", "'", "-",
    ])
  func pathological(_ unit: String) throws {
    let repeats = (1 << 18) / max(1, unit.unicodeScalars.count)
    try checkInvariants(String(repeating: unit, count: repeats), sliceCheck: false)
  }

  /// Sentences are ordered, trimmed, disjoint and cover every non-blank scalar (blanks being
  /// white space and `<br>` tags); tokens are ordered and each lies inside one sentence.
  private func checkInvariants(_ text: String, sliceCheck: Bool = true) throws {
    let document = try Pipeline([SegmentStage()]).run(Document(id: "t", text: text))
    let scalars = Array(text.unicodeScalars)
    let sentences = try #require(document.layer("sentences"))
    let tokens = try #require(document.layer("tokens"))
    var problems: [String] = []
    func problem(_ message: @autoclosure () -> String) {
      if problems.count < 5 { problems.append(message()) }
    }
    var covered = [Bool](repeating: false, count: scalars.count)
    var previousEnd = 0
    for sentence in sentences {
      if sentence.start < previousEnd || sentence.start >= sentence.end {
        problem("\(sentence.id) \(sentence.range) overlaps or is empty")
        continue
      }
      if scalars[sentence.start].properties.isWhitespace
        || scalars[sentence.end - 1].properties.isWhitespace
      {
        problem("\(sentence.id) is not trimmed")
      }
      for index in sentence.range { covered[index] = true }
      previousEnd = sentence.end
    }
    var index = 0
    while index < scalars.count {
      if !covered[index], !scalars[index].properties.isWhitespace {
        // Only a <br> tag may lie outside every sentence.
        let head = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 3)]))
        guard head.lowercased() == "<br" else {
          problem("scalar \(index) is in no sentence")
          break
        }
        while index < scalars.count, scalars[index] != ">" { index += 1 }
      }
      index += 1
    }
    var sentenceIndex = 0
    var previousToken = 0
    for token in tokens {
      if token.start < previousToken || token.start >= token.end {
        problem("\(token.id) \(token.range) overlaps or is empty")
      }
      previousToken = token.end
      while sentenceIndex < sentences.count, sentences[sentenceIndex].end <= token.start {
        sentenceIndex += 1
      }
      if sentenceIndex == sentences.count || sentences[sentenceIndex].start > token.start
        || token.end > sentences[sentenceIndex].end
      {
        problem("\(token.id) \(token.range) is not inside one sentence")
      }
    }
    if sliceCheck {
      let offsets = document.makeOffsetIndex()
      for token in tokens {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.range])
        let surface = String(view)
        if String(document.surface(of: token, using: offsets)) != surface {
          problem("\(token.id) surface differs through the offset index")
        }
        if surface.unicodeScalars.contains(where: { $0.properties.isWhitespace }),
          !surface.hasPrefix(". ")
        {
          problem("\(token.id) \(surface.debugDescription) contains white space")
        }
      }
    }
    #expect(problems.isEmpty, "\(problems)")
  }
}
