import Foundation

/// Files written for one test in the system's temporary folder.
enum FileManagerTemporary {
  /// Writes `contents` to a fresh folder and returns the file's URL.
  static func file(named name: String, contents: String) -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-appraisal-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try? contents.write(to: url, atomically: true, encoding: .utf8)
    return url
  }
}
