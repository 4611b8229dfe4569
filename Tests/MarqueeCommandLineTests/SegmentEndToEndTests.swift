import Foundation
import Testing

/// `marquee segment` as a pipeline step, against `marquee annotate` on the same review.
@Suite struct SegmentEndToEndTests {
  func layers(_ output: Data) throws -> [String: [[String: Any]]] {
    let object = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
    return try #require(object["layers"] as? [String: [[String: Any]]])
  }

  @Test func segmentOnStandardInputGivesTheSameLayersAsAnnotate() throws {
    let review = "Corpora/reviews/sound-of-metal.txt"
    let piped = try CommandRunner.shell(#""$MARQUEE" segment < \#(review)"#)
    #expect(piped.status == 0, "\(piped.error)")
    let annotated = try CommandRunner.marquee([
      "annotate", "--quiet", "--stages", "segment", review,
    ])
    let fromSegment = try layers(piped.output)
    let fromAnnotate = try layers(annotated.output)
    #expect(Set(fromSegment.keys) == ["sentences", "tokens"])
    #expect((fromSegment["sentences"]?.count ?? 0) > 10)
    for name in ["sentences", "tokens"] {
      let left = try JSONSerialization.data(
        withJSONObject: fromSegment[name] ?? [], options: .sortedKeys)
      let right = try JSONSerialization.data(
        withJSONObject: fromAnnotate[name] ?? [], options: .sortedKeys)
      #expect(left == right, "layer \(name) differs")
    }
  }

  @Test func segmentKeepsLayersAlreadyPresentAndChainsThroughPipes() throws {
    let line =
      #"{"id":"r","text":"Riz Ahmed is devastating. Go see it!","layers":{"entities":[{"id":"e1","start":0,"end":9,"label":"CAST"}]}}"#
    let result = try CommandRunner.shell(
      "printf '%s\\n' '\(line)' | \"$MARQUEE\" segment | \"$MARQUEE\" annotate --quiet --stages ''")
    #expect(result.status == 0, "\(result.error)")
    let layers = try layers(result.output)
    #expect(layers["entities"]?.first?["label"] as? String == "CAST")
    let sentences = layers["sentences"]?.map { [$0["start"] as? Int, $0["end"] as? Int] }
    #expect(sentences == [[0, 25], [26, 36]])
  }
}
