import MarqueeCore

/// Reads whole sets of Marquee JSON documents into memory (for commands such as `eval` that
/// compare sets), reporting each unreadable document and going on.
struct DocumentLoader {
  /// The command name used in messages.
  var commandName: String

  /// Every document in the given files or folders (`.json` and `.jsonl`), in order; failures are
  /// reported on standard error and counted.
  func load(_ paths: [String]) -> (documents: [Document], failures: Int) {
    let collected = InputCollector(format: .auto).sources(for: paths)
    let reader = WorkItemReader(sources: collected.sources, maximumBytes: 1 << 30)
    let jsonReader = DocumentJSONReader()
    let textReader = TextDocumentReader()
    var documents: [Document] = []
    var failures = 0
    while let item = reader.next() {
      if let failure = item.failure {
        StandardStreams.writeError("\(commandName): error: \(item.origin): \(failure)")
        failures += 1
        continue
      }
      do {
        switch item.kind {
        case .json: documents.append(try jsonReader.decode(item.bytes, defaultID: item.defaultID))
        case .text: documents.append(try textReader.read(item.bytes, id: item.defaultID))
        case .decoded(let document): documents.append(document)
        }
      } catch {
        StandardStreams.writeError("\(commandName): error: \(item.origin): \(error)")
        failures += 1
      }
    }
    return (documents, failures)
  }
}
