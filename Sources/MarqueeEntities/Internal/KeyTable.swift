/// A hash table from folded keys (short lowercase strings) to values, built once and probed
/// often: the look-up tables behind the lexicons and the tagger's word lists.
///
/// `Dictionary<String, _>` hashes every probe with a seeded SipHash through `Hasher`, which
/// costs more than the rest of a look-up of a short key. This table hashes the key's UTF-8 bytes
/// with FNV-1a and probes linearly; slots keep their hash, so a miss rarely compares strings.
/// Most probes miss (a capitalised run is rarely a known name), and a large table's slots are
/// rarely in the processor's cache, so a bit set of about eight bits per key, small enough to
/// stay cached, answers most misses before any slot is read.
///
/// ```swift
/// var jobs = KeyTable<String>()
/// jobs["dp"] = "cinematographer"
/// jobs["dp"]          // "cinematographer"
/// jobs["grip"]        // nil
/// ```
///
/// - Complexity: look-up and insertion O(m) in the key's length on average.
struct KeyTable<Value> {
  /// Slot hashes; 0 marks an empty slot (a key's hash is never 0).
  private var hashes: [UInt64]
  /// For each occupied slot, the position of its key and value in `keys` and `values`.
  private var positions: [Int]
  /// The keys and their values, in the order they were added: only real entries, so that
  /// making and freeing a table costs nothing per empty slot (a table with a blank key and a nil
  /// value in every slot freed each of them, an optional through its generic witness).
  private var keys: [String]
  private var values: [Value]
  private var mask: Int
  /// One bit per (key hash's high bits): clear means no key has that hash.
  private var filter: [UInt64]
  private var filterMask: Int

