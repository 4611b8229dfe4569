/// Decodes a string's UTF-8 into an array of Unicode scalars in one pass, faster than
/// `Array(text.unicodeScalars)`. Offsets into the array are Marquee's scalar offsets.
enum ScalarBuffer {
  /// The scalars of `text`.
  ///
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
        var index = 0
        var written = 0
        while index < count {
          let byte = bytes[index]
          if byte < 0x80 {
            buffer.initializeElement(at: written, to: Unicode.Scalar(byte))
            written += 1
            index += 1
            continue
          }
          let lead = UInt32(byte)
          var value = lead
          if lead < 0xE0, index + 1 < count {
            value = (lead & 0x1F) << 6 | (UInt32(bytes[index + 1]) & 0x3F)
            index += 2
          } else if lead < 0xF0, index + 2 < count {
            value =
              (lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6
              | (UInt32(bytes[index + 2]) & 0x3F)
            index += 3
          } else if index + 3 < count {
            value =
              (lead & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12
              | (UInt32(bytes[index + 2]) & 0x3F) << 6 | (UInt32(bytes[index + 3]) & 0x3F)
            index += 4
          } else {
            // Unreachable for a valid String; keep the count of scalars right regardless.
            index += 1
          }
          buffer.initializeElement(at: written, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          written += 1
        }
        initialized = written
      }
    }
  }
}
