/// Slicing text by Unicode scalar offsets, the way Python's `text[start:end]` does, computed
/// independently of MarqueeCore's offset tables so tests can check one against the other.
public enum ScalarSlice {
  /// The scalars `range` covers.
  public static func slice(_ text: String, _ range: Range<Int>) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// The number of UTF-8 bytes before scalar `offset`, counted by brute force.
  public static func utf8Count(_ text: String, before offset: Int) -> Int {
    text.unicodeScalars.prefix(offset).reduce(0) { $0 + String($1).utf8.count }
  }

  /// The number of UTF-16 code units before scalar `offset`, counted by brute force.
  public static func utf16Count(_ text: String, before offset: Int) -> Int {
    text.unicodeScalars.prefix(offset).reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
  }
}
