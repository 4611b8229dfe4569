import MarqueeCore

/// Writes the HTML view: a page people can read, with each review's annotations drawn on it.
///
/// Entities are coloured by label, evaluations underlined by polarity (green positive, red
/// negative, amber mixed, grey neutral); a `plays` relation shows as a small note after the
/// actor's name (`→ Ruben`). Hovering shows an annotation's label and features; clicking shows
/// them in the side panel, which also lists every annotation with its features, the legend and
/// the summary (overall verdict, a bar per aspect score, and the count of each label) as a
/// small chart. The page is self-contained: style and script are inline, nothing is fetched.
///
/// With `--out` each document is one `<id>.html` page and `index.html` lists them; on standard
/// output the whole corpus is one page with the index first.
public struct HTMLExporter: Exporter {
  /// Creates the exporter.
  public init() {}

  public var formatName: String { "html" }

  public func exportFiles(_ document: Document) throws(ExportError) -> [ExportedFile] {
    var page = pageStart(title: DocumentTitle.of(document))
    page += article(document)
    page += pageEnd
    return [ExportedFile(suffix: ".html", bytes: Array(page.utf8))]
  }

  public func streamHeader() -> [UInt8] {
    Array(pageStart(title: "Marquee corpus").utf8)
  }

  public func exportInStream(_ document: Document) throws(ExportError) -> [UInt8] {
    Array(article(document).utf8)
  }

  public func streamFooter(for inventory: ExportInventory) -> [UInt8] {
    // The index comes last in the bytes (documents stream as they come) and first on screen.
    let style = "<style>body{display:flex;flex-direction:column}nav.index{order:-1}</style>\n"
    return Array((style + index(inventory, linkSuffix: nil) + pageEnd).utf8)
  }

  public func corpusFiles(for inventory: ExportInventory) -> [ExportedFile] {
    let page = pageStart(title: "Marquee corpus") + index(inventory, linkSuffix: ".html") + pageEnd
    return [ExportedFile(suffix: "index.html", bytes: Array(page.utf8))]
  }

  // MARK: Page

