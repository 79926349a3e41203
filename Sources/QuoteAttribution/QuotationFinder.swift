/// Words between quotation marks: where they open and close, and what they sit inside.
struct Quotation: Sendable, Equatable {
    /// The opening mark.
    var open: Int
    /// The closing mark; nil when none came and the quotation was cut at a paragraph end.
    var close: Int?
    /// The words between the marks (a multi-paragraph quotation's reopening marks included).
    var content: Range<Int>
    var style: MarkStyle
    /// The quotation this one is nested in (an index into the finder's result).
    var parent: Int? = nil
}

/// Pairs quotation marks into quotations, paragraph by paragraph.
///
/// - A closing mark closes the innermost open quotation of its style; a straight mark that
///   faces either way closes one if one is open, else opens.
/// - Single marks are also apostrophes: a closing one with nothing open is an apostrophe
///   (`the players' union`), an opening one before `em`, `til`... opens nothing, and one left
///   open is dropped, never turned into a quotation.
/// - News convention: a quotation still open at a paragraph's end goes on when the next
///   paragraph begins with an opening mark of its style (which is then part of the content);
///   otherwise it is cut at the paragraph's end (and after at most five sentences), so a
///   stray mark never swallows the rest of the document.
/// - A mark that begins a sentence (and does not face back) while a quotation of its style,
///   opened in an earlier sentence, is still open: that one was never closed and ends before
///   this sentence, and the mark opens a new one (a closing mark ends its sentence's text).
struct QuotationFinder {
    /// An unclosed quotation is cut after this many sentences beyond its first.
    static let unclosedSentenceLimit = 4
    /// How far after a plural's apostrophe another closing single mark is looked for.
    static let possessiveReach = 80

    private struct OpenMark {
        var token: Int
        var style: MarkStyle
        var sentence: Int
    }

    private let table: TokenTable
    private var stack: [OpenMark] = []
    private var found: [Quotation] = []

    private init(table: TokenTable) { self.table = table }

    static func quotations(in table: TokenTable) -> [Quotation] {
        var finder = QuotationFinder(table: table)
        finder.run()
        return Self.nested(finder.found)
    }

    private mutating func run() {
        let paragraphs = Self.paragraphRanges(table)
        var reopening: Int? = nil
        for (index, paragraph) in paragraphs.enumerated() {
            for token in paragraph where token != reopening {
                if let mark = table[token].mark { add(mark, at: token) }
            }
            reopening = endParagraph(paragraph, next: index + 1 < paragraphs.count ? paragraphs[index + 1] : nil)
        }
    }

    private mutating func add(_ mark: QuotationMark, at token: Int) {
        let sentence = Int(table[token].sentence)
        if mark.style == .single {
            addSingle(mark, at: token, sentence: sentence)
            return
        }
        let openIndex = stack.lastIndex { $0.style == mark.style }
        let opensSentence = table.sentences[sentence].lowerBound == token
        switch (mark.direction, openIndex) {
        case (.opening, let index?) where opensSentence && stack[index].sentence < sentence,
             (.either, let index?) where opensSentence && stack[index].sentence < sentence:
            cut(index, before: token)
            stack.append(OpenMark(token: token, style: mark.style, sentence: sentence))
        case (.closing, let index?), (.either, let index?):
            close(index, at: token)
        case (.closing, nil):
            break  // a stray closing mark
        case (.opening, _), (.either, nil):
            stack.append(OpenMark(token: token, style: mark.style, sentence: sentence))
        }
    }

    private mutating func addSingle(_ mark: QuotationMark, at token: Int, sentence: Int) {
        let openIndex = stack.last?.style == .single ? stack.count - 1 : nil
        switch (mark.direction, openIndex) {
        case (.opening, _), (.either, nil):
            if token + 1 < table.count, table.has(.elision, token + 1) { return }
            stack.append(OpenMark(token: token, style: .single, sentence: sentence))
        case (.closing, let index?), (.either, let index?):
            if !isPossessive(token) { close(index, at: token) }
        case (.closing, nil):
            break  // an apostrophe: the players' union
        }
    }

    /// A closing single mark after a plural (`players'`) and before a word, with another closing
    /// single mark later in the sentence: the apostrophe of a plural possessive.
    private func isPossessive(_ token: Int) -> Bool {
        guard token > 0, token + 1 < table.count else { return false }
        let previous = table.shape(token - 1), next = table.shape(token + 1)
        guard previous.contains(.endsInS), !table[token].spaceBefore, next.contains(.word),
              table[token + 1].cue == nil, !table.has(.subjectPronoun, token + 1) else { return false }
        let end = min(table.sentence(of: token).upperBound, token + 1 + Self.possessiveReach)
        return (token + 1..<end).contains { table[$0].mark?.style == .single && table[$0].mark?.direction != .opening }
    }

    private mutating func close(_ index: Int, at token: Int) {
        let open = stack[index]
        stack.removeSubrange(index...)
        record(open, content: (open.token + 1)..<token, close: token)
    }

    /// Ends an unclosed quotation right before `token` (a sentence start).
    private mutating func cut(_ index: Int, before token: Int) {
        let open = stack[index]
        stack.removeSubrange(index...)
        if open.style != .single { record(open, content: (open.token + 1)..<token, close: nil) }
    }

    /// At a paragraph's end: the outermost open quotation goes on if the next paragraph reopens
    /// it (returns that reopening mark); everything else still open is cut or dropped.
    private mutating func endParagraph(_ paragraph: Range<Int>, next: Range<Int>?) -> Int? {
        guard !stack.isEmpty else { return nil }
        if let next, let first = next.first, let mark = table[first].mark, mark.style == stack[0].style,
           mark.direction != .closing {
            for open in stack.dropFirst() where open.style != .single { cutAtParagraphEnd(open, paragraph) }
            stack.removeSubrange(1...)
            return first
        }
        for open in stack.reversed() where open.style != .single { cutAtParagraphEnd(open, paragraph) }
        stack.removeAll()
        return nil
    }

    private mutating func cutAtParagraphEnd(_ open: OpenMark, _ paragraph: Range<Int>) {
        let lastSentence = min(open.sentence + Self.unclosedSentenceLimit, table.sentences.count - 1)
        let end = min(paragraph.upperBound, table.sentences[lastSentence].upperBound)
        record(open, content: (open.token + 1)..<max(open.token + 1, end), close: nil)
    }

    private mutating func record(_ open: OpenMark, content: Range<Int>, close: Int?) {
        guard !content.isEmpty else { return }
        found.append(Quotation(open: open.token, close: close, content: content, style: open.style))
    }

    /// The token ranges of the paragraphs.
    private static func paragraphRanges(_ table: TokenTable) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, sentence) in table.sentences.enumerated() {
            if index > 0, table.paragraphOfSentence[index] == table.paragraphOfSentence[index - 1], let last = ranges.last {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, sentence.upperBound)
            } else {
                ranges.append(sentence)
            }
        }
        return ranges
    }

    /// The quotations in text order (outer before inner), each with its enclosing quotation.
    private static func nested(_ quotations: [Quotation]) -> [Quotation] {
        var sorted = quotations.sorted { ($0.open, -$0.content.upperBound) < ($1.open, -$1.content.upperBound) }
        var enclosing: [Int] = []
        for index in sorted.indices {
            while let last = enclosing.last, sorted[last].content.upperBound <= sorted[index].open { enclosing.removeLast() }
            sorted[index].parent = enclosing.last
            enclosing.append(index)
        }
        return sorted
    }
}
