import MarqueeCore

/// A document's text as an array of Unicode scalars, so that slicing by Marquee's offsets is
/// O(length of the slice) and can never round to a grapheme boundary.
struct ScalarText {
  let scalars: [Unicode.Scalar]

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  var count: Int { scalars.count }

  /// The text of the scalars `start..<end`, clamped to the text.
  func slice(_ start: Int, _ end: Int) -> String {
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }

  /// Whether the scalar is whitespace as Python's `str.isspace` counts it (Unicode White_Space
  /// plus the four information separators U+001C…U+001F), which spaCy and CoNLL readers use.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
  }

  /// Whether the scalar breaks a line (LF, CR, and the other Unicode line terminators).
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
