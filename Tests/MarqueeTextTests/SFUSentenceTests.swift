import Foundation
import MarqueeText
import Testing

/// Sentence-boundary precision, recall and F1 on the SFU Review Corpus (Taboada et al.):
/// Epinions reviews with human sentence splits in the negation/speculation XML. The corpus is
/// third-party (GPL-3.0) and read from `../shared` at test time; without it the test is skipped.
///
/// The XML holds tokens, not text, so gold boundaries are aligned to the raw reviews (cp1252,
/// CRLF) by their non-blank characters: the XML spells `&` as `and` and carries cp1252 bytes
/// as C1 controls, which the alignment undoes.
@Suite("SFU Review Corpus sentence boundaries")
struct SFUSentenceTests {
  static let xmlFolder =
    "data/sfu-review-corpus/negation-speculation/SFU_Review_Corpus_Negation_Speculation"
  static let rawFolder = "data/sfu-review-corpus/raw/SFU_Review_Corpus_Raw"
  static let available = SharedData.exists(xmlFolder) && SharedData.exists(rawFolder)

  @Test("Precision, recall and F1 above the floor", .enabled(if: available))
  func boundaries() throws {
    let segmenter = SentenceSegmenter()
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var documents = 0
    var misaligned = 0
    var report: [String] = []
    let manager = FileManager.default
    let xmlRoot = SharedData.url(Self.xmlFolder)
    for category in try manager.contentsOfDirectory(atPath: xmlRoot.path).sorted() {
      let folder = xmlRoot.appendingPathComponent(category)
      guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
      for name in names.sorted() where name.hasSuffix("done.xml") {
        let rawName = name.replacingOccurrences(of: "done.xml", with: ".txt")
        let rawURL = SharedData.url("\(Self.rawFolder)/\(category)/\(rawName)")
        guard let rawBytes = try? Data(contentsOf: rawURL),
          let xml = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        else { continue }
        let raw = CP1252.decode(rawBytes)
        let rawStream = raw.unicodeScalars.filter { !$0.properties.isWhitespace }
        let gold = SFUGold.sentences(fromXML: xml)
        guard let goldEnds = SFUGold.align(gold, to: Array(rawStream)) else {
          misaligned += 1
          continue
        }
        documents += 1
        let found = Set(
          Self.nonBlankEnds(of: segmenter.sentences(in: raw), in: raw).filter {
            $0 < rawStream.count
          })
        let expected = Set(goldEnds.filter { $0 < rawStream.count })
        truePositives += found.intersection(expected).count
        falsePositives += found.subtracting(expected).count
        falseNegatives += expected.subtracting(found).count
        if ProcessInfo.processInfo.environment["MARQUEE_SFU_REPORT"] != nil {
          let stream = Array(rawStream)
          func context(_ end: Int) -> String {
            let before = String(String.UnicodeScalarView(stream[max(0, end - 30)..<end]))
            let after = String(String.UnicodeScalarView(stream[end..<min(stream.count, end + 20)]))
            return "\(before)|\(after)"
          }
          for end in found.subtracting(expected).sorted() {
            report.append("FP \(category)/\(rawName): \(context(end))")
          }
          for end in expected.subtracting(found).sorted() {
            report.append("FN \(category)/\(rawName): \(context(end))")
          }
        }
      }
    }
    if let path = ProcessInfo.processInfo.environment["MARQUEE_SFU_REPORT"] {
      try report.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
    let f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(
      "SFU sentence boundaries over \(documents) reviews (\(misaligned) not aligned): "
        + "P \(precision) R \(recall) F1 \(f1) (TP \(truePositives) FP \(falsePositives) "
        + "FN \(falseNegatives))")
    // Measured: 350 reviews, P 0.987, R 0.978, F1 0.982 (TP 14772, FP 196, FN 339). Many of
    // the remaining errors are the gold's: it splits inside "it?s" and lower-case openers, and
    // leaves "tea.I think" and "...Please.... Any" unsplit.
    #expect(documents == 350)
    #expect(misaligned == 0)
    #expect(precision >= 0.985)
    #expect(recall >= 0.975)
    #expect(f1 >= 0.98)
  }

  /// For each sentence, the number of non-blank scalars of `text` before its end.
  static func nonBlankEnds(of sentences: [Range<Int>], in text: String) -> [Int] {
    var ends: [Int] = []
    var nonBlank = 0
    var sentenceIndex = 0
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      while sentenceIndex < sentences.count, sentences[sentenceIndex].upperBound == offset {
        ends.append(nonBlank)
        sentenceIndex += 1
      }
      if !scalar.properties.isWhitespace { nonBlank += 1 }
    }
    while sentenceIndex < sentences.count {
      ends.append(nonBlank)
      sentenceIndex += 1
    }
    return ends
  }
}

