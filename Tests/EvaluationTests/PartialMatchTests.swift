import Evaluation
import Testing

/// The six scenarios of Batista's table of the SemEval-2013 schemes, one sentence each.
@Suite struct PartialMatchTests {
    /// Lines `form gold predicted`.
    func match(_ lines: String) throws -> PartialMatch { try score(lines).partialMatch }

    @Test func exactSpanAndType() throws {
        let match = try match("Peter B-PER B-PER\nBlackburn I-PER I-PER\n")
        for (_, counts) in match.schemes { #expect(counts == MatchCounts(correct: 1)) }
    }

    @Test func spuriousAndMissed() throws {
        let match = try match("a O B-PER\nb O O\nc B-LOC O\n")
        for (_, counts) in match.schemes { #expect(counts == MatchCounts(missed: 1, spurious: 1)) }
    }

    @Test func sameTokensOtherType() throws {
        let match = try match("a B-PER B-ORG\nb I-PER I-ORG\n")
        #expect(match.strict == MatchCounts(incorrect: 1))
        #expect(match.exact == MatchCounts(correct: 1))
        #expect(match.partial == MatchCounts(correct: 1))
        #expect(match.type == MatchCounts(incorrect: 1))
    }

    @Test func overlapSameType() throws {
        let match = try match("a B-PER B-PER\nb I-PER O\n")
        #expect(match.strict == MatchCounts(incorrect: 1))
        #expect(match.exact == MatchCounts(incorrect: 1))
        #expect(match.partial == MatchCounts(partial: 1))
        #expect(match.type == MatchCounts(correct: 1))
        // A partial match earns half: (COR + 0.5 PAR) / ACT.
        #expect(match.partial.precision == 0.5 && match.partial.recall == 0.5 && match.partial.f1 == 0.5)
    }

    @Test func overlapOtherType() throws {
        let match = try match("a O B-ORG\nb B-PER I-ORG\nc I-PER O\n")
        #expect(match.strict == MatchCounts(incorrect: 1))
        #expect(match.exact == MatchCounts(incorrect: 1))
        #expect(match.partial == MatchCounts(partial: 1))
        #expect(match.type == MatchCounts(incorrect: 1))
    }

    @Test func aPredictionPairsWithTheGoldPhraseItOverlapsMost() throws {
        // Predicted ORG over a b c; gold PER a, LOC b c: paired with LOC, PER is missed.
        let match = try match("a B-PER B-ORG\nb B-LOC I-ORG\nc I-LOC I-ORG\n")
        #expect(match.partial == MatchCounts(partial: 1, missed: 1))
        #expect(match.partial.possible == 2 && match.partial.actual == 1)
    }

    @Test func onEqualOverlapTheSameTypeWins() throws {
        // Predicted LOC over a b; gold PER a, LOC b.
        let match = try match("a B-PER B-LOC\nb B-LOC I-LOC\n")
        #expect(match.type == MatchCounts(correct: 1, missed: 1))
    }

    @Test func emptyCountsScoreZero() {
        let counts = MatchCounts()
        #expect(counts.precision == 0 && counts.recall == 0 && counts.f1 == 0)
    }
}

@Suite struct ConfusionAndErrorTests {
    let lines = """
        EU B-ORG B-ORG
        rejects O O
        German B-MISC B-LOC
        call O B-PER
        . O O

        Peter B-PER B-PER
        Blackburn I-PER O

        """

    @Test func confusionCountsPhrasesWithTheSameTokens() throws {
        let table = try score(lines).confusion
        #expect(table[gold: "ORG", predicted: "ORG"] == 1)
        #expect(table[gold: "MISC", predicted: "LOC"] == 1)
        #expect(table[gold: "PER", predicted: nil] == 1)        // Peter Blackburn: no prediction of those tokens
        #expect(table[gold: nil, predicted: "PER"] == 2)        // call; Peter
        #expect(table.goldTypes == ["MISC", "ORG", "PER"])
        #expect(table.predictedTypes == ["LOC", "ORG", "PER"])
    }

    @Test func errorsListTheirSentenceWithThePhraseInBrackets() throws {
        let errors = try score(lines, file: "news.txt").errors
        #expect(errors.map(\.kind) == [.falsePositive, .falseNegative, .falsePositive, .falsePositive, .falseNegative])
        #expect(errors[0].sentence == "EU rejects [German] call .")
        #expect(errors[0].type == "LOC" && errors[0].counterpart == .init(type: "MISC", text: "German"))
        #expect(errors[2].sentence == "EU rejects German [call] .")
        #expect(errors[2].counterpart == nil)
        #expect(errors[4].sentence == "[Peter Blackburn]")
        #expect(errors[4].counterpart == .init(type: "PER", text: "Peter"))
        #expect(errors[4].file == "news.txt" && errors[4].line == 7)
    }

    @Test func theReportsSectionsFollowConllevalsReport() throws {
        let evaluation = try score(lines, file: "news.txt")
        let text = EvaluationReport.text(evaluation, sections: [.errors, .confusion])
        #expect(text.contains("\nconfusion (phrases with the same tokens; gold down, predicted across):\ngold \\ predicted  LOC  ORG  PER  missed\n"))
        #expect(text.contains("false negative PER at news.txt:7: [Peter Blackburn] (predicted PER: Peter)\n"))
        #expect(text.range(of: "confusion")!.lowerBound < text.range(of: "errors (5)")!.lowerBound)
    }
}
