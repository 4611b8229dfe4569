/// A read-only open-addressing hash table from 64-bit keys to weights, for the back-off's
/// bigrams: a multiplicative hash, no `Hasher` run per look-up.
///
/// The table is megabytes, so a probe of it usually misses the processor's caches; most of a
/// review's bigrams are not in it, and a bit filter of about sixteen bits per key (small enough
/// to stay cached) answers most of those misses without reading a slot.
struct KeyTable: Sendable {
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

/// A set of 64-bit keys (never ``empty``) for one sentence's n-grams, emptied in time
/// proportional to what it holds.
struct KeySet {
  /// The marker of an empty slot: no n-gram key (a unigram's high half is all ones, but its
  /// word number never is).
  static let empty = UInt64.max
  private var keys: [UInt64]
  private var used: [Int] = []
  private let shift: UInt64

  /// A set with room for `capacity` keys.
  init(capacity: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    shift = 64 - bits
    keys = [UInt64](repeating: Self.empty, count: 1 << bits)
  }

  /// The first slot of `key` in a table of 2^(64 − shift) slots (Fibonacci hashing).
  static func slot(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Adds `key`; whether it was new.
  mutating func insert(_ key: UInt64) -> Bool {
    let mask = keys.count - 1
    var slot = Self.slot(key, shift: shift)
    while true {
      let found = keys[slot]
      if found == key { return false }
      if found == Self.empty {
        keys[slot] = key
        used.append(slot)
        return true
      }
      slot = (slot + 1) & mask
    }
  }

  /// Empties the set.
  mutating func removeAll() {
    for slot in used { keys[slot] = Self.empty }
    used.removeAll(keepingCapacity: true)
  }
}
