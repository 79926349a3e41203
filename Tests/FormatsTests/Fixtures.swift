import BylineCore
import Formats
import Testing
import TestSupport

/// The writers' output against the expected text, with the first differing line on failure.
func expectLines(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectSameLines(actual, expected, "writer output", sourceLocation: sourceLocation)
}

/// Runs a writer over documents as the CLI does: header, then each document.
func render(_ format: OutputFormat, _ documents: [Document]) -> String {
    let writer = format.makeWriter()
    var output = writer.header()
    writer.write(documents, into: &output)
    return output
}

/// A document whose text is its source, with tokens found in order in the source.
func identityDocument(id: String, source: String, sentences: [[String]], entities: [(Range<Int>, EntityType)] = []) -> Document {
    var document = Document(id: id, source: source)
    let bytes = Array(source.utf8)
    var position = 0
    for words in sentences {
        let first = document.tokens.count
        for word in words {
            let form = Array(word.utf8)
            while !bytes[position...].starts(with: form) { position += 1 }
            document.tokens.append(Token(span: TextSpan(position, position + form.count)))
            position += form.count
        }
        let span = TextSpan(document.tokens[first].span.start, document.tokens[document.tokens.count - 1].span.end)
        document.sentences.append(Sentence(span: span, tokens: first..<document.tokens.count))
    }
    document.entities = entities.map { Entity(tokens: $0.0, type: $0.1) }
    document.layers = [.text, .sentences, .tokens, .entities]
    return document
}

/// Two sentences; two adjacent PER entities (B then B) and two LOC entities.
func documentA() -> Document {
    identityDocument(
        id: "a.txt",
        source: "Ann Lee Bob met us in Paris, France.\nThey left.",
        sentences: [["Ann", "Lee", "Bob", "met", "us", "in", "Paris", ",", "France", "."], ["They", "left", "."]],
        entities: [(0..<2, .person), (2..<3, .person), (6..<7, .location), (8..<9, .location)])
}

/// Normalized text differs from the source: typographic quotes became ASCII quotes. The source
/// has a line break and two spaces inside the sentence and a two-byte ë.
///
///     source: He said “Hi” to\nZoë  Ball.     (31 bytes, 26 code points)
///     text:   He said "Hi" to\nZoë  Ball.     (27 bytes)
func documentB() -> Document {
    var document = Document(id: "b.txt", source: "He said \u{201C}Hi\u{201D} to\nZo\u{EB}  Ball.")
    document.text = "He said \"Hi\" to\nZo\u{EB}  Ball."
    var alignment = Alignment()
    alignment.appendIdentity(length: 8)
    alignment.appendReplacement(sourceLength: 3, textLength: 1)
    alignment.appendIdentity(length: 2)
    alignment.appendReplacement(sourceLength: 3, textLength: 1)
    alignment.appendIdentity(length: 15)
    document.alignment = alignment
    let spans = [(0, 2), (3, 7), (8, 9), (9, 11), (11, 12), (13, 15), (16, 20), (22, 26), (26, 27)]
    document.tokens = spans.map { Token(span: TextSpan($0.0, $0.1)) }
    document.sentences = [Sentence(span: TextSpan(0, 27), tokens: 0..<9)]
    document.entities = [Entity(tokens: 6..<8, type: .person)]
    document.layers = [.text, .sentences, .tokens, .entities]
    return document
}

/// A token whose source holds a line break the normalizer deleted: its written form is the
/// normalized text.
///
///     source: Hyphen-\nated words.
///     text:   Hyphen-ated words.
func documentHyphen() -> Document {
    var document = Document(id: "h.txt", source: "Hyphen-\nated words.")
    document.text = "Hyphen-ated words."
    var alignment = Alignment()
    alignment.appendIdentity(length: 7)
    alignment.appendReplacement(sourceLength: 1, textLength: 0)
    alignment.appendIdentity(length: 11)
    document.alignment = alignment
    document.tokens = [Token(span: TextSpan(0, 11)), Token(span: TextSpan(12, 17)), Token(span: TextSpan(17, 18))]
    document.sentences = [Sentence(span: TextSpan(0, 18), tokens: 0..<3)]
    document.layers = [.text, .sentences, .tokens, .entities]
    return document
}

/// The forms a writer writes for each token (source, or text where the source has white space).
func forms(_ document: Document) -> [String] {
    document.tokens.map { token in
        let source = document.sourceText(token.span)
        return String(source.contains(where: \.isWhitespace) ? document.text(token.span) : source)
    }
}

