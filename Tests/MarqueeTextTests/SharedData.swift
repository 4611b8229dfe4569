import Foundation

/// The read-only `shared` folder beside the repository, holding third-party data used for
/// measurement only. Tests that need it skip cleanly when it is absent.
enum SharedData {
  /// `<package root>/../shared`; the package root is three levels above this file.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("shared")

  /// The URL of `path` inside the shared folder.
  static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  /// Whether `path` exists inside the shared folder.
  static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: url(path).path)
  }
}

/// Text comparison helpers for expected sentences.
enum TextCompare {
  /// Collapses every run of white space to one space and trims both ends.
  static func normalisingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The surfaces of `ranges` in `text`, sliced by Unicode-scalar offsets.
  static func surfaces(_ text: String, _ ranges: [Range<Int>]) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return ranges.map { range in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
  }
}
