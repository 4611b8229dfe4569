import Dispatch
import MarqueeCore
import Synchronization

/// Runs a document processor over a stream of work items: in parallel, in chunks of bounded
/// size, writing results in input order and reporting each failure as it is met.
final class BatchRunner {
  /// Where results go.
  enum Destination {
    /// One stream on standard output (JSON Lines, or a format's corpus wrapper).
    case standardOutput
    /// One file per document in a directory.
    case directory(OutputDirectory)
  }

  /// How the run behaves.
  struct Settings {
    /// Worker threads.
    var jobs: Int
    /// Stop at the first failure.
    var strict: Bool
    /// Draw a progress line on standard error (only used when it is a terminal).
    var showsProgress: Bool
    /// The command name used in messages (`marquee annotate`).
    var commandName: String
  }

  /// What a finished run did.
  struct Summary {
    /// Documents written.
    var written = 0
    /// Documents that failed.
    var failed = 0
    /// Input bytes read.
    var bytesRead = 0
    /// Wall-clock seconds.
    var seconds = 0.0
    /// Whether the run stopped early because of `--strict`.
    var stoppedEarly = false
  }

  private let processor: DocumentProcessor
  private let destination: Destination
  private let settings: Settings
  private let chunkItems = 256
  private let chunkBytes = 32 << 20

  /// Creates a runner.
  init(processor: DocumentProcessor, destination: Destination, settings: Settings) {
    self.processor = processor
    self.destination = destination
    self.settings = settings
  }

  /// Processes everything the reader yields.
  func run(_ reader: WorkItemReader) throws(CommandLineError) -> Summary {
    let clock = ContinuousClock()
    let started = clock.now
    var summary = Summary()
    let progress = ProgressLine(enabled: settings.showsProgress && StandardStreams.errorIsTerminal)
    if case .standardOutput = destination {
      try StandardStreams.writeOutput(processor.encoder.streamHeader())
    }
    chunks: while true {
      var items: [WorkItem] = []
      var bytes = 0
      while items.count < chunkItems, bytes < chunkBytes, let item = reader.next() {
        bytes += item.bytes.count
        items.append(item)
      }
      if items.isEmpty { break }
      let outcomes = process(items)
      for outcome in outcomes {
        switch outcome {
        case .written(let id, let bytes):
          switch destination {
          case .standardOutput:
            try StandardStreams.writeOutput(bytes)
            summary.written += 1
          case .directory(let directory):
            do {
              try directory.write(bytes, named: directory.reserveName(for: id))
              summary.written += 1
            } catch {
              progress.clear()
              report(error.description)
              summary.failed += 1
            }
          }
        case .failed(let origin, let message):
          progress.clear()
          report("\(origin): \(message)")
          summary.failed += 1
          if settings.strict {
            summary.stoppedEarly = true
            break chunks
          }
        }
      }
      summary.bytesRead = reader.bytesRead
      progress.show(summary, elapsed: started.duration(to: clock.now).seconds)
    }
    if case .standardOutput = destination {
      try StandardStreams.writeOutput(processor.encoder.streamFooter())
    }
    progress.clear()
    summary.bytesRead = reader.bytesRead
    summary.seconds = started.duration(to: clock.now).seconds
    return summary
  }

  private func report(_ message: String) {
    StandardStreams.writeError("\(settings.commandName): error: \(message)")
  }

  /// Processes a chunk on up to `jobs` threads; the result keeps the items' order.
  private func process(_ items: [WorkItem]) -> [Outcome] {
    let workers = min(settings.jobs, items.count)
    if workers <= 1 { return items.map(processor.process) }
    let slots = OutcomeSlots(count: items.count)
    let nextIndex = Atomic<Int>(0)
    let processor = self.processor
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
        if index >= items.count { return }
        slots.store(processor.process(items[index]), at: index)
      }
    }
    return slots.outcomes()
  }
}

/// Result slots filled by parallel workers, each index by exactly one worker.
private final class OutcomeSlots: @unchecked Sendable {
  private let lock = Mutex<Void>(())
  private var slots: [Outcome?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ outcome: Outcome, at index: Int) {
    lock.withLock { _ in slots[index] = outcome }
  }

  func outcomes() -> [Outcome] {
    lock.withLock { _ in slots.map { $0 ?? .failed(Origin(path: "?"), "internal: not processed") } }
  }
}

extension Duration {
  /// The duration in seconds as a floating-point number.
  var seconds: Double {
    let (whole, fraction) = components
    return Double(whole) + Double(fraction) / 1e18
  }
}
