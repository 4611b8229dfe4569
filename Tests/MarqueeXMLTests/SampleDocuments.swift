import MarqueeCore

/// Hand-built documents that exercise every part of the XML format.
enum SampleDocuments {
  /// A short review with every kind of content: layers, typed features, relations, summary,
  /// stages and metadata.
  static func review() throws -> Document {
    let text = "Riz Ahmed is superb in Sound of Metal (2019).\r\nDarius Marder directs."
    var document = Document(id: "sound-of-metal", text: text, metadata: ["source": "som.txt"])
    try document.setLayer(
      "sentences",
      [
        Annotation(id: "s1", start: 0, end: 45),
        Annotation(id: "s2", start: 47, end: 69),
      ])
    try document.setLayer(
      "entities",
      [
        Annotation(
          id: "e1", start: 0, end: 9, label: "CAST",
          features: ["lead": true, "confidence": 0.875, "films": 12, "aka": nil]),
        Annotation(id: "e2", start: 23, end: 37, label: "TITLE", features: ["year": 2019]),
        Annotation(
          id: "e3", start: 47, end: 60, label: "CREW",
          features: ["job": "director", "credits": ["Sound of Metal", 2019, 1.5, false, nil]]),
      ])
    try document.setLayer("evaluations", [])
    document.relations = [
      Relation(id: "r1", label: "appearsIn", from: "e1", to: "e2"),
      Relation(id: "r2", label: "directed", from: "e3", to: "e2", features: ["weight": -2]),
    ]
    document.summary = ["verdict": "positive", "score": 0.75, "nested": ["a": ["b": [1, 2]]]]
    document.stages = [
      StageRecord(name: "segment", version: "0.1.0"),
      StageRecord(name: "entities", version: "0.2.0", settings: ["lexicon": "en", "min": 2]),
    ]
    return document
  }

  /// Texts that stress exact preservation: every line ending, controls XML cannot carry, emoji,
  /// combining marks, right-to-left script and markup characters.
  static let oddTexts: [String] = [
    "",
    " ",
    "plain ASCII review.",
    "CRLF\r\nline\rCR only\nLF\r\n\r\n",
    "tab\there and trailing spaces   \n",
    "NUL \u{0} bell \u{7} escape \u{1B} vertical tab \u{B} form feed \u{C}",
    "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{E}\u{F}\u{10}\u{1F}",
    "non-characters \u{FFFE} and \u{FFFF} and \u{FFFD}",
    "emoji 👍🏽 family 👨‍👩‍👧‍👦 flag 🇫🇷 clapper 🎬",
    "combining: e\u{301}te\u{301} n\u{303} Z\u{335}\u{327}",
    "RTL: فيلم رائع and עברית \u{200F}mark\u{200E}",
    "markup <b>&amp;</b> ]]> \"quoted\" 'single' & < >",
    "backslash \\u0000 is not an escape \\",
    "  leading and trailing whitespace  ",
    "\r",
    "\n\n\n",
    "supplementary 𝔐𝔞𝔯𝔮𝔲𝔢𝔢 and private use \u{E000}\u{10FFFD}",
  ]

  /// Strings with characters XML cannot carry, used as ids, labels, keys and values.
  static let oddStrings: [String] = [
    "", "a\\b", "nul\u{0}", "\u{FFFF}", "tab\tand\nnewline\r", "é🎬", "<&>\"'", "\\u0041",
  ]

  /// A document whose text is `text`, with annotations over its first and last scalars.
  static func document(text: String, id: String = "odd") throws -> Document {
    var document = Document(id: id, text: text)
    let length = document.length
    try document.setLayer(
      "tokens",
      [
        Annotation(id: "t1", start: 0, end: min(1, length)),
        Annotation(
          id: "t2", start: max(0, length - 1), end: length, features: ["text": .string(text)]),
      ])
    return document
  }
}
