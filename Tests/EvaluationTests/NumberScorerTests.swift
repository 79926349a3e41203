import BylineCore
import Foundation
import Testing
@testable import Evaluation

/// A one-sentence document whose tokens are the words, separated by single spaces.
func scorerDocument(_ words: [String], id: String = "d") -> Document {
    var document = Document(id: id, source: words.joined(separator: " "))
    var position = 0
    for word in words {
        document.tokens.append(Token(span: TextSpan(position, position + word.utf8.count)))
        position += word.utf8.count + 1
    }
    document.sentences = [Sentence(span: TextSpan(0, document.source.utf8.count), tokens: 0..<words.count)]
    document.layers = [.text, .sentences, .tokens, .numbers, .quotes]
    return document
}

@Suite struct NumberScorerTests {
    static let words = ["More", "than", "100,000", "people", "paid", "$", "3", "or", "2/3", "of", "it", "in", "2023", "."]

    func pair(gold: [NumberMention], predicted: [NumberMention]) -> (Document, Document) {
        var goldDocument = scorerDocument(Self.words), predictedDocument = scorerDocument(Self.words)
        goldDocument.numbers = gold
        predictedDocument.numbers = predicted
        return (goldDocument, predictedDocument)
    }

    let people = NumberMention(tokens: 0..<3, kind: .cardinal, value: ExactNumber(100_000), modifier: .moreThan, counted: 3..<4)
    let money = NumberMention(tokens: 5..<7, kind: .money, value: ExactNumber(3), unit: "USD")
    let twoThirds = NumberMention(tokens: 8..<9, kind: .fraction, value: ExactNumber(numerator: 2, denominator: 3))
    let year = NumberMention(tokens: 12..<13, kind: .year, value: ExactNumber(2023), calendar: "2023")

    @Test func perfectPrediction() throws {
        let (gold, predicted) = pair(gold: [people, money, twoThirds, year], predicted: [year, twoThirds, money, people])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        #expect(scores.spans == SpanScore(correct: 4, predicted: 4, gold: 4))
        for accuracy in [scores.value, scores.kind, scores.modifier, scores.unit, scores.calendar, scores.counted] {
            #expect(accuracy == AttributeAccuracy(correct: 4, total: 4))
        }
    }

    @Test func attributesAreJudgedOnExactSpanMatchesOnly() throws {
        var wrongValue = money
        wrongValue.value = ExactNumber(30)
        wrongValue.unit = "EUR"
        var wrongBound = people
        wrongBound.low = ExactNumber(100_000)     // value equal, but low differs: value is wrong
        wrongBound.modifier = .atLeast
        wrongBound.counted = 3..<5
        var wrongKind = year
        wrongKind.kind = .cardinal
        wrongKind.calendar = nil
        let longer = NumberMention(tokens: 7..<9, kind: .fraction, value: ExactNumber(numerator: 2, denominator: 3))
        let (gold, predicted) = pair(gold: [people, money, twoThirds, year], predicted: [wrongBound, wrongValue, longer, wrongKind])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        // "or 2/3" is not "2/3": a miss and a spurious mention, and not judged further.
        #expect(scores.spans == SpanScore(correct: 3, predicted: 4, gold: 4))
        #expect(scores.value == AttributeAccuracy(correct: 1, total: 3))
        #expect(scores.kind == AttributeAccuracy(correct: 2, total: 3))
        #expect(scores.modifier == AttributeAccuracy(correct: 2, total: 3))
        #expect(scores.unit == AttributeAccuracy(correct: 2, total: 3))
        #expect(scores.calendar == AttributeAccuracy(correct: 2, total: 3))
        #expect(scores.counted == AttributeAccuracy(correct: 2, total: 3))
    }

    @Test func duplicatePredictionsMatchOnce() throws {
        var duplicate = money
        duplicate.value = ExactNumber(4)
        let (gold, predicted) = pair(gold: [money], predicted: [money, duplicate, money])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        #expect(scores.spans == SpanScore(correct: 1, predicted: 3, gold: 1))
        // The first stored of the predictions over the span is the one judged.
        #expect(scores.value == AttributeAccuracy(correct: 1, total: 1))
    }

