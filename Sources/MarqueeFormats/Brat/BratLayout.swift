import MarqueeCore

/// How Marquee's layers map onto brat's standoff: which layers become text-bound (`T`)
/// annotations, what their types are called and which features become attributes (`A`).
enum BratLayout {
  /// Layers written as `T` lines: every layer except sentences and tokens, which brat users do
  /// not annotate by hand and which would bury the rest.
  static func spanLayers(of document: Document) -> [String] {
    document.layerNames.filter { $0 != LayerName.sentences && $0 != LayerName.tokens }
  }

  /// The brat type of an annotation: its label, or for an unlabelled one the layer's name
  /// (`evaluations` → `Evaluation`), made safe for brat.
  static func typeName(of annotation: Annotation, layer: String) -> String {
    if let label = annotation.label, !label.isEmpty { return safeName(label) }
    return safeName(defaultType(forLayer: layer))
  }

  /// `evaluations` → `Evaluation`, `quotes` → `Quote`.
  static func defaultType(forLayer layer: String) -> String {
    var name = layer
    if name.count > 1 && name.hasSuffix("s") { name.removeLast() }
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// A name brat accepts as a type, relation or attribute: ASCII letters, digits, `_` and `-`;
  /// anything else becomes `_`.
  static func safeName(_ name: String) -> String {
    var result = ""
    for scalar in name.unicodeScalars {
      let value = scalar.value
      let allowed =
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value) || scalar == "_" || scalar == "-"
      result.unicodeScalars.append(allowed ? scalar : "_")
    }
    return result.isEmpty ? "_" : result
  }

  /// Features brat can show as attributes: a `true` Boolean becomes a flag (value `nil`), and a
  /// short ASCII word (letters, digits, `_`, `-`) or a number becomes a valued attribute. Everything else (names
  /// with spaces, lists, objects, `false`) is kept only in the annotator note.
  static func attributes(of annotation: Annotation) -> [(name: String, value: String?)] {
    var result: [(String, String?)] = []
    for (key, value) in annotation.features {
      let name = safeName(key)
      switch value {
      case .bool(true): result.append((name, nil))
      case .integer(let number): result.append((name, String(number)))
      case .number(let number) where number.isFinite: result.append((name, "\(number)"))
      case .string(let string)
      where !string.isEmpty && string.unicodeScalars.count <= 40 && safeName(string) == string:
        result.append((name, string))
      default: continue
      }
    }
    return result
  }
}
