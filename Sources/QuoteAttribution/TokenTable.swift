import BylineCore

/// The spelling of a token as the rules see it, from its bytes.
struct Shape: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    /// Begins with an ASCII capital letter.
    static let capitalized = Shape(rawValue: 1 << 0)
    /// Begins with an ASCII lowercase letter.
    static let lowercase = Shape(rawValue: 1 << 1)
    /// Letters only, with inner hyphens, periods and apostrophes allowed.
    static let word = Shape(rawValue: 1 << 2)
    static let hasDigit = Shape(rawValue: 1 << 3)
    /// One punctuation character (or `--`, `...`).
    static let punctuation = Shape(rawValue: 1 << 4)
    static let endsInS = Shape(rawValue: 1 << 5)
    static let endsInEd = Shape(rawValue: 1 << 6)
    static let endsInIng = Shape(rawValue: 1 << 7)
    static let endsInLy = Shape(rawValue: 1 << 8)
    /// `.`, `!`, `?` or `...`: what ends a sentence.
    static let sentenceFinal = Shape(rawValue: 1 << 9)
    static let comma = Shape(rawValue: 1 << 10)
    static let colon = Shape(rawValue: 1 << 11)
    static let semicolon = Shape(rawValue: 1 << 12)
    /// `--`, `-`: a dash standing alone.
    static let dash = Shape(rawValue: 1 << 13)
    static let openingBracket = Shape(rawValue: 1 << 14)
}

/// Everything the quote rules ask about one token, computed once per document from its bytes,
/// so no rule builds a string.
struct TokenInfo: Sendable {
    var shape: Shape = []
    var lexeme = Lexeme()
    var mark: QuotationMark? = nil
    /// Index into `Document.entities`, or -1.
    var entity: Int32 = -1
    var sentence: Int32 = 0
    /// Whether white space (or the start of the text) comes right before / after the token.
    var spaceBefore = true
    var spaceAfter = true

    var flags: WordFlags { lexeme.flags }
    var word: Word { lexeme.word }
    var cue: CueForm? { lexeme.cue }
    var isEntity: Bool { entity >= 0 }
}

/// The per-document tables the finder, attribution and resolution rules share.
struct TokenTable {
    let infos: [TokenInfo]
    let sentences: [Range<Int>]
    /// The paragraph of each sentence (see `paragraphBreak`).
    let paragraphOfSentence: [Int]
    let entities: [Entity]

    var count: Int { infos.count }
    subscript(token: Int) -> TokenInfo { infos[token] }

    init(_ document: Document) {
        var text = document.text
        let tokens = document.tokens
        var infos = [TokenInfo](repeating: TokenInfo(), count: tokens.count)
        var paragraphs: [Int] = []
        text.withUTF8 { bytes in
            for (index, token) in tokens.enumerated() {
                let start = max(0, min(token.span.start, bytes.count)), end = max(start, min(token.span.end, bytes.count))
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var info = TokenInfo()
                info.shape = Self.shape(slice)
                if let key = WordKey(slice), let lexeme = Lexicon.lookUp(key) { info.lexeme = lexeme }
                if let mark = QuotationMark(bytes: slice) {
                    info.mark = mark
                    info.shape = .punctuation
                }
                info.spaceBefore = start == 0 || Self.isSpace(bytes[start - 1])
                info.spaceAfter = end >= bytes.count || Self.isSpace(bytes[end])
                infos[index] = info
            }
            let breaks = document.sentences.indices.dropFirst().map { index in
                let gapStart = min(document.sentences[index - 1].span.end, bytes.count)
                let gapEnd = max(gapStart, min(document.sentences[index].span.start, bytes.count))
                return bytes[gapStart..<gapEnd].count { $0 == 0x0A }
            }
            let paragraphBreak = Self.paragraphBreak(breaks)
            var paragraph = 0
            for index in document.sentences.indices {
                if index > 0, breaks[index - 1] >= paragraphBreak { paragraph += 1 }
                paragraphs.append(paragraph)
            }
        }
        let sentenceRanges = Self.partition(document.sentences, tokenCount: tokens.count)
        if paragraphs.isEmpty && !sentenceRanges.isEmpty { paragraphs = [0] }
        for (index, sentence) in sentenceRanges.enumerated() {
            for token in sentence { infos[token].sentence = Int32(index) }
        }
        for (index, entity) in document.entities.enumerated() {
            for token in entity.tokens.clamped(to: 0..<tokens.count) { infos[token].entity = Int32(index) }
        }
        QuotationMark.resolveDirections(&infos, document: document)
        self.infos = infos
        self.sentences = sentenceRanges
        self.paragraphOfSentence = paragraphs
        self.entities = document.entities
    }

    // MARK: Questions the rules ask

    func sentence(of token: Int) -> Range<Int> { sentences[Int(infos[token].sentence)] }
    func paragraph(of token: Int) -> Int { paragraphOfSentence[Int(infos[token].sentence)] }
    func entity(at token: Int) -> Entity? { infos[token].isEntity ? entities[Int(infos[token].entity)] : nil }
    func isPerson(_ token: Int) -> Bool { entity(at: token)?.type == .person }
    func has(_ flags: WordFlags, _ token: Int) -> Bool { infos[token].flags.contains(flags) }
    func hasAny(_ flags: WordFlags, _ token: Int) -> Bool { !infos[token].flags.isDisjoint(with: flags) }
    func `is`(_ word: Word, _ token: Int) -> Bool { token >= 0 && token < count && infos[token].word == word }
    func shape(_ token: Int) -> Shape { infos[token].shape }