/// Numbers of several kinds, stored out of order, over two paragraphs; `counted` of one and of
/// several tokens, a fraction, a negative decimal, a lower bound.
///
///     More than 100,000 people came, nearly 2/3 of them women.
///
///     It cost $1.1 million in 2023, at least -3.25 a head.
func documentNumbers() -> Document {
    var document = identityDocument(
        id: "n.txt",
        source: "More than 100,000 people came, nearly 2/3 of them women.\n\nIt cost $1.1 million in 2023, at least -3.25 a head.",
        sentences: [["More", "than", "100,000", "people", "came", ",", "nearly", "2/3", "of", "them", "women", "."],
                    ["It", "cost", "$", "1.1", "million", "in", "2023", ",", "at", "least", "-3.25", "a", "head", "."]])
    document.numbers = [
        NumberMention(tokens: 20..<23, kind: .cardinal, value: ExactNumber(parsing: "-3.25"), low: ExactNumber(parsing: "-3.25"), modifier: .atLeast),
        NumberMention(tokens: 18..<19, kind: .year, value: ExactNumber(2023), calendar: "2023"),
        NumberMention(tokens: 14..<17, kind: .money, value: ExactNumber(1_100_000), unit: "USD"),
        NumberMention(tokens: 6..<8, kind: .fraction, value: ExactNumber(numerator: 2, denominator: 3), modifier: .nearly, counted: 9..<11),
        NumberMention(tokens: 0..<3, kind: .cardinal, value: ExactNumber(100_000), modifier: .moreThan, counted: 3..<4),
    ]
    document.layers.formUnion([.numbers, .quotes])
    return document
}

/// Quotes stored out of order: an attributed quote with a quote nested in it, a continuation
/// credited to the speaker in the previous sentence, a mixed quote with a pronoun speaker.
///
///     “We are ready,” Charles Michel said. “We will talk.”
///     He called it “a breakthrough”.
func documentQuotes() -> Document {
    var document = identityDocument(
        id: "q.txt",
        source: "\u{201C}We are ready,\u{201D} Charles Michel said. \u{201C}We will talk.\u{201D}\nHe called it \u{201C}a breakthrough\u{201D}.",
        sentences: [["\u{201C}", "We", "are", "ready", ",", "\u{201D}", "Charles", "Michel", "said", "."],
                    ["\u{201C}", "We", "will", "talk", ".", "\u{201D}"],
                    ["He", "called", "it", "\u{201C}", "a", "breakthrough", "\u{201D}", "."]])
    document.quotes = [
        Quote(content: 20..<22, kind: .mixed, speaker: 16..<17, cue: 17..<18, canonicalSpeaker: "Charles Michel"),
        Quote(content: 11..<15, kind: .direct, speaker: 6..<8, canonicalSpeaker: "Charles Michel"),
        Quote(content: 2..<4, kind: .mixed),
        Quote(content: 1..<5, kind: .direct, speaker: 6..<8, cue: 8..<9, canonicalSpeaker: "Charles Michel"),
    ]
    document.layers.formUnion([.numbers, .quotes])
    return document
}

