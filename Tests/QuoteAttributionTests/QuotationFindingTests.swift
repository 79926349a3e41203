import Byline
import Testing
import TestSupport

/// Which words are quotations: marks of every style, apostrophes, nesting, quotations over
/// sentences and paragraphs, direct versus mixed, and unbalanced marks.
@Suite struct QuotationFindingTests {
    @Test func straightDoubleQuotes() throws {
        #expect(try Annotation.quotes("\"We are ready to talk,\" Charles Michel said.")
                == ["direct: We are ready to talk, | Charles Michel | said | Charles Michel"])
    }

    @Test func typographicDoubleQuotes() throws {
        #expect(try Annotation.quotes("“We are ready to talk,” Charles Michel said.")
                == ["direct: We are ready to talk, | Charles Michel | said | Charles Michel"])
    }

    @Test func typographicSingleQuotes() throws {
        #expect(try Annotation.quotes("Angela Merkel spoke on Monday. ‘We are ready,’ she said.")
                == ["direct: We are ready, | she | said | Angela Merkel"])
    }

    @Test func apostrophesAreNotQuotationMarks() throws {
        let quotes = try Annotation.quotes("Azerbaijan's leaders met in the '90s and O'Brien's aides left, as rock 'n' roll played.")
        #expect(quotes.isEmpty)
    }

    @Test func singleQuotesAfterAPluralPossessive() throws {
        #expect(try Annotation.quotes("The players' union called the offer 'an insult to every player' on Monday.")
                == ["mixed: an insult to every player | The players' union | called | players' union"])
    }

    @Test func guillemets() throws {
        #expect(try Annotation.quotes("«We are ready to talk», Charles Michel said.")
                == ["direct: We are ready to talk | Charles Michel | said | Charles Michel"])
    }

    @Test func singleGuillemetsInsideGuillemets() throws {
        #expect(try Annotation.quotes("«They promised us ‹concrete measures› again», Charles Michel said.")
                == ["direct: They promised us ‹concrete measures› again | Charles Michel | said | Charles Michel",
                    "mixed: concrete measures | They | promised | -"])
    }

    @Test func quotationInsideAQuotation() throws {
        #expect(try Annotation.quotes("\"He told me, 'We will never give up,'\" Joe Biden said.")
                == ["direct: He told me, 'We will never give up,' | Joe Biden | said | Joe Biden",
                    "direct: We will never give up, | He | told | -"])
    }

    @Test func quotationOverTwoSentences() throws {
        #expect(try Annotation.quotes("\"We are ready. We have waited for years,\" Charles Michel said.")
                == ["direct: We are ready. We have waited for years, | Charles Michel | said | Charles Michel"])
    }

    /// News convention: each paragraph reopens the quotation, only the last closes it.
    @Test func quotationOverParagraphs() throws {
        let text = "Charles Michel spoke on Thursday.\n\n\"We are ready to talk.\n\n\"We have waited for years,\" he said."
        #expect(try Annotation.quotes(text)
                == ["direct: We are ready to talk.\n\n\"We have waited for years, | he | said | Charles Michel"])
    }

    /// A text with a paragraph a line (no blank lines): a line break ends a paragraph.
    @Test func quotationOverParagraphsOfOneLineEach() throws {
        let text = "Charles Michel spoke on Thursday. He was calm.\n\"We are ready to talk.\n\"We have waited for years,\" he said."
        #expect(try Annotation.quotes(text)
                == ["direct: We are ready to talk.\n\"We have waited for years, | he | said | Charles Michel"])
    }

    /// A text with a sentence a line (as CoNLL files are rebuilt): line breaks say nothing
    /// about paragraphs, so a quotation goes on over them.
    @Test func quotationOverLinesOfOneSentenceEach() throws {
        let text = "Charles Michel spoke on Thursday.\n\"We are ready to talk.\nWe have waited for years,\" he said."
        #expect(try Annotation.quotes(text)
                == ["direct: We are ready to talk.\nWe have waited for years, | he | said | Charles Michel"])
    }

    @Test func partialQuotationIsMixedWholeSentenceIsDirect() throws {
        let text = "Armenia and Azerbaijan promised \"concrete measures\" to ease tensions. \"This is a key milestone,\" Charles Michel said."
        #expect(try Annotation.quotes(text)
                == ["mixed: concrete measures | Armenia and Azerbaijan | promised | Armenia and Azerbaijan",
                    "direct: This is a key milestone, | Charles Michel | said | Charles Michel"])
    }

    @Test func headingInQuotationMarksIsDirectWithoutSpeaker() throws {
        #expect(try Annotation.quotes("“Build Confidence”") == ["direct: Build Confidence | - | - | -"])
    }

    /// An unclosed quotation stops at its paragraph's end instead of swallowing the next one.
    @Test func unclosedQuotationStopsAtTheParagraphEnd() throws {
        let text = "Charles Michel said \"we are ready to talk.\n\nThe talks begin on Monday. Officials expect progress."
        #expect(try Annotation.quotes(text) == ["mixed: we are ready to talk. | Charles Michel | said | Charles Michel"])
    }

    @Test func strayClosingMarkIsIgnored() throws {
        #expect(try Annotation.quotes("The talks\" begin on Monday in Brussels.").isEmpty)
    }

    /// A sentence that begins with a clear opening mark while an earlier one never closed.
    @Test func openingMarkEndsAnUnclosedQuotation() throws {
        let text = "Charles Michel spoke on Thursday. \"We are ready, he said. \"We have waited for years,\" he added."
        let quotes = try Annotation.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last == "direct: We have waited for years, | he | added | Charles Michel")
    }

    /// Any arrangement of marks, words and paragraph breaks: no crash, every quote inside the
    /// document, and no quote crosses a paragraph break unless the paragraph reopened it.
    @Test func marksInAnyArrangement() throws {
        let pieces = ["\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "we", "said", "Charles Michel", "he added",
                      ",", ".", ":", "\n\n", "\n", "Azerbaijan's", "the '90s", "according to", "the statement"]
        var generator = SplitMix64(seed: 6)
        for _ in 0..<300 {
            let count = 1 + Int(generator.next() % 24)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let document = try Annotation.annotate(text)
            for quote in document.quotes {
                #expect(!quote.content.isEmpty && quote.content.upperBound <= document.tokens.count, "\(text.debugDescription)")
                for range in [quote.speaker, quote.cue].compactMap({ $0 }) {
                    #expect(!range.isEmpty && range.upperBound <= document.tokens.count, "\(text.debugDescription)")
                }
                let start = document.tokens[quote.content.lowerBound].span.start
                let end = document.tokens[quote.content.upperBound - 1].span.end
                let inside = document.text(TextSpan(start, end))
                for paragraph in inside.components(separatedBy: "\n\n").dropFirst() {
                    let reopened = paragraph.drop(while: \.isWhitespace).first.map { "\"'«‹".contains($0) } ?? false
                    #expect(reopened, "quote crosses a paragraph break: \(text.debugDescription)")
                }
            }
        }
    }
}