  private func pageStart(title: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="marquee export --format html">
    <title>\(HTMLEscape.text(title))</title>
    <style>
    \(HTMLStyle.css)
    </style>
    </head>
    <body>

    """
  }

  private var pageEnd: String {
    "<script>\n\(HTMLStyle.script)</script>\n</body>\n</html>\n"
  }

  private func index(_ inventory: ExportInventory, linkSuffix: String?) -> String {
    var html = "<nav class=\"index\"><h1>Reviews</h1><table>\n"
    html += "<tr><th>Document</th><th>Title</th><th>Annotations</th></tr>\n"
    for entry in inventory.entries {
      let target =
        linkSuffix.map { WebAnnotationExporter.percentEncoded(entry.fileStem) + $0 }
        ?? "#doc-" + WebAnnotationExporter.percentEncoded(entry.id)
      let counts = LayerName.writingOrder(entry.counts.keys)
        .map { "\($0) \(entry.counts[$0] ?? 0)" }.joined(separator: ", ")
      html +=
        "<tr><td><a href=\"\(HTMLEscape.text(target))\">\(HTMLEscape.text(entry.id))</a></td>"
        + "<td>\(HTMLEscape.text(entry.title))</td><td>\(HTMLEscape.text(counts))</td></tr>\n"
    }
    return html + "</table></nav>\n"
  }

  // MARK: Document

  /// A drawn annotation: its layer, role in the view and how it is described.
  struct Mark {
    var annotation: Annotation
    var layer: String
    var isEvaluation: Bool
    var kind: String
    /// Zones (evaluation, plot, background, quoted) are drawn as a text style, not a highlight,
    /// so they frame the entities and evaluations instead of covering them.
    var isZone = false
  }

  private func article(_ document: Document) -> String {
    let text = ScalarText(document.text)
    var marks: [Mark] = []
    for layer in document.layerNames
    where layer != LayerName.tokens && layer != LayerName.sentences {
      let isEvaluation = layer == LayerName.evaluations
      let isZone = layer == Self.zonesLayer
      for annotation in document.layer(layer) ?? [] {
        let kind =
          isEvaluation
          ? Self.polarity(of: annotation)
          : (annotation.label ?? BratLayout.defaultType(forLayer: layer))
        marks.append(
          Mark(
            annotation: annotation, layer: layer, isEvaluation: isEvaluation, kind: kind,
            isZone: isZone))
      }
    }
    var byID: [String: Mark] = [:]
    for mark in marks { byID[mark.annotation.id] = mark }
    var notesAfter: [String: [String]] = [:]
    for relation in document.relations {
      guard let target = byID[relation.to] else { continue }
      let note =
        "\(relation.label == "plays" ? "→" : relation.label + " →") "
        + text.slice(target.annotation.start, target.annotation.end)
      notesAfter[relation.from, default: []].append(note)
    }

    let anchor = "doc-" + WebAnnotationExporter.percentEncoded(document.id)
    var html = "<article class=\"doc\" id=\"\(HTMLEscape.text(anchor))\">\n<div class=\"review\">\n"
    html += "<h1>\(HTMLEscape.text(DocumentTitle.of(document)))</h1>\n"
    html += "<div class=\"meta\">\(HTMLEscape.text(document.id)) · \(text.count) characters"
    for layer in document.layerNames {
      html += " · \(document.layer(layer)?.count ?? 0) \(HTMLEscape.text(layer))"
    }
    html += "</div>\n<div class=\"text\" dir=\"auto\">"
    html += body(text: text, marks: marks, notesAfter: notesAfter)
    html += "</div>\n</div>\n<aside>\n"
    html += "<section id=\"panel\"><h2>Selected</h2><div class=\"panel-body\">"
    html += "<p class=\"muted\">Click a highlighted passage to see its annotations.</p>"
    html += "</div></section>\n"
    html += summary(document, marks: marks)
    html += legend(marks)
    html += annotationList(document, marks: marks, byID: byID, text: text)
    html += "</aside>\n</article>\n"
    return html
  }

  /// The text cut at every annotation boundary; each piece covered by annotations is one span
  /// carrying the classes and ids of all of them, so overlapping annotations never break nesting.
  private func body(text: ScalarText, marks: [Mark], notesAfter: [String: [String]]) -> String {
    var events: [(offset: Int, mark: Int, opens: Bool)] = []
    for (index, mark) in marks.enumerated() where mark.annotation.end > mark.annotation.start {
      events.append((mark.annotation.start, index, true))
      events.append((mark.annotation.end, index, false))
    }
    events.sort { ($0.offset, $0.opens ? 1 : 0) < ($1.offset, $1.opens ? 1 : 0) }
    var html = ""
    var open: [Int] = []
    var position = 0
    var eventIndex = 0
    while position < text.count || eventIndex < events.count {
      var closing: [Int] = []
      while eventIndex < events.count && events[eventIndex].offset == position {
        let event = events[eventIndex]
        if event.opens {
          open.append(event.mark)
        } else {
          open.removeAll { $0 == event.mark }
          closing.append(event.mark)
        }
        eventIndex += 1
      }
      for mark in closing {
        for note in notesAfter[marks[mark].annotation.id] ?? [] {
          html += "<sup class=\"rel\">\(HTMLEscape.text(note))</sup>"
        }
      }
      guard position < text.count else { break }
      let next = eventIndex < events.count ? events[eventIndex].offset : text.count
      let piece = HTMLEscape.text(text.slice(position, next))
      if open.isEmpty {
        html += piece
      } else {
        html += segment(piece, marks: open.map { marks[$0] }, from: position, to: next)
      }
      position = next
    }
    return html
  }

  private func segment(_ piece: String, marks: [Mark], from start: Int, to end: Int) -> String {
    var classes = ["seg"]
    var style = ""
    var evaluations = 0
    var tooltip: [String] = []
    for mark in marks {
      if mark.isZone {
        classes.append("zone z-" + HTMLEscape.className(mark.kind))
      } else if mark.isEvaluation {
        evaluations += 1
        classes.append("ev")
        let colour = HTMLStyle.polarityColours[mark.kind] ?? "#868e96"
        style += "text-decoration-color:\(colour);"
      } else {
        classes.append("ent")
        classes.append("l-" + HTMLEscape.className(mark.kind))
        style += "background:\(HTMLStyle.colour(forEntity: mark.kind));"
      }
      tooltip.append(Self.describe(mark))
    }
    if evaluations > 1 { classes.append("ev2") }
    let ids = marks.map(\.annotation.id).joined(separator: " ")
    return "<span class=\"\(Self.unique(classes).joined(separator: " "))\" style=\"\(style)\" "
      + "data-ids=\"\(HTMLEscape.text(ids))\" data-start=\"\(start)\" data-end=\"\(end)\" "
      + "title=\"\(HTMLEscape.text(tooltip.joined(separator: "\n")))\">\(piece)</span>"
  }

  // MARK: Side panel

  private func summary(_ document: Document, marks: [Mark]) -> String {
    var html = "<section class=\"summary\"><h2>Summary</h2>\n"
    var headline: [(String, Double)] = []
    var groups: [(title: String, bars: [(String, Double)])] = []
    let names = Self.entityNames(marks, text: ScalarText(document.text))
    for (key, value) in document.summary {
      switch value {
      case .integer, .number:
        // Counts are shown with the annotations; scores and probabilities are charted.
        if key != "evaluations" { headline.append((key, value.doubleValue ?? 0)) }
      case .object(let object):
        // Scores per entity mention are averaged per name, so each person gets one bar.
        var bars: [(String, Double)] = []
        var counts: [String: Int] = [:]
        for (member, score) in object {
          let label = key == LayerName.entities ? (names[member] ?? member) : member
          guard let number = score.doubleValue ?? score.objectValue?["score"]?.doubleValue else {
            continue
          }
          if let index = bars.firstIndex(where: { $0.0 == label }) {
            let seen = Double(counts[label] ?? 1)
            bars[index].1 = (bars[index].1 * seen + number) / (seen + 1)
            counts[label] = Int(seen) + 1
          } else {
            bars.append((label, number))
            counts[label] = 1
          }
        }
        if !bars.isEmpty { groups.append((key, bars)) }
      case .string(let string):
        html += "<div><span class=\"muted\">\(HTMLEscape.text(key))</span> "
        html += "<span class=\"verdict\">\(HTMLEscape.text(string))</span></div>\n"
      case .bool(let flag):
        html += "<div><span class=\"muted\">\(HTMLEscape.text(key))</span> \(flag)</div>\n"
      default:
        continue
      }
    }
    if !headline.isEmpty { html += Self.scoreChart(headline, title: nil) }
    for group in groups { html += Self.scoreChart(group.bars, title: group.title) }
    var counts: [(String, Int, String)] = []
    for mark in marks {
      if let index = counts.firstIndex(where: { $0.0 == mark.kind }) {
        counts[index].1 += 1
      } else {
        let colour =
          mark.isEvaluation
          ? (HTMLStyle.polarityColours[mark.kind] ?? "#868e96")
          : HTMLStyle.colour(forEntity: mark.kind)
        counts.append((mark.kind, 1, colour))
      }
    }
    if counts.isEmpty {
      html += "<p class=\"muted\">No annotations yet: run <code>marquee annotate</code>.</p>\n"
    } else {
      let most = counts.map(\.1).max() ?? 1
      html += "<div class=\"chart counts\">\n"
      for (kind, count, colour) in counts {
        html += "<div class=\"bar\"><span>\(HTMLEscape.text(kind))</span><span class=\"track\">"
        html +=
          "<span class=\"fill\" style=\"left:0;width:\(Self.percent(Double(count) / Double(most) * 100));"
        html += "background:\(colour)\"></span></span><span>\(count)</span></div>\n"
      }
      html += "</div>\n"
    }
    return html + "</section>\n"
  }

  private func legend(_ marks: [Mark]) -> String {
    var entityKinds: [String] = []
    var polarities: [String] = []
    var zones: [String] = []
    for mark in marks {
      if mark.isZone {
        if !zones.contains(mark.kind) { zones.append(mark.kind) }
      } else if mark.isEvaluation {
        if !polarities.contains(mark.kind) { polarities.append(mark.kind) }
      } else if !entityKinds.contains(mark.kind) {
        entityKinds.append(mark.kind)
      }
    }
    guard !entityKinds.isEmpty || !polarities.isEmpty else { return "" }
    var html = "<section class=\"legend\"><h2>Legend</h2>\n"
    for kind in entityKinds {
      html += "<span class=\"swatch\" style=\"background:\(HTMLStyle.colour(forEntity: kind))\">"
      html += "\(HTMLEscape.text(kind))</span>"
    }
    if !polarities.isEmpty { html += "<br>" }
    for polarity in polarities {
      let colour = HTMLStyle.polarityColours[polarity] ?? "#868e96"
      html += "<span class=\"under\" style=\"text-decoration-color:\(colour)\">"
      html += "\(HTMLEscape.text(polarity)) evaluation</span>"
    }
    if !zones.isEmpty {
      html += "<br>"
      for zone in zones {
        html +=
          "<span class=\"zone z-\(HTMLEscape.className(zone))\">\(HTMLEscape.text(zone))</span> "
      }
      html += "<span class=\"muted\">(zones: how a passage reads)</span>"
    }
    return html + "\n</section>\n"
  }

  private func annotationList(
    _ document: Document, marks: [Mark], byID: [String: Mark], text: ScalarText
  ) -> String {
    guard !marks.isEmpty else { return "" }
    var outgoing: [String: [Relation]] = [:]
    for relation in document.relations { outgoing[relation.from, default: []].append(relation) }
    var html = "<section><h2>Annotations (\(marks.count))</h2><div class=\"annotations\">\n"
    for mark in marks {
      let annotation = mark.annotation
      let colour =
        mark.isEvaluation
        ? (HTMLStyle.polarityColours[mark.kind] ?? "#868e96")
        : HTMLStyle.colour(forEntity: mark.kind)
      let labelStyle =
        mark.isEvaluation ? "color:#fff;background:\(colour)" : "background:\(colour)"
      html += "<div class=\"ann\" data-id=\"\(HTMLEscape.text(annotation.id))\" "
      html += "data-layer=\"\(HTMLEscape.text(mark.layer))\" data-start=\"\(annotation.start)\" "
      html += "data-end=\"\(annotation.end)\">"
      html +=
        "<span class=\"label\" style=\"\(labelStyle)\">\(HTMLEscape.text(annotation.label ?? mark.kind))</span>"
      html +=
        "<span class=\"surface\">\(HTMLEscape.text(text.slice(annotation.start, annotation.end)))</span>"
      html += "<dl><dt>id</dt><dd>\(HTMLEscape.text(annotation.id))</dd>"
      html += "<dt>span</dt><dd>\(annotation.start)–\(annotation.end)</dd>"
      for (key, value) in annotation.features {
        html += "<dt>\(HTMLEscape.text(key))</dt><dd>\(HTMLEscape.text(Self.display(value)))</dd>"
      }
      for relation in outgoing[annotation.id] ?? [] {
        let target = byID[relation.to].map { text.slice($0.annotation.start, $0.annotation.end) }
        html += "<dt>\(HTMLEscape.text(relation.label))</dt>"
        html +=
          "<dd>\(HTMLEscape.text(target ?? relation.to)) (\(HTMLEscape.text(relation.to)))</dd>"
      }
      html += "</dl></div>\n"
    }
    return html + "</div></section>\n"
  }

  // MARK: Helpers

  /// An evaluation's polarity: its `polarity` feature, else its label, else `neutral`.
  /// The layer drawn as zones.
  static let zonesLayer = "zones"

  /// Entity ids, and the cluster keys in their `entity` feature (the summary scores entities by
  /// either), to the names people know them by: the `name` feature, else the text itself (for a
  /// key, its first mention's).
  static func entityNames(_ marks: [Mark], text: ScalarText) -> [String: String] {
    var names: [String: String] = [:]
    for mark in marks where mark.layer == LayerName.entities {
      let name =
        mark.annotation.features["name"]?.stringValue
        ?? text.slice(mark.annotation.start, mark.annotation.end)
      names[mark.annotation.id] = name
      if let key = mark.annotation.features["entity"]?.stringValue, names[key] == nil {
        names[key] = name
      }
    }
    return names
  }

  /// Bars from -1 to 1 around a centre line, one per score, under an optional heading.
  static func scoreChart(_ bars: [(String, Double)], title: String?) -> String {
    var html = ""
    if let title { html += "<h3>\(HTMLEscape.text(title))</h3>\n" }
    let scale = max(1, bars.map { abs($0.1) }.max() ?? 1)
    html += "<div class=\"chart scores\">\n"
    for (name, value) in bars {
      let half = min(50, abs(value) / scale * 50)
      let left = value >= 0 ? 50 : 50 - half
      let colour = value >= 0 ? "#2b8a3e" : "#c92a2a"
      html += "<div class=\"bar\"><span>\(HTMLEscape.text(name))</span><span class=\"track\">"
      html += "<span class=\"mid\"></span><span class=\"fill\" style=\"left:\(percent(left));"
      html += "width:\(percent(half));background:\(colour)\"></span></span>"
      html += "<span>\(number(value))</span></div>\n"
    }
    return html + "</div>\n"
  }

  static func polarity(of annotation: Annotation) -> String {
    (annotation.features["polarity"]?.stringValue ?? annotation.label ?? "neutral").lowercased()
  }

  static func describe(_ mark: Mark) -> String {
    var parts = [mark.isEvaluation ? "evaluation (\(mark.kind))" : mark.kind]
    for (key, value) in mark.annotation.features { parts.append("\(key): \(display(value))") }
    return parts.joined(separator: " · ")
  }

  /// A feature value as a reader wants it: strings bare, lists comma-separated, the rest as JSON.
  static func display(_ value: JSONValue) -> String {
    switch value {
    case .string(let string): return string
    case .array(let elements): return elements.map(display).joined(separator: ", ")
    default: return JSONText.string(value)
    }
  }

  static func percent(_ value: Double) -> String {
    "\(Double(Int((value * 10).rounded())) / 10)%"
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15
      ? String(Int(value)) : "\(Double(Int((value * 100).rounded())) / 100)"
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen: [String] = []
    for name in names where !seen.contains(name) { seen.append(name) }
    return seen
  }
}
