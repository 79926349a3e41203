import BylineCore
import Formats
import Testing

@Suite struct WriterTests {
    @Test func formatNamesAndExtensions() {
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["conll", "conllu", "jsonl", "txt"])
        #expect(OutputFormat(rawValue: "conllu") == .conllu)
        #expect(InputFormat.allCases.map(\.rawValue) == ["text", "conll2003", "conllu", "jsonl"])
        #expect(InputFormat(fileExtension: "conll") == .conll2003)
        #expect(InputFormat(fileExtension: "JSONL") == .jsonl)
        #expect(InputFormat(fileExtension: "xml") == nil)
        for format in OutputFormat.allCases where format != .conllu {
            #expect(format.makeWriter().header() == "")
        }
    }

    /// Numbers are written digit by digit after what the buffer holds, as `String(value)` spells them.
    @Test(arguments: [0, 7, -5, 10, 99, 1_234_567, -40_000, Int.max, Int.min])
    func jsonIntegersAreDecimal(value: Int) {
        var json = JSONBuffer()
        json.raw("[1,")
        json.int(value)
        json.raw("]")
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[1,\(value)]")
    }

    @Test func conll2003FromText() {
        expectLines(render(.conll2003, [documentA(), documentB()]), """
            -DOCSTART- -X- -X- O

            Ann _ _ B-PER
            Lee _ _ I-PER
            Bob _ _ B-PER
            met _ _ O
            us _ _ O
            in _ _ O
            Paris _ _ B-LOC
            , _ _ O
            France _ _ B-LOC
            . _ _ O

            They _ _ O
            left _ _ O
            . _ _ O

            -DOCSTART- -X- -X- O

            He _ _ O
            said _ _ O
            \u{201C} _ _ O
            Hi _ _ O
            \u{201D} _ _ O
            to _ _ O
            Zo\u{EB} _ _ B-PER
            Ball _ _ I-PER
            . _ _ O


            """)
    }

    @Test func conllu() {
        expectLines(render(.conllu, [documentA(), documentB()]), """
            # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
            # newdoc id = a.txt
            # sent_id = a.txt-1
            # text = Ann Lee Bob met us in Paris, France.
            1\tAnn\tTokenRange=0:3\tB-PER\t_\t_
            2\tLee\tTokenRange=4:7\tI-PER\t_\t_
            3\tBob\tTokenRange=8:11\tB-PER\t_\t_
            4\tmet\tTokenRange=12:15\tO\t_\t_
            5\tus\tTokenRange=16:18\tO\t_\t_
            6\tin\tTokenRange=19:21\tO\t_\t_
            7\tParis\tSpaceAfter=No|TokenRange=22:27\tB-LOC\t_\t_
            8\t,\tTokenRange=27:28\tO\t_\t_
            9\tFrance\tSpaceAfter=No|TokenRange=29:35\tB-LOC\t_\t_
            10\t.\tTokenRange=35:36\tO\t_\t_

            # sent_id = a.txt-2
            # text = They left.
            1\tThey\tTokenRange=37:41\tO\t_\t_
            2\tleft\tSpaceAfter=No|TokenRange=42:46\tO\t_\t_
            3\t.\tTokenRange=46:47\tO\t_\t_

            # newdoc id = b.txt
            # sent_id = b.txt-1
            # text = He said \u{201C}Hi\u{201D} to Zo\u{EB} Ball.
            1\tHe\tTokenRange=0:2\tO\t_\t_
            2\tsaid\tTokenRange=3:7\tO\t_\t_
            3\t\u{201C}\tSpaceAfter=No|TokenRange=8:9\tO\t_\t_
            4\tHi\tSpaceAfter=No|TokenRange=9:11\tO\t_\t_
            5\t\u{201D}\tTokenRange=11:12\tO\t_\t_
            6\tto\tTokenRange=13:15\tO\t_\t_
            7\tZo\u{EB}\tTokenRange=16:19\tB-PER\t_\t_
            8\tBall\tSpaceAfter=No|TokenRange=21:25\tI-PER\t_\t_
            9\t.\tTokenRange=25:26\tO\t_\t_


            """)
    }

    @Test func columnFormWithLineBreakInSourceIsTheNormalizedText() {
        expectLines(render(.conllu, [documentHyphen()]), """
            # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
            # newdoc id = h.txt
            # sent_id = h.txt-1
            # text = Hyphen- ated words.
            1\tHyphen-ated\tTokenRange=0:12\tO\t_\t_
            2\twords\tSpaceAfter=No|TokenRange=13:18\tO\t_\t_
            3\t.\tTokenRange=18:19\tO\t_\t_


            """)
        expectLines(render(.conll2003, [documentHyphen()]), """
            -DOCSTART- -X- -X- O

            Hyphen-ated _ _ O
            words _ _ O
            . _ _ O


            """)
        expectLines(render(.jsonl, [documentHyphen()]), #"""
            {"id":"h.txt","text":"Hyphen-\nated words.","date":null,"sentences":[{"start":0,"end":19}],"tokens":[{"start":0,"end":12,"text":"Hyphen-\nated"},{"start":13,"end":18,"text":"words"},{"start":18,"end":19,"text":"."}],"entities":[],"numbers":[],"quotes":[]}

            """#)
    }

    @Test func jsonl() {
        expectLines(render(.jsonl, [documentA(), documentB()]), #"""
            {"id":"a.txt","text":"Ann Lee Bob met us in Paris, France.\nThey left.","date":null,"sentences":[{"start":0,"end":36},{"start":37,"end":47}],"tokens":[{"start":0,"end":3,"text":"Ann"},{"start":4,"end":7,"text":"Lee"},{"start":8,"end":11,"text":"Bob"},{"start":12,"end":15,"text":"met"},{"start":16,"end":18,"text":"us"},{"start":19,"end":21,"text":"in"},{"start":22,"end":27,"text":"Paris"},{"start":27,"end":28,"text":","},{"start":29,"end":35,"text":"France"},{"start":35,"end":36,"text":"."},{"start":37,"end":41,"text":"They"},{"start":42,"end":46,"text":"left"},{"start":46,"end":47,"text":"."}],"entities":[{"start":0,"end":7,"text":"Ann Lee","type":"PER","entity_id":null},{"start":8,"end":11,"text":"Bob","type":"PER","entity_id":null},{"start":22,"end":27,"text":"Paris","type":"LOC","entity_id":null},{"start":29,"end":35,"text":"France","type":"LOC","entity_id":null}],"numbers":[],"quotes":[]}
            {"id":"b.txt","text":"He said “Hi” to\nZoë  Ball.","date":null,"sentences":[{"start":0,"end":26}],"tokens":[{"start":0,"end":2,"text":"He"},{"start":3,"end":7,"text":"said"},{"start":8,"end":9,"text":"“"},{"start":9,"end":11,"text":"Hi"},{"start":11,"end":12,"text":"”"},{"start":13,"end":15,"text":"to"},{"start":16,"end":19,"text":"Zoë"},{"start":21,"end":25,"text":"Ball"},{"start":25,"end":26,"text":"."}],"entities":[{"start":16,"end":25,"text":"Zoë  Ball","type":"PER","entity_id":null}],"numbers":[],"quotes":[]}

            """#)
    }

    @Test func jsonlEscaping() {
        let document = Document(id: "c\"1\\", source: "Say \"hi\\there\"\tnow\u{1}\u{1F}\r\n\u{8}\u{C}\u{2028}\u{2029}\u{7F}é😀/")
        let output = render(.jsonl, [document])
        #expect(output == #"{"id":"c\"1\\","text":"Say \"hi\\there\"\tnow\u0001\u001f\r\n\b\f\u2028\u2029"# + "\u{7F}é😀/" + #"","date":null,"sentences":[],"tokens":[],"entities":[],"numbers":[],"quotes":[]}"# + "\n")
    }

    @Test func sentences() {
        var empty = Document(id: "e.txt", source: "  Just\ttext,\n no sentences.  ")
        empty.layers = [.text]
        expectLines(render(.sentences, [documentA(), documentB(), empty]), """
            Ann Lee Bob met us in Paris, France.
            They left.

            He said \u{201C}Hi\u{201D} to Zo\u{EB} Ball.

            Just text, no sentences.

            """)
    }

    @Test func documentsWithoutTokens() {
        let empty = Document(id: "e.txt", source: "")
        #expect(render(.conllu, [empty]) == CoNLLUWriter().header())
        #expect(render(.conll2003, [empty]) == "-DOCSTART- -X- -X- O\n\n")
        #expect(render(.sentences, [empty]) == "")
    }

    @Test func sentencesWithoutTokenRangesGroupTokensByPosition() {
        var document = documentA()
        document.sentences = document.sentences.map { Sentence(span: $0.span) }
        #expect(render(.conllu, [document]) == render(.conllu, [documentA()]))
    }

    @Test func overlappingAndOutOfRangeEntitiesDoNotCrash() {
        var document = documentA()
        document.entities = [Entity(tokens: 0..<3, type: .organization), Entity(tokens: 1..<2, type: .person),
                             Entity(tokens: 11..<40, type: .miscellaneous), Entity(tokens: 5..<5, type: .location)]
        let lines = render(.conll2003, [document]).split(separator: "\n").map { $0.split(separator: " ").last! }
        #expect(lines.prefix(5) == ["O", "B-ORG", "B-PER", "I-ORG", "O"])
        #expect(lines.suffix(3) == ["O", "B-MISC", "I-MISC"])
        _ = render(.jsonl, [document])
    }
}

/// A huge document's output is handed on in chunks as it is written (`handOn`); the chunks
/// must add up to what writing it whole gives, in every format.
@Suite struct WriterHandOnTests {
    /// 45,000 tokens: over a megabyte of JSON Lines, the size at which its writer hands on.
    static let long: Document = {
        let sentence = "Ann Lee met us in Paris, France."
        let words = ["Ann", "Lee", "met", "us", "in", "Paris", ",", "France", "."]
        return identityDocument(id: "long.txt", source: Array(repeating: sentence, count: 5_000).joined(separator: " "),
                                sentences: Array(repeating: words, count: 5_000),
                                entities: [(0..<2, .person), (5..<6, .location)])
    }()

    @Test(arguments: OutputFormat.allCases)
    func chunksHandedOnAddUpToTheWholeOutput(format: OutputFormat) {
        let writer = format.makeWriter()
        var whole = ""
        writer.write(Self.long, into: &whole)
        var chunks: [String] = []
        var rest = ""
        writer.write(Self.long, into: &rest) { output in
            guard output.utf8.count >= 10_000 else { return }
            chunks.append(output)
            output = ""
        }
        #expect(chunks.count > 1, "the writer handed nothing on")
        let joined = chunks.joined() + rest
        #expect(joined.utf8.count == whole.utf8.count)
        expectLines(joined, whole)
    }
}
