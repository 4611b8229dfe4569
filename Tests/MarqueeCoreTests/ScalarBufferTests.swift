import MarqueeCore
import Testing

/// Every stage reads a document by scalar offset from one decoder: it must agree with the
/// standard library on every width of UTF-8, in and out of its eight-byte ASCII path.
@Suite struct ScalarBufferTests {
  @Test(arguments: [
    "", "Ok.", "Riz Ahmed", "Iñárritu’s “Birdman”", "e\u{301}\r\n", "봉준호 🎬👩🏽‍🎤 ok",
    "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "שלום 123 مرحبا",
    "aé€𝄞👩‍👩‍👧‍👦\r\n", "eight ch", "eightchrs and then é at byte seventeen",
  ])
  func agreesWithTheStandardLibrary(_ text: String) {
    #expect(ScalarBuffer.scalars(of: text) == Array(text.unicodeScalars))
  }

  /// Written out by hand: ASCII, "é" in two bytes, curly quotes and "—" in three, an emoji in
  /// four, a combining mark, CRLF, Hebrew.
  @Test(arguments: [
    ("Ok.", [0x4F, 0x6B, 0x2E] as [UInt32]),
    ("été", [0xE9, 0x74, 0xE9]),
    (
      "\u{201C}Wow\u{201D} \u{2014} 🎬",
      [0x201C, 0x57, 0x6F, 0x77, 0x201D, 0x20, 0x2014, 0x20, 0x1F3AC]
    ),
    ("e\u{301}\r\n", [0x65, 0x301, 0x0D, 0x0A]),
    ("שלום", [0x5E9, 0x5DC, 0x5D5, 0x5DD]),
  ])
  func decodesEachWidth(_ text: String, _ expected: [UInt32]) {
    #expect(ScalarBuffer.scalars(of: text).map(\.value) == expected)
  }
}
