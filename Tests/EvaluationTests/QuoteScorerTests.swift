import BylineCore
import Foundation
import Testing
@testable import Evaluation

@Suite struct QuoteScorerTests {
    //                    0    1    2       3    4    5      6       7       8        9      10    11    12
    static let words = ["“", "We", "are", "ready", ",", "”", "said", "Charles", "Michel", ".", "He", "agreed", "."]

    func score(gold: [Quote], predicted: [Quote]) throws -> QuoteScores {
        var goldDocument = scorerDocument(Self.words), predictedDocument = scorerDocument(Self.words)
        goldDocument.quotes = gold
        predictedDocument.quotes = predicted
        return try QuoteScorer.score(gold: goldDocument, predicted: predictedDocument)
    }

    let michel = Quote(content: 1..<5, kind: .direct, speaker: 7..<9, cue: 6..<7, canonicalSpeaker: "Charles Michel")

    @Test func perfectPrediction() throws {
        let scores = try score(gold: [michel], predicted: [michel])
        #expect(scores.exact == SpanScore(correct: 1, predicted: 1, gold: 1))
        #expect(scores.overlap == SpanScore(correct: 1, predicted: 1, gold: 1))
        for accuracy in [scores.speakerSpan, scores.speakerName, scores.cue, scores.kind] {
            #expect(accuracy == AttributeAccuracy(correct: 1, total: 1))
        }
        #expect(scores.direct == SpanScore(correct: 1, predicted: 1, gold: 1))
        #expect(scores.mixed == SpanScore() && scores.indirect == SpanScore())
    }

    @Test func overlapMatchesWhatExactMatchingMisses() throws {
        // The prediction leaves out the comma: wrong under exact match, right under overlap.
        var shorter = michel
        shorter.parts = [1..<4]
        let scores = try score(gold: [michel], predicted: [shorter])
        #expect(scores.exact == SpanScore(correct: 0, predicted: 1, gold: 1))
        #expect(scores.overlap == SpanScore(correct: 1, predicted: 1, gold: 1))
        #expect(scores.speakerSpan == AttributeAccuracy(correct: 1, total: 1))
    }

    @Test func nestedGoldQuotesEachGetTheirBestPrediction() throws {
        let outer = Quote(content: 1..<5, kind: .direct)
        let inner = Quote(content: 2..<4, kind: .mixed)
        // The inner prediction overlaps both gold quotes by 2; the outer one overlaps the outer
        // quote by 4 and takes it first, so the inner prediction goes to the inner quote.
        let scores = try score(gold: [inner, outer], predicted: [inner, outer])
        #expect(scores.overlap == SpanScore(correct: 2, predicted: 2, gold: 2))
        #expect(scores.kind == AttributeAccuracy(correct: 2, total: 2))
        #expect(scores.direct == SpanScore(correct: 1, predicted: 1, gold: 1))
        #expect(scores.mixed == SpanScore(correct: 1, predicted: 1, gold: 1))

        // One prediction over nested gold quotes matches the one it covers most.
        let one = try score(gold: [outer, inner], predicted: [Quote(content: 3..<5, kind: .direct)])
        #expect(one.overlap == SpanScore(correct: 1, predicted: 1, gold: 2))
        #expect(one.kind == AttributeAccuracy(correct: 1, total: 1))
    }

    @Test func overlapMatchingIsGreedyByLargestOverlap() {
        let gold = [Quote(content: 0..<4, kind: .direct), Quote(content: 4..<8, kind: .direct)]
        // Overlaps: p0 with g0 by 1, with g1 by 3; p1 with g0 by 4. Greedy takes p1–g0 (4) and
        // p0–g1 (3).
        let predicted = [Quote(content: 3..<7, kind: .direct), Quote(content: 0..<4, kind: .direct)]
        let pairs = QuoteScorer.overlapMatches(gold: gold, predicted: predicted)
        #expect(pairs.map { [$0.gold, $0.predicted] } == [[0, 1], [1, 0]])
        // A tie goes to the gold quote that comes first, then to the first predicted quote.
        let tie = QuoteScorer.overlapMatches(gold: gold, predicted: [Quote(content: 2..<6, kind: .direct)])
        #expect(tie.map { [$0.gold, $0.predicted] } == [[0, 0]])
        let twoPredictions = QuoteScorer.overlapMatches(gold: [gold[0]], predicted: [Quote(content: 2..<6, kind: .direct),
                                                                                      Quote(content: 0..<2, kind: .direct)])
        #expect(twoPredictions.map { [$0.gold, $0.predicted] } == [[0, 0]])
    }

