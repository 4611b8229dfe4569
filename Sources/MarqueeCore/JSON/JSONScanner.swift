/// A strict JSON scanner over UTF-8 bytes (RFC 8259), used by the document reader.
///
/// It validates UTF-8 inside strings, rejects lone surrogates (which a Swift `String` cannot
/// hold), and limits nesting depth so hostile input cannot exhaust the stack.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  let maximumDepth: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  func error(_ message: String, at offset: Int? = nil) -> DocumentReadError {
    DocumentReadError(.invalidJSON, message, byteOffset: offset ?? position)
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// The next non-whitespace byte, without consuming it.
  @inline(__always)
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  var atEnd: Bool { position >= bytes.count }

  static func describe(_ byte: UInt8?) -> String {
    guard let byte else { return "the end of the input" }
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(DocumentReadError) {
    let found = peek()
    guard found == byte else {
      throw error("expected \(what), found \(Self.describe(found))")
    }
    position += 1
  }

  /// Consumes `,` and returns true, or consumes `closing` and returns false.
  mutating func commaOrEnd(_ closing: UInt8, in what: String) throws(DocumentReadError) -> Bool {
    let found = peek()
    if found == UInt8(ascii: ",") {
      position += 1
      return true
    }
    if found == closing {
      position += 1
      return false
    }
    throw error(
      "expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(what), found \(Self.describe(found))"
    )
  }

  /// Parses a string; the opening quote must be next.
  mutating func string() throws(DocumentReadError) -> String {
    try stringCountingScalars().value
  }

  /// Parses a string and counts its Unicode scalars.
  mutating func stringCountingScalars() throws(DocumentReadError) -> (value: String, scalars: Int) {
    try expect(UInt8(ascii: "\""), "a string")
    let start = position
    var nonASCII = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        if !nonASCII { return (String(decoding: slice, as: UTF8.self), slice.count) }
        if let bad = UTF8Validation.firstInvalidOffset(in: slice) {
          throw DocumentReadError(
            .invalidUTF8, "a string holds bytes that are not valid UTF-8",
            byteOffset: start + bad)
        }
        return (
          String(decoding: slice, as: UTF8.self), UTF8Validation.scalarCount(ofValid: slice)
        )
      }
      if byte == UInt8(ascii: "\\") {
        position = start
        return try escapedString()
      }
      if byte < 0x20 {
        throw error(
          "a control character (0x\(String(byte, radix: 16))) must be escaped in a string")
      }
      if byte >= 0x80 { nonASCII = true }
      position += 1
    }
    throw error("a string is not closed", at: start - 1)
  }

  private mutating func escapedString() throws(DocumentReadError) -> (value: String, scalars: Int) {
    var decoded: [UInt8] = []
    let start = position
    var scalars = 0
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        let valid = decoded.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
        if valid != nil {
          throw DocumentReadError(
            .invalidUTF8, "a string holds bytes that are not valid UTF-8", byteOffset: start)
        }
        return (String(decoding: decoded, as: UTF8.self), scalars)
      }
      if byte < 0x20 {
        throw error(
          "a control character (0x\(String(byte, radix: 16))) must be escaped in a string")
      }
      if byte != UInt8(ascii: "\\") {
        if byte & 0xC0 != 0x80 { scalars += 1 }
        decoded.append(byte)
        position += 1
        continue
      }
      position += 1
      guard position < bytes.count else { break }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        let escapeStart = position - 2
        var value = try hex4()
        if value >= 0xD800 && value < 0xDC00 {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          else {
            throw error(
              "a lone surrogate \\u\(String(value, radix: 16)) cannot be a character",
              at: escapeStart)
          }
          position += 2
          let low = try hex4()
          guard low >= 0xDC00 && low < 0xE000 else {
            throw error(
              "a lone surrogate \\u\(String(value, radix: 16)) cannot be a character",
              at: escapeStart)
          }
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if value >= 0xDC00 && value < 0xE000 {
          throw error(
            "a lone surrogate \\u\(String(value, radix: 16)) cannot be a character",
            at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(value) else {
          throw error("\\u\(String(value, radix: 16)) is not a character")
        }
        if let encoded = UTF8.encode(scalar) { decoded.append(contentsOf: encoded) }
      default:
        throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))'", at: position - 2)
      }
      scalars += 1
    }
    throw error("a string is not closed", at: start - 1)
  }

  private mutating func hex4() throws(DocumentReadError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("\\u needs four hex digits")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// Parses a number; integers that fit in 64 bits stay integers.
  mutating func number() throws(DocumentReadError) -> JSONValue {
    skipWhitespace()
    let start = position
    var isInteger = true
    if position < bytes.count && bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, bytes[position] >= 0x30 && bytes[position] <= 0x39 else {
      throw error("expected a digit", at: position)
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 {
        position += 1
      }
    }
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      let digits = position
      while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 {
        position += 1
      }
      guard position > digits else { throw error("expected a digit after '.'") }
    }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      if position < bytes.count
        && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
      {
        position += 1
      }
      let digits = position
      while position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39 {
        position += 1
      }
      guard position > digits else { throw error("expected a digit in the exponent") }
    }
    let literal = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    if isInteger, let value = Int64(literal) { return .integer(value) }
    guard let value = Double(literal), value.isFinite else {
      throw error("the number \(literal) is out of range", at: start)
    }
    return .number(value)
  }

  /// Parses a non-negative integer offset.
  mutating func offset(_ what: String) throws(DocumentReadError) -> Int {
    let start = position
    guard case .integer(let value) = try number(), value >= 0, value <= Int64(Int32.max) else {
      throw DocumentReadError(
        .invalidDocument, "\(what) must be a whole number from 0 to \(Int32.max)",
        byteOffset: start)
    }
    return Int(value)
  }

  mutating func literal(_ word: StaticString, _ value: JSONValue) throws(DocumentReadError)
    -> JSONValue
  {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else { throw error("unexpected end of input") }
    let matches = word.withUTF8Buffer { expected in
      (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
    }
    guard matches else { throw error("expected a JSON value") }
    position += count
    return value
  }

  /// Parses any JSON value.
  mutating func value(depth: Int = 0) throws(DocumentReadError) -> JSONValue {
    guard depth < maximumDepth else {
      throw error("values are nested more than \(maximumDepth) levels deep")
    }
    switch peek() {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"): return .object(try object(depth: depth))
    case UInt8(ascii: "["):
      position += 1
      var elements: [JSONValue] = []
      if peek() == UInt8(ascii: "]") {
        position += 1
        return .array(elements)
      }
      repeat {
        elements.append(try value(depth: depth + 1))
      } while try commaOrEnd(UInt8(ascii: "]"), in: "an array")
      return .array(elements)
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case let byte? where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      return try number()
    case let other:
      throw error("expected a JSON value, found \(Self.describe(other))")
    }
  }

  /// Parses an object, rejecting repeated keys.
  mutating func object(depth: Int = 0) throws(DocumentReadError) -> JSONObject {
    guard depth < maximumDepth else {
      throw error("values are nested more than \(maximumDepth) levels deep")
    }
    try expect(UInt8(ascii: "{"), "'{'")
    var entries: [(key: String, value: JSONValue)] = []
    var seen: Set<String> = []
    if peek() == UInt8(ascii: "}") {
      position += 1
      return JSONObject(uniqueEntries: entries)
    }
    repeat {
      let keyStart = position
      let key = try string()
      try expect(UInt8(ascii: ":"), "':' after a member name")
      let member = try value(depth: depth + 1)
      // Small objects (the usual case) are checked by scanning; large ones through a set, so a
      // hostile object with many members cannot make reading quadratic.
      let repeated: Bool
      if entries.count < 16 {
        repeated = entries.contains { $0.key == key }
      } else {
        if seen.isEmpty { seen = Set(entries.map(\.key)) }
        repeated = !seen.insert(key).inserted
      }
      if repeated {
        throw error("the member name \"\(key)\" appears twice in one object", at: keyStart)
      }
      entries.append((key, member))
    } while try commaOrEnd(UInt8(ascii: "}"), in: "an object")
    return JSONObject(uniqueEntries: entries)
  }
}
