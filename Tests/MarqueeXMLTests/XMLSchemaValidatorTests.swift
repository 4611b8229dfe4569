import Foundation
import MarqueeCore
import Testing

@testable import MarqueeXML

@Suite struct XMLSchemaValidatorTests {
  static let root =
    #"<document xmlns="https://marquee.example/ns/1" version="1" offsetUnit="unicode-scalar""#

  func issues(_ xml: String) throws -> [XMLValidationIssue] {
    let validator = try #require(SchemaCheck.validator)
    return validator.validate(Array(xml.utf8))
  }

  @Test func bundledSchemaIsTheOneInSchemas() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let published = repository.appendingPathComponent("Schemas/marquee.xsd")
    let bundled = repository.appendingPathComponent("Sources/MarqueeXML/Resources/marquee.xsd")
    guard FileManager.default.fileExists(atPath: published.path) else { return }
    #expect(try Data(contentsOf: published) == Data(contentsOf: bundled))
  }

  @Test func marqueeSchemaIsCompiledOnce() throws {
    #expect(try XMLSchemaValidator.marquee() === XMLSchemaValidator.marquee())
  }

  @Test func producedXMLIsValid() throws {
    try SchemaCheck.expectValid(XMLCorpusEncoder().encodeStandalone(SampleDocuments.review()))
  }

  @Test func handWrittenMinimalDocumentIsValid() throws {
    #expect(try issues("\(Self.root) id=\"d\"><text/></document>").isEmpty)
  }

  @Test(arguments: [
    ("\(XMLSchemaValidatorTests.root)><text/></document>", "id"),
    ("\(XMLSchemaValidatorTests.root) id=\"d\"/>", "Missing child element"),
    (
      "<document xmlns=\"https://marquee.example/ns/1\" version=\"2\" offsetUnit=\"unicode-scalar\" id=\"d\"><text/></document>",
      "version"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><metadata/><metadata/></document>",
      "metadata"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><layer name=\"l\"><a id=\"a\" start=\"-1\" end=\"1\"/></layer></document>",
      "start"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><layer name=\"l\"><a id=\"a\" start=\"0\" end=\"0\"/><a id=\"a\" start=\"0\" end=\"0\"/></layer></document>",
      "Duplicate key-sequence"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><layer name=\"l\"><a id=\"a\" start=\"0\" end=\"0\"/></layer><relation id=\"a\" label=\"x\" from=\"a\" to=\"a\"/></document>",
      "Duplicate key-sequence"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><layer name=\"l\"><a id=\"a\" start=\"0\" end=\"0\"/></layer><relation id=\"r\" label=\"x\" from=\"a\" to=\"b\"/></document>",
      "No match found for key-sequence"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><layer name=\"l\"/><layer name=\"l\"/></document>",
      "Duplicate key-sequence"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><summary><int key=\"k\">1</int><bool key=\"k\">true</bool></summary></document>",
      "Duplicate key-sequence"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><summary><int key=\"k\">1.5</int></summary></document>",
      "1.5"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><summary><bool key=\"k\">1</bool></summary></document>",
      "'1'"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><summary><int>1</int></summary></document>",
      "key"
    ),
    (
      "\(XMLSchemaValidatorTests.root) id=\"d\"><text/><summary><array key=\"a\"><int key=\"k\">1</int></array></summary></document>",
      "key"
    ),
    ("\(XMLSchemaValidatorTests.root) id=\"d\"><text>a<c u=\"0041\"/></text></document>", "0041"),
    ("\(XMLSchemaValidatorTests.root) id=\"d\" esc=\"version\"><text/></document>", "esc"),
    ("\(XMLSchemaValidatorTests.root) id=\"d\"><text/><null/></document>", "null"),
  ])
  func invalidDocumentsAreReported(xml: String, fragment: String) throws {
    let found = try issues(xml)
    #expect(!found.isEmpty)
    #expect(found.contains { $0.message.contains(fragment) }, "\(found)")
    #expect(found.allSatisfy { $0.line == 1 }, "\(found)")
  }

  @Test func everyErrorIsListedWithItsLine() throws {
    let xml = """
      \(Self.root) id="d">
        <text/>
        <layer name="l">
          <a id="a" start="x" end="0"/>
          <a id="b" start="0" end="-2"/>
        </layer>
        <summary><bool key="k">yes</bool></summary>
      </document>
      """
    let found = try issues(xml)
    #expect(found.map(\.line) == [4, 5, 7], "\(found)")
    #expect(!found.contains { $0.isFatal })
  }

  @Test func malformedXMLIsOneFatalIssueWithLineAndColumn() throws {
    let found = try issues("\(Self.root) id=\"d\">\n<text>\n</document>")
    let last = try #require(found.last, "\(found)")
    #expect(last.isFatal)
    #expect(last.line == 3, "\(found)")
    #expect(last.column != nil)
  }

  @Test func doctypeIsReportedNotParsed() throws {
    let found = try issues(
      "<!DOCTYPE d [<!ENTITY e SYSTEM \"/etc/passwd\">]>\(Self.root) id=\"&e;\"><text/></document>")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("DOCTYPE") == true)
  }

  @Test func validatesFiles() throws {
    let validator = try #require(SchemaCheck.validator)
    let bytes = try XMLCorpusEncoder().encodeCorpus([SampleDocuments.review()])
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("marquee-validate-\(UUID().uuidString).xml").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(validator.validate(file: path).isEmpty)
    #expect(validator.validate(file: path + ".missing").first?.isFatal == true)
  }

  @Test func brokenSchemaIsATypedError() {
    do {
      _ = try XMLSchemaValidator(
        schema: Array(
          "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8)
      )
      Issue.record("a broken schema compiled")
    } catch {
      #expect(error.kind == .schema)
      #expect(error.message.contains("name"))
    }
  }

  @Test func validatorsCanRunInParallel() async throws {
    let validator = try #require(SchemaCheck.validator)
    let good = try XMLCorpusEncoder().encodeStandalone(SampleDocuments.review())
    let bad = Array(
      "\(Self.root) id=\"d\"><text/><summary><int key=\"k\">x</int></summary></document>".utf8)
    let results = await withTaskGroup(of: (Bool, Int).self) { group in
      for index in 0..<16 {
        group.addTask { (index % 2 == 0, validator.validate(index % 2 == 0 ? good : bad).count) }
      }
      var collected: [(Bool, Int)] = []
      for await result in group { collected.append(result) }
      return collected
    }
    for (isGood, count) in results { #expect(count == (isGood ? 0 : 1)) }
  }
}