    @Test func duplicatePredictionsMatchOnce() throws {
        let scores = try score(gold: [michel], predicted: [michel, michel])
        #expect(scores.exact == SpanScore(correct: 1, predicted: 2, gold: 1))
        #expect(scores.overlap == SpanScore(correct: 1, predicted: 2, gold: 1))
        #expect(scores.speakerSpan == AttributeAccuracy(correct: 1, total: 1))
    }

    @Test func speakerSpanAccuracy() throws {
        let noSpeaker = Quote(content: 1..<5, kind: .direct)
        var otherSpeaker = michel
        otherSpeaker.speaker = 8..<9
        // gold speaker / predicted none: wrong; none / none: right; none / a speaker: wrong;
        // a different span: wrong.
        #expect(try score(gold: [michel], predicted: [noSpeaker]).speakerSpan == AttributeAccuracy(correct: 0, total: 1))
        #expect(try score(gold: [noSpeaker], predicted: [noSpeaker]).speakerSpan == AttributeAccuracy(correct: 1, total: 1))
        #expect(try score(gold: [noSpeaker], predicted: [michel]).speakerSpan == AttributeAccuracy(correct: 0, total: 1))
        #expect(try score(gold: [michel], predicted: [otherSpeaker]).speakerSpan == AttributeAccuracy(correct: 0, total: 1))
    }

    @Test func speakerNameAccuracy() throws {
        // Case and white space do not count.
        var shouted = michel
        shouted.canonicalSpeaker = "  CHARLES\tmichel "
        #expect(try score(gold: [michel], predicted: [shouted]).speakerName == AttributeAccuracy(correct: 1, total: 1))
        // Without a canonical name, the speaker mention's text stands in ("Charles Michel").
        var spanOnly = michel
        spanOnly.canonicalSpeaker = nil
        #expect(try score(gold: [michel], predicted: [spanOnly]).speakerName == AttributeAccuracy(correct: 1, total: 1))
        // "Michel" alone is another name.
        var surname = spanOnly
        surname.speaker = 8..<9
        #expect(try score(gold: [michel], predicted: [surname]).speakerName == AttributeAccuracy(correct: 0, total: 1))
        // The same name from another mention of the speaker is right, though the span is not.
        var pronoun = michel
        pronoun.speaker = 10..<11
        let scores = try score(gold: [michel], predicted: [pronoun])
        #expect(scores.speakerName == AttributeAccuracy(correct: 1, total: 1))
        #expect(scores.speakerSpan == AttributeAccuracy(correct: 0, total: 1))
        // No name on either side is right; a name against none is wrong.
        let anonymous = Quote(content: 1..<5, kind: .direct)
        #expect(try score(gold: [anonymous], predicted: [anonymous]).speakerName == AttributeAccuracy(correct: 1, total: 1))
        #expect(try score(gold: [anonymous], predicted: [michel]).speakerName == AttributeAccuracy(correct: 0, total: 1))
    }

    @Test func cueAndKindAccuracy() throws {
        var other = michel
        other.cue = nil
        other.kind = .mixed
        let scores = try score(gold: [michel], predicted: [other])
        #expect(scores.cue == AttributeAccuracy(correct: 0, total: 1))
        #expect(scores.kind == AttributeAccuracy(correct: 0, total: 1))
        // Per kind: the pair is correct for neither kind.
        #expect(scores.direct == SpanScore(correct: 0, predicted: 0, gold: 1))
        #expect(scores.mixed == SpanScore(correct: 0, predicted: 1, gold: 0))
        #expect(scores[.indirect] == SpanScore())
    }

