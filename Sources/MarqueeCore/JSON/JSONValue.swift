/// A JSON value as Marquee stores it in features, metadata, settings and summaries.
///
/// Integers and non-integers are kept apart so that a value read as `3` is written back as `3`,
/// never `3.0`: reading a document and writing it again gives the same bytes.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number written without a fraction or exponent that fits in 64 bits.
  case integer(Int64)
  /// Any other number. Non-finite values cannot be written as JSON and are written as `null`.
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The string, when this value is one.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The value as a `Double`, when it is a number of either kind.
  public var doubleValue: Double? {
    switch self {
    case .integer(let value): return Double(value)
    case .number(let value): return value
    default: return nil
    }
  }

  /// The value as an `Int`, when it is an integer.
  public var integerValue: Int? {
    if case .integer(let value) = self { return Int(exactly: value) }
    return nil
  }

  /// The Boolean, when this value is one.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The elements, when this value is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object, when this value is one.
  public var objectValue: JSONObject? {
    if case .object(let value) = self { return value }
    return nil
  }
}

extension JSONValue: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(JSONObject(elements))
  }
}

extension JSONValue: ExpressibleByNilLiteral {
  public init(nilLiteral: ()) { self = .null }
}