  /// An empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    hashes = Array(repeating: 0, count: size)
    positions = Array(repeating: 0, count: size)
    keys = []
    keys.reserveCapacity(capacity)
    values = []
    values.reserveCapacity(capacity)
    mask = size - 1
    // Four filter bits per slot: eight or more per key, as the table is at most half full.
    filter = Array(repeating: 0, count: size / 16)
    filterMask = size * 4 - 1
  }

  /// A table holding every pair of `dictionary`.
  init(_ dictionary: [String: Value]) {
    self.init(capacity: dictionary.count)
    for (key, value) in dictionary { self[key] = value }
  }

  /// The number of keys.
  var count: Int { keys.count }

  var isEmpty: Bool { keys.isEmpty }

  /// The value stored under `key`; setting a value adds or replaces it (setting nil is ignored:
  /// the table never removes a key).
  subscript(key: String) -> Value? {
    get { self[key, hash: Self.hash(key)] }
    set {
      guard let newValue else { return }
      insert(newValue, forKey: key, hash: Self.hash(key))
    }
  }

  /// Stores `value` under `key`, whose ``hash(_:)`` is `hash`, computed already (replacing the
  /// value stored under it, if any).
  mutating func insert(_ value: Value, forKey key: String, hash: UInt64) {
    if (count + 1) * 2 > hashes.count { grow() }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 {
        let bit = Int(truncatingIfNeeded: hash >> 40) & filterMask
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        hashes[slot] = hash
        positions[slot] = keys.count
        keys.append(key)
        values.append(value)
        return
      }
      if stored == hash, keys[positions[slot]] == key {
        values[positions[slot]] = value
        return
      }
      slot = (slot + 1) & mask
    }
  }

  /// The value stored under `key`, whose ``hash(_:)`` is `hash`, computed already: a token's
  /// lowercase text is hashed once, when the token is made, however many tables test it.
  subscript(key: String, hash hash: UInt64) -> Value? {
    get {
      let bit = Int(truncatingIfNeeded: hash >> 40) & filterMask
      guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let stored = hashes[slot]
        if stored == 0 { return nil }
        if stored == hash, keys[positions[slot]] == key { return values[positions[slot]] }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The value stored under the key spelt `prefix + key + suffix`, found without building that
  /// string: the tables are probed with variants of a key ("the " + key, key + "s") far more
  /// often than a variant is found.
  func value(prefix: String, _ key: String, suffix: String) -> Value? {
    var state = Self.fnvStart
    state = Self.fnvStep(state, of: prefix)
    state = Self.fnvStep(state, of: key)
    state = Self.fnvStep(state, of: suffix)
    let hash = Self.finish(state)
    let bit = Int(truncatingIfNeeded: hash >> 40) & filterMask
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    let length = prefix.utf8.count + key.utf8.count + suffix.utf8.count
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return nil }
      if stored == hash {
        let position = positions[slot]
        if keys[position].utf8.count == length,
          keys[position].utf8.elementsEqual([prefix.utf8, key.utf8, suffix.utf8].joined())
        {
          return values[position]
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Appends `element` to the list stored under `key`, starting one when there is none: the
  /// stored list grows in place, never copied.
  mutating func append<Element>(_ element: Element, to key: String) where Value == [Element] {
    let hash = Self.hash(key)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { break }
      if stored == hash, keys[positions[slot]] == key {
        values[positions[slot]].append(element)
        return
      }
      slot = (slot + 1) & mask
    }
    insert([element], forKey: key, hash: hash)
  }

  /// Doubles the slots, placing each key again by its stored hash (keys and values stay put).
  private mutating func grow() {
    let size = hashes.count * 2
    let largerMask = size - 1
    let largerFilterMask = size * 4 - 1
    var largerHashes = [UInt64](repeating: 0, count: size)
    var largerPositions = [Int](repeating: 0, count: size)
    var largerFilter = [UInt64](repeating: 0, count: size / 16)
    for old in hashes.indices where hashes[old] != 0 {
      let hash = hashes[old]
      var slot = Int(truncatingIfNeeded: hash) & largerMask
      while largerHashes[slot] != 0 { slot = (slot + 1) & largerMask }
      largerHashes[slot] = hash
      largerPositions[slot] = positions[old]
      let bit = Int(truncatingIfNeeded: hash >> 40) & largerFilterMask
      largerFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    hashes = largerHashes
    positions = largerPositions
    filter = largerFilter
    mask = largerMask
    filterMask = largerFilterMask
  }

  /// ``hash(_:)`` of the string whose UTF-8 is `bytes`.
  @inline(__always)
  static func hash(bytes: some Sequence<UInt8>) -> UInt64 {
    let value = fnv(bytes)
    return value == 0 ? 1 : value
  }

  /// FNV-1a over the UTF-8 bytes, folded to 64 bits that are never 0.
  @inline(__always)
  static func hash(_ key: String) -> UInt64 {
    let value =
      key.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(key.utf8)
    return value == 0 ? 1 : value
  }

  @inline(__always)
  private static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
    let hash = fnvStep(fnvStart, bytes)
    return hash ^ (hash >> 29)
  }

  private static var fnvStart: UInt64 { 0xcbf2_9ce4_8422_2325 }

  /// FNV-1a's state after `bytes`, from `state`: hashing parts in turn hashes their concatenation.
  @inline(__always)
  private static func fnvStep(_ state: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = state
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// ``fnvStep(_:_:)`` over the UTF-8 of `text`, read in place when the string is native.
  @inline(__always)
  private static func fnvStep(_ state: UInt64, of text: String) -> UInt64 {
    text.utf8.withContiguousStorageIfAvailable { fnvStep(state, $0) } ?? fnvStep(state, text.utf8)
  }

  /// ``hash(_:)`` from FNV-1a's final state.
  @inline(__always)
  private static func finish(_ state: UInt64) -> UInt64 {
    let value = state ^ (state >> 29)
    return value == 0 ? 1 : value
  }
}

extension KeyTable {
  /// The value stored under the lowercase text of `token`, hashed when the token was made.
  subscript(token token: TextToken) -> Value? { self[token.lower, hash: token.hash] }
}

extension KeyTable where Value == Void {
  /// Whether the set holds `key`.
  func contains(_ key: String) -> Bool { self[key] != nil }

  /// Whether the set holds `key`, whose ``hash(_:)`` is `hash`, computed already.
  func contains(_ key: String, hash: UInt64) -> Bool { self[key, hash: hash] != nil }

  /// Whether the set holds the lowercase text of `token`, hashed when the token was made.
  func contains(_ token: TextToken) -> Bool { self[token.lower, hash: token.hash] != nil }

  /// Whether the set holds the lowercase text of `tokens[index]`, or "" outside the tokens (as
  /// `EntityTagger.lower(_:)` reads it).
  func contains(tokenAt index: Int, of tokens: [TextToken]) -> Bool {
    // The fields read in place: passing `tokens[index]` would copy the whole token.
    guard index >= 0 && index < tokens.count else { return contains("") }
    return self[tokens[index].lower, hash: tokens[index].hash] != nil
  }

  /// Adds `key` to the set.
  mutating func insert(_ key: String) { self[key] = () }
}

extension KeyTable: ExpressibleByArrayLiteral where Value == Void {
  /// A set of the listed words: `let verbs: KeyTable<Void> = ["plays", "voices"]`.
  init(arrayLiteral keys: String...) {
    self.init(capacity: keys.count)
    for key in keys { insert(key) }
  }
}

extension KeyTable: Sendable where Value: Sendable {}
