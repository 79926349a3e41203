import Byline
import BylineCore
import Foundation
import Formats
import Testing
import TestSupport

@Suite struct CoNLL2003ReaderTests {
    @Test func readsDocumentsSentencesTokensAndColumns() throws {
        let documents = try CoNLL2003Reader().read(Fixtures.conllSnippet, file: "train.txt")
        #expect(documents.count == 2)
        let first = documents[0]
        #expect(first.id == "train.txt#1")
        #expect(first.source == "EU rejects German call .\nPeter Blackburn")
        #expect(first.text == first.source)
        #expect(first.layers == [.text, .sentences, .tokens])
        #expect(first.tokens.map { String(first.text($0.span)) } == ["EU", "rejects", "German", "call", ".", "Peter", "Blackburn"])
        #expect(first.sentences == [Sentence(span: TextSpan(0, 24), tokens: 0..<5), Sentence(span: TextSpan(25, 40), tokens: 5..<7)])
        #expect(first.entities.isEmpty)
        #expect(first.inputColumns?.count == 7)
        #expect(first.inputColumns?[0] == ["EU", "NNP", "B-NP", "B-ORG"])
        #expect(first.inputColumns?[6] == ["Blackburn", "NNP", "I-NP", "I-PER"])
        #expect(documents[1].id == "train.txt#2")
        #expect(documents[1].source == "BRUSSELS 1996-08-22")
        #expect(documents[1].inputDocumentStart == ["-DOCSTART-", "-X-", "-X-", "O"])
    }

    @Test func crlfTabsAndNoFinalNewline() throws {
        let text = "-DOCSTART- -X- -X- O\r\n\r\nEU\tNNP B-NP  B-ORG\r\nrejects VBZ B-VP O"
        let documents = try CoNLL2003Reader().read(text, file: "f")
        #expect(documents.count == 1)
        #expect(documents[0].source == "EU rejects")
        #expect(documents[0].inputColumns == [["EU", "NNP", "B-NP", "B-ORG"], ["rejects", "VBZ", "B-VP", "O"]])
    }

    @Test func appendsThePredictionAndKeepsDocStarts() throws {
        var documents = try CoNLL2003Reader().read(Fixtures.conllSnippet, file: "train.txt")
        documents[0].entities = [Entity(tokens: 0..<1, type: .organization), Entity(tokens: 2..<3, type: .miscellaneous),
                                 Entity(tokens: 5..<6, type: .person), Entity(tokens: 6..<7, type: .person)]
        documents[1].entities = [Entity(tokens: 0..<1, type: .location)]
        expectLines(render(.conll2003, documents), """
            -DOCSTART- -X- -X- O O

            EU NNP B-NP B-ORG B-ORG
            rejects VBZ B-VP O O
            German JJ B-NP B-MISC B-MISC
            call NN I-NP O O
            . . O O O

            Peter NNP B-NP B-PER B-PER
            Blackburn NNP I-NP I-PER B-PER

            -DOCSTART- -X- -X- O O

            BRUSSELS NNP B-NP B-LOC B-LOC
            1996-08-22 CD I-NP O O


            """)
    }

    @Test func fileWithoutDocStartIsOneDocumentWrittenWithoutOne() throws {
        let text = "Peter B-PER\nBlackburn I-PER\n\n\nsaid O\n"
        let documents = try CoNLL2003Reader().read(text, file: "f")
        #expect(documents.count == 1)
        #expect(documents[0].id == "f#0")
        #expect(documents[0].inputDocumentStart == nil)
        #expect(documents[0].source == "Peter Blackburn\nsaid")
        #expect(documents[0].sentences.map(\.tokens) == [0..<2, 2..<3])
        expectLines(render(.conll2003, documents), """
            Peter B-PER O
            Blackburn I-PER O

            said O O


            """)
    }

    @Test func tokensBeforeTheFirstDocStart() throws {
        let text = "x O\n\n-DOCSTART- O\n\ny O\n"
        let documents = try CoNLL2003Reader().read(text, file: "f")
        #expect(documents.map(\.id) == ["f#0", "f#1"])
        expectLines(render(.conll2003, documents), "x O O\n\n-DOCSTART- O O\n\ny O O\n\n")
    }

    @Test func emptyInputsMakeNoDocuments() throws {
        #expect(try CoNLL2003Reader().read("", file: "f").isEmpty)
        #expect(try CoNLL2003Reader().read("\n \n\t\n", file: "f").isEmpty)
        // A -DOCSTART- with nothing after it is an empty document, written back as it was.
        let documents = try CoNLL2003Reader().read("-DOCSTART- -X- -X- O\n\n", file: "f")
        #expect(documents.count == 1 && documents[0].tokens.isEmpty && documents[0].source.isEmpty)
        #expect(render(.conll2003, documents) == "-DOCSTART- -X- -X- O O\n\n")
    }

