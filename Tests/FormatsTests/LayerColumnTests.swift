import BylineCore
import Formats
import Testing

/// The number and quote layers in CoNLL-U Plus and JSON Lines, and paragraphs in CoNLL-U.
@Suite struct LayerWriterTests {
    @Test func conlluNumbersAndParagraph() {
        expectLines(render(.conllu, [documentNumbers()]), """
            # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
            # newdoc id = n.txt
            # sent_id = n.txt-1
            # text = More than 100,000 people came, nearly 2/3 of them women.
            1\tMore\tTokenRange=0:4\tO\tB-cardinal|value=100000|modifier=more_than|counted=4-4\t_
            2\tthan\tTokenRange=5:9\tO\tI-cardinal\t_
            3\t100,000\tTokenRange=10:17\tO\tI-cardinal\t_
            4\tpeople\tTokenRange=18:24\tO\t_\t_
            5\tcame\tSpaceAfter=No|TokenRange=25:29\tO\t_\t_
            6\t,\tTokenRange=29:30\tO\t_\t_
            7\tnearly\tTokenRange=31:37\tO\tB-fraction|value=2/3|modifier=nearly|counted=10-11\t_
            8\t2/3\tTokenRange=38:41\tO\tI-fraction\t_
            9\tof\tTokenRange=42:44\tO\t_\t_
            10\tthem\tTokenRange=45:49\tO\t_\t_
            11\twomen\tSpaceAfter=No|TokenRange=50:55\tO\t_\t_
            12\t.\tTokenRange=55:56\tO\t_\t_

            # newpar
            # sent_id = n.txt-2
            # text = It cost $1.1 million in 2023, at least -3.25 a head.
            1\tIt\tTokenRange=58:60\tO\t_\t_
            2\tcost\tTokenRange=61:65\tO\t_\t_
            3\t$\tSpaceAfter=No|TokenRange=66:67\tO\tB-money|value=1100000|unit=USD\t_
            4\t1.1\tTokenRange=67:70\tO\tI-money\t_
            5\tmillion\tTokenRange=71:78\tO\tI-money\t_
            6\tin\tTokenRange=79:81\tO\t_\t_
            7\t2023\tSpaceAfter=No|TokenRange=82:86\tO\tB-year|value=2023|calendar=2023\t_
            8\t,\tTokenRange=86:87\tO\t_\t_
            9\tat\tTokenRange=88:90\tO\tB-cardinal|value=-3.25|low=-3.25|modifier=at_least\t_
            10\tleast\tTokenRange=91:96\tO\tI-cardinal\t_
            11\t-3.25\tTokenRange=97:102\tO\tI-cardinal\t_
            12\ta\tTokenRange=103:104\tO\t_\t_
            13\thead\tSpaceAfter=No|TokenRange=105:109\tO\t_\t_
            14\t.\tTokenRange=109:110\tO\t_\t_


            """)
    }

    @Test func conlluQuotes() {
        expectLines(render(.conllu, [documentQuotes()]), """
            # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
            # newdoc id = q.txt
            # sent_id = q.txt-1
            # text = \u{201C}We are ready,\u{201D} Charles Michel said.
            1\t\u{201C}\tSpaceAfter=No|TokenRange=0:1\tO\t_\t_
            2\tWe\tTokenRange=1:3\tO\t_\tq1:B-direct=Charles_Michel
            3\tare\tTokenRange=4:7\tO\t_\tq1:I-direct;q2:B-mixed
            4\tready\tSpaceAfter=No|TokenRange=8:13\tO\t_\tq1:I-direct;q2:I-mixed
            5\t,\tSpaceAfter=No|TokenRange=13:14\tO\t_\tq1:I-direct
            6\t\u{201D}\tTokenRange=14:15\tO\t_\t_
            7\tCharles\tTokenRange=16:23\tO\t_\tq1:speaker;q3:speaker
            8\tMichel\tTokenRange=24:30\tO\t_\tq1:speaker;q3:speaker
            9\tsaid\tSpaceAfter=No|TokenRange=31:35\tO\t_\tq1:cue
            10\t.\tTokenRange=35:36\tO\t_\t_

            # sent_id = q.txt-2
            # text = \u{201C}We will talk.\u{201D}
            1\t\u{201C}\tSpaceAfter=No|TokenRange=37:38\tO\t_\t_
            2\tWe\tTokenRange=38:40\tO\t_\tq3:B-direct=Charles_Michel
            3\twill\tTokenRange=41:45\tO\t_\tq3:I-direct
            4\ttalk\tSpaceAfter=No|TokenRange=46:50\tO\t_\tq3:I-direct
            5\t.\tSpaceAfter=No|TokenRange=50:51\tO\t_\tq3:I-direct
            6\t\u{201D}\tTokenRange=51:52\tO\t_\t_

            # sent_id = q.txt-3
            # text = He called it \u{201C}a breakthrough\u{201D}.
            1\tHe\tTokenRange=53:55\tO\t_\tq4:speaker
            2\tcalled\tTokenRange=56:62\tO\t_\tq4:cue
            3\tit\tTokenRange=63:65\tO\t_\t_
            4\t\u{201C}\tSpaceAfter=No|TokenRange=66:67\tO\t_\t_
            5\ta\tTokenRange=67:68\tO\t_\tq4:B-mixed=Charles_Michel
            6\tbreakthrough\tSpaceAfter=No|TokenRange=69:81\tO\t_\tq4:I-mixed
            7\t\u{201D}\tSpaceAfter=No|TokenRange=81:82\tO\t_\t_
            8\t.\tTokenRange=82:83\tO\t_\t_


            """)
    }

