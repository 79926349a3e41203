import Byline
import BylineCore
import Testing
@testable import EntityTagging

/// A dateline's wire credit ("NAIROBI (AP) —") is tagged ORG after either tagger, and only
/// where a dateline has it.
@Suite struct DatelineCreditTests {
    /// A tagger that gives fixed entities: the rule is checked on what it is handed.
    struct Fixed: EntityRecognizer {
        var found: [Entity]
        func entities(in document: Document) -> [Entity] { found }
    }

    /// "TYPE:text" of each entity the stage gives when the tagger finds `given` (token ranges).
    func tagged(_ text: String, _ given: [(Range<Int>, EntityType)]) throws -> [String] {
        let annotator = try Annotator(entityModel: nil)
        var document = try annotator.annotate(text)
        let tagger = EntityTagger(model: Fixed(found: given.map { Entity(tokens: $0.0, type: $0.1) }))
        try tagger.process(&document)
        return document.entities.map { entity in
            let words = entity.tokens.map { String(document.text(document.tokens[$0].span)) }
            return entity.type.rawValue + ":" + words.joined(separator: " ")
        }
    }

    @Test func theCreditAfterThePlaceIsAnOrganization() throws {
        // NAIROBI ( AP ) — Kenyan police ...
        #expect(try tagged("NAIROBI (AP) — Kenyan police fired tear gas.", [(0..<1, .location), (2..<3, .miscellaneous), (5..<6, .miscellaneous)])
            == ["LOC:NAIROBI", "ORG:AP", "MISC:Kenyan"])
        // LONDON , Dec 7 ( Reuters ) - ...
        #expect(try tagged("LONDON, Dec 7 (Reuters) - Britain's economy shrank.", [(0..<1, .location), (8..<9, .location)])
            == ["LOC:LONDON", "ORG:Reuters", "LOC:Britain"])
        #expect(try tagged("(CNN) — Storms hit Texas.", [(6..<7, .location)]) == ["ORG:CNN", "LOC:Texas"])
        #expect(try tagged("PARIS (Agence France-Presse) - Farmers protested.", [(0..<1, .location)])
            == ["LOC:PARIS", "ORG:Agence France-Presse"])
    }

    @Test func aCreditLineNamesAKnownAgency() throws {
        #expect(try tagged("Talks ended.\n\n(AFP)", []) == ["ORG:AFP"])
        #expect(try tagged("Talks ended.\n\n(VIDEO)", []) == [])
    }

    @Test func parenthesesElsewhereAreLeftAlone() throws {
        // No place first, no dash after, a lowercase word inside, or too far into the sentence.
        #expect(try tagged("Shares of Apple (AAPL) - a bellwether - fell.", [(2..<3, .organization)]) == ["ORG:Apple"])
        #expect(try tagged("Celtic (Scotland) 2 Rangers 1.", [(0..<1, .organization), (2..<3, .location)])
            == ["ORG:Celtic", "LOC:Scotland"])
        #expect(try tagged("PARIS (local time) - It rained.", [(0..<1, .location)]) == ["LOC:PARIS"])
        #expect(try tagged("BERLIN is where the talks, the first in years and the longest, were held (AP) - said.", [(0..<1, .location)])
            == ["LOC:BERLIN"])
    }

    @Test func bothShippedTaggersGetTheCredit() throws {
        for kind in EntityTaggerKind.allCases {
            let annotator = try Annotator(entityModel: kind.recognizer())
            let document = try annotator.annotate("NAIROBI (AP) — Kenyan police fired tear gas at protesters on Tuesday.")
            let ap = document.entities.first { document.text(document.tokens[$0.tokens.lowerBound].span) == "AP" }
            #expect(ap?.type == .organization, "\(kind)")
        }
    }
}
