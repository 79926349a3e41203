import BylineCore

/// One annotated document as a self-contained HTML page (no external assets): the source text
/// with entities coloured by type and labelled, numbers with their value and date on hover,
/// quotations highlighted with their speaker and cue linked, and a table of the quotations.
///
/// The page's text is exactly the document's source: labels are drawn by CSS from attributes,
/// so a reader can copy the text, and a test can compare it. Quotes are `q1, q2, ...` in the
/// order CoNLL-U and JSONL number them (`writableQuotes`), their anchors `#q1, #q2, ...`.
public struct DocumentPage: Sendable {
    public let document: Document
    private let tokenSpans: [TextSpan]
    private let quotes: [Quote]

    public init(_ document: Document) {
        self.document = document
        self.tokenSpans = document.tokens.map { document.sourceSpan($0.span) }
        self.quotes = document.writableQuotes()
    }

    /// What the corpus index needs of the page, so the document itself need not be kept: its
    /// people as `byline people` sees them, and each quotation with its speaker's id.
    public var summary: DocumentSummary {
        let linked = EntityLinker().link(document)
        return DocumentSummary(
            id: document.id, title: Self.title(of: document.source), date: document.dateStamp?.description,
            entities: document.entities.count, numbers: document.writableNumbers().count, quotes: quotes.count,
            people: DocumentPeople(document, linked: linked),
            quotations: quotes.enumerated().map { index, quote in
                (speakerID: linked.speaker(of: quote)?.id, anchor: "q\(index + 1)",
                 excerpt: quote.parts.map(text).joined(separator: " … "))
            })
    }

    /// The first line with text, cut to a length a heading holds.
    static func title(of source: String) -> String {
        let line = source.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let words = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count <= 120 ? words : words.prefix(119) + "…"
    }

    /// The page.
    public func html() -> String {
        let heading = Self.title(of: document.source)
        var meta = [document.id]
        if let date = document.dateStamp { meta.append("date \(date)") }
        meta.append("\(document.entities.count) entities, \(document.writableNumbers().count) numbers, \(quotes.count) quotations")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escaped(heading.isEmpty ? document.id : heading)) · Byline</title>
            <style>\(PageStyle.css)</style></head>
            <body>
            <nav><a href="index.html">← all documents</a></nav>
            <h1>\(HTMLText.escaped(heading))</h1>
            <p class="meta">\(HTMLText.escaped(meta.joined(separator: " · ")))</p>
            \(PageStyle.legend)
            <article id="text">\(NestedMarkup.render(document.source, spans: spans()))</article>
            \(quoteTable())
            <script>\(PageStyle.linkingScript)</script>
            </body></html>

