import BylineCore

/// Reads CoNLL-U and CoNLL-U Plus: what the CoNLL-U writer writes, and general CoNLL-U.
///
/// Column positions come from a `# global.columns` header; without one, lines must have the ten
/// columns of plain CoNLL-U. Multiword token lines (`1-2`) and empty nodes (`1.1`) are skipped.
/// A sentence's source is its `# text` when the token forms can be found in it in order with
/// only white space between (so it is reproduced exactly); otherwise the forms joined by a
/// space, or by nothing after `SpaceAfter=No`. Sentences are joined by a line break, or by a
/// blank line after a `# newpar` comment (so later stages see the paragraphs); a `# newdoc`
/// comment begins a new document (named by its `id`, else `<file>#<n>` counting documents from 1).
///
/// Entities come from a `BYLINE:NE` column, number mentions from `BYLINE:NUMBER` and quotes
/// from `BYLINE:QUOTE` (see `NumberColumn`, `QuoteColumn`), each when the header names the
/// column, which also marks the layer as present. A value that cannot be read, or items that do
/// not make a mention or a quote (an I- with no B- before it, `counted` outside the sentence, a
/// quote with no content), is an error at its line. Each token's columns are kept in `inputColumns`.
public struct CoNLLUReader: DocumentReader {
    public init() {}

    struct Layout {
        var count: Int
        var id: Int
        var form: Int
        var misc: Int?
        var entity: Int?
        var number: Int? = nil
        var quote: Int? = nil

        static let plain = Layout(count: 10, id: 0, form: 1, misc: 9, entity: nil)
    }

    struct PendingToken {
        var form: [UInt8]
        var spaceAfter: Bool
        var columns: [String]
        var tag: BIODecoder.Tag?
        var id: Int
        var line: LineCursor.Line
        var number: NumberColumn.Tag? = nil
        var quoteItems: [QuoteColumn.Item] = []
    }

