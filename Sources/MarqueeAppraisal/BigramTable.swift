/// A read-only open-addressing hash table from 64-bit keys to weights, for the back-off's
/// bigrams: a multiplicative hash, no `Hasher` run per look-up.
///
/// The table is megabytes, so a probe of it usually misses the processor's caches; most of a
/// review's bigrams are not in it, and a bit filter of about sixteen bits per key (small enough
/// to stay cached) answers most of those misses without reading a slot.
struct BigramTable: Sendable {
  private var keys: [UInt64]
  private var values: [Float]
  private let shift: UInt64
  private var filter: [UInt64]
  private let filterShift: UInt64

  /// The table of `entries`.
  init(_ entries: [UInt64: Float]) {
    var filterBits: UInt64 = 6
    while (1 << filterBits) < entries.count * 16 { filterBits += 1 }
    filterShift = 64 - filterBits
    filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
    var bits: UInt64 = 4
    while (1 << bits) < entries.count * 2 { bits += 1 }
    shift = 64 - bits
    keys = [UInt64](repeating: KeySet.empty, count: 1 << bits)
    values = [Float](repeating: 0, count: 1 << bits)
    let mask = (1 << bits) - 1
    for (key, value) in entries {
      let bit = Self.filterBit(key, shift: filterShift)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var slot = KeySet.slot(key, shift: shift)
      while keys[slot] != KeySet.empty { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// The filter's bit for `key`: from another multiplier than the slot's, so the two are
  /// independent.
  @inline(__always)
  private static func filterBit(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
  }

  /// The weight of `key`, if the table has it.
  subscript(key: UInt64) -> Float? {
    let bit = Self.filterBit(key, shift: filterShift)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    let mask = keys.count - 1
    var slot = KeySet.slot(key, shift: shift)
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found == KeySet.empty { return nil }
      slot = (slot + 1) & mask
    }
  }
}