/// One number of every kind, every modifier, ranges, units, calendars and counted phrases,
/// one sentence each, some sentences beginning paragraphs.
func documentAllNumberKinds() -> Document {
    let sentences: [(words: [String], mention: NumberMention)] = [
        (["More", "than", "100,000", "people", "came", "."],
         NumberMention(tokens: 0..<3, kind: .cardinal, value: ExactNumber(100_000), modifier: .moreThan, counted: 3..<4)),
        (["It", "was", "the", "3rd", "time", "."], NumberMention(tokens: 3..<4, kind: .ordinal, value: ExactNumber(3))),
        (["About", "2/3", "of", "the", "voters", "agreed", "."],
         NumberMention(tokens: 0..<2, kind: .fraction, value: ExactNumber(numerator: 2, denominator: 3), modifier: .approximately, counted: 3..<5)),
        (["Prices", "rose", "less", "than", "12.5", "%", "."],
         NumberMention(tokens: 2..<6, kind: .percent, value: ExactNumber(parsing: "12.5"), high: ExactNumber(parsing: "12.5"), modifier: .lessThan, unit: "percent")),
        (["It", "cost", "$", "1.1", "million", "."], NumberMention(tokens: 2..<5, kind: .money, value: ExactNumber(1_100_000), unit: "USD")),
        (["Exactly", "10", "to", "20", "died", "."],
         NumberMention(tokens: 0..<4, kind: .range, low: ExactNumber(10), high: ExactNumber(20), modifier: .exactly)),
        (["Nearly", "tens", "of", "thousands", "marched", "."],
         NumberMention(tokens: 0..<4, kind: .approximate, value: ExactNumber(10_000), modifier: .nearly)),
        (["In", "1990", "it", "fell", "."], NumberMention(tokens: 1..<2, kind: .year, value: ExactNumber(1990), calendar: "1990")),
        (["The", "1990s", "were", "calm", "."], NumberMention(tokens: 1..<2, kind: .decade, calendar: "199X")),
        (["The", "21st", "century", "began", "."], NumberMention(tokens: 1..<3, kind: .century, value: ExactNumber(21), calendar: "20")),
        (["It", "took", "at", "most", "three", "weeks", "."],
         NumberMention(tokens: 2..<6, kind: .duration, value: ExactNumber(3), high: ExactNumber(3), modifier: .atMost, unit: "week")),
        (["On", "Dec", "7", "2023", "it", "ended", "."], NumberMention(tokens: 1..<4, kind: .date, calendar: "2023-12-07")),
        (["At", "3", "p.m.", "GMT", "it", "opened", "."], NumberMention(tokens: 1..<4, kind: .time, calendar: "2023-12-07T15:00Z")),
        // A date bounded on one side: the side in the modifier ("since 2014").
        (["Since", "2014", "it", "grew", "."], NumberMention(tokens: 1..<2, kind: .year, modifier: .atLeast, calendar: "2014")),
        (["At", "least", "-0.5", "and", "1/3", "remain", "."],
         NumberMention(tokens: 0..<3, kind: .cardinal, value: ExactNumber(parsing: "-0.5"), low: ExactNumber(parsing: "-0.5"), modifier: .atLeast)),
    ]
    var source = ""
    for (index, sentence) in sentences.enumerated() {
        if index > 0 { source += index % 3 == 0 ? "\n\n" : "\n" }
        source += sentence.words.joined(separator: " ")
    }
    var document = identityDocument(id: "kinds.txt", source: source, sentences: sentences.map(\.words))
    for (sentence, entry) in zip(document.sentences, sentences) {
        var mention = entry.mention
        let base = sentence.tokens.lowerBound
        mention.tokens = (mention.tokens.lowerBound + base)..<(mention.tokens.upperBound + base)
        mention.counted = mention.counted.map { ($0.lowerBound + base)..<($0.upperBound + base) }
        document.numbers.append(mention)
    }
    // A second mention in the last sentence: "1/3" right after another mention's sentence.
    document.numbers.append(NumberMention(tokens: (document.tokens.count - 3)..<(document.tokens.count - 2), kind: .fraction,
                                          value: ExactNumber(numerator: 1, denominator: 3)))
    document.layers.formUnion([.numbers, .quotes])
    return document
}

/// A quotation over two paragraphs in the news convention (the second paragraph reopens, only
/// it closes) credited to a speaker with a multi-word canonical name in its last sentence; an
/// indirect quote with no speaker; a quote nested at the start of another.
///
///     “It is hard.
///
///     “But we go on,” said Ursula von der Leyen.
///     Officials said talks would resume “soon”.
func documentMultiSentenceQuotes() -> Document {
    var document = identityDocument(
        id: "m.txt",
        source: "\u{201C}It is hard.\n\n\u{201C}But we go on,\u{201D} said Ursula von der Leyen.\nOfficials said talks would resume \u{201C}soon\u{201D}.",
        sentences: [["\u{201C}", "It", "is", "hard", "."],
                    ["\u{201C}", "But", "we", "go", "on", ",", "\u{201D}", "said", "Ursula", "von", "der", "Leyen", "."],
                    ["Officials", "said", "talks", "would", "resume", "\u{201C}", "soon", "\u{201D}", "."]])
    document.quotes = [
        Quote(content: 1..<11, kind: .direct, speaker: 13..<17, cue: 12..<13, canonicalSpeaker: "Ursula von der Leyen"),
        Quote(content: 1..<3, kind: .mixed),
        Quote(content: 20..<26, kind: .indirect, cue: 19..<20),
        Quote(content: 24..<25, kind: .mixed, canonicalSpeaker: "Officials"),
    ]
    document.layers.formUnion([.numbers, .quotes])
    return document
}
