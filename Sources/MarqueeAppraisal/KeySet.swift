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
