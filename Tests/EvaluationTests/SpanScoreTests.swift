import Testing
@testable import Evaluation

@Suite struct SpanScoreTests {
    @Test func precisionRecallAndF1() {
        let score = SpanScore(correct: 3, predicted: 4, gold: 6)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.5)
        #expect(abs(score.f1 - 0.6) < 1e-12)
    }

    @Test func emptyCountsScoreZeroNotNaN() {
        let score = SpanScore()
        #expect(score.precision == 0 && score.recall == 0 && score.f1 == 0)
    }

    @Test func sumsAddCounts() {
        let total = SpanScore(correct: 1, predicted: 2, gold: 3) + SpanScore(correct: 4, predicted: 5, gold: 6)
        #expect(total == SpanScore(correct: 5, predicted: 7, gold: 9))
    }
}