    @Test func attributesAreJudgedOnMatchedGoldQuotesOnly() throws {
        let unmatched = Quote(content: 10..<12, kind: .indirect, speaker: 10..<11)
        let scores = try score(gold: [michel, unmatched], predicted: [michel])
        #expect(scores.overlap == SpanScore(correct: 1, predicted: 1, gold: 2))
        #expect(scores.speakerSpan.total == 1 && scores.cue.total == 1 && scores.kind.total == 1)
        #expect(scores.indirect == SpanScore(correct: 0, predicted: 0, gold: 1))
    }

    @Test func noGoldNoPredictionsAndEmptyQuotes() throws {
        let spurious = try score(gold: [], predicted: [michel])
        #expect(spurious.exact == SpanScore(correct: 0, predicted: 1, gold: 0))
        #expect(spurious.overlap == SpanScore(correct: 0, predicted: 1, gold: 0))
        #expect(spurious.speakerSpan == AttributeAccuracy())
        let missed = try score(gold: [michel], predicted: [])
        #expect(missed.overlap == SpanScore(correct: 0, predicted: 0, gold: 1))
        #expect(try score(gold: [], predicted: []) == QuoteScores())
        // Quotes without content tokens (or outside the tokens) are not counted.
        let empty = Quote(content: 3..<3, kind: .direct)
        let outside = Quote(content: 12..<20, kind: .direct)
        #expect(try score(gold: [empty], predicted: [empty, outside]) == QuoteScores())
    }

    @Test func documentsMustHaveTheSameTokens() {
        let error = #expect(throws: InputError.self) {
            try QuoteScorer.score(gold: scorerDocument(["a"], id: "g"), predicted: scorerDocument(["a", "b"], id: "p"))
        }
        #expect(error?.message.contains("has 1 tokens but the prediction 'p' has 2") == true)
    }

    @Test func scoresSumOverDocuments() throws {
        let first = try score(gold: [michel], predicted: [michel])
        let second = try score(gold: [michel, Quote(content: 10..<12, kind: .indirect)], predicted: [Quote(content: 1..<3, kind: .mixed)])
        let total = first + second
        #expect(total.exact == SpanScore(correct: 1, predicted: 2, gold: 3))
        #expect(total.overlap == SpanScore(correct: 2, predicted: 2, gold: 3))
        #expect(total.kind == AttributeAccuracy(correct: 1, total: 2))
        #expect(total.direct == SpanScore(correct: 1, predicted: 1, gold: 2))
        #expect(total.mixed == SpanScore(correct: 0, predicted: 1, gold: 0))
        #expect(total.indirect == SpanScore(correct: 0, predicted: 0, gold: 1))
        let data = try JSONEncoder().encode(total)
        #expect(try JSONDecoder().decode(QuoteScores.self, from: data) == total)
    }

    @Test func report() throws {
        var shorter = michel
        shorter.parts = [1..<4]
        shorter.cue = nil
        let scores = try score(gold: [michel, Quote(content: 10..<12, kind: .indirect)], predicted: [shorter])
        #expect(scores.report == """
            quotes exact:   gold 2; found 1; correct 0; precision   0.00%; recall   0.00%; FB1   0.00
            quotes overlap: gold 2; found 1; correct 1; precision 100.00%; recall  50.00%; FB1  66.67
              direct:       gold 1; found 1; correct 1; precision 100.00%; recall 100.00%; FB1 100.00
              mixed:        gold 0; found 0; correct 0; precision   0.00%; recall   0.00%; FB1   0.00
              indirect:     gold 1; found 0; correct 0; precision   0.00%; recall   0.00%; FB1   0.00
              speaker span accuracy 100.00% (1 of 1)
              speaker name accuracy 100.00% (1 of 1)
              cue          accuracy   0.00% (0 of 1)
              kind         accuracy 100.00% (1 of 1)

            """)
    }
}
