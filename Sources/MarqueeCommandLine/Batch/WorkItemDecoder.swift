import MarqueeCore
import MarqueeFormats
import MarqueeXML

/// Turns a work item into a document, whatever it holds: plain text, Marquee JSON, an HTML page,
/// brat or XMI gold, or a document another reader already decoded. The one place every command reads items.
struct WorkItemDecoder: Sendable {
  private let textReader = TextDocumentReader()
  private let jsonReader = DocumentJSONReader()
  private let htmlReader = HTMLDocumentReader()

  /// Decodes an item; the error's description says what is wrong (the caller adds the origin).
  func decode(_ item: WorkItem) throws -> Document {
    if let failure = item.failure { throw ItemFailure(message: failure) }
    let source = item.origin.path == "<stdin>" ? nil : item.origin.path
    switch item.kind {
    case .text: return try textReader.read(item.bytes, id: item.defaultID, source: source)
    case .json: return try jsonReader.decode(item.bytes, defaultID: item.defaultID)
    case .html: return try htmlReader.read(item.bytes, id: item.defaultID, source: source)
    case .xmi: return try XMIImporter().read(item.bytes, defaultID: item.defaultID)
    case .brat(let textBytes):
      let text = try textReader.read(textBytes, id: item.defaultID).text
      let annotations = try textReader.read(item.bytes, id: item.defaultID).text
      var document = try BratImporter().read(
        id: item.defaultID, text: text, annotations: annotations)
      if let source { document.metadata["source"] = .string(source) }
      return document
    case .decoded(let document): return document
    }
  }

  /// An item that could not be read at all.
  struct ItemFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