    /// The part of a JSON Lines document from `"numbers"` on.
    func layersPart(_ document: Document) -> String {
        let line = render(.jsonl, [document])
        guard let start = line.range(of: ",\"numbers\":") else { return line }
        return String(line[start.upperBound...])
    }

    @Test func jsonlNumbers() {
        expectLines(layersPart(documentNumbers()), #"""
            [{"start":0,"end":17,"text":"More than 100,000","kind":"cardinal","value":"100000","low":null,"high":null,"modifier":"more_than","unit":null,"calendar":null,"counted":{"start":18,"end":24,"text":"people"}},{"start":31,"end":41,"text":"nearly 2/3","kind":"fraction","value":"2/3","low":null,"high":null,"modifier":"nearly","unit":null,"calendar":null,"counted":{"start":45,"end":55,"text":"them women"}},{"start":66,"end":78,"text":"$1.1 million","kind":"money","value":"1100000","low":null,"high":null,"modifier":null,"unit":"USD","calendar":null,"counted":null},{"start":82,"end":86,"text":"2023","kind":"year","value":"2023","low":null,"high":null,"modifier":null,"unit":null,"calendar":"2023","counted":null},{"start":88,"end":102,"text":"at least -3.25","kind":"cardinal","value":"-3.25","low":"-3.25","high":null,"modifier":"at_least","unit":null,"calendar":null,"counted":null}],"quotes":[]}

            """#)
    }

    @Test func jsonlQuotes() {
        expectLines(layersPart(documentQuotes()), #"""
            [],"quotes":[{"start":1,"end":14,"text":"We are ready,","parts":[{"start":1,"end":14,"text":"We are ready,"}],"kind":"direct","speaker":{"start":16,"end":30,"text":"Charles Michel"},"canonical_speaker":"Charles Michel","speaker_id":null,"cue":{"start":31,"end":35,"text":"said"}},{"start":4,"end":13,"text":"are ready","parts":[{"start":4,"end":13,"text":"are ready"}],"kind":"mixed","speaker":null,"canonical_speaker":null,"speaker_id":null,"cue":null},{"start":38,"end":51,"text":"We will talk.","parts":[{"start":38,"end":51,"text":"We will talk."}],"kind":"direct","speaker":{"start":16,"end":30,"text":"Charles Michel"},"canonical_speaker":"Charles Michel","speaker_id":null,"cue":null},{"start":67,"end":81,"text":"a breakthrough","parts":[{"start":67,"end":81,"text":"a breakthrough"}],"kind":"mixed","speaker":{"start":53,"end":55,"text":"He"},"canonical_speaker":"Charles Michel","speaker_id":null,"cue":{"start":56,"end":62,"text":"called"}}]}

