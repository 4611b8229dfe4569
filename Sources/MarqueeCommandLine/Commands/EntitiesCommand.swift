import ArgumentParser
import MarqueeCore
import MarqueeEntities

/// `marquee entities`: film entities (cast, crew, characters, titles, people, organisations).
struct EntitiesCommand: StageCommand {
  static let stageName = "entities"

  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Tag cast, crew (with jobs), characters, titles, people and organisations.",
    discussion: """
      Reads JSON Lines with 'sentences' and 'tokens' layers (the output of `marquee segment`) \
      on standard input and writes JSON Lines with an 'entities' layer and 'plays' relations \
      from each actor to the character the text pairs them with. Every mention carries a \
      'name', an 'entity' cluster key shared by all mentions of one referent, 'job' on CREW, \
      'work' on TITLE and 'kind' on ORG. Offsets are Unicode scalars into the untouched text.

      Examples:
        marquee segment < review.txt | marquee entities > review.jsonl
        marquee annotate --stages segment,entities Corpora/reviews --out out/
        marquee segment < review.txt | marquee entities --credits sound-of-metal.json

      Credits (--credits FILE, JSON or TSV; or a document's 'credits' metadata) settle roles, \
      jobs, characters and short titles; without them the stage works from the text alone.
      """)

  @Option(help: "Credits for the reviewed films: a JSON or TSV file (title, year, cast, crew).")
  var credits: String?

  @OptionGroup var input: InputOptions
  @OptionGroup var options: RunOptions

  func run() throws {
    let stage = try EntityStage(credits: Self.readCredits(credits))
    let source = InputSource(
      location: .standardInput, format: input.inputFormat, defaultID: "stdin")
    try DocumentRun(
      commandName: "marquee entities", stages: [stage], sources: [source], input: input,
      options: options, format: .json, outputDirectory: nil, printsSummary: false
    ).execute()
  }

  /// The credits in `path`, or none; a file that cannot be used is a usage error.
  static func readCredits(_ path: String?) throws -> [FilmCredits] {
    guard let path else { return [] }
    do {
      return try FilmCredits.read(contentsOf: path)
    } catch {
      throw ValidationError("--credits: \(error.description)")
    }
  }
}
