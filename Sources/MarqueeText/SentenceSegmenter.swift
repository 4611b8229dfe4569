import MarqueeCore

/// Splits English review text into sentences, by rule: no model, no download.
///
/// The segmenter knows the traps of review prose: abbreviations and honorifics (`Mr.`, `vs.`,
/// `U.S.`), initials (`J. J. Abrams`), prices and ratings (`$1.2 million`, `3.5/5`), ellipses,
/// `?!`, quotations closing after the full stop, film titles that contain a terminator
/// (`Airplane!`, `Who Framed Roger Rabbit?`) when they are quoted, italicised or known, list
/// items, emoticons, URLs and e-mail addresses, a missing space after a full stop (`good.The`),
/// and shouting in capitals. Layout counts too: a blank line, a heading, a list item and a line
/// of short fragments end a sentence; hard-wrapped prose does not. HTML `<br>` tags left in
/// scraped text are read as line breaks.
///
/// ```swift
/// let text = "I live in the U.S. How about you? Dr. Aziz loved Airplane! in 1980."
/// SentenceSegmenter().sentences(in: text)  // [0..<18, 19..<33, 34..<67]
/// ```
///
/// Sentences are returned in order and never overlap. Each is trimmed of white space (and of
/// `<br>` tags) on both sides, and every other scalar of the text lies in exactly one sentence.
/// The rule data (abbreviations, sentence openers, emoticons, titles) lives in the module's
/// resource files and is loaded once.
public struct SentenceSegmenter: Sendable {
  private let rules: SegmentationRules

  /// Creates a segmenter with the built-in rules.
  public init() {
    self.rules = SegmentationRules.shared
  }

  /// The sentences of `text`, as half-open ranges of Unicode-scalar offsets.
  ///
  /// - Complexity: O(n) in the number of scalars of `text`.
  public func sentences(in text: String) -> [Range<Int>] {
    sentences(inScalars: ScalarBuffer.scalars(of: text))
  }

  /// The sentences of a text already split into scalars.
  func sentences(inScalars scalars: [Unicode.Scalar]) -> [Range<Int>] {
    scalars.withUnsafeBufferPointer { buffer in
      let layout = LineLayout(buffer)
      return layout.blank.withUnsafeBufferPointer { blank in
        var scanner = BoundaryScanner(
          scalars: buffer, blank: blank, layoutCuts: layout.cuts, rules: rules)
        return scanner.sentences()
      }
    }
  }
}
