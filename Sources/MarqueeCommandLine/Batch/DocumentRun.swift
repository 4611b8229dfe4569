import ArgumentParser
import MarqueeCore

/// One complete command-line run: build the pipeline, stream the inputs through it, write the
/// results, report failures and close with a summary. Shared by `annotate` and the per-stage
/// subcommands.
struct DocumentRun {
  /// The command name used in messages (`marquee annotate`).
  var commandName: String
  /// The stages to run, in order.
  var stages: [any Stage]
  /// Where documents come from.
  var sources: [InputSource]
  /// Input options.
  var input: InputOptions
  /// Parallelism and verbosity.
  var options: RunOptions
  /// The output format.
  var format: OutputFormat
  /// `--out`: one file per document in this directory instead of standard output.
  var outputDirectory: String?
  /// Whether the closing summary line is printed (unless `--quiet`).
  var printsSummary: Bool

  /// Runs; throws `ExitCode.failure` when any document failed.
  func execute() throws {
    let textOnly = sources.allSatisfy { $0.format == .text }
    let pipeline: Pipeline
    do {
      // Plain text starts with no layers, so requirements can be checked now; JSON documents may
      // bring layers of their own, so they are checked document by document.
      pipeline = try Pipeline(
        stages, existingLayers: textOnly ? [] : nil, catalog: BuiltinStages.catalog)
    } catch {
      throw ValidationError(error.description)
    }
    if sources.contains(where: { if case .standardInput = $0.location { true } else { false } }),
      StandardStreams.inputIsTerminal, !options.quiet
    {
      StandardStreams.writeError(
        "\(commandName): reading standard input (end with Ctrl-D; see --help for files)")
    }
    let destination: BatchRunner.Destination
    if let outputDirectory {
      destination = .directory(
        try OutputDirectory(path: outputDirectory, fileExtension: format.encoder.fileExtension))
    } else {
      destination = .standardOutput
    }
    let processor = DocumentProcessor(
      pipeline: pipeline, encoder: format.encoder, standalone: outputDirectory != nil)
    let runner = BatchRunner(
      processor: processor, destination: destination,
      settings: .init(
        jobs: options.workerCount, strict: input.strict, showsProgress: !options.quiet,
        commandName: commandName))
    let reader = WorkItemReader(sources: sources, maximumBytes: input.maxDocumentBytes)
    let summary = try runner.run(reader)
    if printsSummary && !options.quiet {
      StandardStreams.writeError(summaryLine(summary))
    }
    if summary.failed > 0 { throw ExitCode.failure }
  }

  private func summaryLine(_ summary: BatchRunner.Summary) -> String {
    let megabytes = Double(summary.bytesRead) / 1_000_000
    let rate = summary.seconds > 0 ? megabytes / summary.seconds : 0
    let total = summary.written + summary.failed
    var line =
      "\(commandName): \(total) document\(total == 1 ? "" : "s"), \(summary.failed) failed, "
      + "\(Formatting.decimal(summary.seconds, places: 2)) s, "
      + "\(Formatting.decimal(rate, places: 1)) MB/s"
    if summary.stoppedEarly { line += " (stopped at the first failure: --strict)" }
    return line
  }
}
