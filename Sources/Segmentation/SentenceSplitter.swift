import BylineCore

/// Splits the text into sentences: ICU's sentence rules (locale `en@ss=standard`) first,
/// then `SentenceRules` for what ICU gets wrong in news text.
public struct SentenceSplitter: Stage {
    private let pool: BreakIteratorPool

    public init() throws {
        pool = try BreakIteratorPool(kind: .sentence, locale: "en@ss=standard")
    }

    public var name: String { "sentences" }
    public var requires: Set<Layer> { [.text] }
    public var produces: Set<Layer> { [.sentences] }

    public func process(_ document: inout Document) throws {
        let spans = try split(document.text)
        document.sentences = document.layers.contains(.tokens)
            ? Self.sentences(spans, keeping: document.tokens) : spans.map { Sentence(span: $0) }
    }

    /// Sentences for a document whose tokens were read (a JSONL input with tokens but no
    /// sentences): each token goes to the sentence it starts in, and a sentence grows to hold
    /// its tokens whole, so no boundary falls inside a token; sentences left with no token are
    /// dropped. Without this, "He left! Then" read as the tokens "He" and "left! T" got a
    /// boundary inside the second, and the JSONL written could not be read back.
    static func sentences(_ spans: [TextSpan], keeping tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var span = 0, token = 0
        while token < tokens.count {
            while span + 1 < spans.count && spans[span + 1].start <= tokens[token].span.start { span += 1 }
            let first = token
            let nextStart = span + 1 < spans.count ? spans[span + 1].start : Int.max
            token += 1
            while token < tokens.count && tokens[token].span.start < nextStart { token += 1 }
            let previousEnd = sentences.last?.span.end ?? 0
            let start = max(previousEnd, min(spans.isEmpty ? Int.max : spans[span].start, tokens[first].span.start))
            let end = max(spans.isEmpty ? 0 : spans[span].end, tokens[token - 1].span.end)
            sentences.append(Sentence(span: TextSpan(start, end), tokens: first..<token))
            span += 1
        }
        return sentences
    }

    /// Sentence spans (UTF-8 byte offsets), without surrounding whitespace.
    public func split(_ text: String) throws -> [TextSpan] {
        var text = text
        return try text.withUTF8 { bytes in
            let icu = try pool.withIterator { try $0.boundaries(in: bytes) }
            return SentenceRules(text: UTF8Text(bytes: bytes)).sentences(fromICUBoundaries: icu)
        }
    }

    /// ICU's boundaries alone, trimmed the same way: the baseline the rules are measured against.
    public func splitWithICUOnly(_ text: String) throws -> [TextSpan] {
        var text = text
        return try text.withUTF8 { bytes in
            let icu = try pool.withIterator { try $0.boundaries(in: bytes) }
            return SentenceRules(text: UTF8Text(bytes: bytes)).spans(between: icu)
        }
    }
}
