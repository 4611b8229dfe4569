import ArgumentParser

/// The `marquee` command: standoff annotation of film reviews.
///
/// The executable target calls `MarqueeCommand.main()`; tests can parse and run commands
/// directly.
public struct MarqueeCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "marquee",
    abstract: "Standoff annotation of film reviews: sentences, tokens, film entities, evaluations.",
    discussion: """
      Every command reads and writes Marquee JSON (JSON Lines for streams): the review text \
      exactly as read, with layers of annotations whose offsets count Unicode scalars.

      Examples:
        marquee annotate Corpora/reviews --out out
        marquee annotate review.txt | marquee annotate --stages '' > same.jsonl
      """,
    version: "0.1.0",
    subcommands: [
      AnnotateCommand.self, SegmentCommand.self, EntitiesCommand.self, EvaluateCommand.self,
      ExportCommand.self, ValidateCommand.self, EvalCommand.self,
    ]
  )

  /// Creates the command (argument parsing fills it in).
  public init() {}
}
