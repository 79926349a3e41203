import BylineCore
import Testing

/// A stage that only records that it ran (appends its name to the document id) and can fail.
private struct RecordingStage: Stage {
    struct Failure: Error, Equatable {}

    let name: String
    let requires: Set<Layer>
    let produces: Set<Layer>
    var fails = false

    init(_ name: String, requires: Set<Layer> = [], produces: Set<Layer> = [], fails: Bool = false) {
        self.name = name
        self.requires = requires
        self.produces = produces
        self.fails = fails
    }

    func process(_ document: inout Document) throws {
        if fails { throw Failure() }
        // Every requirement is present when the stage runs.
        precondition(requires.isSubset(of: document.layers), "\(name) ran without \(requires.subtracting(document.layers))")
        document.id += "|\(name)"
    }
}

private let normalize = RecordingStage("normalize", produces: [.text])
private let split = RecordingStage("split", requires: [.text], produces: [.sentences])
private let tokenize = RecordingStage("tokenize", requires: [.sentences], produces: [.tokens])
private let tag = RecordingStage("tag", requires: [.tokens, .sentences], produces: [.entities])
private let quotes = RecordingStage("quotes", requires: [.tokens, .entities], produces: [.quotes])

@Suite("Pipeline")
struct PipelineTests {
    @Test func missingRequirementNamesStageAndLayer() throws {
        let error = #expect(throws: PipelineError.self) {
            try Pipeline(stages: [normalize, tokenize])
        }
        let unwrapped = try #require(error)
        #expect(unwrapped.stage == "tokenize")
        #expect(unwrapped.missing == [.sentences])
        #expect(unwrapped.description.contains("'tokenize'"))
        #expect(unwrapped.description.contains("'sentences'"))
        #expect(unwrapped.description == "stage 'tokenize' requires the 'sentences' layer, which no earlier stage produces")
    }

    @Test func severalMissingLayersAreAllNamedInAStableOrder() throws {
        let error = try #require(#expect(throws: PipelineError.self) {
            try Pipeline(stages: [normalize, quotes])
        })
        #expect(error.stage == "quotes")
        #expect(error.missing == [.entities, .tokens])
        #expect(error.description.contains("'entities', 'tokens' layers"))
    }

    @Test func theFirstBadStageIsReported() throws {
        let error = try #require(#expect(throws: PipelineError.self) {
            try Pipeline(stages: [normalize, tag, quotes])
        })
        #expect(error.stage == "tag")
        #expect(error.missing == [.sentences, .tokens])
    }

    @Test func orderMatters() throws {
        // Every requirement is produced by some stage, but tokenize comes before split.
        let error = try #require(#expect(throws: PipelineError.self) {
            try Pipeline(stages: [normalize, tokenize, split])
        })
        #expect(error.stage == "tokenize")
        #expect(error.missing == [.sentences])
    }

    @Test func validOrderRunsStagesInOrderAndRecordsLayers() throws {
        let pipeline = try Pipeline(stages: [normalize, split, tokenize, tag])
        #expect(pipeline.stages.map(\.name) == ["normalize", "split", "tokenize", "tag"])
        #expect(pipeline.produces == [.text, .sentences, .tokens, .entities])

        var document = Document(id: "doc", source: "Some text.")
        #expect(document.layers.isEmpty)
        try pipeline.run(&document)
        #expect(document.id == "doc|normalize|split|tokenize|tag")
        #expect(document.layers == [.text, .sentences, .tokens, .entities])
    }

    @Test func emptyPipelineIsValidAndChangesNothing() throws {
        let pipeline = try Pipeline(stages: [])
        #expect(pipeline.produces.isEmpty)
        var document = Document(id: "doc", source: "x")
        try pipeline.run(&document)
        #expect(document.id == "doc")
        #expect(document.layers.isEmpty)
    }

    @Test func byDefaultNothingIsAvailable() throws {
        // Without `available:`, even the text layer must come from a stage (the normalizer).
        let error = try #require(#expect(throws: PipelineError.self) { try Pipeline(stages: [split]) })
        #expect(error.missing == [.text])
        #expect(try Pipeline(stages: [split], available: [.text]).produces == [.text, .sentences])
    }

    @Test func availableLayersSatisfyRequirements() throws {
        // A CoNLL reader supplies sentences and tokens: the tagger may run first.
        #expect(throws: PipelineError.self) { try Pipeline(stages: [tag]) }
        let pipeline = try Pipeline(stages: [tag, quotes], available: [.text, .sentences, .tokens])
        #expect(pipeline.produces == [.text, .sentences, .tokens, .entities, .quotes])

        var document = Document(id: "conll", source: "x")
        document.layers = [.text, .sentences, .tokens]
        try pipeline.run(&document)
        #expect(document.id == "conll|tag|quotes")
        #expect(document.layers == [.text, .sentences, .tokens, .entities, .quotes])
    }

    @Test func availableCanBeEmpty() throws {
        let error = try #require(#expect(throws: PipelineError.self) {
            try Pipeline(stages: [split], available: [])
        })
        #expect(error.stage == "split")
        #expect(error.missing == [.text])
        // A stage that requires nothing can fill the gap.
        let pipeline = try Pipeline(stages: [normalize, split], available: [])
        #expect(pipeline.produces == [.text, .sentences])
    }

    @Test func aFailingStageStopsTheRun() {
        let failing = RecordingStage("explode", requires: [.text], produces: [.sentences], fails: true)
        let pipeline = try! Pipeline(stages: [normalize, failing, tokenize])
        var document = Document(id: "doc", source: "x")
        #expect(throws: RecordingStage.Failure()) { try pipeline.run(&document) }
        #expect(document.id == "doc|normalize", "stages after the failing one did not run")
        #expect(!document.layers.contains(.sentences), "a failed stage's layers are not recorded")
    }
}

@Suite struct RemovingAnnotationsTests {
    @Test func removesOnlyTheNamedLayersAnnotations() {
        var document = Document(id: "d", source: "Ten people met Ann.")
        document.tokens = [Token(span: TextSpan(0, 3)), Token(span: TextSpan(4, 10)), Token(span: TextSpan(15, 18))]
        document.entities = [Entity(tokens: 2..<3, type: .person)]
        document.numbers = [NumberMention(tokens: 0..<1, kind: .cardinal, value: ExactNumber(10))]
        document.quotes = [Quote(content: 0..<2, kind: .indirect)]
        document.layers = [.text, .tokens, .entities, .numbers, .quotes]
        let copy = document.removingAnnotations([.numbers, .quotes, .tokens])
        #expect(copy.numbers.isEmpty && copy.quotes.isEmpty)
        #expect(copy.entities == document.entities)
        #expect(copy.tokens == document.tokens, "tokens are not an annotation to remove")
        #expect(copy.layers == [.text, .tokens, .entities])
    }
}
