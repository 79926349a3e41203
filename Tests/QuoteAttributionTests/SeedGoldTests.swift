import Byline
import Foundation
import Testing
import TestSupport

/// The seeds' hand-made quote annotations: they read, they follow the gold decision on
/// reported clauses holding quotations, and the real pipeline on their tokens finds every
/// quote with its speaker.
@Suite struct SeedGoldTests {
    static func goldDocuments() throws -> [Document] {
        let directory = Fixtures.packageRoot.appendingPathComponent("seeds/gold")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "conllu" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.flatMap { file in
            try CoNLLUReader().read(try Fixtures.text(file), file: "seeds/gold/" + file.lastPathComponent)
        }
    }

    static func kindCounts(_ document: Document) -> [QuoteKind: Int] {
        Dictionary(grouping: document.quotes, by: \.kind).mapValues(\.count)
    }

    @Test func goldFilesRead() throws {
        let documents = try Self.goldDocuments()
        try #require(documents.count == 2)
        #expect(Self.kindCounts(documents[0]) == [.mixed: 11, .direct: 2, .indirect: 2])
        #expect(Self.kindCounts(documents[1]) == [.mixed: 6, .direct: 2, .indirect: 5])
    }

    /// 002's two reported clauses that hold quotations are indirect quotes, each with its
    /// quoted words as a mixed quote inside, credited to the same speaker with the same cue.
    @Test func reportedClausesHoldTheirMixedQuotes() throws {
        let document = try #require(try Self.goldDocuments().last)
        let pairs = document.quotes.filter { $0.kind == .indirect }.compactMap { clause in
            document.quotes.first { $0.kind == .mixed && clause.content.contains($0.content.lowerBound)
                && clause.content.contains($0.content.upperBound - 1) }.map { (clause, $0) }
        }
        #expect(pairs.count == 2)
        for (clause, mixed) in pairs {
            #expect(clause.speaker == mixed.speaker && clause.cue == mixed.cue && clause.canonicalSpeaker == mixed.canonicalSpeaker)
        }
        #expect(Set(pairs.compactMap(\.0.canonicalSpeaker)) == ["Armenia and Azerbaijan", "Armenia's foreign ministry"])
    }

    @Test func pipelineFindsEverySeedQuoteWithItsSpeaker() throws {
        guard let annotator = Annotation.annotator else { throw Annotation.LoadError() }
        var total = QuoteScores()
        var differences: [String] = []
        for gold in try Self.goldDocuments() {
            var predicted = gold.removingAnnotations([.entities, .numbers, .quotes])
            predicted.inputColumns = nil
            try annotator.annotate(&predicted)
            total = total + (try QuoteScorer.score(gold: gold, predicted: predicted))
            differences += Self.differences(gold: gold, predicted: predicted)
        }
        let report = total.report + differences.joined(separator: "\n")
        #expect(total.overlap.recall == 1, Comment(rawValue: report))
        #expect(total.overlap.precision == 1, Comment(rawValue: report))
        #expect(total.exact.correct == total.exact.gold, Comment(rawValue: report))
        #expect(total.speakerSpan.correct == total.speakerSpan.total, Comment(rawValue: report))
        #expect(total.speakerName.correct == total.speakerName.total, Comment(rawValue: report))
        #expect(total.cue.correct == total.cue.total, Comment(rawValue: report))
        #expect(total.kind.correct == total.kind.total, Comment(rawValue: report))
    }

    /// Gold and predicted quotes that are not the same, as readable lines.
    static func differences(gold: Document, predicted: Document) -> [String] {
        let goldLines = gold.quotes.map { Annotation.describe($0, in: gold) }
        let predictedLines = predicted.quotes.map { Annotation.describe($0, in: predicted) }
        return goldLines.filter { !predictedLines.contains($0) }.map { "\(gold.id) gold:      \($0)" }
            + predictedLines.filter { !goldLines.contains($0) }.map { "\(gold.id) predicted: \($0)" }
    }
}
