extension Document {
  /// The offset index of this document's text, for converting to UTF-8 or UTF-16 offsets.
  ///
  /// - Complexity: O(n) in the length of the text; build it once and reuse it.
  public func makeOffsetIndex() -> OffsetIndex { OffsetIndex(text) }

  /// The text an annotation covers.
  ///
  /// - Complexity: O(log w) with an index, w its non-ASCII scalars.
  public func surface(of annotation: Annotation, using index: OffsetIndex) -> Substring {
    surface(of: annotation.start..<annotation.end, using: index)
  }

  /// The text covered by the scalar range `range`.
  public func surface(of range: Range<Int>, using index: OffsetIndex) -> Substring {
    // Slice the scalar view: String's own subscript would round to Character boundaries and
    // swallow a combining mark that the span deliberately leaves out.
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: index.utf8Offset(ofScalar: range.lowerBound))
    let upper = utf8.index(utf8.startIndex, offsetBy: index.utf8Offset(ofScalar: range.upperBound))
    return Substring(text.unicodeScalars[lower..<upper])
  }

  /// The text an annotation covers, building a one-off index (prefer the indexed form in loops).
  public func surface(of annotation: Annotation) -> Substring {
    surface(of: annotation, using: makeOffsetIndex())
  }
}
