import ArgumentParser
import Foundation
import MarqueeCore
import MarqueeXML

/// `marquee validate`: check documents against Marquee's schemas and rules.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check JSON and XML documents against Marquee's schemas, listing every error.",
    discussion: """
      JSON documents (.json, one per file; .jsonl, one per line) are checked against the JSON \
      Schema (Schemas/marquee-document.schema.json), then against the rules a schema cannot \
      state (offsets inside the text, unique ids, relations that resolve). XML files are \
      validated against Schemas/marquee.xsd by libxml2, then read back. Folders are walked \
      recursively. Every error is listed with its file and line; the exit status is 1 if any \
      document is invalid.

      Examples:
        marquee validate out/
        marquee annotate Corpora/reviews --format xml > corpus.xml && marquee validate corpus.xml
      """)

  @Argument(help: "Files or folders to check.")
  var paths: [String]

  @Flag(help: "Print nothing for valid documents; only errors and the closing line.")
  var quiet = false

  func run() throws {
    let schema = try Self.loadJSONSchema()
    var checked = 0
    var invalid = 0
    func report(_ origin: String, _ errors: [String]) {
      checked += 1
      if errors.isEmpty { return }
      invalid += 1
      for error in errors { StandardStreams.writeError("\(origin): \(error)") }
    }
    let collected = InputCollector(format: .auto).sources(for: paths)
    for source in collected.sources {
      if case .file(let path) = source.location, source.format == .xml {
        report(path, Self.xmlErrors(path))
        continue
      }
      let reader = WorkItemReader(sources: [source], maximumBytes: 1 << 30)
      while let item = reader.next() {
        if let failure = item.failure {
          report(item.origin.description, [failure])
          continue
        }
        guard case .json = item.kind else {
          report(item.origin.description, ["not a Marquee JSON or XML document"])
          continue
        }
        report(item.origin.description, Self.jsonErrors(item.bytes, schema: schema))
      }
    }
    let summary =
      "marquee validate: \(checked) document\(checked == 1 ? "" : "s"), \(invalid) invalid"
    if !quiet || invalid > 0 { StandardStreams.writeError(summary) }
    if invalid > 0 || checked == 0 { throw ExitCode.failure }
  }

  static func loadJSONSchema() throws -> JSONSchemaValidator {
    guard
      let url = Bundle.module.url(forResource: "marquee-document.schema", withExtension: "json"),
      let data = FileManager.default.contents(atPath: url.path)
    else {
      throw CommandLineError.io("the bundled JSON Schema is missing from this installation")
    }
    return try JSONSchemaValidator(schema: JSONValue(parsing: Array(data)))
  }

  static func jsonErrors(_ bytes: [UInt8], schema: JSONSchemaValidator) -> [String] {
    let value: JSONValue
    do {
      value = try JSONValue(parsing: bytes)
    } catch {
      return [error.description]
    }
    let errors = schema.errors(in: value).map { "schema: \($0)" }
    if !errors.isEmpty { return errors }
    do {
      _ = try DocumentJSONReader().decode(bytes, defaultID: "document")
      return []
    } catch {
      return [error.description]
    }
  }

  static func xmlErrors(_ path: String) -> [String] {
    do {
      let issues = try XMLSchemaValidator.marquee().validate(file: path)
      if !issues.isEmpty { return issues.map { "schema: \($0)" } }
      try XMLDocumentReader().forEachDocument(inFile: path) { _ in }
      return []
    } catch {
      return ["\(error)"]
    }
  }
}
