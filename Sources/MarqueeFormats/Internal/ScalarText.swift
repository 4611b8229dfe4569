import MarqueeCore

/// A document's text as an array of Unicode scalars, so that slicing by Marquee's offsets is
/// O(length of the slice) and can never round to a grapheme boundary.
struct ScalarText {
  let scalars: [Unicode.Scalar]

  /// The text's UTF-8 bytes.
  let utf8: [UInt8]
  /// `utf8Start[i]` is the byte offset of scalar `i`; one extra entry marks the end.
  private let utf8Start: [Int32]

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
    utf8 = Array(text.utf8)
    var starts: [Int32] = []
    starts.reserveCapacity(scalars.count + 1)
    var offset: Int32 = 0
    for scalar in scalars {
      starts.append(offset)
      offset += Int32(UTF8.width(scalar))
    }
    starts.append(offset)
    utf8Start = starts
  }

  /// Appends the UTF-8 bytes of scalars `start..<end` (clamped to the text) to `buffer`,
  /// without building a String.
  func appendUTF8(_ start: Int, _ end: Int, to buffer: inout [UInt8]) {
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    buffer.append(contentsOf: utf8[Int(utf8Start[lower])..<Int(utf8Start[upper])])
  }

  /// Whether any scalar in `start..<end` satisfies `predicate`.
  func contains(_ start: Int, _ end: Int, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    for index in lower..<upper where predicate(scalars[index]) { return true }
    return false
  }

  var count: Int { scalars.count }

  /// The text of the scalars `start..<end`, clamped to the text.
  func slice(_ start: Int, _ end: Int) -> String {
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    return String(
      decoding: utf8[Int(utf8Start[lower])..<Int(utf8Start[upper])], as: UTF8.self)
  }

  /// Whether the scalar is whitespace as Python's `str.isspace` counts it (Unicode White_Space
  /// plus the four information separators U+001C…U+001F), which spaCy and CoNLL readers use.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
        || (0x1C...0x1F).contains(scalar.value)
    }
    return scalar.properties.isWhitespace
  }

  /// Whether the scalar breaks a line (LF, CR, and the other Unicode line terminators).
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
