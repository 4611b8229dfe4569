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
    let decoder = WorkItemDecoder()
    var documents: [Document] = []
    var failures = 0
    while let item = reader.next() {
      do {
        documents.append(try decoder.decode(item))
      } catch {
        StandardStreams.writeError("\(commandName): error: \(item.origin): \(error)")
        failures += 1
      }
    }
    return (documents, failures)
  }
}