/// The gold sentences of one SFU negation/speculation XML file.
enum SFUGold {
  /// Each sentence as the concatenation of its tokens' non-blank scalars.
  static func sentences(fromXML xml: String) -> [[Unicode.Scalar]] {
    var sentences: [[Unicode.Scalar]] = []
    var rest = xml[...]
    while let open = rest.range(of: "<SENTENCE") {
      guard let close = rest.range(of: "</SENTENCE>", range: open.upperBound..<rest.endIndex)
      else { break }
      var body = rest[open.upperBound..<close.lowerBound]
      var scalars: [Unicode.Scalar] = []
      while let wordOpen = body.range(of: "<W>"),
        let wordClose = body.range(of: "</W>", range: wordOpen.upperBound..<body.endIndex)
      {
        let word = unescape(String(body[wordOpen.upperBound..<wordClose.lowerBound]))
        for scalar in word.unicodeScalars.map(CP1252.repair)
        where !scalar.properties.isWhitespace {
          scalars.append(scalar)
        }
        body = body[wordClose.upperBound...]
      }
      if !scalars.isEmpty { sentences.append(scalars) }
      rest = rest[close.upperBound...]
    }
    return sentences
  }

  private static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = text
    for (entity, character) in [
      ("&#34;", "\""), ("&#39;", "'"), ("&#62;", ">"), ("&#60;", "<"), ("&apos;", "'"),
      ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
    ] {
      result = result.replacingOccurrences(of: entity, with: character)
    }
    return result
  }

  /// The gold sentence ends as offsets into `raw` (non-blank scalars), or `nil` when the texts
  /// differ too much to align.
  static func align(_ sentences: [[Unicode.Scalar]], to raw: [Unicode.Scalar]) -> [Int]? {
    var ends: [Int] = []
    var position = 0
    var mismatches = 0
    for sentence in sentences {
      var index = 0
      while index < sentence.count {
        guard position < raw.count else { return nil }
        if sentence[index] == raw[position] {
          index += 1
          position += 1
        } else if raw[position] == "&", index + 2 < sentence.count, sentence[index] == "a",
          sentence[index + 1] == "n", sentence[index + 2] == "d"
        {
          index += 3
          position += 1
        } else {
          mismatches += 1
          index += 1
          position += 1
        }
      }
      ends.append(position)
    }
    return mismatches * 50 > raw.count ? nil : ends
  }
}

/// Windows-1252, the encoding of the raw SFU files.
enum CP1252 {
  /// The characters of bytes 0x80–0x9F; the five undefined bytes keep their C1 code points.
  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func decode(_ bytes: Data) -> String {
    var view = String.UnicodeScalarView()
    for byte in bytes {
      view.append(repair(Unicode.Scalar(byte)))
    }
    return String(view)
  }

  /// A C1 control that stands for a cp1252 byte, replaced by that byte's character.
  static func repair(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard scalar.value >= 0x80, scalar.value <= 0x9F else { return scalar }
    return Unicode.Scalar(high[Int(scalar.value - 0x80)]) ?? scalar
  }
}
