/// Punctuation, ellipses, rating stars and other symbols.
extension TokenScanner {
  mutating func punctuation(at start: Int, end: Int) -> Int {
    let scalar = scalars[start]
    switch scalar {
    case ".":
      var position = start
      while position < end, scalars[position] == "." { position += 1 }
      if position - start >= 2 {
        emit(start, position, .punct)
        return position
      }
      // ". . .", spaced.
      var last = start
      while last + 2 < end, scalars[last + 1] == " ", scalars[last + 2] == "." { last += 2 }
      if last - start >= 4 {
        emit(start, last + 1, .punct, norm: "...")
        return last + 1
      }
      emit(start, start + 1, .punct)
      return start + 1
    case "\u{2026}":
      emit(start, start + 1, .punct, norm: "...")
      return start + 1
    case "!", "?", "\u{203D}":
      var position = start
      while position < end,
        scalars[position] == "!" || scalars[position] == "?"
          || scalars[position] == "\u{203D}"
      {
        position += 1
      }
      emit(start, position, .punct)
      return position
    case "-":
      var position = start
      while position < end, scalars[position] == "-" { position += 1 }
      emit(start, position, .punct)
      return position
    case "\u{2018}", "\u{2019}", "\u{201A}":
      emit(start, start + 1, .punct, norm: "'")
      return start + 1
    case "\u{201C}", "\u{201D}", "\u{201E}":
      emit(start, start + 1, .punct, norm: "\"")
      return start + 1
    case "\u{2605}", "\u{2606}", "\u{272D}", "\u{272E}", "\u{2730}":
      var position = start
      while position < end,
        "\u{2605}\u{2606}\u{272D}\u{272E}\u{2730}\u{00BD}".unicodeScalars
          .contains(scalars[position])
      {
        position += 1
      }
      emit(start, position, .symbol)
      return position
    default:
      break
    }
    if scalar.isASCII {
      let value = scalar.value
      if value < 0x20 || value == 0x7F { return start + 1 }  // controls
      switch scalar {
      case "$", "+", "<", "=", ">", "^", "`", "|", "~":
        emit(start, start + 1, .symbol)
      default:
        emit(start, start + 1, .punct)
      }
      return start + 1
    }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return start + 1
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      emit(start, start + 1, .punct)
    case .otherNumber, .letterNumber:
      emit(start, start + 1, .number)
    case .nonspacingMark, .spacingMark, .enclosingMark:
      // A mark with no letter before it in this sentence: keep it as its own symbol.
      var position = start + 1
      while position < end, ScalarClass.isMark(scalars[position]) { position += 1 }
      emit(start, position, .symbol)
      return position
    default:
      emit(start, start + 1, .symbol)
    }
    return start + 1
  }

  /// The text of `start..<end` with curly apostrophes straightened, or `nil` if unchanged.
  func normalised(_ start: Int, _ end: Int) -> String? {
    var changed = false
    var view = String.UnicodeScalarView()
    for scalar in scalars[start..<end] {
      if scalar == "\u{2019}" || scalar == "\u{2018}" {
        view.append("'")
        changed = true
      } else {
        view.append(scalar)
      }
    }
    return changed ? String(view) : nil
  }
}
