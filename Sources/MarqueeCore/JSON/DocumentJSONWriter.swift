/// Writes a document as Marquee's canonical JSON: one compact object on one line.
///
/// The output is deterministic — same document, same bytes — and lossless: reading it back with
/// ``DocumentJSONReader`` and writing again gives identical bytes. Members come in a fixed order
/// (`id`, `text`, `metadata`, `offsetUnit`, `layers`, then `relations`, `summary` and `stages` when
/// not empty); layers in ``LayerName/writingOrder(_:)``; an annotation's `label` and `features`
/// only when present.
///
/// ```
/// {"id":"r1","text":"Loud.","metadata":{},"offsetUnit":"unicode-scalar","layers":{"sentences":[{"id":"s1","start":0,"end":5}]}}
/// ```
public struct DocumentJSONWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The document as one line of JSON, without a line break.
  ///
  /// - Complexity: O(n) in the size of the text and its annotations.
  public func encode(_ document: Document) -> [UInt8] {
    var out = JSONByteWriter(capacity: document.text.utf8.count * 2 + 256)
    write(document, to: &out)
    return out.bytes
  }

  /// Appends the document as one line of JSON to `buffer`.
  public func write(_ document: Document, to buffer: inout [UInt8]) {
    var out = JSONByteWriter(capacity: 0)
    swap(&out.bytes, &buffer)
    write(document, to: &out)
    swap(&out.bytes, &buffer)
  }

  private func write(_ document: Document, to out: inout JSONByteWriter) {
    out.raw("{\"id\":")
    out.string(document.id)
    out.raw(",\"text\":")
    out.string(document.text)
    out.raw(",\"metadata\":")
    out.object(document.metadata)
    out.raw(",\"offsetUnit\":\"unicode-scalar\",\"layers\":{")
    for (index, name) in document.layerNames.enumerated() {
      if index > 0 { out.raw(UInt8(ascii: ",")) }
      out.string(name)
      out.raw(":[")
      for (position, annotation) in (document.layer(name) ?? []).enumerated() {
        if position > 0 { out.raw(UInt8(ascii: ",")) }
        write(annotation, to: &out)
      }
      out.raw(UInt8(ascii: "]"))
    }
    out.raw(UInt8(ascii: "}"))
    if !document.relations.isEmpty {
      out.raw(",\"relations\":[")
      for (index, relation) in document.relations.enumerated() {
        if index > 0 { out.raw(UInt8(ascii: ",")) }
        out.raw("{\"id\":")
        out.string(relation.id)
        out.raw(",\"label\":")
        out.string(relation.label)
        out.raw(",\"from\":")
        out.string(relation.from)
        out.raw(",\"to\":")
        out.string(relation.to)
        if !relation.features.isEmpty {
          out.raw(",\"features\":")
          out.object(relation.features)
        }
        out.raw(UInt8(ascii: "}"))
      }
      out.raw(UInt8(ascii: "]"))
    }
    if !document.summary.isEmpty {
      out.raw(",\"summary\":")
      out.object(document.summary)
    }
    if !document.stages.isEmpty {
      out.raw(",\"stages\":[")
      for (index, stage) in document.stages.enumerated() {
        if index > 0 { out.raw(UInt8(ascii: ",")) }
        out.raw("{\"name\":")
        out.string(stage.name)
        out.raw(",\"version\":")
        out.string(stage.version)
        if !stage.settings.isEmpty {
          out.raw(",\"settings\":")
          out.object(stage.settings)
        }
        out.raw(UInt8(ascii: "}"))
      }
      out.raw(UInt8(ascii: "]"))
    }
    out.raw(UInt8(ascii: "}"))
  }

  @inline(__always)
  private func write(_ annotation: Annotation, to out: inout JSONByteWriter) {
    out.raw("{\"id\":")
    out.string(annotation.id)
    out.raw(",\"start\":")
    out.integer(annotation.start)
    out.raw(",\"end\":")
    out.integer(annotation.end)
    if let label = annotation.label {
      out.raw(",\"label\":")
      out.string(label)
    }
    if !annotation.features.isEmpty {
      out.raw(",\"features\":")
      out.object(annotation.features)
    }
    out.raw(UInt8(ascii: "}"))
  }
}
