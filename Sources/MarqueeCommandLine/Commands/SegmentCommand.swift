import ArgumentParser

/// `marquee segment`: sentences and tokens, as one step of a shell pipeline.
struct SegmentCommand: StageCommand {
  static let stageName = "segment"

  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split reviews into sentences and tokens (layers 'sentences' and 'tokens').",
    discussion: """
      Reads plain text or JSON Lines on standard input and writes JSON Lines on standard \
      output, keeping every layer already present. Sentences never include surrounding \
      whitespace; tokens follow Penn Treebank conventions for clitics (do|n't, Ahmed|’s) and \
      keep hyphenated words, numbers such as 1,000 or 3.5, emoji sequences and ellipses whole. \
      Offsets are Unicode scalars into the untouched text; a token's 'norm' feature gives a \
      normalised form where it differs (’ → ').

      Examples:
        marquee segment < review.txt > review.jsonl
        marquee segment < review.txt | marquee annotate --stages '' --format xml
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var options: RunOptions
}
