import ArgumentParser
import Byline
import Foundation
import Segmentation

/// Scores the sentence splitter on the English "Golden Rules" of sentence boundary detection.
struct GoldenRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden-rules",
        abstract: "Count the Golden Rules (pySBD's test set) the sentence splitter passes.")

    @Argument(help: "golden_rules_en.jsonl: one {id, text, sentences, status} object a line.")
    var path = "../shared/data/sbd/golden_rules_en.jsonl"

    @Flag(help: "Also score plain ICU (en@ss=standard) without Byline's rules.")
    var icu = false

    @Flag(help: "Print every rule that fails, with what came out.")
    var verbose = false

    func run() throws {
        let splitter = try SentenceSplitter()
        let cases = try GoldenRuleCase.load(path)
        var passed = 0, icuPassed = 0
        for rule in cases {
            let got = try splitter.split(rule.text).map { rule.text.slice($0).collapsingWhitespace() }
            if got == rule.sentences {
                passed += 1
            } else if verbose {
                print("FAIL \(rule.id) [\(rule.status)]\n  expected: \(rule.sentences)\n  got:      \(got)")
            }
            if icu {
                let plain = try splitter.splitWithICUOnly(rule.text).map { rule.text.slice($0).collapsingWhitespace() }
                if plain == rule.sentences { icuPassed += 1 }
            }
        }
        print("Byline: \(passed) of \(cases.count) Golden Rules")
        if icu { print("ICU alone: \(icuPassed) of \(cases.count) Golden Rules") }
    }
}

struct GoldenRuleCase: Decodable {
    var id: String
    var text: String
    var sentences: [String]
    var status: String

    static func load(_ path: String) throws -> [GoldenRuleCase] {
        let data = try String(contentsOfFile: path, encoding: .utf8)
        return try data.split(separator: "\n").map {
            try JSONDecoder().decode(GoldenRuleCase.self, from: Data($0.utf8))
        }
    }
}
