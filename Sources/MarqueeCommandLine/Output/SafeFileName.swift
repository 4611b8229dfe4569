/// Turns a document id into a file name that stays inside the output directory.
///
/// Letters and digits of any script, `-`, `_` and `.` are kept; every other character (path
/// separators, controls, spaces, quotes) becomes `_`. Leading dots become `_` so no name is
/// hidden or means a parent directory, and names are cut to at most 180 UTF-8 bytes at a
/// character boundary, so a name is never a path.
///
/// ```
/// SafeFileName.make(from: "reviews/parasite") // "reviews_parasite"
/// SafeFileName.make(from: "../x")             // "___x"
/// ```
enum SafeFileName {
  /// The longest name produced, in UTF-8 bytes, leaving room for a suffix and an extension.
  static let maximumBytes = 180

  /// A safe file name (without extension) for an id.
  static func make(from id: String) -> String {
    var result = String.UnicodeScalarView()
    var bytes = 0
    for scalar in id.unicodeScalars {
      let kept: Unicode.Scalar
      if scalar == "-" || scalar == "_" || scalar == "." {
        kept = scalar
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      {
        kept = scalar
      } else {
        kept = "_"
      }
      let width = String(kept).utf8.count
      if bytes + width > maximumBytes { break }
      bytes += width
      result.append(kept)
    }
    var name = String(result)
    if let firstKept = name.unicodeScalars.firstIndex(where: { $0 != "." }) {
      let dots = name.unicodeScalars.distance(from: name.unicodeScalars.startIndex, to: firstKept)
      name = String(repeating: "_", count: dots) + String(name.unicodeScalars[firstKept...])
    } else {
      name = String(repeating: "_", count: name.unicodeScalars.count)
    }
    return name.isEmpty ? "document" : name
  }
}
