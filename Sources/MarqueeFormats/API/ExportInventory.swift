import MarqueeCore

/// What a run exported, gathered document by document: the documents (for an index) and the
/// labels, features and relations seen (for brat's `annotation.conf`).
///
/// ```swift
/// var inventory = ExportInventory()
/// inventory.add(review, fileStem: "parasite")
/// inventory.spanLabels  // ["CAST", "CREW", …]
/// ```
public struct ExportInventory: Sendable {
  /// One exported document.
  public struct Entry: Sendable, Equatable {
    /// The document's id.
    public var id: String
    /// The name its files were written under, without suffix.
    public var fileStem: String
    /// A title to show: the `title` metadata, or the first line of the text.
    public var title: String
    /// The number of annotations per layer.
    public var counts: [String: Int]
  }

  /// The documents, in the order they were added.
  public private(set) var entries: [Entry] = []
  /// Labels of annotations exported as spans (brat types), in order of first appearance.
  public private(set) var spanLabels: [String] = []
  /// For each relation label, the (from, to) span label pairs seen, in order.
  public private(set) var relationArguments: [(label: String, pairs: [(String, String)])] = []
  /// For each attribute name, the span labels it was seen on and the values seen (`nil` for a
  /// flag that is only ever true).
  public private(set) var attributes: [(name: String, labels: [String], values: [String]?)] = []

  /// An empty inventory.
  public init() {}

  /// Records a document written under `fileStem`.
  public mutating func add(_ document: Document, fileStem: String) {
    var counts: [String: Int] = [:]
    for name in document.layerNames { counts[name] = document.layer(name)?.count ?? 0 }
    entries.append(
      Entry(
        id: document.id, fileStem: fileStem, title: DocumentTitle.of(document), counts: counts))
    var labelOfID: [String: String] = [:]
    for layer in BratLayout.spanLayers(of: document) {
      for annotation in document.layer(layer) ?? [] {
        let label = BratLayout.typeName(of: annotation, layer: layer)
        labelOfID[annotation.id] = label
        if !spanLabels.contains(label) { spanLabels.append(label) }
        for attribute in BratLayout.attributes(of: annotation) {
          record(attribute: attribute.name, value: attribute.value, on: label)
        }
      }
    }
    for relation in document.relations {
      guard let from = labelOfID[relation.from], let to = labelOfID[relation.to] else { continue }
      let label = BratLayout.safeName(relation.label)
      if let index = relationArguments.firstIndex(where: { $0.label == label }) {
        if !relationArguments[index].pairs.contains(where: { $0 == (from, to) }) {
          relationArguments[index].pairs.append((from, to))
        }
      } else {
        relationArguments.append((label, [(from, to)]))
      }
    }
  }

  private mutating func record(attribute name: String, value: String?, on label: String) {
    guard let index = attributes.firstIndex(where: { $0.name == name }) else {
      attributes.append((name, [label], value.map { [$0] }))
      return
    }
    if !attributes[index].labels.contains(label) { attributes[index].labels.append(label) }
    if let value {
      var values = attributes[index].values ?? []
      if !values.contains(value) { values.append(value) }
      attributes[index].values = values
    }
  }
}
