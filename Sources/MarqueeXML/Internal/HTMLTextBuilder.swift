import MarqueeCore

/// Builds the visible text of an HTML page from the parser's events, with the map back to
/// byte offsets in the page and the `markup` annotations.
///
/// Each event comes with the parser's position in the page. A run of text is first looked for
/// verbatim in the page just before that position (most text is copied unchanged); text that
/// was decoded (an entity such as `&amp;`) maps as a whole to the bytes it came from.
/// Whitespace outside `<pre>` collapses to one space, blocks and `<br>` become line breaks (at
/// most one blank line in a row), and leading and trailing whitespace is dropped.
final class HTMLTextBuilder {
  /// The page, as given to the parser.
  private let source: UnsafeBufferPointer<UInt8>
  /// Where the next text may start in the page: text never maps before what was already used.
  private var searchFrom = 0

  private(set) var utf8: [UInt8] = []
  private(set) var length = 0
  /// Runs `[textStart, textLength, byteStart, byteLength]`; see ``HTMLDocumentReader``.
  private(set) var runs: [[Int]] = []
  private var lastRunIsVerbatim = false

  private enum PendingSpace {
    case none
    case generated
    case source(start: Int, end: Int)
  }
  private var pendingSpace = PendingSpace.none
  private var pendingBreaks = 0
  private var trailingNewlines = 0

  private var hiddenDepth = 0
  private var preDepth = 0
  private var skipNewlineAfterPre = false
  /// Whitespace met inside `<pre>`, written once something visible follows it.
  private var preWhitespace: [(Unicode.Scalar, Int, Int, Bool)] = []
  private var titleDepth = 0
  private(set) var title: [UInt8] = []

  private struct OpenElement {
    var name: String
    var role: HTMLElements.Role
    var hides: Bool
    var markupIndex: Int?
  }
  private var stack: [OpenElement] = []

  private struct OpenMarkup {
    var id: String
    var label: String
    var features: JSONObject
    var order: Int
    var start: Int?
  }
  private var markups: [OpenMarkup?] = []
  /// The finished markup, with the order their elements started in.
  private var finished: [(order: Int, annotation: Annotation)] = []
  /// The markup annotations in the order their elements start.
  var annotations: [Annotation] {
    finished.sorted { $0.order < $1.order }.map(\.annotation)
  }
  private var markupCount = 0

  /// The page as given, before NUL and form feed became spaces for the parser.
  private let original: [UInt8]

  init(source: UnsafeBufferPointer<UInt8>, original: [UInt8]) {
    self.source = source
    self.original = original
  }

  // MARK: Events

  func startElement(_ name: String, attributes: [(String, String)], at position: Int) {
    // libxml2 also reports elements it implies (`<html>`, `<body>`, a `<p>` around bare text)
    // when it meets the text that needs them; only a tag really in the page moves the search.
    if tagStart(named: name, before: min(position, source.count)) != nil {
      searchFrom = max(searchFrom, min(position, source.count))
    }
    let role = HTMLElements.role(of: name)
    let hides = role == .hidden || attributes.contains { $0.0 == "hidden" }
    var markupIndex: Int?
    if name == "title" { titleDepth += 1 }
    if hiddenDepth == 0 && !hides {
      layout(role, opening: true)
      if let markup = HTMLElements.markup(of: name) {
        markupCount += 1
        var features: JSONObject = ["element": .string(name)]
        if let level = markup.level { features["level"] = .integer(Int64(level)) }
        if name == "a", let href = attributes.first(where: { $0.0 == "href" })?.1 {
          features["href"] = .string(href)
        }
        markups.append(
          OpenMarkup(
            id: "m\(markupCount)", label: markup.label, features: features, order: markupCount))
        markupIndex = markups.count - 1
      }
    }
    if hides { hiddenDepth += 1 }
    stack.append(OpenElement(name: name, role: role, hides: hides, markupIndex: markupIndex))
  }

