/// The lines of a text and the sentence boundaries its layout implies: blank lines, headings,
/// list items and lines of short fragments end sentences; hard-wrapped prose does not.
///
/// Also records which scalars are blank (white space, or part of an HTML `<br>` tag) for the
/// scanner that runs after it.
struct LineLayout {
  /// One line: the scalars between two line breaks.
  struct Line {
    /// The first scalar of the line.
    var start: Int
    /// The first non-blank scalar, or `nil` for a blank line.
    var first: Int?
    /// The last non-blank scalar.
    var last: Int
    /// Whether a paragraph separator (U+2029) ends the line.
    var endsParagraph: Bool
    /// The number of scalars from `first` to `last`.
    var width: Int { first.map { last - $0 + 1 } ?? 0 }
  }

  /// Whether each scalar is blank: white space or part of a `<br>` tag.
  private(set) var blank: [Bool]
  /// The lines, in order.
  private(set) var lines: [Line] = []
  /// Positions where the layout ends a sentence, ascending.
  private(set) var cuts: [Int] = []

  /// A hard-wrapped paragraph has no line wider than this many scalars.
  static let wrapWidthLimit = 100

  private let scalars: UnsafeBufferPointer<Unicode.Scalar>

  /// Lays out `scalars` into lines and finds the boundaries the layout implies.
  ///
  /// - Complexity: O(n).
  init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self.scalars = scalars
    self.blank = [Bool](repeating: false, count: scalars.count)
    splitLines()
    findCuts()
  }

  private mutating func splitLines() {
    let scalars = self.scalars
    let count = scalars.count
    self.lines = blank.withUnsafeMutableBufferPointer { blank -> [Line] in
      var lines: [Line] = []
      var lineStart = 0
      // A line's first and last non-blank scalars, found from its ends once it is complete.
      func finish(_ end: Int, paragraph: Bool) {
        var first = lineStart
        while first < end, blank[first] { first += 1 }
        var last = end - 1
        while last > first, blank[last] { last -= 1 }
        lines.append(
          Line(
            start: lineStart, first: first < end ? first : nil, last: first < end ? last : end,
            endsParagraph: paragraph))
      }
      var index = 0
      while index < count {
        let scalar = scalars[index]
        let value = scalar.value
        // Printable ASCII other than "<": the common case, nothing to record.
        if value > 0x20, value < 0x7F, value != 0x3C {
          index += 1
          continue
        }
        if value == 0x20 {
          blank[index] = true
          index += 1
          continue
        }
        var breakLength = 0
        if ScalarClass.isLineBreak(scalar) {
          breakLength = scalar == "\r" && index + 1 < count && scalars[index + 1] == "\n" ? 2 : 1
        } else if scalar == "<" {
          breakLength = BreakTag.length(in: scalars, at: index)
        }
        if breakLength > 0 {
          for position in index..<(index + breakLength) { blank[position] = true }
          finish(index, paragraph: scalar == "\u{2029}")
          index += breakLength
          lineStart = index
          continue
        }
        if ScalarClass.isBlank(scalar) { blank[index] = true }
        index += 1
      }
      finish(count, paragraph: false)
      return lines
    }
  }

  private mutating func findCuts() {
    var blockStart = 0
    var index = 0
    while index < lines.count {
      guard lines[index].first != nil else {
        index += 1
        blockStart = index
        continue
      }
      // A block: consecutive non-blank lines, ended by a blank line or a paragraph separator.
      var blockEnd = index
      while blockEnd + 1 < lines.count, lines[blockEnd + 1].first != nil,
        !lines[blockEnd].endsParagraph
      {
        blockEnd += 1
      }
      cutBlock(blockStart...blockEnd)
      if let first = lines[blockStart].first, blockStart > 0 {
        cuts.append(first)
      }
      index = blockEnd + 1
      blockStart = index
    }
  }

  private mutating func cutBlock(_ block: ClosedRange<Int>) {
    guard block.count > 1 else { return }
    var widest = 0
    var anyTerminated = false
    for index in block {
      widest = max(widest, lines[index].width)
      if endsWithTerminator(lines[index]) { anyTerminated = true }
    }
    let wrapped = widest <= Self.wrapWidthLimit
    for index in block.lowerBound..<block.upperBound {
      let above = lines[index]
      let below = lines[index + 1]
      if shouldCut(
        above: above, below: below, wrapped: wrapped, anyTerminated: anyTerminated, width: widest)
      {
        cuts.append(above.last + 1)
      }
    }
  }

  private func shouldCut(above: Line, below: Line, wrapped: Bool, anyTerminated: Bool, width: Int)
    -> Bool
  {
    guard let belowFirst = below.first, let aboveFirst = above.first else { return true }
    if startsListItem(at: belowFirst) { return true }
    if startsListItem(at: aboveFirst) {
      // An indented line continues the item above it.
      return belowFirst - below.start <= aboveFirst - above.start
    }
    if endsWithTerminator(above) { return false }
    if !anyTerminated || !wrapped { return true }
    let next = scalars[belowFirst]
    let opensSentence =
      ScalarClass.isUpper(next) || ScalarClass.isDigit(next) || ScalarClass.isOpener(next)
    // Fields such as "Rating: 4/5" or "Director: Darius Marder" stand on lines of their own.
    if opensSentence, isField(above) || isField(below) { return true }
    // A heading: the next line's first word would have fitted after it, and it is followed by
    // what looks like the start of a sentence.
    var wordEnd = belowFirst
    while wordEnd <= below.last, !blank[wordEnd] { wordEnd += 1 }
    let fits = above.width + 1 + (wordEnd - belowFirst) <= width
    let last = scalars[above.last]
    let endsCleanly =
      ScalarClass.isWordScalar(last) || ScalarClass.isCloser(last) || last == ":"
    return fits && opensSentence && endsCleanly
  }

  /// Whether the line is a short field: one to three capitalised words, a colon and a space,
  /// then a value ("Rating: 4/5", "Running time: 2 hr").
  private func isField(_ line: Line) -> Bool {
    guard let first = line.first, line.width <= 60, ScalarClass.isUpper(scalars[first]) else {
      return false
    }
    var words = 1
    var index = first
    while index < line.last, index - first < 30 {
      let scalar = scalars[index]
      if scalar == ":" { return blank[index + 1] }
      if blank[index] {
        words += 1
        if words > 3 { return false }
      } else if !ScalarClass.isWordScalar(scalar), scalar != "-" {
        return false
      }
      index += 1
    }
    return false
  }

  /// Whether the line's last non-blank scalars are a terminator and any closing quotes.
  private func endsWithTerminator(_ line: Line) -> Bool {
    guard let first = line.first else { return false }
    var position = line.last
    while position > first, ScalarClass.isCloser(scalars[position]), position > line.last - 4 {
      position -= 1
    }
    return ScalarClass.isTerminator(scalars[position])
  }

  /// Whether a list item starts at `index`: a bullet, `1.`, `1)`, `a)` followed by a space.
  private func startsListItem(at index: Int) -> Bool {
    let count = scalars.count
    let scalar = scalars[index]
    if ScalarClass.isBullet(scalar) {
      return index + 1 < count && blank[index + 1]
    }
    var position = index
    while position < count, position - index < 3, ScalarClass.isDigit(scalars[position]) {
      position += 1
    }
    if position == index {
      guard scalar.isASCII, ScalarClass.isLetter(scalar) else { return false }
      position += 1
      guard position < count, scalars[position] == ")" else { return false }
    } else {
      guard position < count, scalars[position] == "." || scalars[position] == ")" else {
        return false
      }
    }
    position += 1
    if position < count, scalars[position] == ")" { position += 1 }
    return position < count && blank[position]
  }
}
