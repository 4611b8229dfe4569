import MarqueeCore
import MarqueeFormats

/// Marquee's own formats (JSON Lines, standoff XML) offered through `marquee export`, so every
/// output format is one `--format` away: `marquee export --format xml < corpus.jsonl`.
struct CanonicalFormatExporter: Exporter {
  /// The canonical encoder wrapped.
  let encoder: any CorpusEncoder
  /// The name used in messages (`xml`, `json`).
  let formatName: String

  func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    do {
      return [
        ExportedFile(
          suffix: "." + encoder.fileExtension, bytes: try encoder.encodeStandalone(document))
      ]
    } catch {
      throw .unrepresentable(format: formatName, what: "\(error)")
    }
  }

  func streamHeader() -> [UInt8] { encoder.streamHeader() }

  func exportInStream(_ document: Document) throws(ExportError) -> [UInt8] {
    do {
      return try encoder.encodeInStream(document)
    } catch {
      throw .unrepresentable(format: formatName, what: "\(error)")
    }
  }

  func streamFooter(for inventory: ExportInventory) -> [UInt8] { encoder.streamFooter() }
}
