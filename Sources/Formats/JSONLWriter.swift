import BylineCore

/// Writes JSON Lines: one object per document per line, keys in a fixed order:
/// `{"id", "text", "date", "sentences": [{start, end}], "tokens": [{start, end, text}],
/// "entities": [{start, end, text, type, entity_id}],
/// "numbers": [{start, end, text, kind, value, low, high, modifier, unit, calendar, counted}],
/// "quotes": [{start, end, text, parts: [{start, end, text}], kind, speaker, canonical_speaker, speaker_id, cue}]}`.
///
/// `text` is the source; `date` the document's date (`YYYY-MM-DD`, a timestamp
/// `YYYY-MM-DDThh:mm:ss[zone]` when its input gave one, or null when none is known); offsets count code points of the source, end exclusive. Number values
/// (`value`, `low`, `high`) are strings in `ExactNumber` notation ("1100000", "0.5", "2/3"), so
/// no JSON reader rounds them; absent attributes are null. `counted`, `speaker` and `cue` are
/// `{start, end, text}` or null. A quote's `start` and `end` span its parts and its `text` is
/// theirs joined by a space. Numbers and quotes are written in the order of their first
/// token (`writableNumbers`, `writableQuotes`), the order CoNLL-U numbers quotes in.
/// `entity_id` and `speaker_id` are what `identities` says (null without it): the same
/// person or organization has the same id in every document.
public struct JSONLWriter: DocumentWriter {
    public var identities: (any EntityIdentifying)?

    public init(identities: (any EntityIdentifying)? = nil) {
        self.identities = identities
    }

    public func header() -> String { "" }

    public func write(_ document: Document, into output: inout String, handOn: (inout String) -> Void) {
        let offsets = ScalarOffsets(document.source)
        let ids = identities?.identities(of: document)
        let tokenSpans = document.tokenSourceSpans()
        var json = JSONBuffer()
        json.bytes.reserveCapacity(min(document.source.utf8.count * 3 + 64 * document.tokens.count + 128, 2 * JSONBuffer.chunkBytes))
        // Between array elements, every chunk's worth of JSON goes to `output` and on.
        func handOnChunk(_ json: inout JSONBuffer) {
            guard json.bytes.count >= JSONBuffer.chunkBytes else { return }
            output += String(decoding: json.bytes, as: UTF8.self)
            json.bytes.removeAll(keepingCapacity: true)
            handOn(&output)
        }

        json.raw("{\"id\":")
        json.string(document.id)
        json.member("text", document.source)
        json.member("date", document.dateStamp?.description)

        json.key("sentences")
        json.objects(document.sentences, handOn: handOnChunk) { json, sentence in
            json.range(offsets, document.sourceSpan(sentence.span))
        }

        json.key("tokens")
        json.objects(document.tokens.indices, handOn: handOnChunk) { json, index in
            json.range(offsets, tokenSpans[index])
            json.member("text", document.source.slice(tokenSpans[index]))
        }

        json.key("entities")
        let entities = document.entities.lazy.compactMap { entity -> (tokens: Range<Int>, type: EntityType)? in
            let lower = max(0, entity.tokens.lowerBound), upper = min(tokenSpans.count, entity.tokens.upperBound)
            return lower < upper ? (lower..<upper, entity.type) : nil
        }
        json.objects(entities, handOn: handOnChunk) { json, entity in
            json.spanWithText(document, offsets, document.sourceSpan(of: entity.tokens, tokenSpans: tokenSpans))
            json.member("type", entity.type.rawValue)
            json.member("entity_id", ids?.entityID(at: entity.tokens))
        }

        json.key("numbers")
        json.objects(document.writableNumbers(), handOn: handOnChunk) { json, mention in
            json.spanWithText(document, offsets, document.sourceSpan(of: mention.tokens, tokenSpans: tokenSpans))
            json.member("kind", mention.kind.rawValue)
            json.member("value", mention.value?.description)
            json.member("low", mention.low?.description)
            json.member("high", mention.high?.description)
            json.member("modifier", mention.modifier?.rawValue)
            json.member("unit", mention.unit)
            json.member("calendar", mention.calendar)
            json.key("counted")
            json.tokensOrNull(document, offsets, tokenSpans, mention.counted)
        }

        json.key("quotes")
        json.objects(document.writableQuotes(), handOn: handOnChunk) { json, quote in
            let parts = quote.parts.map { document.sourceSpan(of: $0, tokenSpans: tokenSpans) }
            json.range(offsets, document.sourceSpan(of: quote.content, tokenSpans: tokenSpans))
            json.member("text", parts.map { document.source.slice($0) }.joined(separator: " "))
            json.key("parts")
            json.objects(parts, handOn: { _ in }) { json, part in json.spanWithText(document, offsets, part) }
            json.member("kind", quote.kind.rawValue)
            json.key("speaker")
            json.tokensOrNull(document, offsets, tokenSpans, quote.speaker)
            json.member("canonical_speaker", quote.canonicalSpeaker)
            json.member("speaker_id", ids?.speakerID(of: quote))
            json.key("cue")
            json.tokensOrNull(document, offsets, tokenSpans, quote.cue)
        }
        json.raw("}\n")
        output += String(decoding: json.bytes, as: UTF8.self)
    }
}

