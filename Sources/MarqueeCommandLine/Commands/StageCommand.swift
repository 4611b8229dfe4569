import ArgumentParser
import MarqueeCore

/// What every per-stage subcommand shares: read standard input (plain text or JSON Lines), run
/// one stage keeping every layer already present, write JSON Lines to standard output.
///
/// A subcommand declares the stage it runs; conforming types get `run()` for free:
/// ```
/// marquee segment < review.txt | marquee entities | marquee evaluate
/// ```
protocol StageCommand: ParsableCommand {
  /// The name of the built-in stage the subcommand runs.
  static var stageName: String { get }
  /// Input options.
  var input: InputOptions { get }
  /// Parallelism and verbosity.
  var options: RunOptions { get }
}

extension StageCommand {
  func run() throws {
    let stage: any Stage
    do {
      stage = try BuiltinStages.catalog.stage(named: Self.stageName)
    } catch {
      throw ValidationError(error.description)
    }
    let source = InputSource(
      location: .standardInput, format: input.inputFormat, defaultID: "stdin")
    try DocumentRun(
      commandName: "marquee \(Self.stageName)", stages: [stage], sources: [source], input: input,
      options: options, format: .json, outputDirectory: nil, printsSummary: false
    ).execute()
  }
}
