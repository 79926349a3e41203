import Byline
import Foundation
import Testing
import TestSupport

/// The number layer as the writers show it: the seeds' BYLINE:NUMBER column, written by
/// Byline from the seed text, equals the hand-made gold column line for line; JSON Lines
/// carries every field.
@Suite struct OutputTests {
    /// `ID FORM BYLINE:NUMBER` of every token line, and the comment lines that frame sentences.
    static func numberColumn(_ conllu: String) -> String {
        conllu.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if line.hasPrefix("# sent_id") { return String(line) }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 6 else { return nil }
            return "\(fields[0])\t\(fields[1])\t\(fields[4])"
        }.joined(separator: "\n")
    }

    @Test func theSeedsNumberColumnEqualsTheGold() throws {
        let annotator = try NumberRendering.full.get()
        for seed in try Fixtures.seeds() {
            let stem = seed.deletingPathExtension().lastPathComponent
            let gold = try Fixtures.text(Fixtures.packageRoot.appendingPathComponent("seeds/gold/\(stem).conllu"))
            let document = try annotator.annotate(try Fixtures.text(seed), id: "seeds/\(stem).txt")
            var written = CoNLLUWriter().header()
            CoNLLUWriter().write(document, into: &written)
            expectSameLines(Self.numberColumn(written), Self.numberColumn(gold), "\(stem) BYLINE:NUMBER")
        }
    }

    @Test func jsonLinesCarryEveryNumberField() throws {
        let document = try NumberRendering.plain.get().annotate("More than 100,000 people paid between $3 and $5 on Dec 7 2023.")
        var output = ""
        JSONLWriter().write(document, into: &output)
        #expect(output.contains(#"{"start":0,"end":17,"text":"More than 100,000","kind":"cardinal","value":"100000","low":null,"high":null,"modifier":"more_than","unit":null,"calendar":null,"counted":{"start":18,"end":24,"text":"people"}}"#), "\(output)")
        #expect(output.contains(#""text":"between $3 and $5","kind":"range","value":null,"low":"3","high":"5","modifier":null,"unit":"USD""#), "\(output)")
        #expect(output.contains(#""text":"Dec 7 2023","kind":"date","value":null,"low":null,"high":null,"modifier":null,"unit":null,"calendar":"2023-12-07","counted":null"#), "\(output)")
    }
}
