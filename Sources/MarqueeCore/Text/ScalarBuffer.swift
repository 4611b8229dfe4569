/// Decodes a string's UTF-8 into an array of Unicode scalars in one pass, faster than
/// `Array(text.unicodeScalars)` (which counts the scalars first, then copies them one at a time).
/// Offsets into the array are Marquee's scalar offsets; every stage that reads a document's text
/// by scalar offset uses it.
package enum ScalarBuffer {
  /// The scalars of `text`: eight ASCII bytes at a time while they last (most of a review),
  /// other sequences decoded by their lead byte.
  ///
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  package static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
        var i = 0
        var k = 0
        let n = utf8.count
        while i < n {
          // Eight ASCII bytes at a time while they last (most of a review).
          if i + 8 <= n, let base = utf8.baseAddress {
            let word = UInt64(
              littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if word & 0x8080_8080_8080_8080 == 0, let out = buffer.baseAddress {
              // Widened and stored as one vector: a scalar is its value, a UInt32.
              let bytes = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt8>.self)
              UnsafeMutableRawPointer(out + k).storeBytes(
                of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
              i += 8
              k += 8
              continue
            }
          }
          let byte = utf8[i]
          if byte < 0x80 {
            // ASCII, most of a review: no decoding, no failable conversion.
            buffer[k] = Unicode.Scalar(byte)
            i += 1
            k += 1
            continue
          }
          let lead = UInt32(byte)
          var value = lead
          var width = 1
          if lead >= 0xF0, i + 3 < n {
            value =
              (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
              | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
            width = 4
          } else if lead >= 0xE0, i + 2 < n {
            value =
              (lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6
              | UInt32(utf8[i + 2] & 0x3F)
            width = 3
          } else if lead >= 0xC0, i + 1 < n {
            value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            width = 2
          }
          // A Swift string is valid UTF-8, so every value is a scalar; U+FFFD is never used.
          buffer[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
          i += width
          k += 1
        }
        count = k
      }
    }
  }
}
