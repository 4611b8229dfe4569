import Foundation
import Testing

/// Runs the built `marquee` binary (or any program) as a separate process, as a user would.
struct CommandRunner {
  /// What a finished process left behind.
  struct Result {
    var status: Int32
    var output: Data
    var error: String
    var outputText: String { String(decoding: output, as: UTF8.self) }
  }

  /// The repository root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `marquee` executable: beside the test bundle, where SwiftPM builds it.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["MARQUEE_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("marquee")
  }

  /// Runs the `marquee` binary with `arguments`, feeding `input` on standard input.
  static func marquee(_ arguments: [String], input: Data = Data()) throws -> Result {
    try run(binary, arguments, input: input)
  }

  /// Runs `executable` with `arguments`, feeding `input` on standard input.
  static func run(
    _ executable: URL, _ arguments: [String], input: Data = Data(),
    directory: URL = packageRoot, environment: [String: String]? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Feed and drain concurrently so neither side blocks on a full pipe.
    let writer = Thread {
      stdin.fileHandleForWriting.write(input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = LockedData()
    let errorReader = Thread {
      errorData.set(stderr.fileHandleForReading.readDataToEndOfFile())
    }
    errorReader.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1000) }
    return Result(
      status: process.terminationStatus, output: output,
      error: String(decoding: errorData.value, as: UTF8.self))
  }

  /// Runs a command line through `/bin/sh -c`, so pipes are real pipes.
  static func shell(_ command: String, directory: URL = packageRoot) throws -> Result {
    var environment = ProcessInfo.processInfo.environment
    environment["MARQUEE"] = binary.path
    return try run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", command], directory: directory,
      environment: environment)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Whether Python's jsonschema can be used; required (a failure, not a skip) when
  /// MARQUEE_REQUIRE_INTEROP=1, as in CI.
  static var hasJSONSchemaValidator: Bool {
    (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import jsonschema"]))?
      .status == 0
  }

  static var interopRequired: Bool {
    ProcessInfo.processInfo.environment["MARQUEE_REQUIRE_INTEROP"] == "1"
  }
}

/// Bytes handed from a reader thread to the test.
final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  private var done = false

  func set(_ value: Data) {
    lock.lock()
    data = value
    done = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return done
  }

  var value: Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
