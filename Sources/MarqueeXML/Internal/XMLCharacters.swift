/// The characters XML 1.0 cannot carry, and Marquee's escapes for them.
///
/// XML 1.0 forbids the C0 controls other than tab, line feed and carriage return, and the
/// non-characters U+FFFE and U+FFFF, even as character references. Marquee writes them as:
/// - in text content (the document text and string values): an empty marker element
///   `<c u="0000"/>` whose `u` attribute holds the code point as four upper-case hex digits;
/// - in attribute values: `\uXXXX`, with a backslash written as `\\`, and the attribute's name
///   listed in the element's `esc` attribute (`esc="id label"`). Attributes not listed in `esc`
///   are taken literally, backslashes included.
enum XMLCharacters {
  /// Whether XML 1.0 cannot carry the scalar `value`.
  @inline(__always)
  static func isForbidden(_ value: UInt32) -> Bool {
    (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE
      || value == 0xFFFF
  }

  /// The forbidden scalar starting at byte `index` of valid UTF-8, with its length in bytes.
  @inline(__always)
  static func forbiddenScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, length: Int
  )? {
    let byte = utf8[index]
    if byte < 0x20 {
      return byte == 0x09 || byte == 0x0A || byte == 0x0D ? nil : (UInt32(byte), 1)
    }
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    if byte == 0xEF && index + 2 < utf8.count && utf8[index + 1] == 0xBF
      && utf8[index + 2] >= 0xBE
    {
      return (0xFFFE + UInt32(utf8[index + 2] - 0xBE), 3)
    }
    return nil
  }

  /// Whether valid UTF-8 `utf8` holds a character XML 1.0 cannot carry.
  static func containsForbidden(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = utf8.count
    while index < count {
      let byte = utf8[index]
      if byte < 0x20 || byte == 0xEF, forbiddenScalar(in: utf8, at: index) != nil { return true }
      index += 1
    }
    return false
  }

  /// The four upper-case hex digits of a scalar below U+10000, as written in `u` and `\u`.
  static func hexDigits(_ value: UInt32) -> [UInt8] {
    let digits = Array("0123456789ABCDEF".utf8)
    return [
      digits[Int((value >> 12) & 0xF)], digits[Int((value >> 8) & 0xF)],
      digits[Int((value >> 4) & 0xF)], digits[Int(value & 0xF)],
    ]
  }

  /// The value of four hex digits (either case), or `nil`.
  static func parseHex4<C: Collection>(_ digits: C) -> UInt32? where C.Element == UInt8 {
    guard digits.count == 4 else { return nil }
    var value: UInt32 = 0
    for digit in digits {
      let nibble: UInt8
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
      case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
      case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
      default: return nil
      }
      value = value << 4 | UInt32(nibble)
    }
    return value
  }

  /// `value` with forbidden characters written `\uXXXX` and backslashes doubled, for an
  /// attribute listed in `esc`.
  static func escapeAttribute(_ value: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      if scalar == "\\" {
        out.append("\\")
        out.append("\\")
      } else if isForbidden(scalar.value) {
        out.append("\\")
        out.append("u")
        for digit in hexDigits(scalar.value) { out.append(Unicode.Scalar(digit)) }
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Undoes ``escapeAttribute(_:)``; `nil` when `value` holds a malformed escape.
  static func unescapeAttribute(_ value: String) -> String? {
    let scalars = Array(value.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "\\" else {
        out.append(scalar)
        index += 1
        continue
      }
      guard index + 1 < scalars.count else { return nil }
      if scalars[index + 1] == "\\" {
        out.append("\\")
        index += 2
        continue
      }
      guard scalars[index + 1] == "u", index + 6 <= scalars.count else { return nil }
      let digits = scalars[(index + 2)..<(index + 6)].map { $0.isASCII ? UInt8($0.value) : 0 }
      guard let code = parseHex4(digits), let decoded = Unicode.Scalar(code) else { return nil }
      out.append(decoded)
      index += 6
    }
    return String(out)
  }
}
