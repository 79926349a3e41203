import Byline
import Testing

/// Tokens of a text after the standard pipeline, as their source forms.
private func tokens(_ text: String) throws -> [String] {
    let document = try Annotator().annotate(text)
    return document.tokens.map { String(document.sourceText($0.span)) }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("The talks, he said, failed.", ["The", "talks", ",", "he", "said", ",", "failed", "."]),
        ("(AFP) \"Yes!\" [sic]", ["(", "AFP", ")", "\"", "Yes", "!", "\"", "[", "sic", "]"]),
        ("Azerbaijan's army", ["Azerbaijan", "'s", "army"]),
        ("Azerbaijan’s army", ["Azerbaijan", "’s", "army"]),
        ("They don't, can't and won't.", ["They", "do", "n't", ",", "ca", "n't", "and", "wo", "n't", "."]),
        ("I'm sure they're here, we've said we'll go and I'd stay.",
         ["I", "'m", "sure", "they", "'re", "here", ",", "we", "'ve", "said", "we", "'ll", "go", "and", "I", "'d", "stay", "."]),
        ("the countries' leaders", ["the", "countries", "'", "leaders"]),
        ("James O'Brien and rock'n'roll", ["James", "O'Brien", "and", "rock'n'roll"]),
        ("in the '90s", ["in", "the", "'90s"]),
        ("That is JFK Jr.'s book.", ["That", "is", "JFK", "Jr.", "'s", "book", "."]),
    ])
    func punctuationAndClitics(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test(arguments: [
        ("The U.S. and U.K. met Mr. Smith on Dec. 7 at 5 p.m. in Washington.",
         ["The", "U.S.", "and", "U.K.", "met", "Mr.", "Smith", "on", "Dec.", "7", "at", "5", "p.m.", "in", "Washington", "."]),
        ("Apple Inc. and Acme Corp. sued.", ["Apple", "Inc.", "and", "Acme", "Corp.", "sued", "."]),
        ("I live in the U.S.", ["I", "live", "in", "the", "U.S."]),
        // An ordinary word keeps no period at the end of its sentence; "No." before a number does.
        ("He said no. See No. 5.", ["He", "said", "no", ".", "See", "No.", "5", "."]),
        ("Jonas E. Smith and you and I.", ["Jonas", "E.", "Smith", "and", "you", "and", "I", "."]),
    ])
    func abbreviationsKeepTheirPeriod(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test(arguments: [
        ("100,000 people, 3.5 percent, 1,674.5 tonnes in the 1990s", ["100,000", "people", ",", "3.5", "percent", ",", "1,674.5", "tonnes", "in", "the", "1990s"]),
        ("$1.2 million, 12% and 2.5bn or 10k", ["$", "1.2", "million", ",", "12", "%", "and", "2.5bn", "or", "10k"]),
        ("a 117-111 win, 3/4 of it", ["a", "117-111", "win", ",", "3/4", "of", "it"]),
        ("1, 2 and 3,", ["1", ",", "2", "and", "3", ","]),
    ])
    func numbersKeepTheirSeparators(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test(arguments: [
        ("Nagorno-Karabakh, techno-based, Armenia-Azerbaijan", ["Nagorno-Karabakh", ",", "techno-based", ",", "Armenia-Azerbaijan"]),
        ("peace talks — mediated -- by Russia", ["peace", "talks", "—", "mediated", "--", "by", "Russia"]),
        ("Wait... what?! No!!", ["Wait", "...", "what", "?!", "No", "!!"]),
        ("AT&T and S&P", ["AT&T", "and", "S&P"]),
    ])
    func hyphensDashesAndRuns(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test(arguments: [
        ("Mail jane.doe@example.com, or see https://www.example.com/a_b.html?x=1.",
         ["Mail", "jane.doe@example.com", ",", "or", "see", "https://www.example.com/a_b.html?x=1", "."]),
        ("Follow @CharlesMichel and #Armenia (www.consilium.europa.eu).",
         ["Follow", "@CharlesMichel", "and", "#Armenia", "(", "www.consilium.europa.eu", ")", "."]),
    ])
    func addressesStayWhole(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test func nonLatinTextAndMarks() throws {
        #expect(try tokens("Ереван и Баку, café «bien»") == ["Ереван", "и", "Баку", ",", "café", "«", "bien", "»"])
        // A combining accent stays on its letter (and NFC composes it).
        #expect(try tokens("cafe\u{301} 🙂!") == ["cafe\u{301}", "🙂", "!"])
    }

    @Test func tokensStayInsideTheirSentence() throws {
        let document = try Annotator().annotate("Hello world.Today is Tuesday. Fine.")
        #expect(document.sentences.count == 3)
        for sentence in document.sentences {
            for token in document.tokens[sentence.tokens] {
                #expect(token.span.start >= sentence.span.start && token.span.end <= sentence.span.end)
            }
        }
        #expect(document.sentences.map(\.tokens.count) == [3, 4, 2])
    }

    @Test func tokenOffsetsPointIntoTheSource() throws {
        let source = "\u{FEFF}“Don’t,” he said.\r\nÉtat."
        let document = try Annotator().annotate(source)
        let forms = document.tokens.map { String(document.sourceText($0.span)) }
        #expect(forms == ["“", "Do", "n’t", ",", "”", "he", "said", ".", "État", "."])
        // Every token's source span is a real place in the source, in order.
        var previousEnd = 0
        for token in document.tokens {
            let span = document.sourceSpan(token.span)
            #expect(span.start >= previousEnd)
            previousEnd = span.end
        }
    }
}
