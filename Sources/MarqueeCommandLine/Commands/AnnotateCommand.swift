import ArgumentParser
import MarqueeCore
import MarqueeEntities

/// `marquee annotate`: run a pipeline of stages over files, directories, corpora or standard
/// input.
struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Annotate reviews: run stages over files, folders, JSON Lines or standard input.",
    discussion: """
      Reads plain-text reviews (.txt), Marquee JSON documents (.json), JSON Lines corpora \
      (.jsonl), folders of them (recursively, in sorted order), or standard input when no path \
      is given. Runs the chosen stages and writes Marquee JSON: JSON Lines on standard output, \
      or one <id>.json per document with --out.

      A document's id is its file name without the extension (its path below the folder, for \
      folders). Offsets count Unicode scalars, as Python's text[start:end] does.

      A document that cannot be read (invalid UTF-8, too large, malformed JSON) is reported on \
      standard error with its file and line, and the rest go on; the exit status is 1 if any \
      failed.

      Examples:
        marquee annotate Corpora/reviews --out out
        marquee annotate review.txt > review.jsonl
        cat corpus.jsonl | marquee annotate --stages segment > segmented.jsonl
      """)

  @Argument(help: "Files or folders to read (standard input when none).")
  var paths: [String] = []

  @Option(
    help: ArgumentHelp(
      "Stages to run, comma-separated, in order (default: every built-in stage).",
      discussion: "An empty list (--stages '') only reads and rewrites the documents."))
  var stages: String?

  @Option(help: "Credits for the reviewed films (JSON or TSV) for the entities stage.")
  var credits: String?

  @Option(help: "Write one <id>.<ext> file per document into this folder.")
  var out: String?

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: OutputFormat = .json

  @Option(help: "An extra evaluative lexicon file (TSV) for the evaluate stage; repeatable.")
  var lexicon: [String] = []

  @OptionGroup var input: InputOptions
  @OptionGroup var options: RunOptions

  func run() throws {
    let catalog = BuiltinStages.catalog
    var chosen: [any Stage] = catalog.stages
    if let stages {
      chosen = []
      for name in stages.split(separator: ",").map({ $0.trimmingWhitespace() })
      where !name.isEmpty {
        do {
          chosen.append(try catalog.stage(named: name))
        } catch {
          throw ValidationError(error.description)
        }
      }
    }
    if !lexicon.isEmpty {
      let evaluate = try EvaluateCommand.stage(lexiconFiles: lexicon)
      guard chosen.contains(where: { $0.name == evaluate.name }) else {
        throw ValidationError("--lexicon needs the evaluate stage; add it to --stages")
      }
      chosen = chosen.map { $0.name == evaluate.name ? evaluate : $0 }
    }
    if credits != nil {
      let stage = try EntityStage(credits: EntitiesCommand.readCredits(credits))
      chosen = chosen.map { $0.name == stage.name ? stage : $0 }
    }
    let collected = InputCollector(format: input.inputFormat).sources(for: paths)
    if !collected.skipped.isEmpty && !options.quiet {
      let example = collected.skipped[0]
      StandardStreams.writeError(
        "marquee annotate: note: skipped \(collected.skipped.count) file"
          + "\(collected.skipped.count == 1 ? "" : "s") in folders whose extension Marquee does "
          + "not read (first: \(example)); name a file explicitly or use --input-format to read it")
    }
    try DocumentRun(
      commandName: "marquee annotate", stages: chosen, sources: collected.sources, input: input,
      options: options, format: format, outputDirectory: out, printsSummary: true
    ).execute()
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingWhitespace() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
