import Foundation
import TestSupport
import Testing

/// The corpus reader itself: what the Duckling share tests stand on.
@Suite struct DucklingCorpusTests {
    @Test func readsGroupsEscapesAndNegatives() throws {
        let money = try DucklingCorpus.load("AmountOfMoney")
        let texts = money.examples.flatMap(\.texts)
        #expect(texts.contains("20\u{20AC}"))
        #expect(texts.contains("\u{00A3}10"))
        #expect(money.negatives == ["exactly dollars"])
        #expect(money.sections["latentCorpus"]?.groups.map(\.value) == ["simple Unnamed 5", "simple Unnamed 7.2"])
    }

    @Test func everyListedStringIsRead() throws {
        for dimension in ["Numeral", "Ordinal", "AmountOfMoney", "Duration", "Time"] {
            let corpus = try DucklingCorpus.load(dimension)
            let read = corpus.sections.values.reduce(0) { $0 + $1.groups.reduce(0) { $0 + $1.texts.count } + $1.looseTexts.count }
            // Each line that lists a string (`[ "…"` or `, "…"`) holds a text the reader must
            // find; a holiday name inside a value's parentheses is part of the value, no text.
            let source = try String(contentsOf: Fixtures.sharedData.appendingPathComponent("duckling/\(dimension)_EN_Corpus.hs"), encoding: .utf8)
            let literalLines = source.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[ \"") || $0.trimmingCharacters(in: .whitespaces).hasPrefix(", \"") }
            #expect(read >= literalLines.count, "\(dimension): read \(read) strings, the file lists \(literalLines.count)")
            #expect(!corpus.examples.isEmpty)
        }
    }
}
