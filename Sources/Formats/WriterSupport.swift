import BylineCore

// Helpers shared by the writers: token forms, BIO2 tags, sentence/token grouping, whitespace.

extension Unicode.Scalar {
    /// White space (Unicode White_Space) or a control character (Cc): what a token form must
    /// not contain to be written as is.
    var isSpaceOrControl: Bool {
        if value < 0x80 { return value <= 0x20 || value == 0x7F }
        return properties.isWhitespace || properties.generalCategory == .control
    }

    var isWhitespaceScalar: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}

extension StringProtocol {
    var containsSpaceOrControl: Bool {
        // Fast path: ASCII bytes decide alone; only non-ASCII text needs scalar properties.
        var sawNonASCII = false
        for byte in utf8 {
            if byte <= 0x20 || byte == 0x7F { return true }
            if byte >= 0x80 { sawNonASCII = true }
        }
        guard sawNonASCII else { return false }
        return unicodeScalars.contains { $0.isSpaceOrControl }
    }

    var containsWhitespace: Bool {
        var sawNonASCII = false
        for byte in utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return true }
            if byte >= 0x80 { sawNonASCII = true }
        }
        guard sawNonASCII else { return false }
        return unicodeScalars.contains { $0.isWhitespaceScalar }
    }

    /// Every run of white space replaced by one space, leading and trailing white space removed:
    /// a sentence as one line, as the `sentences` format and CoNLL-U's `# text` write it.
    public func collapsingWhitespace() -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isWhitespaceScalar {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.append(" ")
                    pendingSpace = false
                }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// White space runs collapsed to one space and control characters replaced by `_`, so a
    /// value fits in one tab-separated CoNLL-U field; an empty value becomes `_`.
    func conlluFieldSafe() -> String {
        let collapsed = collapsingWhitespace()
        if collapsed.isEmpty { return "_" }
        return String(String.UnicodeScalarView(collapsed.unicodeScalars.map { $0.isSpaceOrControl && $0 != " " ? "_" : $0 }))
    }

    /// White space and control characters replaced by `_`, so a value fits in one
    /// whitespace-separated column; an empty value becomes `_`.
    func columnSafe() -> String {
        if isEmpty { return "_" }
        guard containsSpaceOrControl else { return String(self) }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars { result.append(scalar.isSpaceOrControl ? "_" : scalar) }
        return String(result)
    }
}

extension Document {
    /// The form a column writer writes for a token: the source text under it, unless that holds
    /// a control character the normalizer removed (or white space); then the normalized text.
    /// JSONL has no columns and always writes the source text.
    func outputForm(_ token: Token) -> Substring {
        let source = sourceText(token.span)
        return source.containsSpaceOrControl ? text(token.span) : source
    }

    /// The source spans of all tokens, in order.
    func tokenSourceSpans() -> [TextSpan] {
        tokens.map { sourceSpan($0.span) }
    }
}

/// BIO2 tags coded as small integers: 0 is O, then B and I of each entity type.
public struct BIOTags {
    private static let types = EntityType.allCases
    private static let names: [String] =
        ["O"] + types.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }

    private var codes: [UInt8]

    /// The tags of a document's tokens from its entities. Entities are applied in order of their
    /// first token, so a later overlapping entity overwrites an earlier one where they overlap.
    public init(_ document: Document) {
        let count = document.tokens.count
        codes = [UInt8](repeating: 0, count: count)
        let entities = document.entities.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        for entity in entities {
            let lower = max(0, entity.tokens.lowerBound), upper = min(count, entity.tokens.upperBound)
            guard lower < upper else { continue }
            let typeIndex = Self.types.firstIndex(of: entity.type)!
            let begin = UInt8(1 + 2 * typeIndex)
            codes[lower] = begin
            for index in (lower + 1)..<upper { codes[index] = begin + 1 }
        }
    }

    public subscript(token: Int) -> String { Self.names[Int(codes[token])] }

    /// Every token's tag, in order.
    public var all: [String] { codes.map { Self.names[Int($0)] } }
}