    @Test func columnCountMismatch() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ O\n"
        let error = #expect(throws: InputError.self) { try CoNLL2003Reader().read(text, file: "train.txt") }
        #expect(error?.file == "train.txt")
        #expect(error?.line == 4)
        #expect(error?.byteOffset == 40)
        #expect(error?.message.hasPrefix("line 4 has 3 columns, expected 4") == true)

        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let crlfError = #expect(throws: InputError.self) { try CoNLL2003Reader().read(crlf, file: "train.txt") }
        #expect(crlfError?.line == 4)
        #expect(crlfError?.byteOffset == 43)
    }
}

@Suite struct CoNLLUReaderTests {
    @Test func plainCoNLLUWithMultiwordTokensAndEmptyNodes() throws {
        let text = """
            # newdoc id = d1
            # sent_id = 1
            1\tVamos\tir\tVERB\t_\t_\t0\troot\t_\t_
            2-3\tdel\t_\t_\t_\t_\t_\t_\t_\t_
            2\tde\tde\tADP\t_\t_\t1\tcase\t_\t_
            3\tel\tel\tDET\t_\t_\t1\tdet\t_\tSpaceAfter=No
            3.1\tx\tx\tX\t_\t_\t_\t_\t0:root\t_
            4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

            # newdoc
            1\tOtra\t_\t_\t_\t_\t_\t_\t_\t_
            """
        let documents = try CoNLLUReader().read(text, file: "u.conllu")
        #expect(documents.map(\.id) == ["d1", "u.conllu#2"])
        #expect(documents[0].source == "Vamos de el.")
        #expect(documents[0].tokens.count == 4)
        #expect(documents[0].layers == [.text, .sentences, .tokens])
        #expect(documents[0].inputColumns?[2] == ["3", "el", "el", "DET", "_", "_", "1", "det", "_", "SpaceAfter=No"])
        #expect(documents[1].source == "Otra")
    }

    @Test func sourceFromTextCommentWhenFormsAreFoundInIt() throws {
        // No SpaceAfter annotations, but # text shows where the spaces are.
        let text = """
            # global.columns = ID FORM BYLINE:NE
            # text = Hello, world!
            1\tHello\tO
            2\t,\tO
            3\tworld\tB-LOC
            4\t!\tO

            # text = This does not match
            1\tSomething\tB-PER
            2\telse\tI-PER

            """
        let documents = try CoNLLUReader().read(text, file: "u")
        #expect(documents.count == 1)
        let document = documents[0]
        #expect(document.source == "Hello, world!\nSomething else")
        #expect(document.tokens.map { String(document.text($0.span)) } == ["Hello", ",", "world", "!", "Something", "else"])
        #expect(document.entities == [Entity(tokens: 2..<3, type: .location), Entity(tokens: 4..<6, type: .person)])
        #expect(document.layers.contains(.entities))
    }

    @Test func errors() {
        let header = "# global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE\n"
        #expect(header.utf8.count == 69)
        let badTag = header + "1\tEU\t_\tB-ORG\t_\t_\n2\trejects\t_\tB-FOO\t_\t_\n"
        let tagError = #expect(throws: InputError.self) { try CoNLLUReader().read(badTag, file: "x.conllu") }
        #expect(tagError?.line == 3)
        #expect(tagError?.byteOffset == 69 + 17)
        #expect(tagError?.message.contains("B-FOO") == true)

        let columns = header + "1\tEU\t_\tB-ORG\t_\n"
        let columnError = #expect(throws: InputError.self) { try CoNLLUReader().read(columns, file: "x.conllu") }
        #expect(columnError?.line == 2)
        #expect(columnError?.byteOffset == 69)
        #expect(columnError?.message == "line 2 has 5 tab-separated columns, expected 6")

        let plain = "1 EU NNP\n"
        let plainError = #expect(throws: InputError.self) { try CoNLLUReader().read(plain, file: "x.conllu") }
        #expect(plainError?.line == 1)
        #expect(plainError?.byteOffset == 0)

        let badID = header + "\n\none\tEU\t_\tO\t_\t_\n"
        let idError = #expect(throws: InputError.self) { try CoNLLUReader().read(badID, file: "x.conllu") }
        #expect(idError?.line == 4)
        #expect(idError?.byteOffset == 71)

        let noForm = "# global.columns = ID LEMMA\n"
        #expect(throws: InputError.self) { try CoNLLUReader().read(noForm, file: "x.conllu") }
    }
}

@Suite struct JSONLReaderTests {
    let good = #"{"id":"d","text":"Zoë Ball","tokens":[{"start":0,"end":3},{"start":4,"end":8}],"entities":[{"start":0,"end":8,"type":"PER"}]}"#