    public func read(_ text: String, file: String) throws(InputError) -> [Document] {
        var lines = LineCursor(Array(text.utf8))
        let bytes = lines.bytes
        var layout: Layout? = nil
        var documents: [Document] = []
        var documentCount = 0
        var current: DocumentBuilder? = nil
        var decoder = BIODecoder()
        var numberDecoder = NumberDecoder()
        var quoteAssembler = QuoteAssembler()
        var pending: [PendingToken] = []
        var sentenceText: [UInt8]? = nil

        /// A B- tag's counted token IDs as document tokens; the IDs must be in the sentence.
        func countedTokens(_ ids: ClosedRange<Int>, firstToken: Int) throws(FieldError) -> Range<Int> {
            guard let start = pending.firstIndex(where: { $0.id == ids.lowerBound }),
                  let end = pending.firstIndex(where: { $0.id == ids.upperBound }), start <= end
            else {
                throw FieldError("counted=\(ids.lowerBound)-\(ids.upperBound) is outside the sentence (its token IDs are \(pending[0].id) to \(pending[pending.count - 1].id))")
            }
            return (firstToken + start)..<(firstToken + end + 1)
        }

        func finishSentence() throws(InputError) {
            defer { pending.removeAll(); sentenceText = nil }
            guard !pending.isEmpty else { return }
            if current == nil {
                documentCount += 1
                current = DocumentBuilder(id: "\(file)#\(documentCount)")
            }
            let first = current!.tokenCount
            if let sentenceText, let spans = Self.align(pending, in: sentenceText) {
                current!.appendSentence(text: sentenceText, tokenSpans: spans)
            } else {
                current!.closeSentence()
                var spaceBefore = false
                for token in pending {
                    current!.appendToken(token.form, spaceBefore: spaceBefore)
                    spaceBefore = token.spaceAfter
                }
                current!.closeSentence()
            }
            for (offset, token) in pending.enumerated() {
                current!.inputColumns.append(token.columns)
                if let tag = token.tag { decoder.add(tag, token: first + offset) }
                do throws(FieldError) {
                    if let number = token.number {
                        var counted: Range<Int>? = nil
                        if case .begin(_, let ids?) = number { counted = try countedTokens(ids, firstToken: first) }
                        try numberDecoder.add(number, token: first + offset, counted: counted)
                    }
                    for item in token.quoteItems { try quoteAssembler.add(item, token: first + offset, line: token.line) }
                } catch {
                    throw token.line.error(file: file, error.message)
                }
            }
            decoder.close(at: current!.tokenCount)
        }

        func finishDocument() throws(InputError) {
            guard var builder = current else { return }
            current = nil
            builder.entities = decoder.entities
            decoder = BIODecoder()
            numberDecoder.close()
            builder.numbers = numberDecoder.mentions
            numberDecoder = NumberDecoder()
            builder.quotes = try quoteAssembler.quotes(file: file)
            quoteAssembler = QuoteAssembler()
            var layers: Set<Layer> = [.text, .sentences, .tokens]
            if layout?.entity != nil { layers.insert(.entities) }
            if layout?.number != nil { layers.insert(.numbers) }
            if layout?.quote != nil { layers.insert(.quotes) }
            documents.append(builder.build(layers: layers))
        }

        while let line = lines.next() {
            let content = bytes[line.start..<line.end]
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                try finishSentence()
                continue
            }
            if content.first == UInt8(ascii: "#") {
                if !pending.isEmpty { try finishSentence() }
                let comment = lines.string(line.start + 1, line.end)
                let key: Substring, value: Substring
                if let equals = comment.firstIndex(of: "=") {
                    key = comment[..<equals]
                    value = comment[comment.index(after: equals)...]
                } else {
                    key = comment[...]
                    value = ""
                }
                switch key.collapsingWhitespace() {
                case "global.columns":
                    let names = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                    guard let id = names.firstIndex(of: "ID"), let form = names.firstIndex(of: "FORM") else {
                        throw lines.error(line, file: file, "# global.columns names no ID or no FORM column")
                    }
                    layout = Layout(count: names.count, id: id, form: form,
                                    misc: names.firstIndex(of: "MISC"), entity: names.firstIndex(of: "BYLINE:NE"),
                                    number: names.firstIndex(of: "BYLINE:NUMBER"), quote: names.firstIndex(of: "BYLINE:QUOTE"))
                case "newdoc", "newdoc id":
                    try finishDocument()
                    documentCount += 1
                    let id = value.collapsingWhitespace()
                    current = DocumentBuilder(id: id.isEmpty ? "\(file)#\(documentCount)" : id)
                case "newpar", "newpar id":
                    current?.startParagraph()
                case "text":
                    sentenceText = Array(value.trimmingSpaces().utf8)
                case "date":
                    let text = value.collapsingWhitespace()
                    guard let date = DocumentDate(iso: text) else {
                        throw lines.error(line, file: file, "# date = '\(text)' is not a YYYY-MM-DD date or a YYYY-MM-DDThh:mm[:ss][Z|±hh:mm] timestamp")
                    }
                    current?.date = date
                default:
                    break
                }
                continue
            }

            let columns = content.split(separator: 0x09, omittingEmptySubsequences: false)
            let active = layout ?? .plain
            guard columns.count == active.count else {
                throw lines.error(line, file: file,
                    "line \(line.number) has \(columns.count) tab-separated column\(columns.count == 1 ? "" : "s"), expected \(active.count)")
            }
            let idField = columns[active.id]
            if idField.contains(UInt8(ascii: "-")) || idField.contains(UInt8(ascii: ".")) { continue }
            guard !idField.isEmpty, idField.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let id = Int(String(decoding: idField, as: UTF8.self))
            else {
                throw lines.error(line, file: file, "token ID '\(String(decoding: idField, as: UTF8.self))' is not a number")
            }
            let form = Array(columns[active.form])
            guard !form.isEmpty else { throw lines.error(line, file: file, "the FORM column is empty") }
            var spaceAfter = true
            if let misc = active.misc {
                for item in columns[misc].split(separator: UInt8(ascii: "|")) where item.elementsEqual("SpaceAfter=No".utf8) {
                    spaceAfter = false
                }
            }
            var tag: BIODecoder.Tag? = nil
            if let entity = active.entity {
                let name = String(decoding: columns[entity], as: UTF8.self)
                guard let parsed = BIODecoder.parse(name) else {
                    throw lines.error(line, file: file, "bad entity tag '\(name)': expected \(BIODecoder.expected)")
                }
                tag = parsed
            }
            var token = PendingToken(
                form: form, spaceAfter: spaceAfter,
                columns: columns.map { String(decoding: $0, as: UTF8.self) }, tag: tag, id: id, line: line)
            do throws(FieldError) {
                if let number = active.number { token.number = try NumberColumn.parse(token.columns[number]) }
                if let quote = active.quote { token.quoteItems = try QuoteColumn.parse(token.columns[quote]) }
            } catch {
                throw lines.error(line, file: file, error.message)
            }
            pending.append(token)
        }
        try finishSentence()
        try finishDocument()
        return documents
    }

    /// The spans of the forms in a sentence text, if the forms occur in it in order with only
    /// white space between, before and after them.
    static func align(_ tokens: [PendingToken], in text: [UInt8]) -> [TextSpan]? {
        var spans: [TextSpan] = []
        spans.reserveCapacity(tokens.count)
        var position = 0
        func skipSpaces() { while position < text.count && (text[position] == 0x20 || text[position] == 0x09) { position += 1 } }
        for token in tokens {
            skipSpaces()
            let end = position + token.form.count
            guard end <= text.count, text[position..<end].elementsEqual(token.form) else { return nil }
            spans.append(TextSpan(position, end))
            position = end
        }
        skipSpaces()
        return position == text.count ? spans : nil
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
