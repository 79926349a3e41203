import Byline
import Testing

/// Renders mentions compactly for table-driven tests:
/// `"<text>: <kind>[ <value>][ <low>..<high>][ <modifier>][ <unit>][ <calendar>][ -> <counted>]"`,
/// e.g. `"more than 100,000: cardinal 100000 more_than -> people"`.
enum NumberRendering {
    /// The pipeline without the entity model: normalize, split, tokenize, numbers.
    static let plain: Result<Annotator, any Error> = Result { try Annotator(entityModel: nil) }
    /// The standard pipeline, entity tagger included (its names exclude digits such as "France 24").
    static let full: Result<Annotator, any Error> = Result { try Annotator() }

    static func mentions(_ text: String, withEntities: Bool = false) throws -> [String] {
        let annotator = try (withEntities ? full : plain).get()
        let document = try annotator.annotate(text)
        return render(document)
    }

    static func render(_ document: Document) -> [String] {
        document.numbers.map { render($0, in: document) }
    }

    static func render(_ mention: NumberMention, in document: Document) -> String {
        var parts = [mention.kind.rawValue]
        if let value = mention.value { parts.append(value.description) }
        if mention.low != nil || mention.high != nil {
            parts.append("\(mention.low?.description ?? "?")..\(mention.high?.description ?? "?")")
        }
        if let modifier = mention.modifier { parts.append(modifier.rawValue) }
        if let unit = mention.unit { parts.append(unit) }
        if let calendar = mention.calendar { parts.append(calendar) }
        if let counted = mention.counted { parts.append("-> " + text(counted, in: document)) }
        return text(mention.tokens, in: document) + ": " + parts.joined(separator: " ")
    }

    /// The normalized text from the first token's start to the last token's end.
    static func text(_ tokens: Range<Int>, in document: Document) -> String {
        guard !tokens.isEmpty, tokens.upperBound <= document.tokens.count else { return "" }
        let span = TextSpan(document.tokens[tokens.lowerBound].span.start, document.tokens[tokens.upperBound - 1].span.end)
        return String(document.text(span))
    }
}
