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

      With --layer evaluations: lenient and strict span P/R/F1, polarity accuracy and target \
      accuracy on matched spans, and the document verdict against the gold's overall polarity. \
      The evaluation gold names targets by entity-gold id, so pass the entity gold with \
      --entities to score targets. With --layer zones: the accuracy of the zone of each gold \
      sentence, and a confusion table.
        marquee eval --gold Corpora/gold/evaluations --entities Corpora/gold/entities \
          --pred pred --layer evaluations --split train
        marquee eval --gold Corpora/gold/evaluations --pred pred --layer zones
      """)

  @Option(help: "Gold documents: a file or folder of .json / .jsonl.")
  var gold: String

  @Option(help: "Predicted documents: a file or folder of .json / .jsonl.")
  var pred: String

  @Option(help: "The layer to compare: entities, evaluations (span, polarity, target) or zones.")
  var layer: String = LayerName.entities

  @Option(
    help: ArgumentHelp(
      "Gold entity documents whose entities are added to the gold documents of the same id "
        + "(evaluation targets refer to them)."))
  var entities: String?

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
    var entityFailures = 0
    if let entities {
      let (entityDocuments, failures) = loader.load([entities])
      entityFailures = failures
      var byID: [String: Document] = [:]
      for document in entityDocuments { byID[document.id] = document }
      for index in goldDocuments.indices {
        guard let layer = byID[goldDocuments[index].id]?.layer(LayerName.entities) else { continue }
        do {
          try goldDocuments[index].setLayer(LayerName.entities, layer)
        } catch {
          throw ValidationError(
            "--entities \(entities): the entities of '\(goldDocuments[index].id)' do not fit "
              + "its gold text (\(error))")
        }
      }
    }
    let (table, json): (String, JSONValue)
    if layer == "zones" {
      let report = ZoneScorer(layer: layer).score(gold: goldDocuments, predicted: predicted)
      (table, json) = (report.table, report.json)
    } else if layer == LayerName.evaluations {
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
    if goldFailures + predictedFailures + entityFailures > 0 { throw ExitCode.failure }
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
