import Foundation
import MarqueeCore
import MarqueeEntities
import MarqueeText
import Testing

/// Credits read from TSV and JSON, and what they change in the tagging.
@Suite struct CreditsTests {
  static let tsv = """
    # credits for two films
    title\tPercy Jackson & the Olympians: The Lightning Thief\t2010
    cast\tLogan Lerman\tPercy Jackson
    cast\tBrandon T. Jackson\tGrover Underwood|Grover
    crew\tChris Columbus\tDirector
    crew\tStephen Goldblatt\tDP

    title\tGlass Harbour\t2021\tseries
    crew\tLogan Lerman\teditor
    """

  @Test func tsvGivesOneWorkPerTitleRow() throws {
    let films = try FilmCredits.read(tsv: Self.tsv)
    #expect(films.count == 2)
    #expect(films[0].title == "Percy Jackson & the Olympians: The Lightning Thief")
    #expect(films[0].year == 2010)
    #expect(films[0].cast.map(\.name) == ["Logan Lerman", "Brandon T. Jackson"])
    #expect(films[0].cast[1].characters == ["Grover Underwood", "Grover"])
    // Job names are normalised: "Director" → director, "DP" → cinematographer.
    #expect(films[0].crew.map(\.job) == ["director", "cinematographer"])
    #expect(films[1].work == "series")
    #expect(films[1].crew == [FilmCredits.Crew(name: "Logan Lerman", job: "editor")])
  }

