import Foundation
import Testing

@testable import MarqueeCommandLine

/// Lines split across read chunks: the regression that crashed `annotate` on a 100 MB corpus
/// (line scanning kept an absolute index across a buffer compaction).
@Suite struct ByteStreamReaderTests {
  func lines(of bytes: [UInt8], chunkSize: Int, limit: Int = 1 << 20) throws -> [String] {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-lines-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    let descriptor = open(url.path, O_RDONLY)
    defer { close(descriptor) }
    let reader = ByteStreamReader(descriptor: descriptor, chunkSize: chunkSize)
    var result: [String] = []
    while let line = try reader.nextLine(limit: limit) {
      switch line {
      case .line(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
      case .tooLong(let length): result.append("<too long: \(length)>")
      }
    }
    return result
  }

  @Test(arguments: [1, 2, 3, 5, 7, 64, 4096])
  func linesSurviveEveryChunkSize(chunkSize: Int) throws {
    let expected = (1...40).map { String(repeating: "x", count: $0 % 13) + "é\($0)" }
    let text = expected.joined(separator: "\n") + "\r\n"
    #expect(try lines(of: Array(text.utf8), chunkSize: chunkSize) == expected)
  }

  @Test func aTooLongLineIsSkippedAndTheNextIsKept() throws {
    let text = "short\n" + String(repeating: "y", count: 100) + "\nafter"
    #expect(
      try lines(of: Array(text.utf8), chunkSize: 8, limit: 20) == [
        "short", "<too long: 100>", "after",
      ])
  }
}
