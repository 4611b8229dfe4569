import Foundation

/// The ``WordFacts`` of every distinct word one ``EvaluateStage`` has seen, shared by the
/// documents it annotates (from any thread), so the lemma rules and word-list lookups run once
/// per word of a corpus rather than once per word of each document.
///
/// Bounded: past ``capacity`` words the table starts again, so a stream of unseen tokens cannot
/// grow it without limit.
final class WordMemo: @unchecked Sendable {
  /// The most words kept.
  static let capacity = 200_000

  private let lock = NSLock()
  private var table = WordTable()

  /// Runs `body` with the table locked.
  func withTable<Result>(_ body: (inout WordTable) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    if table.count > Self.capacity { table = WordTable() }
    return try body(&table)
  }
}

/// The parts of a word's ``WordFacts`` a sentence's view copies per token, as plain values.
struct FlatFacts {
  /// The word's lexicon forms: a range in ``WordTable/formPool``.
  var forms: Range<Int32>
  /// ``WordFacts/shifterSymbol``.
  var shifterSymbol: PhraseTrie.Symbol
  /// ``WordFacts/flags``.
  var flags: TokenFlags
  /// ``WordFacts/roles``.
  var roles: UInt8
  /// ``WordFacts/aspect``.
  var aspect: Aspect?
  /// ``WordFacts/exclamations``.
  var exclamations: Int
}

/// An open-addressing hash table from a normalized word's UTF-8 bytes to its ``WordFacts``.
///
/// An ASCII token is looked up straight from its scalars, lowercased on the fly, with no
/// `String` built and no `Hasher` run; other tokens go through
/// ``ExpressionWords/normalize(_:)``. Keys compare byte for byte, so two canonically equivalent
/// spellings get separate (equal) facts.
struct WordTable {
  /// Entry index per slot, -1 for an empty slot; the count is a power of two.
  private var slots = [Int32](repeating: -1, count: 1024)
  /// The keys' bytes, one after another.
  private var pool: [UInt8] = []
  /// Each entry's key in `pool`.
  private var keys: [Range<Int>] = []
  private var facts: [WordFacts] = []
  /// Each entry's per-token facts, flat: no references, so filling a sentence's view retains
  /// and releases nothing per token.
  private(set) var flat: [FlatFacts] = []
  /// Each entry's lexicon word (``WordFacts/lexical``), read without going through its facts.
  private(set) var lexicals: [EvaluativeLexicon.Word] = []
  /// The lexicon forms of every entry (``FlatFacts/forms``), one entry after another.
  private(set) var formPool: [PhraseTrie.Symbol] = []
  /// The key being looked up.
  private var scratch: [UInt8] = []
  /// Each entry's word number in the ``NgramBackoff`` (-1 for a word it does not know), filled
  /// for new entries by ``appendBackoffNumbers(of:to:model:)``.
  private var backoffNumbers: [Int32] = []

  /// The number of words.
  var count: Int { facts.count }

  /// The facts of a token written as `scalars`, computed from `appraiser`'s word lists the
  /// first time the table sees its normalized word.
  mutating func facts(
    scalars: ArraySlice<Unicode.Scalar>, appraiser: SentenceAppraiser
  ) -> WordFacts {
    facts[Int(entry(scalars: scalars, appraiser: appraiser))]
  }

  /// The facts of a word already normalized with ``ExpressionWords/normalize(_:)``.
  mutating func facts(normalized word: String, appraiser: SentenceAppraiser) -> WordFacts {
    facts[Int(entry(normalized: word, appraiser: appraiser))]
  }

  /// Every word's facts, indexed by the entries ``entry(scalars:appraiser:)`` returns. Holding
  /// this array while the table grows makes the table copy it, so drop it before looking up.
  var allFacts: [WordFacts] { facts }

  /// The index in ``allFacts`` of the facts of a token written as `scalars` (an index, not the
  /// object, so the per-token loop does no reference counting).
  mutating func entry(
    scalars: ArraySlice<Unicode.Scalar>, appraiser: SentenceAppraiser
  ) -> Int32 {
    scratch.removeAll(keepingCapacity: true)
    for scalar in scalars {
      let value = scalar.value
      guard value < 0x80 else {
        // The curly quotes and dashes of edited prose, as ExpressionWords.normalize writes them.
        switch value {
        case 0x2018, 0x2019: scratch.append(0x27)  // ‘ ’ → '
        case 0x201C, 0x201D: scratch.append(0x22)  // “ ” → "
        case 0x2013, 0x2014, 0x2026:  // – — … stay, in UTF-8
          scratch.append(0xE2)
          scratch.append(0x80)
          scratch.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        default:
          let word = ExpressionWords.normalize(EvaluateStage.string(scalars))
          return entry(normalized: word, appraiser: appraiser)
        }
        continue
      }
      // ASCII lowercasing is all ExpressionWords.normalize does to an ASCII token.
      scratch.append(UInt8(truncatingIfNeeded: value &- 0x41 < 26 ? value + 0x20 : value))
    }
    return lookUp(
      length: scratch.count, hash: Self.hash(scratch[...]), word: nil, appraiser: appraiser)
  }