            """
    }

    /// The source span from a token range's first token to its last.
    private func sourceRange(_ tokens: Range<Int>) -> Range<Int> {
        let start = tokenSpans[tokens.lowerBound].start
        return start..<max(start, tokenSpans[tokens.upperBound - 1].end)
    }

    private func text(_ tokens: Range<Int>) -> String {
        let range = sourceRange(tokens)
        return document.source.slice(TextSpan(range.lowerBound, range.upperBound))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The canonical speaker, else the speaker as written, else nil.
    private func speakerName(_ quote: Quote) -> String? {
        quote.canonicalSpeaker ?? quote.speaker.flatMap { document.isWritable($0) ? text($0) : nil }
    }

    /// The id of a speaker's or cue's element: by its tokens, since one speaker can say several quotes.
    private static func anchor(_ role: String, _ tokens: Range<Int>) -> String { "\(role)\(tokens.lowerBound)-\(tokens.upperBound)" }

    // Outermost first when two spans cover the same words: a quote, then a speaker or cue, then
    // the entity that names the speaker, then a number.
    private enum Rank: Int { case quote, role, entity, number }

    private func spans() -> [MarkedSpan] {
        var spans: [MarkedSpan] = []
        for entity in document.entities where document.isWritable(entity.tokens) {
            let type = entity.type.rawValue
            spans.append(MarkedSpan(range: sourceRange(entity.tokens), tag: "mark", rank: Rank.entity.rawValue,
                                    attributes: [("class", "ent \(type)"), ("data-type", type)], label: type))
        }
        for number in document.writableNumbers() {
            spans.append(MarkedSpan(range: sourceRange(number.tokens), rank: Rank.number.rawValue,
                                    attributes: [("class", "num"), ("title", numberTitle(number))]))
        }
        var roles: [String: (range: Range<Int>, role: String, quotes: [String])] = [:]
        for (index, quote) in quotes.enumerated() {
            let name = "q\(index + 1)"
            var links: [(name: String, value: String)] = [("class", "quote \(quote.kind.rawValue)"), ("data-quote", name)]
            for (role, tokens) in [("speaker", quote.speaker), ("cue", quote.cue)] {
                guard let tokens, document.isWritable(tokens) else { continue }
                let anchor = Self.anchor(role, tokens)
                links.append(("data-\(role)", anchor))
                roles[anchor, default: (sourceRange(tokens), role, [])].quotes.append(name)
            }
            var title = "\(name) · \(quote.kind.rawValue)"
            if let speaker = speakerName(quote) { title += " · \(speaker)" }
            if let cue = quote.cue, document.isWritable(cue) { title += " (\(text(cue)))" }
            links.append(("title", title))
            for (part, tokens) in quote.parts.enumerated() where document.isWritable(tokens) {
                let isLast = part == quote.parts.count - 1
                spans.append(MarkedSpan(range: sourceRange(tokens), rank: Rank.quote.rawValue, attributes: links,
                                        id: part == 0 ? name : "\(name)-\(part + 1)",
                                        label: isLast ? "\(name) \(speakerName(quote) ?? "no speaker")" : nil))
            }
        }
        for (anchor, role) in roles.sorted(by: { $0.key < $1.key }) {
            spans.append(MarkedSpan(range: role.range, rank: Rank.role.rawValue,
                                    attributes: [("class", role.role), ("data-quotes", role.quotes.joined(separator: " "))],
                                    id: anchor))
        }
        return spans
    }

    /// What a number mention means, for its `title`: kind, value or bounds, unit, date, what it counts.
    private func numberTitle(_ number: NumberMention) -> String {
        var parts = [number.kind.rawValue]
        if let modifier = number.modifier { parts.append(modifier.rawValue.replacingOccurrences(of: "_", with: " ")) }
        if let value = number.value { parts.append("value \(value)") }
        if let low = number.low, let high = number.high { parts.append("from \(low) to \(high)") }
        else if let low = number.low { parts.append("from \(low)") }
        else if let high = number.high { parts.append("up to \(high)") }
        if let unit = number.unit { parts.append("unit \(unit)") }
        if let calendar = number.calendar { parts.append("date \(calendar)") }
        if let counted = number.counted, document.isWritable(counted) { parts.append("counts \(text(counted))") }
        return parts.joined(separator: " · ")
    }

    /// The quotations as a table, each row linking to the quote, its speaker and its cue.
    private func quoteTable() -> String {
        guard !quotes.isEmpty else { return "" }
        var rows = ""
        for (index, quote) in quotes.enumerated() {
            let name = "q\(index + 1)"
            func link(_ role: String, _ tokens: Range<Int>?) -> String {
                guard let tokens, document.isWritable(tokens) else { return "–" }
                return "<a href=\"#\(Self.anchor(role, tokens))\">\(HTMLText.escaped(text(tokens)))</a>"
            }
            let canonical = quote.canonicalSpeaker.map { "<b>\(HTMLText.escaped($0))</b><br>" } ?? ""
            rows += "<tr><td><a href=\"#\(name)\">\(name)</a></td><td>\(canonical)\(link("speaker", quote.speaker))</td>"
                + "<td>\(link("cue", quote.cue))</td><td>\(quote.kind.rawValue)</td>"
                + "<td>\(HTMLText.escaped(quote.parts.map(text).joined(separator: " … ")))</td></tr>\n"
        }
        return """
            <h2>Quotations</h2>
            <table class="quotes"><thead><tr><th>#</th><th>speaker</th><th>cue</th><th>kind</th><th>quotation</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }
}

/// A document as the corpus index sees it: counts, its people and its quotations.
public struct DocumentSummary: Sendable {
    public var id: String
    public var title: String
    public var date: String?
    public var entities: Int
    public var numbers: Int
    public var quotes: Int
    public var people: DocumentPeople
    /// Each quotation's speaker (the id of the person or organization, when the speaker is
    /// one), anchor on the page and text.
    public var quotations: [(speakerID: String?, anchor: String, excerpt: String)]
    /// The page's file name in the output directory, set when it is written.
    public var page = ""
}