/// JSON text built as UTF-8 bytes.
package struct JSONBuffer {
    package var bytes: [UInt8] = []

    package init() {}

    private static let hex = Array("0123456789abcdef".utf8)

    /// How much JSON a writer lets build up before handing it on (see `DocumentWriter`).
    static let chunkBytes = 1 << 20

    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The decimal digits, written in place: `String(value)` would allocate a string for each
    /// of the two offsets of every token. They come lowest first and are swapped into order
    /// within the array: reversing `bytes[first...]` copied the whole buffer each time (about
    /// 800 instructions a number, a fifth of writing JSON Lines; callgrind, session 13).
    package mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var low = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        } while rest > 0
        var high = bytes.count - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// `,"name":`, before every member of an object but its first.
    package mutating func key(_ name: StaticString) {
        raw(",\"")
        raw(name)
        raw("\":")
    }

    /// `,"name":"text"`, or `,"name":null` when there is no text.
    package mutating func member<Text: StringProtocol>(_ name: StaticString, _ text: Text?) {
        key(name)
        if let text { string(text) } else { raw("null") }
    }

    /// `[{...},{...}]`: an object for each element, its members written by `writeMembers`,
    /// `handOn` called after each.
    package mutating func objects<Elements: Sequence>(_ elements: Elements, handOn: (inout JSONBuffer) -> Void,
                                              _ writeMembers: (inout JSONBuffer, Elements.Element) -> Void) {
        raw("[")
        for (index, element) in elements.enumerated() {
            raw(index == 0 ? "{" : ",{")
            writeMembers(&self, element)
            raw("}")
            handOn(&self)
        }
        raw("]")
    }

    /// `"start":S,"end":E` in code points.
    mutating func range(_ offsets: ScalarOffsets, _ span: TextSpan) {
        raw("\"start\":")
        int(offsets.scalarOffset(span.start))
        raw(",\"end\":")
        int(offsets.scalarOffset(span.end))
    }

    /// `"start":S,"end":E,"text":"..."` for a source span.
    mutating func spanWithText(_ document: Document, _ offsets: ScalarOffsets, _ span: TextSpan) {
        range(offsets, span)
        member("text", document.source.slice(span))
    }

    /// `{"start":S,"end":E,"text":"..."}` for a token range, or `null` when there is none (or it
    /// is not within the document's tokens).
    mutating func tokensOrNull(_ document: Document, _ offsets: ScalarOffsets, _ tokenSpans: [TextSpan], _ tokens: Range<Int>?) {
        guard let tokens, document.isWritable(tokens) else {
            raw("null")
            return
        }
        raw("{")
        spanWithText(document, offsets, document.sourceSpan(of: tokens, tokenSpans: tokenSpans))
        raw("}")
    }

    /// A JSON string: quotes, backslashes and control characters escaped, U+2028 and U+2029
    /// escaped too (JavaScript line ends), everything else as UTF-8.
    package mutating func string<S: StringProtocol>(_ text: S) {
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
