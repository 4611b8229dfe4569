/// Recognises the HTML line-break tags left in scraped reviews: `<br>`, `<br/>`, `<br />`, in
/// any letter case. The segmenter treats such a tag as a line break and the tokenizer skips it,
/// so `<br /><br />` separates paragraphs like a blank line does.
enum BreakTag {
  /// The length in scalars of the break tag starting at `index`, or 0 when there is none.
  ///
  /// - Complexity: O(1): a tag longer than eight scalars is not recognised.
  static func length(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Int {
    let count = scalars.count
    guard index + 3 < count, scalars[index] == "<",
      scalars[index + 1] == "b" || scalars[index + 1] == "B",
      scalars[index + 2] == "r" || scalars[index + 2] == "R"
    else { return 0 }
    var position = index + 3
    let limit = min(count, index + 8)
    while position < limit, scalars[position] == " " { position += 1 }
    if position < limit, scalars[position] == "/" { position += 1 }
    while position < limit, scalars[position] == " " { position += 1 }
    guard position < count, scalars[position] == ">" else { return 0 }
    return position + 1 - index
  }
}
