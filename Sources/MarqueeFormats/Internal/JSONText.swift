import MarqueeCore

/// Minimal JSON output for the exporters: escaped strings and Marquee's JSON values, appended to
/// a byte buffer. Non-ASCII characters are written as themselves (UTF-8); only what JSON
/// requires is escaped, and lone surrogates cannot occur in a Swift string.
enum JSONText {
  static func appendString(_ string: String, to buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
      case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        buffer.append(contentsOf: Array("\\u00".utf8))
        buffer.append(hex[Int(byte >> 4)])
        buffer.append(hex[Int(byte & 0xF)])
      default: buffer.append(byte)
      }
    }
    buffer.append(UInt8(ascii: "\""))
  }

  static func appendValue(_ value: JSONValue, to buffer: inout [UInt8]) {
    switch value {
    case .null: buffer.append(contentsOf: Array("null".utf8))
    case .bool(let flag): buffer.append(contentsOf: Array((flag ? "true" : "false").utf8))
    case .integer(let number): buffer.append(contentsOf: Array(String(number).utf8))
    case .number(let number):
      buffer.append(contentsOf: Array((number.isFinite ? "\(number)" : "null").utf8))
    case .string(let string): appendString(string, to: &buffer)
    case .array(let elements):
      buffer.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { buffer.append(UInt8(ascii: ",")) }
        appendValue(element, to: &buffer)
      }
      buffer.append(UInt8(ascii: "]"))
    case .object(let object): appendObject(object, to: &buffer)
    }
  }

  static func appendObject(_ object: JSONObject, to buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "{"))
    for (index, entry) in object.entries.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      appendString(entry.key, to: &buffer)
      buffer.append(UInt8(ascii: ":"))
      appendValue(entry.value, to: &buffer)
    }
    buffer.append(UInt8(ascii: "}"))
  }

  static func string(_ value: JSONValue) -> String {
    var buffer: [UInt8] = []
    appendValue(value, to: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }
}

extension Array where Element == UInt8 {
  /// Appends a string's UTF-8 bytes.
  mutating func append(_ string: String) {
    append(contentsOf: string.utf8)
  }

  /// Appends a non-negative or negative integer in decimal, without building a String.
  mutating func appendDecimal(_ value: Int) {
    if value < 0 {
      append(UInt8(ascii: "-"))
      appendDecimal(-value)
      return
    }
    if value >= 10 { appendDecimal(value / 10) }
    append(UInt8(ascii: "0") + UInt8(value % 10))
  }
}
