import Foundation

/// One place documents come from: a file (with the format to read it in) or standard input.
struct InputSource: Sendable {
  /// Where to read.
  enum Location: Sendable {
    /// A file at a path.
    case file(String)
    /// Standard input.
    case standardInput
    /// A path that could not be used; the reason is reported as a failed document.
    case unusable(String, reason: String)
  }

  /// Where to read.
  var location: Location
  /// How to read it.
  var format: InputFormat
  /// The id given to a document that does not carry its own.
  var defaultID: String

  /// The name used in messages.
  var displayName: String {
    switch location {
    case .file(let path): return path
    case .standardInput: return "<stdin>"
    case .unusable(let path, _): return path
    }
  }
}

/// Expands command-line paths into input sources.
///
/// Directories are walked recursively in sorted order; hidden files and folders are skipped, and
/// so are files whose extension Marquee does not read (counted, so the run can say so). A file
/// named explicitly is always read: as text when its extension says nothing.
struct InputCollector {
  /// The format the user asked for (`auto` lets extensions decide).
  var format: InputFormat

  /// The sources, and how many files in directories were skipped for their extension.
  func sources(for paths: [String]) -> (sources: [InputSource], skipped: [String]) {
    if paths.isEmpty {
      return ([InputSource(location: .standardInput, format: format, defaultID: "stdin")], [])
    }
    var sources: [InputSource] = []
    var skipped: [String] = []
    let fileManager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        sources.append(
          InputSource(
            location: .unusable(path, reason: "no such file or directory"), format: format,
            defaultID: Self.stem(of: path)))
        continue
      }
      if !isDirectory.boolValue {
        let explicit = format == .auto ? InputFormat.forExtension(Self.extension(of: path)) : format
        sources.append(
          InputSource(
            location: .file(path), format: explicit ?? .text, defaultID: Self.stem(of: path)))
        continue
      }
      let (found, ignored) = filesBelow(path)
      sources += found
      skipped += ignored
    }
    return (sources, skipped)
  }

  /// Every readable file below a directory, in sorted order of relative path.
  private func filesBelow(_ directory: String) -> ([InputSource], [String]) {
    let fileManager = FileManager.default
    guard let enumerator = fileManager.enumerator(atPath: directory) else {
      return (
        [
          InputSource(
            location: .unusable(directory, reason: "the directory cannot be read"),
            format: format, defaultID: Self.stem(of: directory))
        ], []
      )
    }
    var relativePaths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      relativePaths.append(relative)
    }
    relativePaths.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var sources: [InputSource] = []
    var skipped: [String] = []
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    // A .txt beside an .ann file is the text of a brat pair, read with it, not on its own.
    let annStems = Set(
      relativePaths.filter { Self.extension(of: $0).lowercased() == "ann" }.map(
        Self.removingExtension))
    for relative in relativePaths {
      let full = base + "/" + relative
      if format == .auto, Self.extension(of: relative).lowercased() == "txt",
        annStems.contains(Self.removingExtension(relative))
      {
        continue
      }
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      let detected = InputFormat.forExtension(Self.extension(of: relative))
      let chosen: InputFormat
      if format == .auto {
        guard let detected else {
          skipped.append(full)
          continue
        }
        chosen = detected
      } else {
        chosen = format
      }
      sources.append(
        InputSource(
          location: .file(full), format: chosen, defaultID: Self.removingExtension(relative)))
    }
    return (sources, skipped)
  }

  /// The file name without directory or extension: `reviews/parasite.txt` → `parasite`.
  static func stem(of path: String) -> String {
    removingExtension((path as NSString).lastPathComponent)
  }

  /// The extension after the last dot of the file name, without the dot.
  static func `extension`(of path: String) -> String {
    (path as NSString).pathExtension
  }

  /// The path without its final extension: `a/b.txt` → `a/b`.
  static func removingExtension(_ path: String) -> String {
    let stripped = (path as NSString).deletingPathExtension
    return stripped.isEmpty ? path : stripped
  }
}
