import ArgumentParser

/// How the bytes of an input are to be read.
enum InputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// Decide from the file extension (`.txt`, `.json`, `.jsonl`, `.xml`, `.html`), or for standard
  /// input
  /// from the first non-blank byte (`{` means JSON Lines, `<` Marquee XML).
  case auto
  /// Plain UTF-8 text, one document per file.
  case text
  /// One Marquee JSON document per file.
  case json
  /// JSON Lines: one Marquee JSON document per line.
  case jsonl
  /// Marquee standoff XML: one `<document>` or a `<corpus>` of them per file.
  case xml
  /// An HTML page: its visible text becomes the document, with a `markup` layer and a map back
  /// to byte offsets in the page.
  case html
  /// brat standoff: an `.ann` file with its `.txt` beside it (gold made or corrected in brat).
  case brat
  /// UIMA CAS XMI as INCEpTION and DKPro write it, with Marquee's type system.
  case xmi

  /// The format a file extension implies, or `nil` for extensions Marquee does not read.
  static func forExtension(_ fileExtension: String) -> InputFormat? {
    switch fileExtension.lowercased() {
    case "txt", "text": return .text
    case "json": return .json
    case "jsonl", "ndjson": return .jsonl
    case "xml": return .xml
    case "html", "htm", "xhtml": return .html
    case "ann": return .brat
    case "xmi": return .xmi
    default: return nil
    }
  }

  static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