/// A sentence as writers see it: a span of the text and the tokens it holds.
struct SentenceSlice {
    var span: TextSpan
    var tokens: Range<Int>
}

extension Document {
    /// The sentences with their tokens. Copes with documents whose sentences have no token
    /// ranges yet (tokens are then grouped by position) and with documents that have tokens but
    /// no sentences (all tokens make one sentence).
    func sentenceSlices() -> [SentenceSlice] {
        let count = tokens.count
        if sentences.isEmpty {
            guard count > 0 else { return [] }
            let start = tokens.lazy.map(\.span.start).min()!
            let end = max(start, tokens.lazy.map(\.span.end).max()!)
            return [SentenceSlice(span: TextSpan(start, end), tokens: 0..<count)]
        }
        let hasRanges = sentences.contains { !$0.tokens.isEmpty }
        if hasRanges || count == 0 {
            return sentences.map { sentence in
                let lower = min(max(0, sentence.tokens.lowerBound), count)
                let upper = min(max(lower, sentence.tokens.upperBound), count)
                return SentenceSlice(span: sentence.span, tokens: lower..<upper)
            }
        }
        var slices: [SentenceSlice] = []
        slices.reserveCapacity(sentences.count)
        var next = 0
        for sentence in sentences {
            while next < count && tokens[next].span.start < sentence.span.start { next += 1 }
            let lower = next
            while next < count && tokens[next].span.start < sentence.span.end { next += 1 }
            slices.append(SentenceSlice(span: sentence.span, tokens: lower..<next))
        }
        return slices
    }
}

extension Document {
    /// Whether a token range is non-empty and inside the document's tokens: the only spans the
    /// formats write (others are left out rather than clipped into something never annotated).
    public func isWritable(_ range: Range<Int>) -> Bool {
        range.lowerBound >= 0 && range.upperBound <= tokens.count && !range.isEmpty
    }

    /// The number mentions the formats write: those over tokens of the document, in order of
    /// their first token, then their last, else as stored.
    public func writableNumbers() -> [NumberMention] {
        // Indexes are sorted, not the mentions: a mention is some 140 bytes to move.
        numbers.indices
            .filter { isWritable(numbers[$0].tokens) }
            .sorted { (numbers[$0].tokens.lowerBound, numbers[$0].tokens.upperBound, $0)
                    < (numbers[$1].tokens.lowerBound, numbers[$1].tokens.upperBound, $1) }
            .map { numbers[$0] }
    }

    /// The quotes the formats write, in the order that numbers them q1, q2, ...: those with
    /// content tokens in the document, by their content's first token; of two that begin
    /// together the longer first (an outer quote before one nested at its start), else as stored.
    public func writableQuotes() -> [Quote] {
        quotes.indices
            .filter { isWritable(quotes[$0].content) }
            .sorted { (quotes[$0].content.lowerBound, -quotes[$0].content.upperBound, $0)
                    < (quotes[$1].content.lowerBound, -quotes[$1].content.upperBound, $1) }
            .map { quotes[$0] }
    }

    /// The source span from the start of a range's first token to the end of its last.
    func sourceSpan(of range: Range<Int>, tokenSpans: [TextSpan]) -> TextSpan {
        let start = tokenSpans[range.lowerBound].start
        return TextSpan(start, max(start, tokenSpans[range.upperBound - 1].end))
    }

    /// Whether a line holding only white space (a blank line) separates two sentences in the
    /// source, so the second begins a new paragraph. Line ends are LF, CR or CRLF.
    func blankLineBetween(_ previous: TextSpan, _ next: TextSpan) -> Bool {
        let start = sourceSpan(previous).end, end = sourceSpan(next).start
        guard start < end else { return false }
        var lineEnds = 0
        var afterCR = false
        for scalar in source.slice(TextSpan(start, end)).unicodeScalars {
            let isCRLF = afterCR && scalar == "\n"
            afterCR = scalar == "\r"
            if isCRLF { continue }
            if scalar == "\n" || scalar == "\r" {
                lineEnds += 1
                if lineEnds == 2 { return true }
            } else if !scalar.isWhitespaceScalar {
                lineEnds = 0
            }
        }
        return false
    }
}
