import Byline
import Foundation
import Testing
import TestSupport

/// The seeds' numbers against their hand-made gold (seeds/gold/*.conllu), scored with
/// `Evaluation.NumberScorer` on the gold's own tokens (the gold was made from Byline's tokens).
@Suite struct NumberSeedGoldTests {
    static let directory = Fixtures.packageRoot.appendingPathComponent("seeds/gold")

    static func goldDocuments() throws -> [Document] {
        var documents: [Document] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".conllu") {
            documents += try CoNLLUReader().read(Fixtures.text(directory.appendingPathComponent(name)), file: name)
        }
        return documents
    }

    /// Every gold mention and every prediction that differs, one a line, for failure messages.
    static func differences(gold: Document, predicted: Document) -> [String] {
        let goldLines = Set(NumberRendering.render(gold)), predictedLines = Set(NumberRendering.render(predicted))
        return goldLines.subtracting(predictedLines).sorted().map { "\(gold.id) missed:   \($0)" }
            + predictedLines.subtracting(goldLines).sorted().map { "\(gold.id) spurious: \($0)" }
    }

    /// The stage on the gold tokens, with the gold entities (as `byline evaluate --gold` runs it).
    @Test func everyGoldNumberComesOutRightOnGoldTokens() throws {
        let annotator = try NumberRendering.full.get()
        var scores = NumberScores()
        var differences: [String] = []
        for gold in try Self.goldDocuments() {
            var predicted = gold.removingAnnotations([.numbers])
            try annotator.annotate(&predicted)
            scores = scores + (try NumberScorer.score(gold: gold, predicted: predicted))
            differences += Self.differences(gold: gold, predicted: predicted)
        }
        #expect(scores.spans.gold == 49)
        #expect(differences.isEmpty, "seed numbers differ from gold:\n\(differences.joined(separator: "\n"))\n\(scores.report)")
        #expect(scores.spans.f1 == 1 && scores.value.correct == scores.value.total, "\(scores.report)")
    }

    /// The whole pipeline from the seed text, entities predicted by the tagger: the same tokens,
    /// so it scores against the same gold.
    @Test func theWholePipelineOnTheSeedTextMatchesTheGold() throws {
        let annotator = try NumberRendering.full.get()
        var scores = NumberScores()
        var differences: [String] = []
        let golds = try Self.goldDocuments()
        let seeds = try Fixtures.seeds()
        try #require(golds.count == seeds.count)
        for (gold, seed) in zip(golds, seeds) {
            let predicted = try annotator.annotate(try Fixtures.text(seed), id: gold.id)
            try #require(predicted.tokens.count == gold.tokens.count, "\(seed.lastPathComponent): tokens differ from the gold's")
            scores = scores + (try NumberScorer.score(gold: gold, predicted: predicted))
            differences += Self.differences(gold: gold, predicted: predicted)
        }
        #expect(differences.isEmpty, "seed numbers differ from gold:\n\(differences.joined(separator: "\n"))\n\(scores.report)")
        #expect(scores.spans.f1 == 1, "\(scores.report)")
    }
}
