import Foundation
import Testing
import TestSupport
@testable import EntityTagging

@Suite struct TrainCLITests {
    /// A few CoNLL-2003 sentences: enough for an epoch, not for a good model.
    static let corpus = """
        -DOCSTART- -X- -X- O

        Pashinyan NNP B-NP B-PER
        met VBD B-VP O
        Aliyev NNP B-NP B-PER
        in IN B-PP O
        Brussels NNP B-NP B-LOC
        . . O O

        Moderna NNP B-NP B-ORG
        said VBD B-VP O
        . . O O

        """

    @Test func everyGazetteersDirectoryGoesIntoTheModel() throws {
        let workspace = try makeWorkspace([
            "train.txt": Data(Self.corpus.utf8), "dev.txt": Data(Self.corpus.utf8),
            "old/census.PER.last.txt": Data("Smith\nAliyev\n".utf8),
            "new/companies.ORG.full.txt": Data("Moderna\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let path = { (name: String) in workspace.appendingPathComponent(name).path }
        let run = try byline(["train", "ner", "--train", path("train.txt"), "--dev", path("dev.txt"), "--epochs", "1",
                              "--gazetteers", path("old"), "--gazetteers", path("new"), "--out", path("m.model")])
        #expect(run.status == 0, "\(run.errors)")
        let model = try NERModel(contentsOf: path("m.model"))
        #expect(model.resources.gazetteer?.categories == ["census.PER.last", "companies.ORG.full"])
        #expect(!model.features.contains(.casing))
    }

    @Test func recasedTrainingAddsTheCasingFeatures() throws {
        let workspace = try makeWorkspace(["train.txt": Data(Self.corpus.utf8), "dev.txt": Data(Self.corpus.utf8)])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let path = { (name: String) in workspace.appendingPathComponent(name).path }
        let run = try byline(["train", "ner", "--train", path("train.txt"), "--dev", path("dev.txt"), "--epochs", "1",
                              "--recased", "--out", path("m.model")])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try NERModel(contentsOf: path("m.model")).features.contains(.casing))
        // The training set is each document as written, lowercased and in capitals.
        #expect(run.output.contains("training on 3 documents"), "\(run.output)")
    }
}
