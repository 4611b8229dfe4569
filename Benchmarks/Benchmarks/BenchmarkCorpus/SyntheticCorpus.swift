import MarqueeCore

/// Review-like documents with a full set of layers, built deterministically for benchmarks.
public enum SyntheticCorpus {
  static let sentences = [
    "In many ways, Darius Marder’s “The Sound of Metal” feels like a decisively singular story.",
    "The film traces the struggle of punk-metal drummer Ruben (a devastating Riz Ahmed) as he loses his hearing.",
    "Olivia Cooke plays Lou, whose quiet resolve gives the first act its ache — and its warmth.",
    "Daniël de Wit’s camera stays close; Nicolas Becker’s sound design is a tour de force 👏.",
    "It isn’t flawless: the middle stretch drags, and a subplot feels too neatly resolved.",
    "Still, few films this year are as attentive, as humane, or as quietly devastating.",
  ]

  /// Documents whose JSON adds up to about `targetBytes`.
  public static func make(targetBytes: Int) -> [Document] {
    let writer = DocumentJSONWriter()
    var documents: [Document] = []
    var total = 0
    while total < targetBytes {
      let document = makeDocument(number: documents.count)
      total += writer.encode(document).count + 1
      documents.append(document)
    }
    return documents
  }

  public static func makeDocument(number: Int) -> Document {
    var text = ""
    var paragraph = 0
    while text.unicodeScalars.count < 5000 {
      text += sentences[(paragraph + number) % sentences.count]
      paragraph += 1
      text += paragraph % 4 == 0 ? "\n\n" : " "
    }
    var document = Document(id: "review-\(number)", text: text, metadata: ["source": "synthetic"])
    let scalars = Array(text.unicodeScalars)
    var tokens: [Annotation] = []
    var sentenceSpans: [Annotation] = []
    var index = 0
    var sentenceStart = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
        continue
      }
      let start = index
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        while index < scalars.count,
          scalars[index].properties.isAlphabetic || scalars[index] == "’"
            || scalars[index] == "-"
        {
          index += 1
        }
      } else {
        index += 1
      }
      var features: JSONObject = ["kind": start + 1 == index ? "punct" : "word"]
      if scalars[start..<index].contains("’") { features["norm"] = "'" }
      tokens.append(
        Annotation(id: "t\(tokens.count + 1)", start: start, end: index, features: features))
      if scalar == "." || scalar == "!" || scalar == "?" {
        sentenceSpans.append(
          Annotation(id: "s\(sentenceSpans.count + 1)", start: sentenceStart, end: index))
        sentenceStart = index + 1
      }
    }
    var entities: [Annotation] = []
    var evaluations: [Annotation] = []
    for (position, token) in tokens.enumerated() where position % 30 == 7 {
      entities.append(
        Annotation(
          id: "e\(entities.count + 1)", start: token.start, end: token.end, label: "CAST",
          features: ["name": "Riz Ahmed", "entity": "riz-ahmed"]))
    }
    for (position, token) in tokens.enumerated() where position % 40 == 11 {
      evaluations.append(
        Annotation(
          id: "v\(evaluations.count + 1)", start: token.start, end: token.end, label: "positive",
          features: [
            "polarity": "positive", "score": 0.72, "intensity": 1.3, "aspect": "acting",
            "cues": ["devastating"], "shifters": [["kind": "intensifier", "cue": "quietly"]],
          ]))
    }
    try? document.setLayer("sentences", sentenceSpans)
    try? document.setLayer("tokens", tokens)
    try? document.setLayer("entities", entities)
    try? document.setLayer("evaluations", evaluations)
    document.stages = [StageRecord(name: "segment", version: "0.1.0")]
    return document
  }
}

extension String {
  /// Two decimals, without Foundation.
  public init(format2 value: Double) {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
