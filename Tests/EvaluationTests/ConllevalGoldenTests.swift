import BylineCore
import Evaluation
import Foundation
import Testing
import TestSupport

/// Scores the text of a conlleval input as `byline evaluate FILE` does.
func score(_ text: String, delimiter: ColumnDelimiter = .whitespace, tags: TagReading = TagReading(),
           file: String = "test.txt") throws -> EntityEvaluation {
    EntityEvaluation(try TagFileReader(delimiter: delimiter, tags: tags).read(Array(text.utf8), file: file))
}

func conllevalReport(_ text: String, delimiter: ColumnDelimiter = .whitespace, tags: TagReading = TagReading()) throws -> String {
    ConllevalReport.text(try score(text, delimiter: delimiter, tags: tags).conlleval)
}

let evaluationFixtures = Fixtures.packageRoot.appendingPathComponent("Tests/EvaluationTests/Fixtures")

/// Fixed inputs whose expected reports were made once by `perl conlleval.pl` (options as listed;
/// bilou.expected is conlleval's report on the file with L- and U- replaced by E- and S-).
@Suite struct ConllevalGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var delimiter: ColumnDelimiter = .whitespace
        var tags = TagReading()
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "iob2"),                      // CoNLL-2003 columns, two documents, type errors
        Case(name: "iob1-illformed"),            // I- after O, type changes, typeless tags, B-0, [ ] ., -X-, no final newline
        Case(name: "iobes"),                     // S- and E- then B-, which conlleval merges
        Case(name: "bilou"),                     // L- and U- read as E- and S-
        Case(name: "raw", tags: TagReading(raw: true, outsideTag: "NIL")),
        Case(name: "tabs", delimiter: ColumnDelimiter(argument: "\\t")!),
        Case(name: "zero"),                      // no phrases at all: 0.00 everywhere
        Case(name: "empty"),                     // no tokens: no accuracy line
        Case(name: "long-types"),                // types longer than 17 bytes, and non-ASCII ones padded by bytes
    ]

    @Test(arguments: cases)
    func reportIsConllevals(_ testCase: Case) throws {
        let input = try String(contentsOf: evaluationFixtures.appendingPathComponent("\(testCase.name).txt"), encoding: .utf8)
        let expected = try String(contentsOf: evaluationFixtures.appendingPathComponent("\(testCase.name).expected"), encoding: .utf8)
        expectSameLines(try conllevalReport(input, delimiter: testCase.delimiter, tags: testCase.tags), expected, testCase.name)
    }

    @Test func aLineWithTooFewColumnsIsAnErrorAtItsLineAndByte() throws {
        let input = try String(contentsOf: evaluationFixtures.appendingPathComponent("malformed.txt"), encoding: .utf8)
        #expect(throws: InputError(file: "test.txt", line: 2, byteOffset: 18,
                                   message: "2 columns where line 1 has 3; every line needs the same columns, the gold and the predicted tag last")) {
            try score(input)
        }
    }

    @Test func aOneColumnFileIsAnError() {
        #expect(throws: InputError.self) { try score("\n\nword\n") }
        do {
            _ = try score("\n\nword\n")
        } catch let error as InputError {
            #expect(error.line == 3 && error.byteOffset == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func extraSectionsOnTheGoldenFile() throws {
        let input = try String(contentsOf: evaluationFixtures.appendingPathComponent("iob2.txt"), encoding: .utf8)
        let expected = try String(contentsOf: evaluationFixtures.appendingPathComponent("iob2-sections.expected"), encoding: .utf8)
        let evaluation = try score(input, file: "iob2.txt")
        let text = EvaluationReport.text(evaluation, sections: [.perDocument, .confusion, .partialMatch, .errors])
        expectSameLines(text, expected, "iob2 with every section")
        #expect(text.hasPrefix(ConllevalReport.text(evaluation.conlleval)))
        #expect(EvaluationReport.text(evaluation) == ConllevalReport.text(evaluation.conlleval))
    }
}