            """#)
    }

    @Test func newparOnlyAfterABlankLine() {
        // Blank lines: LF LF, CRLF CRLF, a line of spaces and a tab, a CR-only pair. Not: one
        // line break, two sentences on a line, a line break with spaces around it.
        let source = "A.\n\nB.\r\n\r\nC.\nD. E.\n \t\nF. \n G.\r\rH."
        let words = ["A", "B", "C", "D", "E", "F", "G", "H"]
        let document = identityDocument(id: "p", source: source, sentences: words.map { [$0, "."] })
        let lines = render(.conllu, [document]).split(separator: "\n")
        let followers = lines.indices.filter { lines[$0] == "# newpar" }.map { lines[$0 + 2] }
        #expect(followers == ["# text = B.", "# text = C.", "# text = F.", "# text = H."])
    }

    @Test func whatTheColumnsCannotSayIsLeftOut() {
        var document = documentA()
        document.numbers = [
            NumberMention(tokens: 0..<2, kind: .cardinal),
            NumberMention(tokens: 1..<3, kind: .ordinal),                      // overlaps the first
            NumberMention(tokens: 3..<4, kind: .cardinal, counted: 11..<12),    // counted in another sentence
            NumberMention(tokens: 5..<5, kind: .cardinal),                      // no tokens
            NumberMention(tokens: 12..<14, kind: .cardinal),                    // past the last token
            NumberMention(tokens: 4..<5, kind: .money, unit: "US dollar|x", calendar: ""),
        ]
        document.quotes = [
            Quote(content: 2..<2, kind: .direct, speaker: 0..<1),               // no content
            Quote(content: 6..<7, kind: .direct, speaker: 10..<20, cue: 3..<4, canonicalSpeaker: " Ann\t Lee;Jr "),
        ]
        let lines = render(.conllu, [document]).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let numbers = lines.map { $0.split(separator: "\t")[4] }
        let quotes = lines.map { $0.split(separator: "\t")[5] }
        #expect(numbers == ["B-cardinal", "I-cardinal", "_", "B-cardinal", "B-money|unit=US_dollar_x",
                            "_", "_", "_", "_", "_", "_", "_", "_"])
        #expect(quotes == ["_", "_", "_", "q1:cue", "_", "_", "q1:B-direct=Ann_Lee_Jr", "_", "_", "_", "_", "_", "_"])
        let json = render(.jsonl, [document])
        #expect(json.contains(#""quotes":[{"start":22,"end":27,"text":"Paris","parts":[{"start":22,"end":27,"text":"Paris"}],"kind":"direct","speaker":null,"canonical_speaker":" Ann\t Lee;Jr ","speaker_id":null,"cue":{"start":12,"end":15,"text":"met"}}]"#))
        // JSON can say overlapping mentions; empty and out-of-range ones are left out there too.
        #expect(json.components(separatedBy: "\"kind\":").count - 1 == 5)
    }
}

@Suite struct LayerReaderTests {
    @Test func conlluReadsNumbersQuotesAndParagraphs() throws {
        let originals = [documentNumbers(), documentQuotes()]
        let documents = try CoNLLUReader().read(render(.conllu, originals), file: "out.conllu")
        #expect(documents.count == 2)
        #expect(documents[0].source == originals[0].source)
        #expect(documents[0].source.contains(".\n\nIt cost"))
        #expect(documents[0].numbers == originals[0].numbers.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        #expect(documents[0].layers == [.text, .sentences, .tokens, .entities, .numbers, .quotes])
        // Sentences are joined by line breaks where the source had a space (offsets stay the same).
        #expect(documents[1].source == originals[1].source.replacingOccurrences(of: "said. ", with: "said.\n"))
        #expect(documents[1].quotes == [originals[1].quotes[3], originals[1].quotes[2], originals[1].quotes[1], originals[1].quotes[0]])
    }

    @Test func conlluWithoutLayerColumnsHasNoLayers() throws {
        let text = "# global.columns = ID FORM BYLINE:NE\n1\tHi\tO\n"
        let documents = try CoNLLUReader().read(text, file: "u")
        #expect(documents[0].layers == [.text, .sentences, .tokens, .entities])
    }

    @Test func newparBeforeTheFirstSentenceChangesNothing() throws {
        let text = "# global.columns = ID FORM\n# newpar\n1\tA\n\n# newpar id = p2\n1\tB\n\n1\tC\n"
        let documents = try CoNLLUReader().read(text, file: "u")
        #expect(documents[0].source == "A\n\nB\nC")
        #expect(documents[0].sentences.map(\.span) == [TextSpan(0, 1), TextSpan(3, 4), TextSpan(5, 6)])
    }

    @Test func attributesInAnyOrderAndOForOutside() throws {
        let text = """
            # global.columns = ID FORM BYLINE:NUMBER BYLINE:QUOTE
            1\tabout\tB-approximate|counted=3-3|modifier=approximately|value=1e4\tq2:cue
            2\tten\tI-approximate\tq2:B-indirect=Jean-Claude_Juncker
            3\tpeople\tO\tq2:I-indirect

