import Foundation

/// A directory receiving one file per document, each written under a temporary name and then
/// renamed, so an interrupted run never leaves a half-written file behind.
///
/// Names come from document ids through ``SafeFileName``; when two ids map to the same name
/// (also when they differ only in letter case, for case-insensitive file systems) later ones get
/// `-2`, `-3`, … in input order.
final class OutputDirectory {
  /// The directory path.
  let path: String
  private let fileExtension: String
  private var usedNames: Set<String> = []

  /// Creates the directory (and its parents) if needed.
  init(path: String, fileExtension: String) throws(CommandLineError) {
    self.path = path
    self.fileExtension = fileExtension
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .usage("--out \(path): this is a file, not a directory")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .io("--out \(path): the directory cannot be created (\(error.localizedDescription))")
    }
  }

  /// The file name the next document with this id gets.
  func reserveName(for id: String) -> String {
    let base = SafeFileName.make(from: id)
    var candidate = base
    var counter = 1
    while usedNames.contains(candidate.lowercased()) {
      counter += 1
      candidate = "\(base)-\(counter)"
    }
    usedNames.insert(candidate.lowercased())
    return candidate + "." + fileExtension
  }

  /// Writes bytes to `name` inside the directory, atomically.
  func write(_ bytes: [UInt8], named name: String) throws(CommandLineError) {
    let final = path + "/" + name
    let temporary = path + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      if rename(temporary, final) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(atPath: temporary)
        throw CommandLineError.io("\(final): could not be written (\(reason))")
      }
    } catch let error as CommandLineError {
      throw error
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw .io("\(final): could not be written (\(error.localizedDescription))")
    }
  }
}
