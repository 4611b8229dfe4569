import Foundation

/// Finds and reads the TSV files bundled with this module.
enum BundledResource {
  /// The rows of bundled file `name`.tsv, looked up in `directory` and, where the build
  /// flattened the resources, at the bundle's top level.
  static func rows(name: String, directory: String) throws(LexiconError) -> [TSVRow] {
    let url =
      Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: directory)
      ?? Bundle.module.url(forResource: name, withExtension: "tsv")
    guard let url else {
      throw LexiconError(
        .unreadableFile, file: "\(directory)/\(name).tsv",
        "the bundled resource is missing; rebuild Marquee (it ships in MarqueeAppraisal's Resources)"
      )
    }
    return try TSVFile.rows(at: url, name: "\(directory)/\(name).tsv")
  }

  /// The lemma rules with the bundled irregular forms.
  static func lemmaRules() throws(LexiconError) -> LemmaRules {
    LemmaRules(
      irregular: try LemmaRules.irregularForms(from: rows(name: "irregular", directory: "lemmas")))
  }
}
