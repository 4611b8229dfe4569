/// Appends canonical JSON to a byte buffer: compact, keys in their stored order, strings with
/// the minimal escapes (quote, backslash, and C0 controls), everything else as raw UTF-8.
struct JSONByteWriter {
  var bytes: [UInt8]

  init(capacity: Int) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  @inline(__always)
  mutating func raw(_ byte: UInt8) { bytes.append(byte) }

  @inline(__always)
  mutating func raw(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func integer(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(UInt8(truncatingIfNeeded: 48 + value))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  mutating func double(_ value: Double) {
    guard value.isFinite else {
      raw("null")
      return
    }
    bytes.append(contentsOf: value.description.utf8)
  }

  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      bytes.append(UInt8(ascii: "\""))
      var runStart = 0
      var index = 0
      let count = utf8.count
      while index < count {
        let byte = utf8[index]
        if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
          index += 1
          continue
        }
        if runStart < index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        }
        escape(byte)
        index += 1
        runStart = index
      }
      if runStart < count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }

  private mutating func escape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex: StaticString = "0123456789abcdef"
      raw("u00")
      hex.withUTF8Buffer { digits in
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0x0F)])
      }
    }
  }

  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: raw("null")
    case .bool(let flag): flag ? raw("true") : raw("false")
    case .integer(let number): integer(Int(number))
    case .number(let number): double(number)
    case .string(let text): string(text)
    case .array(let elements):
      raw(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { raw(UInt8(ascii: ",")) }
        self.value(element)
      }
      raw(UInt8(ascii: "]"))
    case .object(let object): self.object(object)
    }
  }

  mutating func object(_ object: JSONObject) {
    raw(UInt8(ascii: "{"))
    var first = true
    for (key, member) in object {
      if !first { raw(UInt8(ascii: ",")) }
      first = false
      string(key)
      raw(UInt8(ascii: ":"))
      value(member)
    }
    raw(UInt8(ascii: "}"))
  }
}
