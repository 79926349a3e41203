import BylineCore
import Formats
import Testing
import TestSupport

/// A quotation interrupted by its attribution is one quote of two parts in every format.
@Suite struct QuotePartsTests {
    func interrupted() -> Document {
        var document = identityDocument(
            id: "p.txt",
            source: "\u{201C}We are ready,\u{201D} Michel said, \u{201C}to talk.\u{201D}",
            sentences: [["\u{201C}", "We", "are", "ready", ",", "\u{201D}", "Michel", "said", ",", "\u{201C}", "to", "talk", ".", "\u{201D}"]])
        document.quotes = [Quote(parts: [1..<5, 10..<13], kind: .direct, speaker: 6..<7, cue: 7..<8, canonicalSpeaker: "Charles Michel")]
        document.layers.formUnion([.numbers, .quotes])
        return document
    }

    @Test func jsonlListsThePartsAndJoinsTheirText() throws {
        let written = render(.jsonl, [interrupted()])
        #expect(written.contains(#""quotes":[{"start":1,"end":38,"text":"We are ready, to talk.","parts":[{"start":1,"end":14,"text":"We are ready,"},{"start":30,"end":38,"text":"to talk."}],"kind":"direct","#))
        let read = try JSONLReader().read(written, file: "p.jsonl")
        #expect(read[0].quotes == interrupted().quotes)
    }

    @Test func conlluMarksEveryPartWithOneNumber() throws {
        let written = render(.conllu, [interrupted()])
        let quoteColumn = written.split(separator: "\n").filter { $0.first?.isNumber == true }.map { $0.split(separator: "\t").last! }
        #expect(quoteColumn == ["_", "q1:B-direct=Charles_Michel", "q1:I-direct", "q1:I-direct", "q1:I-direct", "_",
                                "q1:speaker", "q1:cue", "_", "_", "q1:I-direct", "q1:I-direct", "q1:I-direct", "_"])
        let read = try CoNLLUReader().read(written, file: "p.conllu")
        #expect(read[0].quotes == interrupted().quotes)
    }

    @Test func partsThatDoNotFitTheQuoteAreAnError() {
        let tokens = #""tokens":[{"start":0,"end":1},{"start":2,"end":3},{"start":4,"end":5}]"#
        for parts in [#"[{"start":0,"end":1},{"start":2,"end":3}]"#,  // ends before the quote does
                      #"[{"start":2,"end":3},{"start":0,"end":1},{"start":4,"end":5}]"#,  // out of order
                      #"[{"start":0,"end":3},{"start":2,"end":5}]"#] {  // overlapping
            let line = #"{"text":"a b c","# + tokens + #","quotes":[{"start":0,"end":5,"kind":"direct","parts":"# + parts + "}]}"
            let error = #expect(throws: InputError.self) { try JSONLReader().read(line, file: "p.jsonl") }
            #expect(error?.message.contains("quotes[0].parts") == true, "\(String(describing: error))")
        }
    }
}