    /// A token that can be a speech verb here: not a name, not capitalized inside a sentence;
    /// a base or -s form only when no determiner or preposition before it makes it a noun ("a
    /// promise", "the reports").
    func cue(at token: Int) -> CueForm? {
        guard let cue = infos[token].cue, !infos[token].isEntity else { return nil }
        // A capital inside a sentence makes a name ("United States"), not a verb.
        if infos[token].shape.contains(.capitalized), token > 0, infos[token - 1].sentence == infos[token].sentence {
            return nil
        }
        if cue.kind == .base || cue.kind == .thirdPerson, token > 0 {
            let previous = infos[token - 1]
            if !previous.flags.isDisjoint(with: [.article, .demonstrative, .possessive, .preposition])
                && previous.word != .to || previous.word == .apostropheS {
                return nil
            }
        }
        return cue
    }

    /// A lowercase word that is not a closed-class word: a noun or adjective in a noun phrase.
    func isContentWord(_ token: Int) -> Bool {
        let info = infos[token]
        return info.shape.contains(.word) && info.shape.contains(.lowercase)
            && info.flags.isDisjoint(with: WordFlags.function.union(.determiner))
            && info.word == .other
    }

    /// An adverb that can stand between a subject and its verb ("also", "repeatedly").
    func isAdverb(_ token: Int) -> Bool {
        let info = infos[token]
        if info.flags.contains(.adverb) { return true }
        return info.shape.contains(.endsInLy) && info.shape.contains(.lowercase) && !info.flags.contains(.notAdverb)
            && info.cue == nil
    }

    // MARK: Building

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    /// The sentences' token ranges made to cover every token once, in order, whatever the
    /// input said (a token outside every sentence joins the next one, or the last; no sentences
    /// at all make one), so each token has exactly one sentence.
    private static func partition(_ sentences: [Sentence], tokenCount: Int) -> [Range<Int>] {
        guard tokenCount > 0 else { return sentences.map { _ in 0..<0 } }
        guard !sentences.isEmpty else { return [0..<tokenCount] }
        var ranges: [Range<Int>] = []
        var next = 0
        for sentence in sentences {
            let upper = max(next, min(sentence.tokens.upperBound, tokenCount))
            ranges.append(next..<upper)
            next = upper
        }
        ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<tokenCount
        return ranges
    }

    /// How many line breaks between two sentences begin a paragraph: a blank line when the
    /// text has any; else a line break, when some lines hold several sentences (a paragraph a
    /// line); else none (a sentence a line, as CoNLL files rebuild text: no paragraphs known).
    private static func paragraphBreak(_ newlinesBetweenSentences: [Int]) -> Int {
        if newlinesBetweenSentences.contains(where: { $0 >= 2 }) { return 2 }
        if newlinesBetweenSentences.contains(0) { return 1 }
        return Int.max
    }

    static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        guard let first = bytes.first, let last = bytes.last else { return [] }
        // — – … in text that was not normalized (read from CoNLL).
        if bytes.count == 3, first == 0xE2, bytes[1] == 0x80 {
            switch last {
            case 0x93, 0x94: return [.punctuation, .dash]
            case 0xA6: return [.punctuation, .sentenceFinal]
            default: break
            }
        }
        var shape: Shape = []
        if first >= 0x41 && first <= 0x5A { shape.insert(.capitalized) }
        if first >= 0x61 && first <= 0x7A { shape.insert(.lowercase) }
        var letters = 0, digits = 0, others = 0
        for byte in bytes {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: letters += 1
            case 0x30...0x39: digits += 1
            case 0x2D, 0x2E, 0x27: break  // - . ' inside words
            default: others += 1
            }
        }
        if digits > 0 { shape.insert(.hasDigit) }
        if letters > 0 && digits == 0 && others == 0 { shape.insert(.word) }
        if letters == 0 && digits == 0 {
            shape.insert(.punctuation)
            switch (bytes.count, first) {
            case (1, 0x2E), (1, 0x21), (1, 0x3F): shape.insert(.sentenceFinal)
            case (1, 0x2C): shape.insert(.comma)
            case (1, 0x3A): shape.insert(.colon)
            case (1, 0x3B): shape.insert(.semicolon)
            case (1, 0x2D), (2, 0x2D): shape.insert(.dash)
            case (1, 0x28), (1, 0x5B), (1, 0x7B): shape.insert(.openingBracket)
            default: if bytes.allSatisfy({ $0 == 0x2E }) { shape.insert(.sentenceFinal) }
            }
        }
        let lowered = last | 0x20
        if shape.contains(.word) {
            if lowered == 0x73 { shape.insert(.endsInS) }
            if bytes.count > 3 {
                let penultimate = bytes[bytes.count - 2] | 0x20
                if penultimate == 0x65 && lowered == 0x64 { shape.insert(.endsInEd) }
                if penultimate == 0x6C && lowered == 0x79 { shape.insert(.endsInLy) }
            }
            if bytes.count > 4 && bytes[bytes.count - 3] | 0x20 == 0x69 && bytes[bytes.count - 2] | 0x20 == 0x6E
                && lowered == 0x67 {
                shape.insert(.endsInIng)
            }
        }
        return shape
    }
}
