import Testing

@testable import MarqueeEntities

/// The folding every lookup relies on.
@Suite("Name keys")
struct NameKeyTests {
  @Test(
    "folds case, diacritics, apostrophes, punctuation and initials",
    arguments: [
      ("Alejandro González Iñárritu", "alejandro gonzalez inarritu"),
      ("Lupita Nyong\u{2019}o", "lupita nyong'o"),
      ("Lupita Nyong`o", "lupita nyong'o"),
      ("Bong Joon-ho", "bong joon ho"),
      ("J. J. Abrams", "jj abrams"),
      ("J.J. Abrams", "jj abrams"),
      ("A. O. Scott", "ao scott"),
      ("Mission: Impossible – Fallout", "mission impossible fallout"),
      ("Crazy, Stupid, Love.", "crazy stupid love"),
      ("M*A*S*H", "mash"),
      ("Thelma & Louise", "thelma & louise"),
      ("(500) Days of Summer", "500 days of summer"),
      ("  ‘Her’  ", "her"),
      ("Łukasz Żal", "lukasz zal"),
      ("Søren Kierkegaard", "soren kierkegaard"),
      ("Friðrik Þór Friðriksson", "fridrik thor fridriksson"),
      ("STRAßE", "strasse"),
      ("Trần Anh Hùng", "tran anh hung"),
      ("Σοφία", "σοφια"),
      ("Iña\u{301}rritu", "inarritu"),
      ("", ""),
      ("—", ""),
    ])
  func fold(input: String, expected: String) {
    #expect(NameKey(input).value == expected)
  }

  @Test("word counts")
  func wordCount() {
    #expect(NameKey("director of photography").wordCount == 3)
    #expect(NameKey("D.P.").wordCount == 1)
    #expect(NameKey("").wordCount == 0)
  }

  @Test("the public key function agrees with the lexicon's lookups")
  func publicKey() {
    #expect(FilmNameLexicon.key("Timothée Chalamet") == FilmNameLexicon.key("timothee chalamet"))
  }
}
