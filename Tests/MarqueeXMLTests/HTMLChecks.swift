import MarqueeCore
import Testing

@testable import MarqueeXML

/// Checks every HTML document must pass: the source map and the markup agree with the text and
/// the page.
enum HTMLChecks {
  static func runs(of document: Document) -> [[Int]] {
    (document.metadata["sourceMap"]?.arrayValue ?? []).map { run in
      (run.arrayValue ?? []).compactMap(\.integerValue)
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{C}"
  }

  static func expectConsistent(
    _ document: Document, page: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let scalars = Array(document.text.unicodeScalars)
    var covered = [Bool](repeating: false, count: scalars.count)
    var previousTextEnd = 0
    var previousByteStart = 0
    for run in runs(of: document) {
      guard run.count == 4 else {
        Issue.record("a run is not four integers: \(run)", sourceLocation: sourceLocation)
        continue
      }
      let (textStart, textLength, byteStart, byteLength) = (run[0], run[1], run[2], run[3])
      guard textStart >= previousTextEnd, textLength > 0, textStart + textLength <= scalars.count,
        byteStart >= previousByteStart, byteLength >= 0, byteStart + byteLength <= page.count
      else {
        Issue.record("run \(run) is out of order or out of bounds", sourceLocation: sourceLocation)
        continue
      }
      previousTextEnd = textStart + textLength
      previousByteStart = byteStart
      for index in textStart..<(textStart + textLength) { covered[index] = true }
      let text = String(String.UnicodeScalarView(scalars[textStart..<(textStart + textLength)]))
      let bytes = Array(page[byteStart..<(byteStart + byteLength)])
      if text.unicodeScalars.allSatisfy(isSpace) {
        // Collapsed whitespace comes from whitespace (the reader counts NUL as a space).
        #expect(
          bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x00].contains($0) }, "\(run)",
          sourceLocation: sourceLocation)
      } else if Array(text.utf8).count == byteLength, !bytes.contains(0x0C), !bytes.contains(0) {
        #expect(bytes == Array(text.utf8), "\(run)", sourceLocation: sourceLocation)
      } else {
        // Decoded text comes from a character or entity reference.
        #expect(
          bytes.first == UInt8(ascii: "&") && bytes.count > 1, "\(run) \(text.debugDescription)",
          sourceLocation: sourceLocation)
      }
    }
    for (index, isCovered) in covered.enumerated() where !isCovered {
      #expect(
        scalars[index] == "\n" || scalars[index] == " ",
        "scalar \(index) \(scalars[index].escaped(asASCII: true)) has no source",
        sourceLocation: sourceLocation)
    }
    for annotation in document.layer(HTMLDocumentReader.markupLayer) ?? [] {
      let surface = document.surface(of: annotation)
      #expect(!surface.isEmpty, sourceLocation: sourceLocation)
      #expect(
        !isSpace(surface.unicodeScalars.first!) && !isSpace(surface.unicodeScalars.last!),
        "\(annotation)", sourceLocation: sourceLocation)
    }
    #expect(!document.text.contains("\n\n\n"), sourceLocation: sourceLocation)
    if let first = scalars.first, let last = scalars.last {
      #expect(!isSpace(first) && !isSpace(last), sourceLocation: sourceLocation)
    }
  }
}
