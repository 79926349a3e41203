import BylineCore

/// Writes JSON Lines: one object per document per line, keys in a fixed order:
/// `{"id", "text", "sentences": [{start, end}], "tokens": [{start, end, text}],
/// "entities": [{start, end, text, type}],
/// "numbers": [{start, end, text, kind, value, low, high, modifier, unit, calendar, counted}],
/// "quotes": [{start, end, text, kind, speaker, canonical_speaker, cue}]}`.
///
/// `text` is the source; offsets count code points of the source, end exclusive. Number values
/// (`value`, `low`, `high`) are strings in `ExactNumber` notation ("1100000", "0.5", "2/3"), so
/// no JSON reader rounds them; absent attributes are null. `counted`, `speaker` and `cue` are
/// `{start, end, text}` or null. Numbers and quotes are written in the order of their first
/// token (`writableNumbers`, `writableQuotes`), the order CoNLL-U numbers quotes in.
public struct JSONLWriter: DocumentWriter {
    public init() {}

    public func header() -> String { "" }

    public func write(_ document: Document, index: Int, into output: inout String) {
        let offsets = ScalarOffsets(document.source)
        let tokenSpans = document.tokenSourceSpans()
        var json = JSONBuffer()
        json.bytes.reserveCapacity(document.source.utf8.count * 3 + 64 * document.tokens.count + 128)

        json.raw("{\"id\":")
        json.string(document.id)
        json.raw(",\"text\":")
        json.string(document.source)

        json.raw(",\"sentences\":[")
        for (index, sentence) in document.sentences.enumerated() {
            if index > 0 { json.raw(",") }
            let span = document.sourceSpan(sentence.span)
            json.range(offsets, span)
            json.raw("}")
        }

        json.raw("],\"tokens\":[")
        for (index, token) in document.tokens.enumerated() {
            if index > 0 { json.raw(",") }
            json.range(offsets, tokenSpans[index])
            json.raw(",\"text\":")
            json.string(document.outputForm(token))
            json.raw("}")
        }

        json.raw("],\"entities\":[")
        var first = true
        for entity in document.entities {
            let lower = max(0, entity.tokens.lowerBound), upper = min(tokenSpans.count, entity.tokens.upperBound)
            guard lower < upper else { continue }
            if !first { json.raw(",") }
            first = false
            json.spanWithText(document, offsets, document.sourceSpan(of: lower..<upper, tokenSpans: tokenSpans))
            json.raw(",\"type\":")
            json.string(entity.type.rawValue)
            json.raw("}")
        }

        json.raw("],\"numbers\":[")
        for (index, mention) in document.writableNumbers().enumerated() {
            if index > 0 { json.raw(",") }
            json.spanWithText(document, offsets, document.sourceSpan(of: mention.tokens, tokenSpans: tokenSpans))
            json.raw(",\"kind\":")
            json.string(mention.kind.rawValue)
            json.raw(",\"value\":")
            json.stringOrNull(mention.value?.description)
            json.raw(",\"low\":")
            json.stringOrNull(mention.low?.description)
            json.raw(",\"high\":")
            json.stringOrNull(mention.high?.description)
            json.raw(",\"modifier\":")
            json.stringOrNull(mention.modifier?.rawValue)
            json.raw(",\"unit\":")
            json.stringOrNull(mention.unit)
            json.raw(",\"calendar\":")
            json.stringOrNull(mention.calendar)
            json.raw(",\"counted\":")
            json.tokensOrNull(document, offsets, tokenSpans, mention.counted)
            json.raw("}")
        }

        json.raw("],\"quotes\":[")
        for (index, quote) in document.writableQuotes().enumerated() {
            if index > 0 { json.raw(",") }
            json.spanWithText(document, offsets, document.sourceSpan(of: quote.content, tokenSpans: tokenSpans))
            json.raw(",\"kind\":")
            json.string(quote.kind.rawValue)
            json.raw(",\"speaker\":")
            json.tokensOrNull(document, offsets, tokenSpans, quote.speaker)
            json.raw(",\"canonical_speaker\":")
            json.stringOrNull(quote.canonicalSpeaker)
            json.raw(",\"cue\":")
            json.tokensOrNull(document, offsets, tokenSpans, quote.cue)
            json.raw("}")
        }
        json.raw("]}\n")
        output += String(decoding: json.bytes, as: UTF8.self)
    }
}

/// JSON text built as UTF-8 bytes.
struct JSONBuffer {
    var bytes: [UInt8] = []

    private static let hex = Array("0123456789abcdef".utf8)

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// `{"start":S,"end":E` in code points (the caller closes the object).
    mutating func range(_ offsets: ScalarOffsets, _ span: TextSpan) {
        raw("{\"start\":")
        int(offsets.scalarOffset(span.start))
        raw(",\"end\":")
        int(offsets.scalarOffset(span.end))
    }

    /// `{"start":S,"end":E,"text":"..."` for a source span (the caller closes the object).
    mutating func spanWithText(_ document: Document, _ offsets: ScalarOffsets, _ span: TextSpan) {
        range(offsets, span)
        raw(",\"text\":")
        string(document.source.slice(span))
    }

    /// `{"start":S,"end":E,"text":"..."}` for a token range, or `null` when there is none (or it
    /// is not within the document's tokens).
    mutating func tokensOrNull(_ document: Document, _ offsets: ScalarOffsets, _ tokenSpans: [TextSpan], _ tokens: Range<Int>?) {
        guard let tokens, document.isWritable(tokens) else {
            raw("null")
            return
        }
        spanWithText(document, offsets, document.sourceSpan(of: tokens, tokenSpans: tokenSpans))
        raw("}")
    }

    mutating func stringOrNull(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, U+2028 and U+2029
    /// escaped too (JavaScript line ends), everything else as UTF-8.
    mutating func string<S: StringProtocol>(_ text: S) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { escaped($0) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { escaped($0) } }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            let isLineSeparator = byte == 0xE2 && index + 2 < count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isLineSeparator else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0xE2:
                raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                raw("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }
}
