import MarqueeCore
import MarqueeTestSupport
import Testing

/// A user's own stage, defined only here in a test target, as it would be in someone else's
/// package: it marks every capitalised word.
struct CapitalWordStage: Stage {
  var name: String { "capitals" }
  var version: String { "1.0.0" }
  var settings: JSONObject { ["minimumLength": 2] }
  var requiredLayers: [String] { [] }
  var producedLayers: [String] { ["capitals"] }

  func annotate(_ document: Document) throws -> StageOutput {
    var spans: [Annotation] = []
    let scalars = Array(document.text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index].properties.isUppercase else {
        index += 1
        continue
      }
      let start = index
      while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
      if index - start >= 2 {
        spans.append(Annotation(id: "c\(spans.count + 1)", start: start, end: index, label: "CAP"))
      }
      index = max(index, start + 1)
    }
    return StageOutput(layers: ["capitals": spans])
  }
}

/// A stage that needs another's layer and links its annotations.
struct PairingStage: Stage {
  var name: String { "pairs" }
  var version: String { "0.2.0" }
  var requiredLayers: [String] { ["capitals"] }
  var producedLayers: [String] { ["pairs"] }
  var producedRelations: [String] { ["next"] }

  func annotate(_ document: Document) throws -> StageOutput {
    let capitals = document.layer("capitals") ?? []
    let relations = zip(capitals, capitals.dropFirst()).enumerated().map { offset, pair in
      Relation(id: "n\(offset + 1)", label: "next", from: pair.0.id, to: pair.1.id)
    }
    return StageOutput(layers: ["pairs": []], relations: relations, summary: ["pairs": 1])
  }
}

/// A stage that breaks its contract.
struct OutOfBoundsStage: Stage {
  var name: String { "broken" }
  var version: String { "0.0.1" }
  var requiredLayers: [String] { [] }
  var producedLayers: [String] { ["broken"] }

  func annotate(_ document: Document) throws -> StageOutput {
    StageOutput(layers: ["broken": [Annotation(id: "b1", start: 0, end: document.length + 1)]])
  }
}

@Suite struct PipelineTests {
  @Test func aUserStageRunsAndRecordsProvenance() throws {
    let pipeline = try Pipeline([CapitalWordStage(), PairingStage()])
    let result = try pipeline.run(Document(id: "d", text: "Riz Ahmed and Olivia Cooke 👍"))
    let surfaces = (result.layer("capitals") ?? []).map { String(result.surface(of: $0)) }
    #expect(surfaces == ["Riz", "Ahmed", "Olivia", "Cooke"])
    #expect(result.relations.map(\.from) == ["c1", "c2", "c3"])
    #expect(result.stages.map(\.name) == ["capitals", "pairs"])
    #expect(result.stages[0].settings["minimumLength"] == .integer(2))
    #expect(result.summary["pairs"] == .integer(1))
  }

  @Test func aMissingLayerIsReportedWhenThePipelineIsBuilt() {
    let catalog = StageCatalog([CapitalWordStage(), PairingStage()])
    do {
      _ = try Pipeline([PairingStage()], catalog: catalog)
      Issue.record("a pipeline without its required layer was built")
    } catch {
      #expect(error.description == "pairs requires layer 'capitals': add 'capitals' before it")
    }
  }

  @Test func documentsBringingTheirOwnLayersAreCheckedOneByOne() throws {
    let pipeline = try Pipeline([PairingStage()], existingLayers: nil)
    #expect(throws: PipelineError.self) { try pipeline.run(Document(id: "bare", text: "A B")) }
    let prepared = try Pipeline([CapitalWordStage()]).run(Document(id: "d", text: "Aa Bb"))
    #expect(try pipeline.run(prepared).relations.count == 1)
  }

  @Test func rerunningAStageReplacesItsLayerAndRelations() throws {
    let pipeline = try Pipeline([CapitalWordStage(), PairingStage()])
    let once = try pipeline.run(Document(id: "d", text: "Aa Bb Cc"))
    let twice = try pipeline.run(once)
    #expect(twice.layer("capitals") == once.layer("capitals"))
    #expect(twice.relations == once.relations)
    #expect(twice.stages.count == 4)
  }

  @Test func aStageThatBreaksItsContractIsNamed() throws {
    let pipeline = try Pipeline([OutOfBoundsStage()])
    do {
      _ = try pipeline.run(Document(id: "doc-7", text: "abc"))
      Issue.record("out-of-bounds output was accepted")
    } catch {
      #expect(error.description.contains("broken"))
      #expect(error.description.contains("doc-7"))
    }
  }

  @Test func unknownStageNamesListTheKnownOnes() {
    let catalog = StageCatalog([CapitalWordStage()])
    #expect(throws: PipelineError.self) { try catalog.stage(named: "entites") }
    do {
      _ = try catalog.stage(named: "entites")
    } catch {
      #expect(error.description.contains("capitals"))
    }
  }

  @Test func theUserStagePassesTheConformanceKit() {
    #expect(StageConformance.problems(running: [CapitalWordStage()]).isEmpty)
    #expect(!StageConformance.problems(running: [OutOfBoundsStage()]).isEmpty)
  }
}
