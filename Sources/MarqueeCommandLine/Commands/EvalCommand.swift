import ArgumentParser
import Foundation
import MarqueeCore
import MarqueeEvaluation

/// `marquee eval`: score predicted annotations against gold ones.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score predicted annotations against hand-made gold annotations.",
    discussion: """
      Compares the entities of each gold document with the predicted document of the same id: \
      precision, recall and F1 per label and micro-averaged, strict (same span and label), \
      lenient (overlapping span, same label) and span-only (any label); the accuracy of CREW \
      jobs; and plays relations. Gold and predictions are Marquee JSON files, JSON Lines files \
      or folders of them.

      Examples:
        marquee annotate Corpora/reviews --out pred
        marquee eval --gold Corpora/gold/entities --pred pred
        marquee eval --gold Corpora/gold/entities --pred pred --split test --format json
      """)

  @Option(help: "Gold documents: a file or folder of .json / .jsonl.")
  var gold: String

  @Option(help: "Predicted documents: a file or folder of .json / .jsonl.")
  var pred: String

  @Option(help: "The layer to compare: entities, or evaluations (span, polarity, target).")
  var layer: String = LayerName.entities

  @Option(help: "Score only the documents of this split (named in --splits).")
  var split: String?

  @Option(help: "A JSON file mapping split names to document ids.")
  var splits: String = "Corpora/splits.json"

  @Option(help: "table (for people) or json (for scripts).")
  var format: ReportFormat = .table

  /// How the report is written.
  enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
  }

  func run() throws {
    let loader = DocumentLoader(commandName: "marquee eval")
    var (goldDocuments, goldFailures) = loader.load([gold])
    let (predicted, predictedFailures) = loader.load([pred])
    if let split {
      let ids = try splitIDs(split)
      let known = Set(goldDocuments.map(\.id))
      for id in ids.subtracting(known).sorted() {
        StandardStreams.writeError(
          "marquee eval: warning: split '\(split)' names '\(id)', which has no gold document")
      }
      goldDocuments = goldDocuments.filter { ids.contains($0.id) }
    }
    guard !goldDocuments.isEmpty else {
      throw ValidationError("no gold documents to score in \(gold)")
    }
    let (table, json): (String, JSONValue)
    if layer == LayerName.evaluations {
      let report = EvaluationScorer(layer: layer).score(gold: goldDocuments, predicted: predicted)
      (table, json) = (report.table, report.json)
    } else {
      let report = EntityScorer(layer: layer).score(gold: goldDocuments, predicted: predicted)
      (table, json) = (report.table, report.json)
    }
    switch format {
    case .table: try StandardStreams.writeOutput(Array(table.utf8))
    case .json: try StandardStreams.writeOutput(Array((json.jsonText + "\n").utf8))
    }
    if goldFailures + predictedFailures > 0 { throw ExitCode.failure }
  }

  private func splitIDs(_ name: String) throws -> Set<String> {
    guard let data = FileManager.default.contents(atPath: splits) else {
      throw ValidationError("--splits \(splits): the file cannot be read")
    }
    let value: JSONValue
    do {
      value = try JSONValue(parsing: Array(data))
    } catch {
      throw ValidationError("--splits \(splits): \(error)")
    }
    guard let ids = value.objectValue?[name]?.arrayValue?.compactMap(\.stringValue) else {
      let names = value.objectValue?.keys.joined(separator: ", ") ?? "none"
      throw ValidationError("--splits \(splits) has no list called '\(name)' (it has: \(names))")
    }
    return Set(ids)
  }
}