  @Test func tsvErrorsNameTheLine() {
    #expect(throws: CreditsError.invalidRow(line: 1, reason: "a cast row before any title row")) {
      try FilmCredits.read(tsv: "cast\tLogan Lerman\tPercy")
    }
    #expect(throws: CreditsError.self) {
      try FilmCredits.read(tsv: "title\tA Film\t2020\ncrew\tSomebody\tcaterer")
    }
    do {
      _ = try FilmCredits.read(tsv: "title\tA Film\t2020\ncrew\tSomebody\tcaterer")
      Issue.record("an unknown job must be refused")
    } catch {
      #expect(String(describing: error).contains("line 2"))
      #expect(String(describing: error).contains("caterer"))
    }
  }

  @Test func jsonObjectAndArrayBothRead() throws {
    let object = """
      {"title": "Sound of Metal", "year": 2019,
       "cast": [{"name": "Riz Ahmed", "characters": ["Ruben Stone"]}, "Olivia Cooke",
                {"name": "Paul Raci", "character": "Joe"}],
       "crew": [{"name": "Darius Marder", "job": "director"}]}
      """
    let one = try FilmCredits.read(json: Array(object.utf8))
    #expect(one.count == 1)
    #expect(one[0].cast.map(\.name) == ["Riz Ahmed", "Olivia Cooke", "Paul Raci"])
    #expect(one[0].cast[2].characters == ["Joe"])
    #expect(one[0].crew[0].job == "director")
    let array = try FilmCredits.read(json: Array("[\(object), {\"title\": \"Minari\"}]".utf8))
    #expect(array.map(\.title) == ["Sound of Metal", "Minari"])
    // What jsonValue writes, read(json:) reads back.
    #expect(try FilmCredits.read(json: one[0].jsonValue) == one)
  }

  @Test(arguments: ["{\"year\": 2019}", "[1, 2]", "\"a title\"", "{\"title\": "])
  func malformedJSONIsATypedError(_ text: String) {
    #expect(throws: CreditsError.self) { try FilmCredits.read(json: Array(text.utf8)) }
  }

  @Test func fileReaderPicksTheFormatByExtension() throws {
    let folder = FileManager.default.temporaryDirectory
    let path = folder.appendingPathComponent("marquee-credits-\(UUID().uuidString).tsv").path
    try Self.tsv.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try FilmCredits.read(contentsOf: path).count == 2)
    #expect(throws: CreditsError.unreadable(path: path + ".missing")) {
      try FilmCredits.read(contentsOf: path + ".missing")
    }
  }

  static let review =
    "The Lightning Thief is loud. Columbus keeps it moving, and Lerman gives Percy some charm."

  func tagged(_ text: String, stage: EntityStage, metadata: JSONObject = JSONObject()) throws
    -> [String: Annotation]
  {
    let pipeline = try Pipeline([SegmentStage(), stage])
    let document = try pipeline.run(Document(id: "c", text: text, metadata: metadata))
    let scalars = Array(text.unicodeScalars)
    var result: [String: Annotation] = [:]
    for a in document.layer("entities") ?? [] {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a.start..<a.end])
      result[String(view)] = a
    }
    return result
  }

  @Test func creditsSettleRolesJobsCharactersAndShortTitles() throws {
    let films = try FilmCredits.read(tsv: Self.tsv)
    let with = try tagged(Self.review, stage: EntityStage(credits: [films[0]]))
    #expect(with["Columbus"]?.label == "CREW")
    #expect(with["Columbus"]?.features["job"]?.stringValue == "director")
    #expect(with["Columbus"]?.features["name"]?.stringValue == "Chris Columbus")
    #expect(with["Lerman"]?.label == "CAST")
    #expect(with["Lerman"]?.features["name"]?.stringValue == "Logan Lerman")
    #expect(with["Percy"]?.label == "CHARACTER")
    #expect(with["Percy"]?.features["name"]?.stringValue == "Percy Jackson")
    #expect(with["The Lightning Thief"]?.label == "TITLE")
    #expect(
      with["The Lightning Thief"]?.features["name"]?.stringValue
        == "Percy Jackson & the Olympians: The Lightning Thief")
    // Without credits the same text gives no full names, and no job for Columbus.
    let without = try tagged(Self.review, stage: EntityStage())
    #expect(without["Percy"]?.features["name"]?.stringValue == "Percy")
    #expect(without["Columbus"]?.label != "CREW")
  }

  @Test func severalFilmsApplyOnlyWhereTheTextNamesTheTitle() throws {
    let stage = try EntityStage(credits: FilmCredits.read(tsv: Self.tsv))
    let first = try tagged(Self.review, stage: stage)
    #expect(first["Lerman"]?.label == "CAST")
    let second = try tagged(
      "Glass Harbour is slow to start. Lerman cuts the later episodes with real snap.",
      stage: stage)
    #expect(second["Lerman"]?.label == "CREW")
    #expect(second["Lerman"]?.features["job"]?.stringValue == "editor")
  }

  @Test func documentMetadataCreditsWinOverTheCorpus() throws {
    let films = try FilmCredits.read(tsv: Self.tsv)
    let metadata: JSONObject = ["credits": films[1].jsonValue]
    let stage = EntityStage(credits: [films[0]])
    let result = try tagged(
      "Lerman cuts the later episodes with real snap.", stage: stage, metadata: metadata)
    #expect(result["Lerman"]?.label == "CREW")
    #expect(result["Lerman"]?.features["job"]?.stringValue == "editor")
  }

  @Test func malformedMetadataCreditsNameTheDocument() throws {
    let metadata: JSONObject = ["credits": .string("Sound of Metal")]
    #expect(throws: PipelineError.self) {
      _ = try tagged("Riz Ahmed drums.", stage: EntityStage(), metadata: metadata)
    }
    let segmented = try Pipeline([SegmentStage()]).run(
      Document(id: "bad", text: "Riz Ahmed drums.", metadata: metadata))
    #expect(throws: EntityStageError.self) { _ = try EntityStage().annotate(segmented) }
  }

  @Test func settingsListTheCreditedTitles() throws {
    let films = try FilmCredits.read(tsv: Self.tsv)
    #expect(EntityStage().settings.isEmpty)
    #expect(
      EntityStage(credits: films).settings["credits"]
        == .array([.string(films[0].title), .string("Glass Harbour")]))
  }
}
