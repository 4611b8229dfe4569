import Testing

@testable import MarqueeAppraisal

/// The back-off's bigram table answers as a dictionary would: its bit filter may only save the
/// probe of a key it does not hold, never hide one it does.
@Suite struct BigramTableTests {
  @Test func everyKeyIsFoundAndAbsentKeysAreNot() {
    var entries: [UInt64: Float] = [:]
    var state: UInt64 = 0x1234_5678
    for index in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      entries[state >> 1] = Float(index)
    }
    let table = BigramTable(entries)
    for (key, value) in entries { #expect(table[key] == value) }
    var absent = 0
    for probe in 0..<20_000 {
      let key = UInt64(probe) &* 0x9E37_79B9 | (1 << 63)
      if entries[key] == nil {
        absent += 1
        #expect(table[key] == nil)
      }
    }
    #expect(absent > 19_000)
  }
}
