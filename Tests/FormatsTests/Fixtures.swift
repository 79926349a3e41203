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
    for (index, document) in documents.enumerated() { writer.write(document, index: index, into: &output) }
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
