import BylineCore
import Formats
import Testing
import TestSupport

@Suite struct RoundTripTests {
    /// Tokens, sentences and entities of a document in terms that survive a change of source:
    /// forms, sentence token ranges, entity token ranges and types.
    func shape(_ document: Document) -> (forms: [String], sentences: [Range<Int>], entities: [Entity]) {
        (forms(document), document.sentences.map(\.tokens), document.entities)
    }

    @Test func conllu() throws {
        let originals = [documentA(), documentB()]
        let documents = try CoNLLUReader().read(render(.conllu, originals), file: "out.conllu")
        #expect(documents.count == 2)
        for (read, original) in zip(documents, originals) {
            #expect(read.id == original.id)
            #expect(shape(read).forms == shape(original).forms)
            #expect(shape(read).sentences == shape(original).sentences)
            #expect(shape(read).entities == shape(original).entities)
            // The header names the NE, NUMBER and QUOTE columns, so those layers are read (empty here).
            #expect(read.layers == [.text, .sentences, .tokens, .entities, .numbers, .quotes])
            #expect(read.inputColumns?.count == read.tokens.count)
        }
        // Sources come from the # text lines (white space collapsed), sentences joined by line breaks.
        #expect(documents[0].source == "Ann Lee Bob met us in Paris, France.\nThey left.")
        #expect(documents[1].source == "He said \u{201C}Hi\u{201D} to Zo\u{EB} Ball.")
        // Writing what was read gives the same CoNLL-U again where the source had no white space
        // to collapse (in b.txt the TokenRanges now count in the collapsed source).
        expectLines(render(.conllu, [documents[0]]), render(.conllu, [originals[0]]))
    }

    @Test func conlluWithoutTextCommentFallsBackToSpaceAfter() throws {
        let written = render(.conllu, [documentHyphen()])
        let documents = try CoNLLUReader().read(written, file: "h")
        #expect(documents[0].source == "Hyphen-ated words.")
    }

    @Test func jsonl() throws {
        let originals = [documentA(), documentB(), documentHyphen()]
        let documents = try JSONLReader().read(render(.jsonl, originals), file: "out.jsonl")
        #expect(documents.count == 3)
        for (read, original) in zip(documents, originals) {
            #expect(read.id == original.id)
            #expect(read.source == original.source)
            #expect(read.tokens.map(\.span) == original.tokens.map { original.sourceSpan($0.span) })
            #expect(read.sentences.map(\.span) == original.sentences.map { original.sourceSpan($0.span) })
            #expect(read.sentences.map(\.tokens) == original.sentences.map(\.tokens))
            #expect(read.entities == original.entities)
        }
        expectLines(render(.jsonl, Array(documents.prefix(2))), render(.jsonl, Array(originals.prefix(2))))
    }

    /// Documents whose sources CoNLL-U keeps exactly: single spaces inside sentences, sentences
    /// joined by a line break or a blank line.
    static let layerDocuments = [documentNumbers(), documentAllNumberKinds(), documentMultiSentenceQuotes()]

    @Test(arguments: layerDocuments)
    func conlluLayersWriteReadWrite(_ original: Document) throws {
        let written = render(.conllu, [original])
        let read = try CoNLLUReader().read(written, file: "out.conllu")
        #expect(read.count == 1)
        #expect(read[0].source == original.source)
        #expect(Set(read[0].numbers) == Set(original.numbers))
        #expect(Set(read[0].quotes) == Set(original.quotes))
        expectLines(render(.conllu, read), written)
    }

    @Test(arguments: layerDocuments)
    func jsonlLayersWriteReadWrite(_ original: Document) throws {
        let written = render(.jsonl, [original])
        let read = try JSONLReader().read(written, file: "out.jsonl")
        #expect(read.count == 1)
        #expect(Set(read[0].numbers) == Set(original.numbers))
        #expect(Set(read[0].quotes) == Set(original.quotes))
        expectLines(render(.jsonl, read), written)
    }

    /// The round trips above are only as good as the fixture: it must hold every kind, and a
    /// clock time must come back with its kind and its zoned value from both formats, and a
    /// date bounded on one side with its side.
    @Test func everyNumberKindIsCarriedAndReadBack() throws {
        let original = documentAllNumberKinds()
        #expect(Set(original.numbers.map(\.kind)) == Set(NumberKind.allCases))
        let fromConllu = try CoNLLUReader().read(render(.conllu, [original]), file: "out.conllu")[0]
        let fromJsonl = try JSONLReader().read(render(.jsonl, [original]), file: "out.jsonl")[0]
        for read in [fromConllu, fromJsonl] {
            let times = read.numbers.filter { $0.kind == .time }
            #expect(times.map(\.calendar) == ["2023-12-07T15:00Z"])
            let sinces = read.numbers.filter { $0.kind == .year && $0.modifier != nil }
            #expect(sinces.map(\.calendar) == ["2014"] && sinces.map(\.modifier) == [.atLeast])
        }
    }

    /// A document goes through CoNLL-U and comes back to the same JSON Lines.
    @Test func jsonlThroughConllu() throws {
        let originals = [documentQuotes(), documentMultiSentenceQuotes(), documentAllNumberKinds()]
        let read = try CoNLLUReader().read(render(.conllu, originals), file: "out.conllu")
        // q.txt's first two sentences share a line; CoNLL-U joins them with a line break.
        expectLines(render(.jsonl, read).replacingOccurrences(of: "said.\\n", with: "said. "), render(.jsonl, originals))
    }

    @Test func conll2003ReadWriteRead() throws {
        let documents = try CoNLL2003Reader().read(Fixtures.conllSnippet, file: "train.txt")
        let again = try CoNLL2003Reader().read(render(.conll2003, documents), file: "train.txt")
        #expect(again.map(\.source) == documents.map(\.source))
        #expect(again.map(\.id) == documents.map(\.id))
        #expect(again[0].inputColumns?[0] == ["EU", "NNP", "B-NP", "B-ORG", "O"])
    }
}
