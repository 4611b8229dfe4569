import Testing

@testable import MarqueeEntities

/// The look-up table behind the lexicons and word lists, and the per-document memo built on
/// it: both must answer exactly as the dictionaries and the directory they stand in for.
@Suite("Look-up layer: key tables, the memoised directory, the title scan")
struct KeyTableTests {
  @Test(
    "finds a key spelt in parts as the whole key finds it",
    arguments: [
      ("the ", "academy", ""), ("", "pixar", "s"), ("", "a24", ""), ("the ", "nobody", "s"),
    ]
  )
  func findsKeyInParts(prefix: String, key: String, suffix: String) {
    var table = KeyTable<Int>()
    for (k, word) in ["the academy", "pixars", "a24", "academy", "pixar", "naïve"].enumerated() {
      table[word] = k
    }
    let whole = prefix + key + suffix
    #expect(table.value(prefix: prefix, key, suffix: suffix) == table[whole])
    // a split that only matches when joined differently is no match
    #expect(table.value(prefix: "the", key, suffix: suffix) == table["the" + key + suffix])
  }

  @Test("finds every key it holds and no other, through many growths")
  func agreesWithDictionary() {
    var table = KeyTable<Int>()
    var reference: [String: Int] = [:]
    for k in 0..<3_000 {
      let key = k.isMultiple(of: 7) ? "naïve \(k)" : "key \(k * 31)"
      table[key] = k
      reference[key] = k
    }
    #expect(table.count == reference.count)
    for (key, value) in reference { #expect(table[key] == value) }
    for k in 0..<500 {
      #expect(table["missing \(k)"] == nil)
      #expect(table["key \(k * 31 + 1)"] == nil || (k * 31 + 1).isMultiple(of: 31))
    }
  }

  @Test("setting a key again replaces its value; setting nil changes nothing")
  func replaces() {
    var table = KeyTable<String>(["dp": "cinematographer"])
    table["dp"] = "director of photography"
    table["dp"] = nil
    table[""] = "empty"
    #expect(table.count == 2)
    #expect(table["dp"] == "director of photography")
    #expect(table[""] == "empty")
    #expect(table["DP"] == nil)
  }

  @Test("as a set: contains what was inserted, compared by exact text")
  func set() {
    var set = KeyTable<Void>()
    for word in ["the", "of", "nyong'o", "émile"] { set.insert(word) }
    set.insert("the")
    #expect(set.count == 4)
    #expect(set.contains("the") && set.contains("émile") && set.contains("nyong'o"))
    #expect(!set.contains("The") && !set.contains("emile") && !set.contains("nyong’o"))
  }

  @Test(
    "the memoised directory answers as the lexicon does, the first time and the second",
    arguments: [
      "riz ahmed", "ahmed", "a24", "academy", "netflix", "cannes", "oscar", "darius",
      "parasite", "the godfather", "nobody at all", "", "'s", "coens", "william shakespeare",
      "shakespeare",
    ])
  func memoAgrees(key: String) {
    let base = LexiconNameDirectory.shared
    let memo = MemoizedNameDirectory(base: base)
    for _ in 0..<2 {
      #expect(memo.hasPerson(named: key) == base.hasPerson(named: key))
      #expect(memo.people(named: key) == base.people(named: key))
      #expect(memo.people(withSurname: key) == base.people(withSurname: key))
      #expect(memo.title(named: key) == base.title(named: key))
      #expect(memo.org(named: key) == base.org(named: key))
      #expect(memo.isGivenName(key) == base.isGivenName(key))
      #expect(memo.isSurname(key) == base.isSurname(key))
      #expect(memo.wordClass(key) == base.wordClass(key))
    }
  }

  @Test(
    "the title scan stops at each mark that may open a title, and at the end",
    arguments: [
      ("no marks here", 0, 13), ("a \"b\"", 0, 2), ("a \"b\"", 3, 4), ("x *y*", 0, 2),
      ("snake_case", 0, 5), ("\u{2018}Tis\u{2019}", 0, 0), ("Her \u{201C}Parasite\u{201D}", 1, 4),
      ("", 0, 0), ("abc", 5, 3),
    ])
  func nextQuoteMark(text: String, from: Int, expected: Int) {
    #expect(EntityTagger.nextQuoteMark(in: Array(text.unicodeScalars), from: from) == expected)
  }

  @Test(
    "organisations: the key, else with 'the' before it, else in the other number",
    arguments: [
      ("a24", "A24"),
      ("academy", "Academy Awards"),  // listed as "the Academy"
      ("oscar", "Academy Awards"),  // listed as "Oscars"
      ("netflixs", "Netflix"),
      ("academy awardss", "Academy Awards"),
    ])
  func orgVariants(key: String, name: String) {
    #expect(LexiconNameDirectory.shared.org(named: key)?.name == name)
  }

  @Test("a key that is not its own name key takes the full fold for every variant")
  func orgVariantsOfUnfoldedKeys() {
    let names = LexiconNameDirectory.shared
    #expect(names.org(named: "a 24")?.name == nil)
    #expect(names.org(named: "netflix!")?.name == "Netflix")
    #expect(names.org(named: "") == nil)
  }
}