    @Test func noGoldAndNoPredictions() throws {
        let (gold, predicted) = pair(gold: [], predicted: [money, year])
        let spurious = try NumberScorer.score(gold: gold, predicted: predicted)
        #expect(spurious.spans == SpanScore(correct: 0, predicted: 2, gold: 0))
        #expect(spurious.spans.precision == 0 && spurious.spans.f1 == 0)
        #expect(spurious.value == AttributeAccuracy())

        let missed = try NumberScorer.score(gold: predicted, predicted: gold)
        #expect(missed.spans == SpanScore(correct: 0, predicted: 0, gold: 2))

        let nothing = try NumberScorer.score(gold: gold, predicted: gold)
        #expect(nothing == NumberScores())
    }

    @Test func emptyAndOutOfRangeMentionsAreNotCounted() throws {
        let (gold, predicted) = pair(gold: [money, NumberMention(tokens: 3..<3, kind: .cardinal)],
                                     predicted: [money, NumberMention(tokens: 13..<20, kind: .cardinal)])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        #expect(scores.spans == SpanScore(correct: 1, predicted: 1, gold: 1))
    }

    @Test func documentsMustHaveTheSameTokens() {
        let gold = scorerDocument(["a", "b", "c"], id: "gold.conllu#1")
        let predicted = scorerDocument(["a", "b"], id: "pred")
        let error = #expect(throws: InputError.self) { try NumberScorer.score(gold: gold, predicted: predicted) }
        #expect(error?.file == "gold.conllu#1")
        #expect(error?.message.contains("has 3 tokens but the prediction 'pred' has 2") == true)
    }

    @Test func scoresSumOverDocuments() throws {
        let (gold1, predicted1) = pair(gold: [people, money], predicted: [people])
        var wrong = year
        wrong.calendar = "2024"
        let (gold2, predicted2) = pair(gold: [year], predicted: [wrong, twoThirds])
        let total = try NumberScorer.score(gold: gold1, predicted: predicted1) + NumberScorer.score(gold: gold2, predicted: predicted2)
        #expect(total.spans == SpanScore(correct: 2, predicted: 3, gold: 3))
        #expect(total.calendar == AttributeAccuracy(correct: 1, total: 2))
        #expect(total.value == AttributeAccuracy(correct: 2, total: 2))
    }

    @Test func report() throws {
        var wrongValue = money
        wrongValue.value = ExactNumber(30)
        let (gold, predicted) = pair(gold: [people, money, year], predicted: [people, wrongValue])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        #expect(scores.report == """
            numbers: gold 3; found 2; correct 2; precision 100.00%; recall  66.67%; FB1  80.00
              value    accuracy  50.00% (1 of 2)
              kind     accuracy 100.00% (2 of 2)
              modifier accuracy 100.00% (2 of 2)
              unit     accuracy 100.00% (2 of 2)
              calendar accuracy 100.00% (2 of 2)
              counted  accuracy 100.00% (2 of 2)

            """)
        #expect(NumberScores().report.hasPrefix("numbers: gold 0; found 0; correct 0; precision   0.00%; recall   0.00%; FB1   0.00\n"))
    }

    @Test func percentagesRoundToTwoDecimals() {
        #expect(ReportLines.percent(2.0 / 3.0) == " 66.67")
        #expect(ReportLines.percent(0.90476) == " 90.48")
        #expect(ReportLines.percent(0.0005) == "  0.05")
        #expect(ReportLines.percent(1) == "100.00")
    }

    @Test func codableRoundTrip() throws {
        let (gold, predicted) = pair(gold: [people, money], predicted: [people])
        let scores = try NumberScorer.score(gold: gold, predicted: predicted)
        let data = try JSONEncoder().encode(scores)
        #expect(try JSONDecoder().decode(NumberScores.self, from: data) == scores)
    }
}