/// The stage alone on documents whose layers are odd: no sentences, sentences that leave
/// tokens out, no entities. It must still find the quotation and never crash.
@Suite struct OddLayerTests {
    static func tokenized(_ text: String) throws -> Document {
        var document = Document(id: "odd", source: text)
        try Pipeline(stages: [Normalizer(), try SentenceSplitter(), Tokenizer()]).run(&document)
        document.layers.insert(.entities)
        return document
    }

    @Test func noSentences() throws {
        var document = try Self.tokenized("\"We are ready,\" Charles Michel said. \"We have waited.\"")
        document.sentences = []
        try QuoteAttributor().process(&document)
        #expect(document.quotes.map { Annotation.describe($0, in: document) }.first
                == "direct: We are ready, | Charles Michel | said | Charles Michel")
    }

    @Test func sentencesLeavingTokensOut() throws {
        var document = try Self.tokenized("Charles Michel spoke. \"We are ready,\" he said. \"We have waited.\"")
        document.sentences = document.sentences.map { Sentence(span: $0.span, tokens: $0.tokens.dropLast(2)) }
        try QuoteAttributor().process(&document)
        #expect(document.quotes.count == 2)
        for quote in document.quotes { #expect(quote.content.upperBound <= document.tokens.count) }
    }
}
