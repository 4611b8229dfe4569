import Foundation
import Testing

/// `marquee annotate` run as a separate process on real files, as a researcher would run it.
@Suite struct AnnotateEndToEndTests {
  func write(_ bytes: [UInt8], to url: URL) throws {
    try Data(bytes).write(to: url)
  }

  @Test func annotatesTheBundledCorpusIntoAFolder() throws {
    let out = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.marquee(["annotate", "Corpora/reviews", "--out", out.path])
    #expect(result.status == 0, "\(result.error)")
    let reviews = CommandRunner.packageRoot.appendingPathComponent("Corpora/reviews")
    let texts = try FileManager.default.contentsOfDirectory(atPath: reviews.path)
      .filter { $0.hasSuffix(".txt") }
    #expect(!texts.isEmpty)
    for name in texts {
      let stem = String(name.dropLast(4))
      let json = out.appendingPathComponent(stem + ".json")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any],
        "\(stem).json missing")
      let original = try Data(contentsOf: reviews.appendingPathComponent(name))
      #expect(object["id"] as? String == stem)
      #expect((object["text"] as? String).map { Data($0.utf8) } == original)
    }
    #expect(result.error.contains("\(texts.count) document"))
    #expect(result.error.contains(", 0 failed"))
    #expect(result.output.isEmpty)
  }

  @Test func oneInvalidFileIsReportedAndTheRestAreWritten() throws {
    let input = try CommandRunner.temporaryDirectory()
    try write(Array("A good review.".utf8), to: input.appendingPathComponent("a-good.txt"))
    try write(
      Array("Caf".utf8) + [0xE9] + Array(" in cp1252".utf8),
      to: input.appendingPathComponent("b-bad.txt"))
    try write(Array("Another one.".utf8), to: input.appendingPathComponent("c-good.txt"))
    let out = try CommandRunner.temporaryDirectory()
    let result = try CommandRunner.marquee(["annotate", input.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.error.contains("b-bad.txt: byte 3: invalid UTF-8"))
    #expect(result.error.contains("3 documents, 1 failed"))
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == ["a-good.json", "c-good.json"])
  }

  @Test func aBadJSONLinesLineIsSkippedUnlessStrict() throws {
    let input = try CommandRunner.temporaryDirectory()
    let corpus = input.appendingPathComponent("corpus.jsonl")
    let lines = [
      #"{"id":"one","text":"First."}"#, #"{"id":"two","text":"#, "",
      #"{"id":"three","text":"Third.","colour":"red"}"#, #"{"text":"No id."}"#,
    ]
    try write(Array(lines.joined(separator: "\n").utf8), to: corpus)
    let lenient = try CommandRunner.marquee(["annotate", corpus.path])
    #expect(lenient.status == 1)
    let ids = lenient.outputText.split(separator: "\n").map {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids == ["one", "corpus-5"])
    #expect(lenient.error.contains("corpus.jsonl:2: byte 19: invalid JSON"))
    #expect(lenient.error.contains("corpus.jsonl:4:"))
    #expect(lenient.error.contains("colour"))
    let strict = try CommandRunner.marquee(["annotate", "--strict", corpus.path])
    #expect(strict.status == 1)
    #expect(strict.outputText.split(separator: "\n").count == 1)
    #expect(strict.error.contains("--strict"))
  }

  @Test func rewritingOddUnicodeIsByteIdentical() throws {
    let texts = [
      "Tab\tCRLF\r\nCR\rNUL\u{0}DEL\u{7F} end", "👩‍👩‍👧‍👦 🇫🇷 👍🏽 e\u{301} Daniël Iñárritu",
      "הסרט \u{200F}היה\u{202E} الفيلم 映画 𝄞", "\u{FEFF}inner BOM \u{2028} \u{FFFE} \u{10FFFF}",
      "",
    ]
    let input = try CommandRunner.temporaryDirectory()
    for (number, text) in texts.enumerated() {
      try write(Array(text.utf8), to: input.appendingPathComponent("t\(number).txt"))
    }
    let first = try CommandRunner.marquee(["annotate", "--stages", "", input.path, "--quiet"])
    #expect(first.status == 0, "\(first.error)")
    #expect(first.outputText.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
    let second = try CommandRunner.marquee(
      ["annotate", "--stages", "", "--quiet"], input: first.output)
    #expect(second.status == 0, "\(second.error)")
    #expect(second.output == first.output)
    // The texts themselves survive: compare scalars read back by Python, an independent reader.
    let check = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c",
        "import json,sys\nfor l in sys.stdin: print(json.dumps(json.loads(l)['text']))",
      ], input: first.output)
    let decoded = check.outputText.split(separator: "\n").map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) as? String
    }
    #expect(decoded.count == texts.count)
  }

  @Test func idsCanNeverWriteOutsideTheFolder() throws {
    let ids = ["../escape", "/etc/passwd", "a/b", "dup", "DUP", "dup", ".hidden", "", "ümlaut é"]
    let lines = ids.map { #"{"id":"\#($0)","text":"x"}"# }.joined(separator: "\n")
    let parent = try CommandRunner.temporaryDirectory()
    let out = parent.appendingPathComponent("out")
    let result = try CommandRunner.marquee(
      ["annotate", "--out", out.path, "--quiet"], input: Data(lines.utf8))
    #expect(result.status == 0, "\(result.error)")
    let written = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
    #expect(
      written == [
        "___escape.json", "_etc_passwd.json", "a_b.json", "dup.json", "DUP-2.json", "dup-3.json",
        "_hidden.json", "document.json", "ümlaut_é.json",
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
  }

  @Test func foldersAreWalkedInSortedOrderSkippingHiddenAndUnknownFiles() throws {
    let input = try CommandRunner.temporaryDirectory()
    let sub = input.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: input.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try write(Array("b".utf8), to: input.appendingPathComponent("b.txt"))
    try write(Array("a".utf8), to: sub.appendingPathComponent("a.txt"))
    try write(Array("z".utf8), to: input.appendingPathComponent("a.txt"))
    try write(Array("h".utf8), to: input.appendingPathComponent(".hidden.txt"))
    try write(Array("g".utf8), to: input.appendingPathComponent(".git/x.txt"))
    try write(Array("n".utf8), to: input.appendingPathComponent("notes.md"))
    let result = try CommandRunner.marquee(["annotate", input.path])
    #expect(result.status == 0)
    let ids = result.outputText.split(separator: "\n").map {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids == ["a", "b", "sub/a"])
    #expect(result.error.contains("skipped 1 file"))
    #expect(result.error.contains("notes.md"))
  }

  @Test func standardInputTextAndByteOrderMark() throws {
    let result = try CommandRunner.marquee(
      ["annotate", "--quiet"], input: Data([0xEF, 0xBB, 0xBF] + Array("Plain text.".utf8)))
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(object["id"] as? String == "stdin")
    #expect(object["text"] as? String == "Plain text.")
    #expect((object["metadata"] as? [String: Any])?["byteOrderMark"] as? Bool == true)
  }

  @Test func oversizedDocumentsFailWithTheLimitNamed() throws {
    let input = try CommandRunner.temporaryDirectory()
    try write(
      Array(repeating: UInt8(ascii: "a"), count: 5000), to: input.appendingPathComponent("big.txt"))
    let result = try CommandRunner.marquee(["annotate", "--max-document-bytes", "1000", input.path])
    #expect(result.status == 1)
    #expect(result.error.contains("big.txt: too large: it is 5000 bytes"))
    #expect(result.error.contains("--max-document-bytes"))
  }

  @Test func unknownStagesAndBadOptionsAreUsageErrors() throws {
    let result = try CommandRunner.marquee(["annotate", "--stages", "entites", "x.txt"])
    #expect(result.status != 0)
    #expect(result.error.contains("there is no stage called 'entites'"))
    let jobs = try CommandRunner.marquee(["annotate", "--jobs", "0"])
    #expect(jobs.status != 0)
    #expect(jobs.error.contains("--jobs must be at least 1"))
  }

  @Test(arguments: [["--help"], ["annotate", "--help"]])
  func helpTeachesWithAnExample(arguments: [String]) throws {
    let result = try CommandRunner.marquee(arguments)
    #expect(result.status == 0)
    #expect(result.outputText.contains("Examples:"))
    #expect(result.outputText.contains("marquee annotate Corpora/reviews --out out"))
  }

  @Test func twoCommandsChainThroughARealPipe() throws {
    let direct = try CommandRunner.marquee(
      ["annotate", "--quiet", "Corpora/reviews/sound-of-metal.txt"])
    let piped = try CommandRunner.shell(
      #""$MARQUEE" annotate --quiet < Corpora/reviews/sound-of-metal.txt | "$MARQUEE" annotate --quiet --stages ''"#
    )
    #expect(piped.status == 0, "\(piped.error)")
    // Through stdin the id is "stdin" and no source is recorded; everything else is the same.
    let viaPipe = try #require(
      try JSONSerialization.jsonObject(with: piped.output) as? [String: Any])
    let viaFile = try #require(
      try JSONSerialization.jsonObject(with: direct.output) as? [String: Any])
    #expect(viaPipe["text"] as? String == viaFile["text"] as? String)
    #expect(viaPipe["id"] as? String == "stdin")
  }
}