  func endElement(_ name: String, at position: Int) {
    // Elements closed by implication (a `<head>` ended by text) have no end tag in the page.
    if tagStart(named: "/" + name, before: min(position, source.count)) != nil {
      searchFrom = max(searchFrom, min(position, source.count))
    }
    guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
    // libxml2 closes elements in order; anything above `index` was left open and ends here too.
    while stack.count > index {
      let element = stack.removeLast()
      if element.name == "title" { titleDepth -= 1 }
      if element.hides { hiddenDepth -= 1 }
      guard hiddenDepth == 0, !element.hides else { continue }
      if let markupIndex = element.markupIndex, let open = markups[markupIndex] {
        if let start = open.start, start < length {
          finished.append(
            (
              open.order,
              Annotation(
                id: open.id, start: start, end: length, label: open.label,
                features: open.features)
            ))
        }
        markups[markupIndex] = nil
      }
      layout(element.role, opening: false)
    }
  }

  /// Text from the parser, decoded; `position` is the parser's byte offset after it.
  func characters(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
    guard !bytes.isEmpty else { return }
    let end = min(position, source.count)
    if titleDepth > 0 { title.append(contentsOf: bytes) }
    if let reference = entityReference(endingAt: end, decodedCount: bytes.count) {
      searchFrom = max(searchFrom, end)
      if hiddenDepth > 0 || titleDepth > 0 { return }
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        append(scalar, from: reference, to: end, verbatim: false)
      }
    } else if let start = verbatimStart(of: bytes, endingNear: end) {
      searchFrom = start + bytes.count
      if hiddenDepth > 0 || titleDepth > 0 { return }
      var offset = 0
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        let width = UTF8.width(scalar)
        append(scalar, from: start + offset, to: start + offset + width, verbatim: true)
        offset += width
      }
    } else {
      // Decoded text: it stands for everything from the reference (or the last use) to here.
      var start = searchFrom
      if let ampersand = lastAmpersand(from: searchFrom, before: end) { start = ampersand }
      searchFrom = max(searchFrom, end)
      if hiddenDepth > 0 || titleDepth > 0 { return }
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        append(scalar, from: start, to: max(start, end), verbatim: false)
      }
    }
  }

  // MARK: Layout

  private func layout(_ role: HTMLElements.Role, opening: Bool) {
    switch role {
    case .paragraph:
      pendingBreaks = 2
    case .preformatted:
      pendingBreaks = 2
      preDepth += opening ? 1 : -1
      // libxml2 drops a line feed right after <pre>, as HTML says, but not a CR LF.
      skipNewlineAfterPre = opening
      preWhitespace.removeAll()
    case .line:
      pendingBreaks = max(pendingBreaks, 1)
    case .lineBreak:
      if opening { pendingBreaks = min(pendingBreaks + 1, 2) }
    case .cell:
      if opening, case .none = pendingSpace { pendingSpace = .generated }
    case .hidden, .inline:
      break
    }
  }

  private func append(_ scalar: Unicode.Scalar, from start: Int, to end: Int, verbatim: Bool) {
    if preDepth == 0 {
      if Self.isHTMLSpace(scalar) {
        switch pendingSpace {
        case .source(let first, let last):
          // One space stands for the first run of whitespace; later runs (after a tag) add no
          // bytes to it, so the run never covers markup.
          if start == last { pendingSpace = .source(start: first, end: end) }
        case .none, .generated: pendingSpace = .source(start: start, end: end)
        }
        return
      }
    } else {
      if skipNewlineAfterPre {
        if scalar == "\r" { return }
        skipNewlineAfterPre = false
        if scalar == "\n" { return }
      }
      // Whitespace in <pre> is kept, except at the very start and the end of the block.
      if Self.isHTMLSpace(scalar) {
        preWhitespace.append((scalar, start, end, verbatim))
        return
      }
    }
    skipNewlineAfterPre = false
    flushPending()
    if !preWhitespace.isEmpty {
      if length > 0 {
        for (space, from, to, isVerbatim) in preWhitespace {
          emit(space, source: (from, to), verbatim: isVerbatim)
        }
      }
      preWhitespace.removeAll()
    }
    for index in markups.indices where markups[index] != nil && markups[index]?.start == nil {
      markups[index]?.start = length
    }
    emit(scalar, source: (start, end), verbatim: verbatim)
  }

  /// Writes the line breaks or the space waiting before the next visible character.
  private func flushPending() {
    defer {
      pendingSpace = .none
      pendingBreaks = 0
    }
    guard length > 0 else { return }
    if pendingBreaks > 0 {
      for _ in trailingNewlines..<max(trailingNewlines, pendingBreaks) {
        emit("\n", source: nil, verbatim: false)
      }
      return
    }
    guard trailingNewlines == 0 else { return }
    switch pendingSpace {
    case .none: break
    case .generated: emit(" ", source: nil, verbatim: false)
    case .source(let start, let end):
      let single = end - start == 1 && original[start] == UInt8(ascii: " ")
      emit(" ", source: (start, end), verbatim: single)
    }
  }

  private func emit(_ scalar: Unicode.Scalar, source range: (Int, Int)?, verbatim: Bool) {
    let textStart = length
    utf8.append(contentsOf: UTF8.encode(scalar)!)
    length += 1
    trailingNewlines = scalar == "\n" ? trailingNewlines + 1 : 0
    guard let (start, end) = range else {
      lastRunIsVerbatim = false
      return
    }
    if let last = runs.last, last[0] + last[1] == textStart {
      if verbatim && lastRunIsVerbatim && last[2] + last[3] == start {
        runs[runs.count - 1][1] += 1
        runs[runs.count - 1][3] += end - start
        return
      }
      if !verbatim && !lastRunIsVerbatim && last[2] == start && last[2] + last[3] == end {
        runs[runs.count - 1][1] += 1
        return
      }
    }
    runs.append([textStart, 1, start, end - start])
    lastRunIsVerbatim = verbatim
  }

  // MARK: Finding text in the page

  /// Where `bytes` occur verbatim in the page: ending at `end`, or one character after it (the
  /// parser hands over a full buffer before stepping past its last character), or failing
  /// that, first found between the last use and there.
  private func verbatimStart(of bytes: UnsafeBufferPointer<UInt8>, endingNear end: Int) -> Int? {
    let count = bytes.count
    var lastWidth = 1
    while lastWidth < min(4, count) && bytes[count - lastWidth] & 0xC0 == 0x80 { lastWidth += 1 }
    let latestEnd = min(source.count, end + lastWidth)
    for candidateEnd in [end, latestEnd] {
      let start = candidateEnd - count
      if start >= searchFrom, candidateEnd <= source.count, matches(bytes, at: start) {
        return start
      }
    }
    var start = searchFrom
    while start + count <= latestEnd {
      if matches(bytes, at: start) { return start }
      start += 1
    }
    return nil
  }

  /// Where the tag `<name` that the parser has just read starts, when it is in the page.
  private func tagStart(named name: String, before position: Int) -> Int? {
    let name = Array(name.utf8)
    var index = position - name.count - 1
    while index >= searchFrom {
      if source[index] == UInt8(ascii: "<") {
        var offset = 0
        while offset < name.count, index + 1 + offset < source.count,
          source[index + 1 + offset] | 0x20 == name[offset] | 0x20
        {
          offset += 1
        }
        return offset == name.count ? index : nil
      }
      index -= 1
    }
    return nil
  }

  private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var index = 0
    while index < bytes.count {
      if source[start + index] != bytes[index] { return false }
      index += 1
    }
    return true
  }

  /// The start of a character or entity reference (`&amp;`, `&#39;`, `&#x1F3AC;`) that ends
  /// at `end`, when the parser has just decoded one (at most 8 bytes of UTF-8).
  private func entityReference(endingAt end: Int, decodedCount: Int) -> Int? {
    guard decodedCount <= 8, end > searchFrom, end <= source.count,
      source[end - 1] == UInt8(ascii: ";")
    else { return nil }
    var index = end - 2
    while index >= searchFrom {
      let byte = source[index]
      if byte == UInt8(ascii: "&") { return index + 2 < end ? index : nil }
      let isNameByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
      guard isNameByte, end - index < 40 else { return nil }
      index -= 1
    }
    return nil
  }

  private func lastAmpersand(from lower: Int, before upper: Int) -> Int? {
    var index = upper - 1
    while index >= lower {
      if source[index] == UInt8(ascii: "&") { return index }
      index -= 1
    }
    return nil
  }

  /// HTML's whitespace: space, tab, line feed, form feed and carriage return.
  static func isHTMLSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{C}"
  }
}
