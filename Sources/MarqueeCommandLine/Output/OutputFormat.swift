import ArgumentParser
import MarqueeCore
import MarqueeXML

/// The formats documents can be written in.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// Marquee's canonical JSON: JSON Lines on standard output, one `.json` file per document
  /// with `--out`.
  case json
  /// Marquee standoff XML: one `<corpus>` on standard output, one `.xml` file per document with
  /// `--out`.
  case xml

  /// The encoder for this format.
  var encoder: any CorpusEncoder {
    switch self {
    case .json: return JSONLinesEncoder()
    case .xml: return XMLCorpusEncoder()
    }
  }
}
