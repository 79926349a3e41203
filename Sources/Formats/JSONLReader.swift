import BylineCore
import Foundation

/// Reads JSON Lines as the JSONL writer writes them: one object per line with `text` (the
/// source) and optional `id`, `sentences`, `tokens`, `entities`, `numbers` and `quotes`, whose
/// `start`/`end` count code points of `text`, end exclusive. Blank lines are skipped; other keys
/// (and every `text` but the document's) are ignored.
///
/// Tokens and sentences must be in order and must not overlap; a token must not cross a
/// sentence's end; an entity, a number mention, its `counted` phrase, a quote, its `speaker` and
/// its `cue` must each start at a token's start and end at a token's end. A number's `value`,
/// `low` and `high` are strings in `ExactNumber` notation ("1100000", "-0.5", "2/3") or null.
/// The text (taken as already normalized), sentences and tokens layers are set when their lists
/// are not empty; the entities, numbers and quotes layers when there are tokens and the list is
/// there. A missing `id` becomes `<file>#<n>`, counting documents from 1. An entity's
/// `entity_id` and a quote's `speaker_id` are ignored on purpose: they are made from the entity
/// and quote layers, which are read, and made again when the document is written.
public struct JSONLReader: DocumentReader {
    public init() {}

    public func read(_ text: String, file: String) throws(InputError) -> [Document] {
        var lines = LineCursor(Array(text.utf8))
        var documents: [Document] = []
        while let line = lines.next() {
            if let document = try document(lines.bytes[line.start..<line.end], at: line, file: file, number: documents.count + 1) {
                documents.append(document)
            }
        }
        return documents
    }

