/// Validates JSON values against a JSON Schema (draft 2020-12), for the keywords Marquee's own
/// schema uses: `type`, `enum`, `const`, `required`, `properties`, `additionalProperties`,
/// `propertyNames`, `items`, `minLength`, `minimum` and local `$ref`s (`#/$defs/name`).
///
/// A schema using any other keyword is rejected when the validator is made, so a check can never
/// pass silently because a keyword was ignored.
///
/// ```
/// let validator = try JSONSchemaValidator(schema: schemaValue)
/// validator.errors(in: document)  // ["/layers/tokens/3/end: -1 is less than the minimum 0"]
/// ```
public struct JSONSchemaValidator: Sendable {
  private let root: JSONValue

  /// Keywords understood, plus annotations that carry no constraint.
  private static let known: Set<String> = [
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const",
    "required", "properties", "additionalProperties", "propertyNames", "items", "minLength",
    "minimum",
  ]

  /// Creates a validator.
  ///
  /// - Throws: ``DocumentReadError`` of kind `invalidDocument` when the schema uses a keyword
  ///   this validator does not implement, naming it.
  public init(schema: JSONValue) throws(DocumentReadError) {
    root = schema
    try Self.checkKeywords(schema, path: "#")
  }

  private static func checkKeywords(_ schema: JSONValue, path: String) throws(DocumentReadError) {
    guard let object = schema.objectValue else { return }
    for (key, value) in object {
      guard known.contains(key) else {
        throw DocumentReadError(
          .invalidDocument, "the schema uses '\(key)', which this validator does not implement",
          path: path)
      }
      switch key {
      case "$defs", "properties":
        for (name, child) in value.objectValue ?? JSONObject() {
          try checkKeywords(child, path: "\(path)/\(key)/\(name)")
        }
      case "additionalProperties", "propertyNames", "items":
        try checkKeywords(value, path: "\(path)/\(key)")
      default: break
      }
    }
  }

  /// Every way `value` breaks the schema, each as `pointer: message`; empty when it is valid.
  ///
  /// - Complexity: O(size of the value × depth of the schema).
  public func errors(in value: JSONValue) -> [String] {
    var errors: [String] = []
    check(value, against: root, at: "", into: &errors)
    return errors
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/") else { return nil }
    var node = root
    for part in reference.dropFirst(2).split(separator: "/") {
      guard let next = node.objectValue?[String(part)] else { return nil }
      node = next
    }
    return node
  }

  private func check(
    _ value: JSONValue, against schema: JSONValue, at pointer: String, into errors: inout [String]
  ) {
    if case .bool(let allowed) = schema {
      if !allowed { errors.append("\(location(pointer)): no value is allowed here") }
      return
    }
    guard let rules = schema.objectValue else { return }
    if let reference = rules["$ref"]?.stringValue {
      if let target = resolve(reference) {
        check(value, against: target, at: pointer, into: &errors)
      } else {
        errors.append("\(location(pointer)): the schema's reference \(reference) does not resolve")
      }
    }
    if let type = rules["type"] {
      let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
      guard allowed.contains(where: { Self.value(value, hasType: $0) }) else {
        errors.append(
          "\(location(pointer)): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))"
        )
        return
      }
    }
    if let options = rules["enum"]?.arrayValue, !options.contains(value) {
      errors.append(
        "\(location(pointer)): \(value.jsonText) is not one of \(JSONValue.array(options).jsonText)"
      )
    }
    if let constant = rules["const"], constant != value {
      errors.append("\(location(pointer)): \(value.jsonText) is not \(constant.jsonText)")
    }
    if let minimum = rules["minimum"]?.doubleValue, let number = value.doubleValue,
      number < minimum
    {
      errors.append("\(location(pointer)): \(value.jsonText) is less than the minimum \(minimum)")
    }
    if let minimum = rules["minLength"]?.integerValue, let string = value.stringValue,
      string.unicodeScalars.count < minimum
    {
      errors.append("\(location(pointer)): the string is shorter than \(minimum)")
    }
    if let items = rules["items"], let array = value.arrayValue {
      for (index, element) in array.enumerated() {
        check(element, against: items, at: "\(pointer)/\(index)", into: &errors)
      }
    }
    guard let object = value.objectValue else { return }
    for name in rules["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
    where object[name] == nil {
      errors.append("\(location(pointer)): the member \"\(name)\" is required")
    }
    let properties = rules["properties"]?.objectValue ?? JSONObject()
    for (key, member) in object {
      let memberPointer = "\(pointer)/\(key)"
      if let names = rules["propertyNames"] {
        check(.string(key), against: names, at: memberPointer, into: &errors)
      }
      if let property = properties[key] {
        check(member, against: property, at: memberPointer, into: &errors)
      } else if let additional = rules["additionalProperties"] {
        if case .bool(false) = additional {
          errors.append("\(location(pointer)): the member \"\(key)\" is not allowed")
        } else {
          check(member, against: additional, at: memberPointer, into: &errors)
        }
      }
    }
  }

  private func location(_ pointer: String) -> String { pointer.isEmpty ? "/" : pointer }

  private static func value(_ value: JSONValue, hasType type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object), ("integer", .integer), ("number", .integer), ("number", .number):
      return true
    case ("integer", .number(let double)):
      return double.rounded() == double
    default:
      return false
    }
  }

  private static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool: return "boolean"
    case .integer: return "integer"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}
