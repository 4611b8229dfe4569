/// Converts offsets between Unicode scalars, UTF-8 bytes and UTF-16 code units for one text.
///
/// Marquee counts offsets in Unicode scalars (as Python, spaCy, brat and the W3C Web Annotation
/// model do); GATE, UIMA, CoreNLP and JavaScript count UTF-16 code units, and byte-level tools
/// count UTF-8. The index is built once per text and answers each conversion without rescanning:
/// it records only the scalars that are not ASCII, so an ASCII text costs no memory and converts
/// in O(1).
///
/// ```swift
/// let index = OffsetIndex("né 🎬!")
/// index.utf8Offset(ofScalar: 4)    // 8: "n" 1 + "é" 2 + " " 1 + "🎬" 4 bytes before "!"
/// index.utf16Offset(ofScalar: 4)   // 5: the film clapper is a surrogate pair
/// ```
public struct OffsetIndex: Sendable {
  /// Number of Unicode scalars in the text.
  public let scalarCount: Int
  /// Number of UTF-8 bytes in the text.
  public let utf8Count: Int
  /// Number of UTF-16 code units in the text.
  public let utf16Count: Int

  /// Scalar offsets of the non-ASCII scalars, ascending.
  private let wideScalars: [Int32]
  /// For each wide scalar, the extra UTF-8 bytes (beyond one per scalar) up to and including it.
  private let utf8Extra: [Int32]
  /// For each wide scalar, the extra UTF-16 units (beyond one per scalar) up to and including it.
  private let utf16Extra: [Int32]

  /// Builds the index for `text`.
  ///
  /// - Complexity: O(n) in the length of the text.
  public init(_ text: String) {
    var wide: [Int32] = []
    var extra8: [Int32] = []
    var extra16: [Int32] = []
    var scalarIndex = 0
    var total8: Int32 = 0
    var total16: Int32 = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value >= 0x80 {
        let bytes: Int32 = value < 0x800 ? 2 : (value < 0x10000 ? 3 : 4)
        total8 += bytes - 1
        if value >= 0x10000 { total16 += 1 }
        wide.append(Int32(scalarIndex))
        extra8.append(total8)
        extra16.append(total16)
      }
      scalarIndex += 1
    }
    scalarCount = scalarIndex
    utf8Count = scalarIndex + Int(total8)
    utf16Count = scalarIndex + Int(total16)
    wideScalars = wide
    utf8Extra = extra8
    utf16Extra = extra16
  }

  /// Whether every scalar is ASCII, so that all three units agree.
  public var isASCII: Bool { wideScalars.isEmpty }

  /// The number of wide scalars strictly before scalar offset `offset`.
  private func wideCount(before offset: Int) -> Int {
    var low = 0
    var high = wideScalars.count
    while low < high {
      let middle = (low + high) / 2
      if Int(wideScalars[middle]) < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The UTF-8 byte offset of scalar offset `offset` (`0...scalarCount`).
  ///
  /// - Complexity: O(log w), w the number of non-ASCII scalars.
  public func utf8Offset(ofScalar offset: Int) -> Int {
    let count = wideCount(before: offset)
    return offset + (count == 0 ? 0 : Int(utf8Extra[count - 1]))
  }

  /// The UTF-16 code-unit offset of scalar offset `offset` (`0...scalarCount`).
  ///
  /// - Complexity: O(log w), w the number of non-ASCII scalars.
  public func utf16Offset(ofScalar offset: Int) -> Int {
    let count = wideCount(before: offset)
    return offset + (count == 0 ? 0 : Int(utf16Extra[count - 1]))
  }

  /// The scalar offset at UTF-8 byte offset `offset`.
  ///
  /// - Throws: ``OffsetError`` when the offset is outside the text or inside a scalar's bytes.
  /// - Complexity: O(log w).
  public func scalarOffset(ofUTF8 offset: Int) throws(OffsetError) -> Int {
    try scalarOffset(of: offset, unit: .utf8, extra: utf8Extra, total: utf8Count)
  }

  /// The scalar offset at UTF-16 code-unit offset `offset`.
  ///
  /// - Throws: ``OffsetError`` when the offset is outside the text or between the two halves of a
  ///   surrogate pair.
  /// - Complexity: O(log w).
  public func scalarOffset(ofUTF16 offset: Int) throws(OffsetError) -> Int {
    try scalarOffset(of: offset, unit: .utf16, extra: utf16Extra, total: utf16Count)
  }

  /// Converts a scalar offset to `unit`.
  public func offset(ofScalar offset: Int, in unit: OffsetUnit) -> Int {
    switch unit {
    case .unicodeScalar: return offset
    case .utf8: return utf8Offset(ofScalar: offset)
    case .utf16: return utf16Offset(ofScalar: offset)
    }
  }

  /// Converts an offset counted in `unit` to a scalar offset.
  public func scalarOffset(of offset: Int, in unit: OffsetUnit) throws(OffsetError) -> Int {
    switch unit {
    case .unicodeScalar:
      guard offset >= 0 && offset <= scalarCount else {
        throw .outOfRange(offset: offset, unit: unit, limit: scalarCount)
      }
      return offset
    case .utf8: return try scalarOffset(ofUTF8: offset)
    case .utf16: return try scalarOffset(ofUTF16: offset)
    }
  }

  private func scalarOffset(
    of offset: Int, unit: OffsetUnit, extra: [Int32], total: Int
  ) throws(OffsetError) -> Int {
    guard offset >= 0 && offset <= total else {
      throw .outOfRange(offset: offset, unit: unit, limit: total)
    }
    // Find the last wide scalar starting before `offset` in the target unit.
    var low = 0
    var high = wideScalars.count
    while low < high {
      let middle = (low + high) / 2
      let extraBefore = middle == 0 ? 0 : Int(extra[middle - 1])
      if Int(wideScalars[middle]) + extraBefore < offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return offset }
    let previous = low - 1
    let extraBefore = previous == 0 ? 0 : Int(extra[previous - 1])
    let unitStart = Int(wideScalars[previous]) + extraBefore
    let unitEnd = unitStart + 1 + Int(extra[previous]) - extraBefore
    guard offset >= unitEnd else {
      throw .insideScalar(offset: offset, unit: unit, scalarStart: unitStart)
    }
    return offset - Int(extra[previous])
  }
}

/// The unit offsets are counted in.
public enum OffsetUnit: String, Sendable, CaseIterable {
  /// Unicode scalars (code points): Marquee's own unit, Python's `str` indices.
  case unicodeScalar = "unicode-scalar"
  /// UTF-8 bytes.
  case utf8 = "utf-8"
  /// UTF-16 code units, as Java, JavaScript, GATE and UIMA count.
  case utf16 = "utf-16"
}

/// Why an offset could not be converted.
public enum OffsetError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The offset is negative or past the end of the text.
  case outOfRange(offset: Int, unit: OffsetUnit, limit: Int)
  /// The offset falls inside one scalar's encoding (a UTF-8 continuation byte or between the
  /// halves of a surrogate pair).
  case insideScalar(offset: Int, unit: OffsetUnit, scalarStart: Int)

  public var description: String {
    switch self {
    case .outOfRange(let offset, let unit, let limit):
      return "offset \(offset) (\(unit.rawValue)) is outside the text, which ends at \(limit)"
    case .insideScalar(let offset, let unit, let start):
      return
        "offset \(offset) (\(unit.rawValue)) falls inside the character that starts at \(start); offsets must fall between characters"
    }
  }
}
