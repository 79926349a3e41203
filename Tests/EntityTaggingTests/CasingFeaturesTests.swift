import Byline
import Testing
@testable import EntityTagging

/// The `casing` group: a document written in one case gets rows of its own, and a document
/// in normal case gets exactly the rows it had without the group.
@Suite struct CasingFeaturesTests {
    static let annotator = Result { try Annotator() }

    /// Every feature row of every token, per token.
    func rows(_ text: String, _ features: FeatureSet) throws -> [Set<Int>] {
        let document = try Self.annotator.get().annotate(text)
        let extractor = DocumentFeatures(document, model: TaggerResources(), features: features, rowBits: 20)
        let buffer = UnsafeMutablePointer<Int>.allocate(capacity: extractor.maxRowsPerToken)
        defer { buffer.deallocate() }
        return document.tokens.indices.map { token in
            Set(UnsafeBufferPointer(start: buffer, count: extractor.rows(token: token, into: buffer)))
        }
    }

    @Test(arguments: ["pashinyan met aliyev in brussels on monday.", "PASHINYAN MET ALIYEV IN BRUSSELS ON MONDAY."])
    func aDocumentInOneCaseHasRowsOfItsOwn(_ text: String) throws {
        let plain = try rows(text, .all), cased = try rows(text, FeatureSet.all.union(.casing))
        #expect(plain.count == cased.count)
        for (without, with) in zip(plain, cased) {
            #expect(without.isDisjoint(with: with))
        }
    }

    @Test func aDocumentInNormalCaseKeepsItsRows() throws {
        let text = "PRISONERS FREED\n\nPashinyan met Aliyev in Brussels on Monday. they talked."
        #expect(try rows(text, .all) == rows(text, FeatureSet.all.union(.casing)))
    }

    @Test func aDocumentsCaseIsReadFromEveryWordWithLetters() throws {
        let annotator = try Self.annotator.get()
        #expect(DocumentCase(try annotator.annotate("pashinyan met aliyev in 2023.")) == .lowercase)
        #expect(DocumentCase(try annotator.annotate("PASHINYAN MET ALIYEV IN 2023.")) == .capitals)
        #expect(DocumentCase(try annotator.annotate("PRISONERS FREED\n\nPashinyan met Aliyev.")) == .mixed)
        #expect(DocumentCase(try annotator.annotate("12 - 3 ( 4 )")) == .mixed)
    }

    /// `--ner accurate` hands a document in one case to the fast tagger, which has features
    /// for one, and keeps every other document for the guided network.
    @Test func theAccurateTaggerLeavesADocumentInOneCaseToTheFastOne() throws {
        let annotator = try Self.annotator.get()
        let accurate = try EntityTaggerKind.accurate.recognizer(), fast = try NERModel.bundled()
        let guided = PerceptronGuidedNetwork(network: try NeuralModel.bundled(), guide: fast)
        let text = "Nikol Pashinyan met Ilham Aliyev in Brussels on Monday, the European Union said."
        for oneCase in [text.lowercased(), text.uppercased()] {
            let document = try annotator.annotate(oneCase)
            #expect(accurate.entities(in: document) == fast.entities(in: document))
            #expect(!fast.entities(in: document).isEmpty)
        }
        let cased = try annotator.annotate(text)
        #expect(accurate.entities(in: cased) == guided.entities(in: cased))
    }
}