    @Test func readsOffsetsInCodePoints() throws {
        let documents = try JSONLReader().read("\n" + good + "\r\n\n{\"text\":\"x\"}", file: "j")
        #expect(documents.count == 2)
        let document = documents[0]
        #expect(document.tokens == [Token(span: TextSpan(0, 4)), Token(span: TextSpan(5, 9))])
        #expect(document.entities == [Entity(tokens: 0..<2, type: .person)])
        #expect(document.sentences.isEmpty)
        #expect(document.layers == [.text, .tokens, .entities])
        #expect(documents[1].id == "j#2")
        #expect(documents[1].layers.isEmpty)
    }

    @Test func aDocumentOfTextAloneIsAnnotatedLikeATextFile() throws {
        // Typographic apostrophe and a compatibility character: the normalizer must run.
        let source = "Yerevan’s ﬁrst offer, Dr. Smith said, was “good”.\nIt was."
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "d", "text": source]), as: UTF8.self)
        let annotator = try Annotator()
        var read = try JSONLReader().read(line, file: "j.jsonl")[0]
        try annotator.annotate(&read)
        let plain = try annotator.annotate(source, id: "d")
        var fromJSONL = "", fromText = ""
        JSONLWriter().write(read, into: &fromJSONL)
        JSONLWriter().write(plain, into: &fromText)
        expectSameLines(fromJSONL, fromText, "JSONL text annotated")
    }

    /// Found by the fuzzer (docs/fuzzing.md): JSONSerialization drops a U+FEFF that begins a
    /// string, so a text starting with one lost it and every offset after it pointed one code
    /// point too far. A U+FEFF before the object (a byte order mark) is still skipped.
    @Test func keepsAByteOrderMarkThatBeginsAString() throws {
        let line = "{\"id\":\"\u{FEFF}d\",\"text\":\"\u{FEFF}Hi \u{FEFF}\",\"tokens\":[{\"start\":1,\"end\":3}]}"
        let documents = try JSONLReader().read("\u{FEFF}" + line + "\n" + line, file: "j")
        #expect(documents.count == 2)
        for document in documents {
            #expect(document.id == "\u{FEFF}d")
            #expect(document.source == "\u{FEFF}Hi \u{FEFF}")
            #expect(document.tokens.map { document.sourceText($0.span) } == ["Hi"])
        }
    }

    func expectError(_ line: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = good + "\n" + line + "\n"
        let error = #expect(throws: InputError.self, sourceLocation: sourceLocation) {
            try JSONLReader().read(text, file: "j.jsonl")
        }
        #expect(error?.file == "j.jsonl", sourceLocation: sourceLocation)
        #expect(error?.line == 2, sourceLocation: sourceLocation)
        #expect(error?.byteOffset == good.utf8.count + 1, sourceLocation: sourceLocation)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test func errors() {
        expectError(#"{"text":"#, "not valid JSON")
        expectError(#"[1, 2]"#, "expected a JSON object")
        expectError(#"{"id":"x"}"#, "missing \"text\"")
        expectError(#"{"text":5}"#, "\"text\" is not a string")
        expectError(#"{"text":"ab","id":3}"#, "\"id\" is not a string")
        expectError(#"{"text":"ab","tokens":{"start":0}}"#, "\"tokens\" is not a list")
        expectError(#"{"text":"ab","tokens":[3]}"#, "tokens[0] is not an object")
        expectError(#"{"text":"ab","tokens":[{"start":0}]}"#, "tokens[0] needs integer \"start\" and \"end\"")
        expectError(#"{"text":"ab","tokens":[{"start":0,"end":1.5}]}"#, "tokens[0] needs integer")
        expectError(#"{"text":"ab","tokens":[{"start":1,"end":3}]}"#, "outside the text's 2 code points")
        expectError(#"{"text":"ab","tokens":[{"start":1,"end":0}]}"#, "tokens[0] has start 1 and end 0")
        expectError(#"{"text":"ab","tokens":[{"start":-1,"end":0}]}"#, "tokens[0] has start -1")
        expectError(#"{"text":"ab","tokens":[{"start":0,"end":2},{"start":1,"end":2}]}"#, "tokens[1] overlaps")
        expectError(#"{"text":"ab","tokens":[{"start":1,"end":1}]}"#, "tokens[0] is empty")
        expectError(#"{"text":"a b","tokens":[{"start":0,"end":3}],"sentences":[{"start":0,"end":1}]}"#, "tokens[0] crosses the end of sentences[0]")
        expectError(#"{"text":"a b","tokens":[{"start":0,"end":1},{"start":2,"end":3}],"entities":[{"start":0,"end":2,"type":"PER"}]}"#,
                    "entities[0] (0:2) does not start and end on token boundaries")
        expectError(#"{"text":"a b","tokens":[{"start":0,"end":1}],"entities":[{"start":0,"end":1,"type":"PERSON"}]}"#,
                    "type \"PERSON\"")
        expectError(#"{"text":"a b","tokens":[{"start":0,"end":1}],"entities":[{"start":0,"end":1}]}"#, "no string \"type\"")
    }
}
