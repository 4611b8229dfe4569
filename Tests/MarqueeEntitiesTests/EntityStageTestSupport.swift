import MarqueeCore
import MarqueeEntities
import MarqueeText

/// One tagged mention, read back by slicing the text at its offsets.
struct TaggedMention: Equatable, CustomStringConvertible {
  var surface: String
  var label: String
  var features: JSONObject
  var id: String

  var description: String { "\(surface)|\(label)" }
  func feature(_ key: String) -> String? { features[key]?.stringValue }
}

/// Runs segment then entities over `text`; returns the mentions and the plays pairs as
/// (actor surface, character surface).
func tag(_ text: String) throws -> (mentions: [TaggedMention], plays: [(String, String)]) {
  let pipeline = try Pipeline([SegmentStage(), EntityStage()])
  let document = try pipeline.run(Document(id: "t", text: text))
  let scalars = Array(text.unicodeScalars)
  var mentions: [TaggedMention] = []
  for a in document.layer("entities") ?? [] {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[a.start..<a.end])
    mentions.append(
      TaggedMention(surface: String(view), label: a.label ?? "", features: a.features, id: a.id))
  }
  let byID = Dictionary(uniqueKeysWithValues: mentions.map { ($0.id, $0.surface) })
  let plays = document.relations.filter { $0.label == "plays" }.compactMap {
    relation -> (String, String)? in
    guard let from = byID[relation.from], let to = byID[relation.to] else { return nil }
    return (from, to)
  }
  return (mentions, plays)
}

extension Array where Element == TaggedMention {
  /// The labels given to `surface`, in text order.
  func labels(of surface: String) -> [String] { filter { $0.surface == surface }.map(\.label) }
}