  /// The entry of a token written as `scalars` (``entry(scalars:appraiser:)``) and the token's
  /// surface flags (``TokenFlags/surface(_:)``): for an ASCII token in one pass that lowercases,
  /// hashes and reads the shape together, writing the key in place with no per-byte append.
  mutating func entryAndSurface(
    scalars: ArraySlice<Unicode.Scalar>, appraiser: SentenceAppraiser
  ) -> (entry: Int32, surface: TokenFlags) {
    let count = scalars.count
    if scratch.count < count { scratch = [UInt8](repeating: 0, count: max(count, 64)) }
    var hash = Self.hashSeed
    var flags: TokenFlags = [.noLowercase, .letters, .uppercase]
    if count >= 2 { flags.insert(.multiScalar) }
    let isASCII = scratch.withUnsafeMutableBufferPointer { buffer -> Bool in
      var position = 0
      for scalar in scalars {
        let value = scalar.value
        guard value < 0x80 else { return false }
        let isUpper = value &- 0x41 < 26
        let isLower = value &- 0x61 < 26
        if position == 0 && isUpper { flags.insert(.capitalized) }
        if isLower { flags.remove(.noLowercase) }
        if !isUpper && !isLower { flags.remove(.letters) }
        if !isUpper { flags.remove(.uppercase) }
        // ASCII lowercasing is all ExpressionWords.normalize does to an ASCII token.
        let byte = UInt8(truncatingIfNeeded: isUpper ? value + 0x20 : value)
        buffer[position] = byte
        hash = (hash ^ UInt64(byte)) &* Self.hashPrime
        position += 1
      }
      return true
    }
    guard isASCII else {
      return (entry(scalars: scalars, appraiser: appraiser), TokenFlags.surface(scalars))
    }
    return (lookUp(length: count, hash: hash, word: nil, appraiser: appraiser), flags)
  }

  /// FNV-1a's offset basis and prime: the table hashes a key's bytes with FNV-1a.
  private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let hashPrime: UInt64 = 0x100_0000_01b3

  /// The FNV-1a hash of `bytes`.
  private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash = hashSeed
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* hashPrime
    }
    return hash
  }

  /// Appends the ``NgramBackoff`` word number of each of `entries` to `numbers` (-1 for a word
  /// the model does not know, and for an entry of -1: a word the back-off must not read); each
  /// word's number is looked up once per table.
  mutating func appendBackoffNumbers(
    of entries: [Int32], to numbers: inout [Int32], model: NgramBackoff
  ) {
    while backoffNumbers.count < facts.count {
      backoffNumbers.append(model.number(of: facts[backoffNumbers.count].word))
    }
    backoffNumbers.withUnsafeBufferPointer { known in
      for entry in entries { numbers.append(entry < 0 ? -1 : known[Int(entry)]) }
    }
  }

  /// The index in ``allFacts`` of the facts of a word already normalized with
  /// ``ExpressionWords/normalize(_:)``.
  mutating func entry(normalized word: String, appraiser: SentenceAppraiser) -> Int32 {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: word.utf8)
    return lookUp(
      length: scratch.count, hash: Self.hash(scratch[...]), word: word, appraiser: appraiser)
  }

  /// Finds or adds the entry for the first `length` bytes in `scratch`, whose FNV-1a hash is
  /// `hash` (and whose string is `word` when known).
  private mutating func lookUp(
    length: Int, hash: UInt64, word: String?, appraiser: SentenceAppraiser
  ) -> Int32 {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if keyEquals(keys[entry], length: length) { return Int32(truncatingIfNeeded: entry) }
      slot = (slot + 1) & mask
    }
    let computed = WordFacts(
      word: word ?? String(decoding: scratch[..<length], as: UTF8.self), lexicon: appraiser.lexicon,
      shifters: appraiser.shifters, cues: appraiser.cues)
    let start = pool.count
    pool.append(contentsOf: scratch[..<length])
    keys.append(start..<pool.count)
    facts.append(computed)
    lexicals.append(computed.lexical)
    let firstForm = Int32(truncatingIfNeeded: formPool.count)
    formPool.append(contentsOf: computed.lexical.forms)
    flat.append(
      FlatFacts(
        forms: firstForm..<Int32(truncatingIfNeeded: formPool.count),
        shifterSymbol: computed.shifterSymbol, flags: computed.flags, roles: computed.roles,
        aspect: computed.aspect, exclamations: computed.exclamations))
    let added = Int32(truncatingIfNeeded: facts.count - 1)
    slots[slot] = added
    if facts.count * 2 > slots.count { grow() }
    return added
  }

  private func keyEquals(_ key: Range<Int>, length: Int) -> Bool {
    guard key.count == length else { return false }
    return pool.withUnsafeBufferPointer { pool in
      scratch.withUnsafeBufferPointer { scratch in
        guard let pool = pool.baseAddress, let scratch = scratch.baseAddress else {
          return key.isEmpty
        }
        return memcmp(pool + key.lowerBound, scratch, key.count) == 0
      }
    }
  }

  /// Doubles the slots and re-inserts every entry.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (entry, key) in keys.enumerated() {
      let hash = Self.hash(pool[key])
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(entry)
    }
  }
}
