import MarqueeCore
import Testing

/// Malformed input gets an error that says what is wrong and where.
@Suite struct DocumentJSONReaderTests {
  func decode(_ json: String) throws(DocumentReadError) -> Document {
    try DocumentJSONReader().decode(Array(json.utf8))
  }

  func failure(_ json: String) -> DocumentReadError? {
    do {
      _ = try decode(json)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsAMinimalDocumentAndUsesTheDefaultID() throws {
    let document = try DocumentJSONReader().decode(
      Array(#"{"text":"Loud."}"#.utf8), defaultID: "corpus-3")
    #expect(document.id == "corpus-3")
    #expect(document.text == "Loud.")
    #expect(document.layerNames.isEmpty)
  }

  @Test(arguments: [
    (#"{"id":"a","text":"x""#, DocumentReadError.Kind.invalidJSON, 20),
    (#"{"id":"a","text":"x",}"#, .invalidJSON, 21),
    (#"{"id":"a","id":"b","text":"x"}"#, .invalidJSON, 10),
    (#"{"id":"a","text":"x","colour":1}"#, .invalidDocument, 21),
    (#"{"id":"a","text":"\ud800"}"#, .invalidJSON, 18),
    ("{\"id\":\"a\",\"text\":\"tab\tinside\"}", .invalidJSON, 21),
  ])
  func reportsWhatAndWhere(json: String, kind: DocumentReadError.Kind, byte: Int) {
    let error = failure(json)
    #expect(error?.kind == kind, "\(json)")
    #expect(error?.byteOffset == byte, "\(json): \(String(describing: error))")
  }

  @Test func namesTheAnnotationThatIsOutOfBounds() {
    let error = failure(
      #"{"id":"a","text":"héllo","layers":{"tokens":[{"id":"t1","start":0,"end":5},{"id":"t2","start":3,"end":9}]}}"#
    )
    #expect(error?.kind == .invalidDocument)
    #expect(error?.path == "layers.tokens[1]")
    #expect(error?.message.contains("t2") == true)
  }

  @Test func rejectsDuplicateIDsAndDanglingRelations() {
    let duplicate = failure(
      #"{"id":"a","text":"ab","layers":{"x":[{"id":"e1","start":0,"end":1}],"y":[{"id":"e1","start":1,"end":2}]}}"#
    )
    #expect(duplicate?.message.contains("e1") == true)
    let dangling = failure(
      #"{"id":"a","text":"ab","layers":{"x":[{"id":"e1","start":0,"end":1}]},"relations":[{"id":"r1","label":"plays","from":"e1","to":"e9"}]}"#
    )
    #expect(dangling?.message.contains("e9") == true)
  }

  @Test func rejectsInvalidUTF8WithItsOffset() {
    var bytes = Array(#"{"id":"a","text":"ab"#.utf8)
    bytes.append(0xC3)
    bytes += Array(#"("}"#.utf8)
    do {
      _ = try DocumentJSONReader().decode(bytes)
      Issue.record("invalid UTF-8 was accepted")
    } catch {
      #expect(error.kind == .invalidUTF8)
      #expect(error.byteOffset == 20)
    }
  }

  @Test func convertsUTF16AndUTF8OffsetsToScalars() throws {
    // "😀 Ahmed": the emoji is 1 scalar, 2 UTF-16 units, 4 UTF-8 bytes.
    let utf16 = try decode(
      #"{"id":"a","text":"😀 Ahmed","offsetUnit":"utf-16","layers":{"entities":[{"id":"e1","start":3,"end":8,"label":"CAST"}]}}"#
    )
    #expect(utf16.layer("entities")?.first?.range == 2..<7)
    #expect(utf16.surface(of: utf16.layer("entities")![0]) == "Ahmed")
    let utf8 = try decode(
      #"{"id":"a","text":"😀 Ahmed","offsetUnit":"utf-8","layers":{"entities":[{"id":"e1","start":5,"end":10}]}}"#
    )
    #expect(utf8.layer("entities")?.first?.range == 2..<7)
    let split = failure(
      #"{"id":"a","text":"😀 Ahmed","offsetUnit":"utf-16","layers":{"entities":[{"id":"e1","start":1,"end":8}]}}"#
    )
    #expect(split?.path == "layers.entities[0]")
  }

  @Test func sortsLayersByStartThenEnd() throws {
    let document = try decode(
      #"{"id":"a","text":"abcdef","layers":{"x":[{"id":"3","start":2,"end":4},{"id":"1","start":0,"end":3},{"id":"2","start":0,"end":1}]}}"#
    )
    #expect(document.layer("x")?.map(\.id) == ["2", "1", "3"])
  }

  @Test func refusesAbsurdNesting() {
    let deep =
      #"{"id":"a","text":"x","metadata":{"m":"# + String(repeating: "[", count: 500)
      + String(repeating: "]", count: 500) + "}}"
    #expect(failure(deep)?.kind == .invalidJSON)
  }
}
