/// A fixture written with its spans marked inline: `"The ⟦acting⟧ was superb"`.
///
/// The markers `⟦` and `⟧` are removed; ``spans`` holds where each marked stretch lies in the
/// plain ``text``, in Unicode scalars, in the order the spans open. Spans may nest.
///
/// ```
/// let fixture = MarkedText("A ⟦devastating⟧ turn")
/// fixture.text   // "A devastating turn"
/// fixture.spans  // [2..<13]
/// ```
public struct MarkedText: Sendable {
  /// The text without markers.
  public let text: String
  /// The marked spans, in scalar offsets into ``text``, in order of their opening marker.
  public let spans: [Range<Int>]

  /// Parses a marked string. Unbalanced markers are a programming error in the fixture.
  public init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var open: [(slot: Int, start: Int)] = []
    var spans: [Range<Int>?] = []
    var count = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦":
        open.append((spans.count, count))
        spans.append(nil)
      case "⟧":
        precondition(!open.isEmpty, "MarkedText: ⟧ without ⟦ in \(marked)")
        let last = open.removeLast()
        spans[last.slot] = last.start..<count
      default:
        scalars.append(scalar)
        count += 1
      }
    }
    precondition(open.isEmpty, "MarkedText: ⟦ without ⟧ in \(marked)")
    self.text = String(scalars)
    self.spans = spans.compactMap { $0 }
  }

  /// The surface of a span: the scalars it covers.
  public func surface(_ span: Range<Int>) -> String {
    ScalarSlice.slice(text, span)
  }
}
