import Foundation
import Testing
import TestSupport

/// `byline evaluate`, run as a user runs it.
@Suite struct EvaluateCLITests {
    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/EvaluationTests/Fixtures")

    /// A fresh directory with the given files (name → text).
    func workspace(_ files: [String: String]) throws -> URL {
        try makeWorkspace(files.mapValues { Data($0.utf8) })
    }

    static let gold = Fixtures.conllFirstDocument

    static let predicted = """
        # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
        1	EU	_	B-ORG	_	_
        2	rejects	_	O	_	_
        3	German	_	B-LOC	_	_
        4	call	_	O	_	_
        5	.	_	O	_	_

        1	Peter	_	B-PER	_	_
        2	Blackburn	_	I-PER	_	_

        """

    @Test func oneFileModePrintsConllevalsReport() throws {
        let file = Self.fixtures.appendingPathComponent("iob2.txt")
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("iob2.expected"), encoding: .utf8)
        let run = try byline(["evaluate", file.path])
        #expect(run.status == 0, "\(run.errors)")
        expectSameLines(run.output, expected, "byline evaluate iob2.txt")
        let piped = try byline(["evaluate"], input: try Data(contentsOf: file))
        #expect(piped.output == expected)
    }

    @Test func conllevalOptions() throws {
        let raw = try byline(["evaluate", "-r", "-o", "NIL", Self.fixtures.appendingPathComponent("raw.txt").path])
        #expect(raw.output == (try String(contentsOf: Self.fixtures.appendingPathComponent("raw.expected"), encoding: .utf8)))
        let tabs = try byline(["evaluate", "-d", "\\t", Self.fixtures.appendingPathComponent("tabs.txt").path])
        #expect(tabs.output == (try String(contentsOf: Self.fixtures.appendingPathComponent("tabs.expected"), encoding: .utf8)))
    }

    @Test func aMalformedLineIsAnInputError() throws {
        let run = try byline(["evaluate", "-"], input: Data("a B-PER B-PER\nb I-PER\n".utf8))
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("stdin:2 (byte 14): 2 columns where line 1 has 3"))
    }

    @Test func twoFileModeScoresAndNamesBothLinesOnAMismatch() throws {
        let mismatched = Self.predicted.replacingOccurrences(of: "\tBlackburn\t", with: "\tBlackbird\t")
        let directory = try workspace(["gold.conll": Self.gold, "pred.conllu": Self.predicted, "bad.conllu": mismatched])
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = directory.appendingPathComponent("gold.conll").path

        let run = try byline(["evaluate", "--gold", gold, "--predicted", directory.appendingPathComponent("pred.conllu").path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("processed 8 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"))

        let bad = directory.appendingPathComponent("bad.conllu").path
        let failed = try byline(["evaluate", "--gold", gold, "--predicted", bad])
        #expect(failed.status == 1)
        #expect(failed.output.isEmpty)
        #expect(failed.errors.contains("\(bad):9 (byte 173): token 'Blackbird' where the gold file has 'Blackburn' at \(gold):10"),
                "\(failed.errors)")
    }

    @Test func endToEndModeRunsThePipelineOnTheGoldTokens() throws {
        let directory = try workspace(["a.conll": Self.gold, "b.conllu": Self.predicted, "notes.txt": "not gold"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try byline(["evaluate", "--gold", directory.appendingPathComponent("a.conll").path])
        #expect(file.status == 0, "\(file.errors)")
        // 7 tokens and the -DOCSTART- line, as conlleval counts the annotated file.
        #expect(file.output.hasPrefix("processed 8 tokens with 3 phrases; found: "))

        let folder = try byline(["evaluate", "--gold", directory.path, "--per-document"])
        #expect(folder.status == 0, "\(folder.errors)")
        #expect(folder.output.hasPrefix("processed 15 tokens with 6 phrases; found: "))
        #expect(folder.output.contains("\nper document:\n\(directory.path)/a.conll#1: processed 8 tokens"))
        #expect(folder.output.contains("\n\(directory.path)/b.conllu#1: processed 7 tokens"))
    }

    @Test func jsonParses() throws {
        let file = Self.fixtures.appendingPathComponent("iob2.txt").path
        let run = try byline(["evaluate", file, "--json", "--per-document", "--errors"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["tokens"] as? Int == 51)
        let phrases = try #require(object["phrases"] as? [String: Any])
        #expect(phrases["gold"] as? Int == 11 && phrases["correct"] as? Int == 7)
        #expect(abs((phrases["f1"] as? Double ?? 0) - 7.0 / 11) < 1e-12)
        let types = try #require(object["types"] as? [String: [String: Any]])
        #expect(Set(types.keys) == ["LOC", "MISC", "ORG", "PER"])
        let schemes = try #require(object["partial_match"] as? [String: [String: Any]])
        #expect(schemes["partial"]?["partial"] as? Int == 2)
        #expect((object["documents"] as? [Any])?.count == 2)
        #expect((object["errors"] as? [Any])?.count == 8)
        #expect((object["confusion"] as? [[String: Any]])?.contains { $0["gold"] is NSNull && $0["predicted"] as? String == "ORG" } == true)
    }

    @Test func optionsThatDoNotGoTogetherAreRefused() throws {
        #expect(try byline(["evaluate", "--predicted", "p.conll"]).status != 0)
        #expect(try byline(["evaluate", "x.txt", "--gold", "g.conll"]).status != 0)
        let missing = try byline(["evaluate", "/nonexistent/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("/nonexistent/file.txt: no such file or directory"))
    }
}
