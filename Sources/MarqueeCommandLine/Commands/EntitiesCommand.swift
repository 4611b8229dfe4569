import ArgumentParser

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
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var options: RunOptions
}
