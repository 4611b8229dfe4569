import ArgumentParser
import Foundation
import MarqueeAppraisal
import MarqueeCore

/// `marquee evaluate`: evaluative phrases, zones and the verdict, as one step of a shell
/// pipeline.
struct EvaluateCommand: StageCommand {
  static let stageName = "evaluate"

  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract:
      "Find evaluative phrases, label zones and give a verdict (layers 'evaluations', 'zones').",
    discussion: """
      Reads JSON Lines with 'sentences' and 'tokens' (run segment first; plain text is read \
      too and needs segmenting) and writes JSON Lines, keeping every layer already present. \
      Each evaluation has polarity, score, intensity, target (an entity id when the entities \
      layer is present), aspect, the lexicon cues that fired and the shifters (negation, \
      graduation, hedges, contrast, comparison, sarcasm) that changed its value. The document \
      summary gets verdict, score and scores per aspect and entity, counting evaluation zones \
      only (not plot summary, background or quoted opinion).

      --lexicon adds entries in the bundled lexicon's TSV columns (entry, pos, polarity, score, \
      strength, domain, aspect, flags, note); a row with the same entry and pos replaces the \
      bundled one.

      Examples:
        marquee segment < review.txt | marquee evaluate > review.jsonl
        marquee segment < review.txt | marquee evaluate --lexicon extra.tsv
      """)

  @Option(help: "An extra lexicon file (TSV, the bundled columns); repeat for several.")
  var lexicon: [String] = []

  @OptionGroup var input: InputOptions
  @OptionGroup var options: RunOptions

  func run() throws {
    let stage = try Self.stage(lexiconFiles: lexicon)
    let source = InputSource(
      location: .standardInput, format: input.inputFormat, defaultID: "stdin")
    try DocumentRun(
      commandName: "marquee evaluate", stages: [stage], sources: [source], input: input,
      options: options, format: .json, outputDirectory: nil, printsSummary: false
    ).execute()
  }

  /// The evaluate stage with the user's lexicon files, or a usage error naming the bad file
  /// and line.
  static func stage(lexiconFiles: [String]) throws -> EvaluateStage {
    guard !lexiconFiles.isEmpty else { return EvaluateStage() }
    do {
      return try EvaluateStage(lexiconFiles: lexiconFiles.map { URL(fileURLWithPath: $0) })
    } catch {
      throw ValidationError("--lexicon \(error.description)")
    }
  }
}
