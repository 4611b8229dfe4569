/// Accumulates a folded key as UTF-8 bytes, one word at a time (see ``NameKey``).
///
/// Word breaks are deferred so runs of separators become one space and none is left at either
/// end; when a word of exactly one letter ends right after another one-letter word, the space
/// between them is removed ("j j abrams" → "jj abrams").
struct KeyBuilder {
  var bytes: [UInt8] = []
  /// Where the current word starts in `bytes`, or `nil` between words.
  private var wordStart: Int?
  /// Scalars in the current word, and whether all of them are letters.
  private var wordScalars = 0
  private var wordIsLetters = true
  /// Whether the previous word was a single letter (an initial).
  private var previousWasInitial = false
  private var pendingSpace = false

  /// Appends one ASCII byte of a word.
  mutating func append(_ byte: UInt8, isLetter: Bool) {
    startWordIfNeeded()
    bytes.append(byte)
    wordScalars += 1
    wordIsLetters = wordIsLetters && isLetter
  }

  /// Appends folded text (already lower-case) to the current word.
  mutating func append(_ text: String) {
    for scalar in text.unicodeScalars {
      if scalar == " " {
        breakWord()
        continue
      }
      startWordIfNeeded()
      bytes.append(contentsOf: String(scalar).utf8)
      wordScalars += 1
      wordIsLetters = wordIsLetters && scalar.properties.isAlphabetic
    }
  }

  /// Ends the current word, if any.
  mutating func breakWord() {
    guard let start = wordStart else { return }
    let isInitial = wordScalars == 1 && wordIsLetters
    if isInitial && previousWasInitial && start > 0 && bytes[start - 1] == UInt8(ascii: " ") {
      bytes.remove(at: start - 1)
    }
    previousWasInitial = isInitial
    wordStart = nil
    pendingSpace = true
  }

  /// Ends the last word and returns the key without apostrophes or spaces at either end.
  mutating func finish() -> String {
    breakWord()
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper, bytes[lower] == UInt8(ascii: "'") || bytes[lower] == UInt8(ascii: " ") {
      lower += 1
    }
    while upper > lower,
      bytes[upper - 1] == UInt8(ascii: "'") || bytes[upper - 1] == UInt8(ascii: " ")
    {
      upper -= 1
    }
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  private mutating func startWordIfNeeded() {
    guard wordStart == nil else { return }
    if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
    pendingSpace = false
    wordStart = bytes.count
    wordScalars = 0
    wordIsLetters = true
  }
}
