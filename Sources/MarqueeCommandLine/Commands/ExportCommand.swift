import ArgumentParser
import Foundation
import MarqueeCore
import MarqueeFormats

/// `marquee export`: write annotated documents in the formats research tools read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export annotated documents for brat, CoNLL-U, CoNLL, W3C Web Annotation, spaCy, "
      + "UIMA CAS XMI, GATE XML, NAF, Marquee XML or JSON, or as an HTML view.",
    discussion: """
      Reads Marquee JSON (.json) and JSON Lines (.jsonl) files, folders of them, or standard \
      input, and writes the chosen format: on standard output for the formats that hold many \
      documents in one stream, or with --out one file per document (brat and html also write \
      annotation.conf and index.html). brat, xmi, gate and naf need --out; load xmi with \
      Schemas/marquee-typesystem.xml.

      A document that cannot be exported (no tokens for CoNLL, malformed JSON) is reported on \
      standard error with its file and line, and the rest go on; the exit status is 1 if any \
      failed.

      Examples:
        marquee annotate Corpora/reviews | marquee export --format conllu > reviews.conllu
        marquee export --format brat --out brat corpus.jsonl
        marquee export --format html --out view corpus.jsonl
        marquee segment < review.txt | marquee export --format xml > review.xml
      """)

  @Argument(help: "Marquee JSON or JSON Lines files or folders (standard input when none).")
  var paths: [String] = []

  @Option(
    help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: ExportFormat

  @Option(help: "Write one set of files per document into this folder.")
  var out: String?

  @OptionGroup var input: InputOptions

  @Flag(help: "Print no closing summary; failures are still reported.")
  var quiet = false

  func validate() throws {
    if out == nil && !format.exporter.supportsStream {
      throw ValidationError(
        "--format \(format.rawValue) writes several files per document: give a folder with --out")
    }
  }

  func run() throws {
    let command = "marquee export"
    let exporter = format.exporter
    let collected = InputCollector(format: input.inputFormat).sources(for: paths)
    if paths.isEmpty, StandardStreams.inputIsTerminal, !quiet {
      StandardStreams.writeError("\(command): reading standard input (end with Ctrl-D)")
    }
    let directory = try out.map { path throws(CommandLineError) in
      try OutputDirectory(path: path, fileExtension: "export")
    }
    if let directory {
      // Keep the corpus files' names (index.html, annotation.conf) free of documents' files.
      for name in exporter.corpusFiles(for: ExportInventory()).map(\.suffix) {
        _ = directory.reserveName(for: String(name.prefix { $0 != "." }))
      }
    }
    let reader = WorkItemReader(sources: collected.sources, maximumBytes: input.maxDocumentBytes)
    let decoder = WorkItemDecoder()
    var inventory = ExportInventory()
    var written = 0
    var failed = 0
    let clock = ContinuousClock()
    let started = clock.now
    if directory == nil { try StandardStreams.writeOutput(exporter.streamHeader()) }
    while let item = reader.next() {
      do {
        let document = try decoder.decode(item)
        if let directory {
          // Reserve "<stem>.export" and keep the stem, so every file of a document shares it.
          let stem = String(directory.reserveName(for: document.id).dropLast(".export".count))
          for file in try exporter.exportFiles(document) {
            try directory.write(file.bytes, named: stem + file.suffix)
          }
          inventory.add(document, fileStem: stem)
        } else {
          try StandardStreams.writeOutput(try exporter.exportInStream(document))
          inventory.add(document, fileStem: document.id)
        }
        written += 1
      } catch let error as CommandLineError where directory == nil {
        // Standard output is gone (a closed pipe): nothing more can be written.
        throw error
      } catch {
        failed += 1
        StandardStreams.writeError("\(command): error: \(item.origin): \(error)")
        if input.strict { break }
      }
    }
    if let directory {
      for file in exporter.corpusFiles(for: inventory) {
        try directory.write(file.bytes, named: file.suffix)
      }
    } else {
      try StandardStreams.writeOutput(exporter.streamFooter(for: inventory))
    }
    if !quiet {
      let seconds = started.duration(to: clock.now).seconds
      let total = written + failed
      StandardStreams.writeError(
        "\(command): \(total) document\(total == 1 ? "" : "s") as \(format.rawValue), "
          + "\(failed) failed, \(Formatting.decimal(seconds, places: 2)) s")
    }
    if failed > 0 { throw ExitCode.failure }
  }
}

/// The formats `marquee export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case brat, conllu, conll, webanno, spacy, html, xmi, gate, naf, xml, json

  /// The exporter for this format.
  var exporter: any Exporter {
    switch self {
    case .brat: return BratExporter()
    case .conllu: return CoNLLUExporter()
    case .conll: return CoNLLExporter()
    case .webanno: return WebAnnotationExporter()
    case .spacy: return SpaCyExporter()
    case .html: return HTMLExporter()
    case .xmi: return XMIExporter()
    case .gate: return GATEExporter()
    case .naf: return NAFExporter()
    case .xml: return CanonicalFormatExporter(encoder: OutputFormat.xml.encoder, formatName: "xml")
    case .json:
      return CanonicalFormatExporter(encoder: OutputFormat.json.encoder, formatName: "json")
    }
  }
}
