import BylineCore

/// The `BYLINE:NUMBER` column of CoNLL-U Plus: `_` outside number mentions; on a mention's
/// first token `B-<kind>` and its attributes in a fixed order, each only when present,
/// `|value=<v>|low=<v>|high=<v>|modifier=<m>|unit=<u>|calendar=<iso>|counted=<first>-<last>`;
/// `I-<kind>` on its other tokens. Values are `ExactNumber.description` ("1100000", "0.5",
/// "2/3"); `counted` is the 1-based inclusive range of token IDs, in the sentence the mention
/// begins in, of the noun phrase the number counts.
enum NumberColumn {
    static let kinds = NumberKind.allCases.map(\.rawValue).joined(separator: ", ")

    /// The column's value for each token of a document.
    ///
    /// A token holds at most one mention, so a mention that overlaps an earlier one (in the
    /// order of `writableNumbers`) is left out. `counted` is left out when it is not wholly
    /// inside the sentence the mention begins in: token IDs cannot point elsewhere. A `unit` or
    /// `calendar` has its white space, control characters and `|` written as `_`.
    static func values(_ document: Document, sentences: [SentenceSlice]) -> [String] {
        var values = [String](repeating: "_", count: document.tokens.count)
        var taken = 0
        for mention in document.writableNumbers() where mention.tokens.lowerBound >= taken {
            let first = mention.tokens.lowerBound
            values[first] = begin(mention, sentence: sentence(of: first, in: sentences))
            let inside = "I-" + mention.kind.rawValue
            for token in mention.tokens.dropFirst() { values[token] = inside }
            taken = mention.tokens.upperBound
        }
        return values
    }

    /// `B-<kind>` and the attributes of a mention; `sentence` holds the tokens of the sentence
    /// the mention begins in.
    private static func begin(_ mention: NumberMention, sentence: Range<Int>?) -> String {
        var field = "B-" + mention.kind.rawValue
        func add(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            field += "|" + key + "=" + value
        }
        add("value", mention.value?.description)
        add("low", mention.low?.description)
        add("high", mention.high?.description)
        add("modifier", mention.modifier?.rawValue)
        add("unit", mention.unit.map(attributeSafe))
        add("calendar", mention.calendar.map(attributeSafe))
        if let counted = mention.counted, let sentence, !counted.isEmpty,
           counted.lowerBound >= sentence.lowerBound, counted.upperBound <= sentence.upperBound {
            add("counted", "\(counted.lowerBound - sentence.lowerBound + 1)-\(counted.upperBound - sentence.lowerBound)")
        }
        return field
    }

    private static func attributeSafe(_ value: String) -> String {
        String(String.UnicodeScalarView(value.collapsingWhitespace().unicodeScalars.map {
            $0 == " " || $0 == "|" || $0.isSpaceOrControl ? "_" : $0
        }))
    }

    /// The tokens of the sentence holding a token, if one does (sentences are in order).
    private static func sentence(of token: Int, in sentences: [SentenceSlice]) -> Range<Int>? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].tokens.upperBound <= token { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].tokens.contains(token) ? sentences[low].tokens : nil
    }

    /// One token's value in the column, as read.
    enum Tag {
        case outside
        /// A mention's first token: the mention with its tokens still to be set, and `counted`
        /// as token IDs of the sentence (the reader turns them into document tokens).
        case begin(NumberMention, countedIDs: ClosedRange<Int>?)
        case inside(NumberKind)
    }

    /// Parses one token's value; `_` (or `O`) is outside. Attributes may come in any order.
    static func parse(_ field: String) throws(FieldError) -> Tag {
        if field == "_" || field == "O" { return .outside }
        var parts = field.split(separator: "|", omittingEmptySubsequences: false)
        let head = parts.removeFirst()
        guard head.hasPrefix("B-") || head.hasPrefix("I-"), let kind = NumberKind(rawValue: String(head.dropFirst(2))) else {
            throw FieldError("bad number tag '\(field)': expected _, B-KIND with attributes, or I-KIND, with KIND one of \(kinds)")
        }
        if head.hasPrefix("I-") {
            guard parts.isEmpty else { throw FieldError("bad number tag '\(field)': attributes go on the mention's first (B-) token") }
            return .inside(kind)
        }
        var mention = NumberMention(tokens: 0..<0, kind: kind)
        var countedIDs: ClosedRange<Int>? = nil
        for part in parts {
            guard let equals = part.firstIndex(of: "="), !part[part.index(after: equals)...].isEmpty else {
                throw FieldError("number attribute '\(part)' in '\(field)' is not key=value")
            }
            let key = part[..<equals], value = part[part.index(after: equals)...]
            switch key {
            case "value": mention.value = try exactNumber(value, key, field)
            case "low": mention.low = try exactNumber(value, key, field)
            case "high": mention.high = try exactNumber(value, key, field)
            case "modifier":
                guard let modifier = NumberModifier(rawValue: String(value)) else {
                    throw FieldError("bad modifier '\(value)' in '\(field)': expected one of "
                        + NumberModifier.allCases.map(\.rawValue).joined(separator: ", "))
                }
                mention.modifier = modifier
            case "unit": mention.unit = String(value)
            case "calendar": mention.calendar = String(value)
            case "counted": countedIDs = try tokenIDs(value, field)
            default:
                throw FieldError("unknown number attribute '\(key)' in '\(field)': expected value, low, high, modifier, unit, calendar or counted")
            }
        }
        return .begin(mention, countedIDs: countedIDs)
    }

    private static func exactNumber(_ text: Substring, _ key: Substring, _ field: String) throws(FieldError) -> ExactNumber {
        guard let number = ExactNumber(parsing: text) else {
            throw FieldError("bad \(key) '\(text)' in '\(field)': expected a number like 1100000, -0.5 or 2/3")
        }
        return number
    }

    /// `first-last`, two token IDs with first ≤ last.
    private static func tokenIDs(_ text: Substring, _ field: String) throws(FieldError) -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
              let first = Int(parts[0]), let last = Int(parts[1]), first >= 1, first <= last
        else {
            throw FieldError("bad counted '\(text)' in '\(field)': expected FIRST-LAST, two token IDs of the sentence with FIRST ≤ LAST")
        }
        return first...last
    }
}

/// Turns the column's tags, token by token, into number mentions: a mention runs from its B-
/// token over the I- tokens of the same kind that follow, also into the next sentence.
struct NumberDecoder {
    private var open: NumberMention? = nil
    private(set) var mentions: [NumberMention] = []

    /// Adds a token's tag; `counted` is a B- tag's counted phrase in document tokens.
    mutating func add(_ tag: NumberColumn.Tag, token: Int, counted: Range<Int>?) throws(FieldError) {
        switch tag {
        case .outside:
            close()
        case .begin(var mention, _):
            close()
            mention.tokens = token..<(token + 1)
            mention.counted = counted
            open = mention
        case .inside(let kind):
            guard var mention = open, mention.kind == kind else {
                throw FieldError("I-\(kind.rawValue) without a B-\(kind.rawValue) before it")
            }
            mention.tokens = mention.tokens.lowerBound..<(token + 1)
            open = mention
        }
    }

    /// Ends the open mention, if any (at a document's end).
    mutating func close() {
        if let open { mentions.append(open) }
        open = nil
    }
}
