import BylineCore

/// The `BYLINE:QUOTE` column of CoNLL-U Plus: `_`, or items joined by `;` in order of quote
/// number. Quotes are numbered q1, q2, ... in the order `writableQuotes` gives (their content's
/// first token), afresh in each document. `qN:B-<kind>` marks the first content token, with the
/// canonical speaker appended as `=Name_With_Underscores` when known; `qN:I-<kind>` the other
/// content tokens (of every part: a gap between them is where one part ends and the next
/// begins); `qN:speaker` every token of the speaker mention (in any sentence);
/// `qN:cue` every token of the cue.
enum QuoteColumn {
    static let kinds = QuoteKind.allCases.map(\.rawValue).joined(separator: ", ")

    /// The column's value for each token of a document. A speaker or cue outside the document's
    /// tokens is left out. In a canonical name, white space runs, control characters and `;`
    /// are written as `_` (and read back as spaces).
    static func values(_ document: Document) -> [String] {
        var values = [String](repeating: "", count: document.tokens.count)
        func add(_ item: String, to token: Int) {
            if !values[token].isEmpty { values[token] += ";" }
            values[token] += item
        }
        for (index, quote) in document.writableQuotes().enumerated() {
            let label = "q\(index + 1):"
            var begin = label + "B-" + quote.kind.rawValue
            if let name = quote.canonicalSpeaker.map(nameField), !name.isEmpty { begin += "=" + name }
            add(begin, to: quote.content.lowerBound)
            let inside = label + "I-" + quote.kind.rawValue
            for token in quote.parts.joined().dropFirst() { add(inside, to: token) }
            if let speaker = quote.speaker, document.isWritable(speaker) {
                for token in speaker { add(label + "speaker", to: token) }
            }
            if let cue = quote.cue, document.isWritable(cue) {
                for token in cue { add(label + "cue", to: token) }
            }
        }
        return values.map { $0.isEmpty ? "_" : $0 }
    }

    private static func nameField(_ name: String) -> String {
        String(String.UnicodeScalarView(name.collapsingWhitespace().unicodeScalars.map {
            $0 == " " || $0 == ";" || $0.isSpaceOrControl ? "_" : $0
        }))
    }

    /// What an item says about its token.
    enum Role: Equatable {
        case begin(QuoteKind, canonicalSpeaker: String?)
        case inside(QuoteKind)
        case speaker
        case cue
    }

    /// One item of a token's value: a quote number and the token's role in that quote.
    struct Item: Equatable {
        var quote: Int
        var role: Role
    }

    /// Parses one token's value; `_` has no items.
    static func parse(_ field: String) throws(FieldError) -> [Item] {
        if field == "_" { return [] }
        var items: [Item] = []
        for text in field.split(separator: ";", omittingEmptySubsequences: false) {
            items.append(try item(text))
        }
        return items
    }

    private static func item(_ text: Substring) throws(FieldError) -> Item {
        let bad = FieldError("bad quote item '\(text)': expected qN:B-KIND (optionally =Canonical_Name), qN:I-KIND, qN:speaker or qN:cue, with KIND one of \(kinds)")
        guard text.first == "q", let colon = text.firstIndex(of: ":") else { throw bad }
        let digits = text[text.index(after: text.startIndex)..<colon]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }), let number = Int(digits), number >= 1 else { throw bad }
        var role = text[text.index(after: colon)...]
        switch role {
        case "speaker": return Item(quote: number, role: .speaker)
        case "cue": return Item(quote: number, role: .cue)
        default: break
        }
        var canonicalSpeaker: String? = nil
        if let equals = role.firstIndex(of: "=") {
            let name = role[role.index(after: equals)...]
            guard !name.isEmpty else { throw bad }
            canonicalSpeaker = String(name.map { $0 == "_" ? " " : $0 })
            role = role[..<equals]
        }
        guard let kind = QuoteKind(rawValue: String(role.dropFirst(2))) else { throw bad }
        if role.hasPrefix("B-") { return Item(quote: number, role: .begin(kind, canonicalSpeaker: canonicalSpeaker)) }
        if role.hasPrefix("I-") && canonicalSpeaker == nil { return Item(quote: number, role: .inside(kind)) }
        throw bad
    }
}

/// Collects one document's quote items, token by token in document order, into quotes.
///
/// A quote's content is its B- token and the I- tokens of the same kind after it (across
/// sentences too), a new part after each gap; its speaker and cue are runs of consecutive
/// tokens anywhere in the document.
struct QuoteAssembler {
    private struct Partial {
        /// Where the quote's number first appears, for an error about the whole quote.
        var firstLine: LineCursor.Line
        var parts: [Range<Int>] = []
        var kind: QuoteKind = .direct
        var canonicalSpeaker: String? = nil
        var speaker: Range<Int>? = nil
        var cue: Range<Int>? = nil
    }

    private var partials: [Int: Partial] = [:]

    mutating func add(_ item: QuoteColumn.Item, token: Int, line: LineCursor.Line) throws(FieldError) {
        var quote = partials[item.quote] ?? Partial(firstLine: line)
        let name = "q\(item.quote)"
        switch item.role {
        case .begin(let kind, let canonicalSpeaker):
            guard quote.parts.isEmpty else { throw FieldError("\(name) begins twice: a quote has one B- token") }
            quote.parts = [token..<(token + 1)]
            quote.kind = kind
            quote.canonicalSpeaker = canonicalSpeaker
        case .inside(let kind):
            guard let last = quote.parts.last else {
                throw FieldError("\(name):I-\(kind.rawValue) continues a quote that has not begun (no \(name):B- before it)")
            }
            guard kind == quote.kind else {
                throw FieldError("\(name):I-\(kind.rawValue) continues \(name), which began as \(quote.kind.rawValue)")
            }
            if last.upperBound == token {
                quote.parts[quote.parts.count - 1] = last.lowerBound..<(token + 1)
            } else {
                quote.parts.append(token..<(token + 1))
            }
        case .speaker:
            quote.speaker = try Self.extend(quote.speaker, with: token, "\(name)'s speaker")
        case .cue:
            quote.cue = try Self.extend(quote.cue, with: token, "\(name)'s cue")
        }
        partials[item.quote] = quote
    }

    private static func extend(_ range: Range<Int>?, with token: Int, _ what: String) throws(FieldError) -> Range<Int> {
        guard let range else { return token..<(token + 1) }
        guard range.upperBound == token else { throw FieldError("\(what) tokens are not consecutive") }
        return range.lowerBound..<(token + 1)
    }

    /// The quotes in order of their numbers. A number with a speaker or cue but no content is
    /// an error, reported at the line where the number first appears.
    func quotes(file: String) throws(InputError) -> [Quote] {
        var quotes: [Quote] = []
        quotes.reserveCapacity(partials.count)
        for (number, partial) in partials.sorted(by: { $0.key < $1.key }) {
            guard !partial.parts.isEmpty else {
                throw partial.firstLine.error(file: file, "q\(number) has no content tokens (no q\(number):B- item)")
            }
            quotes.append(Quote(parts: partial.parts, kind: partial.kind, speaker: partial.speaker,
                                cue: partial.cue, canonicalSpeaker: partial.canonicalSpeaker))
        }
        return quotes
    }
}
