import BylineCore

/// How a token begins: enough to tell words, capitalized words and numbers apart.
enum Shape: UInt8 {
    case lower, capitalized, upper, digit, other

    var isWord: Bool { self == .lower || self == .capitalized || self == .upper }
}

/// What the number stage needs to know of one token, computed once per document.
struct TokenFacts {
    var start: Int
    var end: Int
    var word: WordID
    /// The word's roles, copied here so the hot loop never touches the lexicon.
    var roles: WordRoles
    var shape: Shape
    /// White space, or the start of the text, separates it from the previous token.
    var spaceBefore: Bool
    /// The index in `Document.entities` of the entity the token is part of, or -1.
    var entity: Int32
}

/// The tokens of a document as the scanner reads them: byte spans, shapes, lexicon ids and
/// the entity each token is part of.
struct TokenTable {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var facts: [TokenFacts]
    let entities: [Entity]

    init(_ document: Document, bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        self.bytes = bytes
        var facts: [TokenFacts] = []
        facts.reserveCapacity(document.tokens.count)
        var previousEnd = -1
        for token in document.tokens {
            let start = token.span.start, end = token.span.end
            let shape = Self.shape(bytes, start, end)
            var word = noWord
            if shape.isWord || (start < end && (bytes[start] >= 0x80 || bytes[start] == UInt8(ascii: "$"))) {
                word = lexicon.lookup(bytes, start, end)
            }
            var roles = word == noWord ? [] : lexicon.words[Int(word)].roles
            if word == noWord, shape.isWord {
                roles = Self.firstPieceStartRoles(bytes, start, end, lexicon)
                if lexicon.concatenatedTens(bytes, start, end) != nil
                    || lexicon.currencyGluedToDigits(bytes, start, end) != nil { roles.insert(.starter) }
                if DigitReader.fiscalYear(bytes, start, end) != nil { roles.insert(.timeStart) }
            }
            facts.append(TokenFacts(start: start, end: end, word: word, roles: roles, shape: shape,
                                    spaceBefore: previousEnd < start, entity: -1))
            previousEnd = end
        }
        for (number, entity) in document.entities.enumerated() {
            for index in entity.tokens where index >= 0 && index < facts.count { facts[index].entity = Int32(number) }
        }
        self.facts = facts
        entities = document.entities
    }

    /// "thirty-two", "three-quarters", "five-year-old", "mid-November", "third-quarter": a
    /// hyphenated word whose first piece is a number or time word can begin a mention although
    /// the lexicon does not hold the whole word.
    private static func firstPieceStartRoles(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                             _ lexicon: Lexicon) -> WordRoles {
        var hyphen = start
        while hyphen < end, bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen > start, hyphen < end else { return [] }
        let first = lexicon.lookup(bytes, start, hyphen)
        return first == noWord ? [] : lexicon.words[Int(first)].roles.intersection([.starter, .timeStart])
    }

    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Shape {
        guard start < end else { return .other }
        let first = bytes[start]
        if first &- 48 < 10 { return .digit }
        if first &- 97 < 26 { return .lower }
        if first &- 65 < 26 {
            guard end - start > 1 else { return .capitalized }
            let second = bytes[start + 1]
            return second &- 65 < 26 || second == UInt8(ascii: ".") ? .upper : .capitalized
        }
        if first == UInt8(ascii: "'"), end - start > 1, bytes[start + 1] &- 48 < 10 { return .digit }
        return .other
    }

    @inline(__always) subscript(index: Int) -> TokenFacts { facts[index] }

    /// The entity a token is part of, if any.
    func entity(_ index: Int) -> Entity? {
        let number = facts[index].entity
        return number < 0 ? nil : entities[Int(number)]
    }

    /// The token is exactly this one ASCII character.
    @inline(__always)
    func isByte(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        let token = facts[index]
        return token.end - token.start == 1 && bytes[token.start] == UInt8(ascii: character)
    }

    /// The token is a minus sign: "-" or U+2212.
    func isMinus(_ index: Int) -> Bool {
        let token = facts[index]
        if isByte(index, "-") { return true }
        return token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x88
            && bytes[token.start + 2] == 0x92
    }

    /// The token is a dash between two numbers: "-", "--" (a folded em dash) or "to".
    func isDash(_ index: Int) -> Bool {
        let token = facts[index]
        let length = token.end - token.start
        guard length == 1 || length == 2 else { return false }
        for offset in token.start..<token.end where bytes[offset] != UInt8(ascii: "-") { return false }
        return true
    }

    func length(_ index: Int) -> Int { facts[index].end - facts[index].start }

    /// The token ends with these lowercase ASCII letters.
    func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
        let token = facts[index]
        let count = suffix.utf8CodeUnitCount
        guard token.end - token.start > count else { return false }
        return suffix.withUTF8Buffer { suffixBytes in
            for offset in 0..<count where bytes[token.end - count + offset] != suffixBytes[offset] { return false }
            return true
        }
    }
}
