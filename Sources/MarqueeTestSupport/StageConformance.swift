import MarqueeCore

/// The checks every stage must pass: the awkward inputs of real text, run through a real
/// pipeline so the document's own validation applies.
///
/// ```
/// for problem in StageConformance.problems(running: [SegmentStage()]) { Issue.record(problem) }
/// ```
public enum StageConformance {
  /// The inputs, by name.
  public static let inputs: [(name: String, text: String)] = [
    ("empty", ""),
    ("whitespace only", " \t\n\r\n  \u{A0}\u{2003}"),
    ("emoji", "Loved it 👍🏽👍! The family 👩‍👩‍👧‍👦 laughed 😂😂. 🇫🇷 film 🏳️‍🌈."),
    (
      "combining marks",
      "Cafe\u{301} scene. Se\u{301}ance e\u{301}te\u{301}. Z\u{35C}\u{316}a\u{300}lgo."
    ),
    ("CRLF", "First line.\r\nSecond line!\r\n\r\nNew paragraph.\r\n"),
    ("right-to-left", "הסרט היה נפלא. الفيلم رائع! Mixed \u{202B}עברית\u{202C} text."),
    ("controls", "NUL\u{0}inside. Bell\u{7}. Tab\tseparated."),
    ("one megabyte without a space", String(repeating: "a", count: 1 << 20)),
    ("one megabyte of full stops", String(repeating: ".", count: 1 << 20)),
    ("one megabyte of mixed symbols", String(repeating: "é👍.\u{301}", count: 1 << 17)),
  ]

  /// Runs `stages` (after `prerequisites`, which produce the layers they need) on every input
  /// and returns a description of each problem: a thrown error, an annotation outside the text,
  /// or an offset that lands inside a UTF-16 surrogate pair when converted.
  public static func problems(running stages: [any Stage], after prerequisites: [any Stage] = [])
    -> [String]
  {
    var problems: [String] = []
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline(prerequisites + stages)
    } catch {
      return ["the pipeline cannot be built: \(error)"]
    }
    for (name, text) in inputs {
      do {
        let document = try pipeline.run(Document(id: name, text: text))
        let index = document.makeOffsetIndex()
        for layer in document.layerNames {
          for annotation in document.layer(layer) ?? [] {
            guard annotation.start <= annotation.end, annotation.end <= document.length else {
              problems.append("\(name): \(layer) \(annotation.id) is outside the text")
              continue
            }
            for offset in [annotation.start, annotation.end] {
              let utf16 = index.utf16Offset(ofScalar: offset)
              if (try? index.scalarOffset(ofUTF16: utf16)) != offset {
                problems.append(
                  "\(name): \(layer) \(annotation.id) offset \(offset) does not round-trip")
              }
            }
          }
        }
      } catch {
        problems.append("\(name): \(error)")
      }
    }
    return problems
  }
}