    /// The document of one line (its content without the line end), or nil for a blank line;
    /// `line` places errors in the file, `number` counts the file's documents from 1 (for a
    /// missing `id`). What reads a stream of lines calls this once a line.
    public func document<Bytes: Collection<UInt8>>(_ content: Bytes, at line: LineCursor.Line, file: String,
                                                   number: Int) throws(InputError) -> Document? {
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Self.escapingByteOrderMarks(Array(content)[...]), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw line.error(file: file, "not valid JSON" + (detail.map { ": \($0)" } ?? ""))
        }
        guard let fields = object as? [String: Any] else {
            throw line.error(file: file, "expected a JSON object (one document per line)")
        }
        var parser = ObjectParser(file: file, line: line)
        return try parser.document(fields, number: number)
    }

    /// The line with every U+FEFF but a leading one written as the escape `\ufeff`.
    /// JSONSerialization drops a raw U+FEFF that begins a string ("\u{FEFF}Hi" reads as "Hi"),
    /// which would shift every offset after it, but keeps the escaped one; a U+FEFF that begins
    /// the line is a byte order mark and stays for JSONSerialization to skip.
    static func escapingByteOrderMarks(_ line: ArraySlice<UInt8>) -> Data {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF], escape = Array("\\ufeff".utf8)
        var escaped = Data(capacity: line.count)
        var index = line.startIndex
        if line.starts(with: mark) {
            escaped.append(contentsOf: mark)
            index += mark.count
        }
        while index < line.endIndex {
            if line[index] == mark[0] && line[index...].starts(with: mark) {
                escaped.append(contentsOf: escape)
                index += mark.count
            } else {
                escaped.append(line[index])
                index += 1
            }
        }
        return escaped
    }

    private struct ObjectParser {
        let file: String
        let line: LineCursor.Line
        /// Byte offset of each code point of the text, and the text's length at the end.
        var byteOffsets: [Int] = []

        init(file: String, line: LineCursor.Line) {
            self.file = file
            self.line = line
        }

        func error(_ message: String) -> InputError { line.error(file: file, message) }

        mutating func document(_ fields: [String: Any], number: Int) throws(InputError) -> Document {
            guard let source = fields["text"] as? String else {
                throw error(fields["text"] == nil ? "missing \"text\"" : "\"text\" is not a string")
            }
            let id: String
            switch fields["id"] {
            case nil, is NSNull: id = "\(file)#\(number)"
            case let value as String: id = value
            default: throw error("\"id\" is not a string")
            }
            byteOffsets.reserveCapacity(source.utf8.count + 1)
            for (offset, byte) in source.utf8.enumerated() where byte & 0xC0 != 0x80 { byteOffsets.append(offset) }
            byteOffsets.append(source.utf8.count)

            var document = Document(id: id, source: source)
            switch fields["date"] {
            case nil, is NSNull: break
            case let value as String:
                guard let date = DocumentDate(iso: value) else {
                    throw error("\"date\" '\(value)' is not a YYYY-MM-DD date or a YYYY-MM-DDThh:mm[:ss][Z|±hh:mm] timestamp")
                }
                document.dateStamp = date
            default: throw error("\"date\" is not a string")
            }
            // The source alone is raw text: the normalizer still runs on it, as on a .txt file. A
            // document read back with its tokens keeps its text as it is, like a CoNLL file's.
            document.layers = []

            let tokenSpans = try spans(fields, "tokens")
            document.tokens = tokenSpans.map { Token(span: $0) }
            for (index, span) in tokenSpans.enumerated() where span.isEmpty {
                throw error("tokens[\(index)] is empty")
            }
            if !tokenSpans.isEmpty { document.layers.formUnion([.text, .tokens]) }

            let sentenceSpans = try spans(fields, "sentences")
            var next = 0
            for (index, span) in sentenceSpans.enumerated() {
                while next < tokenSpans.count && tokenSpans[next].start < span.start {
                    if tokenSpans[next].end > span.start { throw error("tokens[\(next)] crosses the start of sentences[\(index)]") }
                    next += 1
                }
                let lower = next
                while next < tokenSpans.count && tokenSpans[next].start < span.end {
                    if tokenSpans[next].end > span.end { throw error("tokens[\(next)] crosses the end of sentences[\(index)]") }
                    next += 1
                }
                document.sentences.append(Sentence(span: span, tokens: lower..<next))
            }
            if !sentenceSpans.isEmpty { document.layers.insert(.sentences) }

            if fields["entities"] != nil {
                let entityList = try list(fields, "entities")
                for (index, item) in entityList.enumerated() {
                    let name = "entities[\(index)]"
                    let span = try self.span(item, name)
                    guard let typeName = item["type"] as? String else { throw error("\(name) has no string \"type\"") }
                    guard let type = EntityType(rawValue: typeName) else {
                        throw error("\(name) has type \"\(typeName)\", expected one of "
                            + EntityType.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    document.entities.append(Entity(tokens: try tokens(span, item, name, tokenSpans), type: type))
                }
                if !tokenSpans.isEmpty { document.layers.insert(.entities) }
            }

            if fields["numbers"] != nil {
                for (index, item) in try list(fields, "numbers").enumerated() {
                    document.numbers.append(try numberMention(item, "numbers[\(index)]", tokenSpans))
                }
                if !tokenSpans.isEmpty { document.layers.insert(.numbers) }
            }

            if fields["quotes"] != nil {
                for (index, item) in try list(fields, "quotes").enumerated() {
                    document.quotes.append(try quote(item, "quotes[\(index)]", tokenSpans))
                }
                if !tokenSpans.isEmpty { document.layers.insert(.quotes) }
            }
            return document
        }

        func numberMention(_ item: [String: Any], _ name: String, _ tokenSpans: [TextSpan]) throws(InputError) -> NumberMention {
            let range = try tokens(try span(item, name), item, name, tokenSpans)
            let kind: NumberKind = try value(item, "kind", name)
            var mention = NumberMention(tokens: range, kind: kind)
            mention.value = try exactNumber(item, "value", name)
            mention.low = try exactNumber(item, "low", name)
            mention.high = try exactNumber(item, "high", name)
            if let modifier = try optionalString(item, "modifier", name) {
                guard let parsed = NumberModifier(rawValue: modifier) else {
                    throw error("\(name) has modifier \"\(modifier)\", expected one of "
                        + NumberModifier.allCases.map(\.rawValue).joined(separator: ", ") + " or null")
                }
                mention.modifier = parsed
            }
            mention.unit = try optionalString(item, "unit", name)
            mention.calendar = try optionalString(item, "calendar", name)
            mention.counted = try optionalTokens(item, "counted", name, tokenSpans)
            return mention
        }

        func quote(_ item: [String: Any], _ name: String, _ tokenSpans: [TextSpan]) throws(InputError) -> Quote {
            let content = try tokens(try span(item, name), item, name, tokenSpans)
            var parts = [content]
            if let value = item["parts"], !(value is NSNull) {
                parts = []
                for (index, part) in try list(item, "parts").enumerated() {
                    let partName = "\(name).parts[\(index)]"
                    parts.append(try tokens(try span(part, partName), part, partName, tokenSpans))
                }
            }
            let kind: QuoteKind = try value(item, "kind", name)
            let quote = Quote(parts: parts, kind: kind,
                              speaker: try optionalTokens(item, "speaker", name, tokenSpans),
                              cue: try optionalTokens(item, "cue", name, tokenSpans),
                              canonicalSpeaker: try optionalString(item, "canonical_speaker", name))
            guard quote.hasOrderedParts, quote.content == content else {
                throw error("\(name).parts must be in order, apart, and begin and end where the quote does")
            }
            return quote
        }

        /// The tokens a span covers: it must start at a token's start and end at a token's end.
        func tokens(_ span: TextSpan, _ item: [String: Any], _ name: String, _ tokenSpans: [TextSpan]) throws(InputError) -> Range<Int> {
            guard let first = Self.index(in: tokenSpans, where: \.start, equals: span.start),
                  let last = Self.index(in: tokenSpans, where: \.end, equals: span.end),
                  first <= last
            else {
                let start = item["start"] as? Int ?? 0, end = item["end"] as? Int ?? 0
                throw error("\(name) (\(start):\(end)) does not start and end on token boundaries")
            }
            return first..<(last + 1)
        }

        /// The tokens of a `{start, end}` object under a key, or nil for null or no key.
        func optionalTokens(_ item: [String: Any], _ key: String, _ name: String, _ tokenSpans: [TextSpan]) throws(InputError) -> Range<Int>? {
            guard let value = item[key], !(value is NSNull) else { return nil }
            guard let object = value as? [String: Any] else { throw error("\(name).\(key) is not an object or null") }
            let inner = "\(name).\(key)"
            return try tokens(try span(object, inner), object, inner, tokenSpans)
        }

        func optionalString(_ item: [String: Any], _ key: String, _ name: String) throws(InputError) -> String? {
            guard let value = item[key], !(value is NSNull) else { return nil }
            guard let string = value as? String else { throw error("\(name).\(key) is not a string or null") }
            return string
        }

        /// A number written as a string in `ExactNumber` notation, or nil for null or no key.
        func exactNumber(_ item: [String: Any], _ key: String, _ name: String) throws(InputError) -> ExactNumber? {
            guard let value = item[key], !(value is NSNull) else { return nil }
            guard let text = value as? String, let number = ExactNumber(parsing: text) else {
                throw error("\(name).\(key) is not a number in a string (like \"1100000\", \"-0.5\" or \"2/3\") or null")
            }
            return number
        }

        /// A required string field naming one case of an enumeration.
        func value<Value: RawRepresentable & CaseIterable>(_ item: [String: Any], _ key: String, _ name: String) throws(InputError) -> Value
            where Value.RawValue == String {
            guard let text = item[key] as? String else { throw error("\(name) has no string \"\(key)\"") }
            guard let value = Value(rawValue: text) else {
                throw error("\(name) has \(key) \"\(text)\", expected one of " + Value.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return value
        }

        func list(_ fields: [String: Any], _ key: String) throws(InputError) -> [[String: Any]] {
            guard let value = fields[key], !(value is NSNull) else { return [] }
            guard let array = value as? [Any] else { throw error("\"\(key)\" is not a list") }
            var objects: [[String: Any]] = []
            objects.reserveCapacity(array.count)
            for (index, item) in array.enumerated() {
                guard let object = item as? [String: Any] else { throw error("\(key)[\(index)] is not an object") }
                objects.append(object)
            }
            return objects
        }

        /// The spans of a list of objects, in UTF-8 bytes; they must be in order and not overlap.
        func spans(_ fields: [String: Any], _ key: String) throws(InputError) -> [TextSpan] {
            var result: [TextSpan] = []
            for (index, item) in try list(fields, key).enumerated() {
                let span = try span(item, "\(key)[\(index)]")
                if let previous = result.last, span.start < previous.end {
                    throw error("\(key)[\(index)] overlaps or comes before \(key)[\(index - 1)]")
                }
                result.append(span)
            }
            return result
        }

        /// An object's `start` and `end` (code points) as a span of UTF-8 bytes.
        func span(_ object: [String: Any], _ name: String) throws(InputError) -> TextSpan {
            guard let start = object["start"] as? Int, let end = object["end"] as? Int else {
                throw error("\(name) needs integer \"start\" and \"end\"")
            }
            let length = byteOffsets.count - 1
            guard start >= 0, start <= end, end <= length else {
                throw error("\(name) has start \(start) and end \(end), outside the text's \(length) code points")
            }
            return TextSpan(byteOffsets[start], byteOffsets[end])
        }

        /// The index of the span whose bound equals a value (spans are sorted and disjoint).
        static func index(in spans: [TextSpan], where bound: KeyPath<TextSpan, Int>, equals value: Int) -> Int? {
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle][keyPath: bound] < value { low = middle + 1 } else { high = middle }
            }
            return low < spans.count && spans[low][keyPath: bound] == value ? low : nil
        }
    }
}
