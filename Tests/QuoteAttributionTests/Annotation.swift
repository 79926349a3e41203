import Byline
import Testing

/// The real pipeline (normalizer, splitter, tokenizer, entity tagger, quote stage) and
/// readable descriptions of its quotes, shared by the tests.
enum Annotation {
    struct LoadError: Error, CustomStringConvertible {
        var description: String { "the standard pipeline (with its entity model) could not be loaded" }
    }

    static let annotator: Annotator? = try? Annotator()

    static func annotate(_ text: String) throws -> Document {
        guard let annotator else { throw LoadError() }
        return try annotator.annotate(text)
    }

    /// The quotes of a text, one line each: `kind: content | speaker | cue | canonical`, the
    /// parts of a quote's content joined by ` … `.
    static func quotes(_ text: String) throws -> [String] {
        let document = try annotate(text)
        return document.quotes.map { describe($0, in: document) }
    }

    static func describe(_ quote: Quote, in document: Document) -> String {
        let content = quote.parts.map { text($0, in: document) ?? "" }.joined(separator: " … ")
        return "\(quote.kind.rawValue): \(content) | \(text(quote.speaker, in: document) ?? "-") | "
            + "\(text(quote.cue, in: document) ?? "-") | \(quote.canonicalSpeaker ?? "-")"
    }

    /// The source text of a token range, as the user wrote it.
    static func text(_ range: Range<Int>?, in document: Document) -> String? {
        guard let range, !range.isEmpty, range.upperBound <= document.tokens.count else { return nil }
        let start = document.tokens[range.lowerBound].span.start
        let end = max(start, document.tokens[range.upperBound - 1].span.end)
        return String(document.sourceText(TextSpan(start, end)))
    }
}
