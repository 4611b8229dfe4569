/// Fast classification of Unicode scalars, with ASCII answered without property lookups.
enum ScalarClass {
  /// White space, line breaks included.
  @inline(__always)
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    // The White_Space property, spelled out: it is small, fixed and checked on every scalar.
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// A line break: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, VT or FF.
  @inline(__always)
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// A letter of any script.
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value < 0x250 {
      return value >= 0xC0
        ? value != 0xD7 && value != 0xF7 : value == 0xAA || value == 0xBA || value == 0xB5
    }
    if value >= 0x2000, value <= 0x2BFF { return value >= 0x2070 && scalar.properties.isAlphabetic }
    return scalar.properties.isAlphabetic
  }

  /// A combining mark or a joiner that continues the word it follows.
  @inline(__always)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return false }
    if scalar.value >= 0x2000, scalar.value <= 0x206F {
      return scalar.value == 0x200D || scalar.value == 0x200C
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return scalar.value == 0x200D || scalar.value == 0x200C
    }
  }

  /// A decimal digit of any script.
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    if value < 0x660 || (value >= 0x2000 && value <= 0x2BFF) { return false }
    return scalar.properties.numericType == .decimal
  }

  /// A letter, digit or mark.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 }
    return isLetter(scalar) || isDigit(scalar) || isMark(scalar)
  }

  /// An upper-case or title-case letter.
  @inline(__always)
  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  /// A lower-case letter.
  @inline(__always)
  static func isLower(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return scalar.properties.isLowercase
  }

  /// A scalar that can end a sentence: full stop, ellipsis, `!`, `?` and their relatives.
  @inline(__always)
  static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E, 0x21, 0x3F: return true
    case 0x2026, 0x203C, 0x203D, 0x2047, 0x2048, 0x2049: return true
    case 0x061F, 0x06D4, 0x0964, 0x0965, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFE52, 0xFE56, 0xFE57:
      return true
    default: return false
    }
  }

  /// A terminator that ends a sentence even with no space after it (CJK full-width marks).
  @inline(__always)
  static func isSpacelessTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3002, 0xFF01, 0xFF1F, 0x0964, 0x0965: return true
    default: return false
    }
  }

  /// A closing quotation mark or bracket that stays with the sentence it closes.
  @inline(__always)
  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2A, 0x5F: return true  // " ' ) ] } * _
    case 0x2019, 0x201D, 0x00BB, 0x203A, 0x300D, 0x300F, 0xFF09, 0x3011: return true
    default: return false
    }
  }

  /// An opening quotation mark or bracket that may start a sentence.
  @inline(__always)
  static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2A, 0x5F, 0xBF, 0xA1: return true  // " ' ( [ { * _ ¿ ¡
    case 0x2018, 0x201C, 0x201E, 0x00AB, 0x2039, 0x300C, 0x300E, 0xFF08, 0x3010: return true
    default: return false
    }
  }

  /// A bullet that starts a list item.
  @inline(__always)
  static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2022, 0x25E6, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x2219, 0x00B7, 0x25B8, 0x25BA, 0x27A2,
      0x2013, 0x2014, 0x2D, 0x2A, 0x2B:
      return true
    default: return false
    }
  }

  /// An emoji or pictographic symbol (not a plain digit, `#` or `*`, which have emoji forms).
  @inline(__always)
  static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0xA9 { return false }
    return scalar.properties.isEmoji
  }

  /// A scalar that extends an emoji: skin-tone modifier, variation selector, ZWJ, keycap or tag.
  @inline(__always)
  static func isEmojiExtender(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1F3FB...0x1F3FF, 0xFE0F, 0xFE0E, 0x200D, 0x20E3, 0xE0020...0xE007F: return true
    default: return false
    }
  }

  /// A regional indicator letter; two make a flag.
  @inline(__always)
  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
  }

  /// Whether `scalars[index...]` (before `end`) starts with the lower-case ASCII `prefix`,
  /// ignoring the case of ASCII letters.
  static func hasASCIIPrefix(
    _ prefix: String, in scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, end: Int
  ) -> Bool {
    var position = index
    for byte in prefix.utf8 {
      guard position < end else { return false }
      var value = scalars[position].value
      if value >= 0x41, value <= 0x5A { value |= 0x20 }
      guard value == UInt32(byte) else { return false }
      position += 1
    }
    return true
  }
}