            """
        let document = try CoNLLUReader().read(text, file: "u")[0]
        #expect(document.numbers == [NumberMention(tokens: 0..<2, kind: .approximate, value: ExactNumber(10_000),
                                                   modifier: .approximately, counted: 2..<3)])
        #expect(document.quotes == [Quote(content: 1..<3, kind: .indirect, cue: 0..<1, canonicalSpeaker: "Jean-Claude Juncker")])
    }

    static let header = "# global.columns = ID FORM BYLINE:NUMBER BYLINE:QUOTE\n"

    /// Reads a header and the lines; the error must be at line `line` (1 is the header) with the
    /// byte offset of that line's start and a message containing `message`.
    func expectError(_ lines: [String], line: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Self.header + lines.map { $0 + "\n" }.joined()
        let error = #expect(throws: InputError.self, sourceLocation: sourceLocation) {
            try CoNLLUReader().read(text, file: "g.conllu")
        }
        let offset = Self.header.utf8.count + lines.prefix(line - 2).map { $0.utf8.count + 1 }.reduce(0, +)
        #expect(error?.file == "g.conllu", sourceLocation: sourceLocation)
        #expect(error?.line == line, sourceLocation: sourceLocation)
        #expect(error?.byteOffset == offset, sourceLocation: sourceLocation)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test func numberColumnErrors() {
        expectError(["1\ta\tB-weight|value=3\t_"], line: 2, "bad number tag 'B-weight|value=3'")
        expectError(["1\ta\t_\t_", "2\tb\tI-cardinal\t_"], line: 3, "I-cardinal without a B-cardinal")
        expectError(["1\ta\tB-cardinal\t_", "2\tb\tI-percent\t_"], line: 3, "I-percent without a B-percent")
        expectError(["1\ta\tI-cardinal\t_"], line: 2, "I-cardinal without a B-cardinal")
        expectError(["1\ta\tB-cardinal|value=12,5\t_"], line: 2, "bad value '12,5'")
        expectError(["1\ta\tB-cardinal|low=1/0\t_"], line: 2, "bad low '1/0'")
        expectError(["1\ta\tB-cardinal|modifier=around\t_"], line: 2, "bad modifier 'around'")
        expectError(["1\ta\tB-cardinal|size=3\t_"], line: 2, "unknown number attribute 'size'")
        expectError(["1\ta\tB-cardinal|value\t_"], line: 2, "'value' in 'B-cardinal|value' is not key=value")
        expectError(["1\ta\tB-cardinal|unit=\t_"], line: 2, "is not key=value")
        expectError(["1\ta\tI-cardinal|value=3\t_"], line: 2, "attributes go on the mention's first (B-) token")
        expectError(["1\ta\tB-cardinal|counted=2-1\t_", "2\tb\t_\t_"], line: 2, "bad counted '2-1'")
        expectError(["1\ta\tB-cardinal|counted=0-1\t_", "2\tb\t_\t_"], line: 2, "bad counted '0-1'")
        expectError(["1\ta\tB-cardinal|counted=x\t_"], line: 2, "bad counted 'x'")
        // Counted IDs outside the sentence: the sentence is known only at its end.
        expectError(["1\ta\t_\t_", "2\tb\tB-cardinal|counted=3-4\t_", "3\tc\t_\t_", "", "1\td\t_\t_"], line: 3,
                    "counted=3-4 is outside the sentence (its token IDs are 1 to 3)")
    }

    @Test func quoteColumnErrors() {
        expectError(["1\ta\t_\tq1:said"], line: 2, "bad quote item 'q1:said'")
        expectError(["1\ta\t_\tq1:B-direct;"], line: 2, "bad quote item ''")
        expectError(["1\ta\t_\tqx:cue"], line: 2, "bad quote item 'qx:cue'")
        expectError(["1\ta\t_\tq0:cue"], line: 2, "bad quote item 'q0:cue'")
        expectError(["1\ta\t_\tq1:B-direct="], line: 2, "bad quote item 'q1:B-direct='")
        expectError(["1\ta\t_\tq1:I-direct=Ann"], line: 2, "bad quote item 'q1:I-direct=Ann'")
        expectError(["1\ta\t_\tq1:B-reported"], line: 2, "bad quote item 'q1:B-reported'")
        expectError(["1\ta\t_\tq1:speaker", "2\tb\t_\tq1:I-direct"], line: 3,
                    "q1:I-direct continues a quote that has not begun")
        expectError(["1\ta\t_\tq1:B-direct", "2\tb\t_\tq1:I-mixed"], line: 3, "q1:I-mixed continues q1, which began as direct")
        expectError(["1\ta\t_\tq1:B-direct", "2\tb\t_\tq1:B-direct"], line: 3, "q1 begins twice")
        expectError(["1\ta\t_\tq1:speaker", "2\tb\t_\tq1:B-direct", "3\tc\t_\tq1:speaker"], line: 4,
                    "q1's speaker tokens are not consecutive")
        expectError(["1\ta\t_\tq1:cue", "2\tb\t_\tq1:B-direct", "3\tc\t_\tq1:cue"], line: 4, "q1's cue tokens are not consecutive")
        // A quote with a speaker but no content, found when the document ends: reported where q2 first appears.
        expectError(["1\ta\t_\tq1:B-direct", "2\tb\t_\tq2:speaker", "", "1\tc\t_\tq2:speaker"], line: 3,
                    "q2 has no content tokens")
    }

    @Test func jsonlReadsNumbersAndQuotes() throws {
        let originals = [documentNumbers(), documentQuotes()]
        let documents = try JSONLReader().read(render(.jsonl, originals), file: "out.jsonl")
        #expect(documents[0].numbers == originals[0].numbers.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        #expect(documents[0].quotes.isEmpty)
        #expect(documents[0].layers == [.text, .sentences, .tokens, .entities, .numbers, .quotes])
        #expect(documents[1].quotes == [originals[1].quotes[3], originals[1].quotes[2], originals[1].quotes[1], originals[1].quotes[0]])
    }

    @Test func jsonlMissingOptionalFieldsAreNull() throws {
        let line = #"{"text":"about 3 people","tokens":[{"start":0,"end":5},{"start":6,"end":7},{"start":8,"end":14}],"numbers":[{"start":6,"end":7,"kind":"cardinal"}],"quotes":[{"start":0,"end":14,"kind":"indirect","speaker":null}]}"#
        let document = try JSONLReader().read(line, file: "j")[0]
        #expect(document.numbers == [NumberMention(tokens: 1..<2, kind: .cardinal)])
        #expect(document.quotes == [Quote(content: 0..<3, kind: .indirect)])
        #expect(document.layers == [.text, .tokens, .numbers, .quotes])
    }

    func expectJSONLError(_ layers: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let good = #"{"text":"ok"}"#
        let line = #"{"text":"about 3 people","tokens":[{"start":0,"end":5},{"start":6,"end":7},{"start":8,"end":14}],"# + layers + "}"
        let error = #expect(throws: InputError.self, sourceLocation: sourceLocation) {
            try JSONLReader().read(good + "\n" + line + "\n", file: "j.jsonl")
        }
        #expect(error?.line == 2, sourceLocation: sourceLocation)
        #expect(error?.byteOffset == good.utf8.count + 1, sourceLocation: sourceLocation)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    }

    @Test func jsonlErrors() {
        expectJSONLError(#""numbers":[{"start":6,"end":9,"kind":"cardinal"}]"#, "numbers[0] (6:9) does not start and end on token boundaries")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"weight"}]"#, "numbers[0] has kind \"weight\", expected one of cardinal")
        expectJSONLError(#""numbers":[{"start":6,"end":7}]"#, "numbers[0] has no string \"kind\"")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","value":3}]"#, "numbers[0].value is not a number in a string")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","high":"three"}]"#, "numbers[0].high is not a number in a string")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","modifier":"around"}]"#, "numbers[0] has modifier \"around\"")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","unit":5}]"#, "numbers[0].unit is not a string or null")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","counted":{"start":8,"end":12}}]"#,
                         "numbers[0].counted (8:12) does not start and end on token boundaries")
        expectJSONLError(#""numbers":[{"start":6,"end":7,"kind":"cardinal","counted":"people"}]"#, "numbers[0].counted is not an object or null")
        expectJSONLError(#""numbers":{}"#, "\"numbers\" is not a list")
        expectJSONLError(#""quotes":[{"start":0,"end":3,"kind":"direct"}]"#, "quotes[0] (0:3) does not start and end on token boundaries")
        expectJSONLError(#""quotes":[{"start":0,"end":5,"kind":"said"}]"#, "quotes[0] has kind \"said\", expected one of direct, mixed, indirect")
        expectJSONLError(#""quotes":[{"start":0,"end":5,"kind":"direct","speaker":{"start":9,"end":14}}]"#,
                         "quotes[0].speaker (9:14) does not start and end on token boundaries")
        expectJSONLError(#""quotes":[{"start":0,"end":5,"kind":"direct","cue":{"start":6}}]"#, "quotes[0].cue needs integer \"start\" and \"end\"")
        expectJSONLError(#""quotes":[{"start":0,"end":5,"kind":"direct","canonical_speaker":["Ann"]}]"#,
                         "quotes[0].canonical_speaker is not a string or null")
    }
}
