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
        document.sentences = try split(document.text).map { Sentence(span: $0) }
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
