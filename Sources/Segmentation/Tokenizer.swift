import BylineCore

/// Splits each sentence into tokens the way CoNLL-2003 and the Penn Treebank do.
///
/// Written by hand over UTF-8 bytes rather than on ICU's word iterator: ICU breaks
/// "Nagorno-Karabakh", "U.S." and e-mail addresses apart and keeps "don't" whole, which is the
/// opposite of what these conventions want, and a byte scanner is several times faster.
/// Rules, in the order they are tried at each position:
/// - URLs (`http://`, `https://`, `www.`), e-mail addresses and @handles stay whole;
/// - a word runs over letters, digits and marks, and over `-` `.` `,` `/` `&` `'` when a
///   letter or digit follows (Nagorno-Karabakh, 100,000, 3.5, 3/4, AT&T, O'Brien, 1990s);
/// - clitics split off as in CoNLL-2003: `'s` `'m` `'re` `'ve` `'ll` `'d` and `n't`
///   (don't → do n't, can't → ca n't); `'90s` stays one token;
/// - a period stays on an abbreviation (U.S., Mr., Dec., Inc., initials) unless it is an
///   ordinary word ending its sentence ("said no.");
/// - runs of `.` (an ellipsis), `-` (a dash), and of `!`/`?` are one token;
/// - every other punctuation mark or symbol is a token of its own.
public struct Tokenizer: Stage {
    public init() {}

    public var name: String { "tokens" }
    public var requires: Set<Layer> { [.text, .sentences] }
    public var produces: Set<Layer> { [.tokens] }

    public func process(_ document: inout Document) throws {
        var text = document.text
        var sentences = document.sentences
        let tokens = text.withUTF8 { bytes in
            var scanner = TokenScanner(text: UTF8Text(bytes: bytes))
            for index in sentences.indices {
                let first = scanner.tokens.count
                scanner.scan(sentences[index].span)
                sentences[index].tokens = first..<scanner.tokens.count
            }
            return scanner.tokens
        }
        document.tokens = tokens
        document.sentences = sentences
    }

    /// Token spans of a text taken as one sentence.
    public func tokenize(_ text: String) -> [TextSpan] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = TokenScanner(text: UTF8Text(bytes: bytes))
            scanner.scan(TextSpan(0, bytes.count))
            return scanner.tokens.map(\.span)
        }
    }
}

/// The byte scanner behind `Tokenizer`.
struct TokenScanner {
    let text: UTF8Text
    private(set) var tokens: [Token] = []

    init(text: UTF8Text) {
        self.text = text
        tokens.reserveCapacity(text.count / 5)
    }

    private static let period = UInt8(ascii: "."), apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-")

    mutating func scan(_ sentence: TextSpan) {
        var position = sentence.start
        let end = sentence.end
        while position < end {
            if text.isSpace(at: position) {
                position = text.next(after: position)
                continue
            }
            let tokenEnd = nextToken(at: position, sentenceEnd: end)
            tokens.append(Token(span: TextSpan(position, tokenEnd)))
            position = tokenEnd
        }
    }

    /// The end of the token that starts at `start`.
    private func nextToken(at start: Int, sentenceEnd end: Int) -> Int {
        let chunkEnd = text.chunkEnd(from: start, to: end)
        let byte = text[start]
        if Self.mayStartAddress(byte) || text.slice(start, chunkEnd).contains(UInt8(ascii: "@")),
           let address = address(at: start, chunkEnd: chunkEnd) {
            return address
        }
        if text.isWordCharacter(at: start) { return word(at: start, end: chunkEnd, sentenceEnd: end) }
        switch byte {
        case Self.apostrophe:
            if let clitic = clitic(at: start, end: chunkEnd) { return clitic }
            // '90s
            if start + 2 < chunkEnd && text.isDigit(text[start + 1]) && text.isDigit(text[start + 2]) {
                return word(at: start + 1, end: chunkEnd, sentenceEnd: end)
            }
            return run(of: byte, from: start, end: chunkEnd)
        case Self.period, Self.hyphen, UInt8(ascii: "`"):
            return run(of: byte, from: start, end: chunkEnd)
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            var position = start + 1
            while position < chunkEnd && (text[position] == UInt8(ascii: "!") || text[position] == UInt8(ascii: "?")) {
                position += 1
            }
            return position
        default:
            return symbol(at: start)
        }
    }

    /// A word: letters, digits and marks, joined by inner punctuation that a letter or digit follows.
    private func word(at start: Int, end: Int, sentenceEnd: Int) -> Int {
        if isNegation(at: start, end: end) { return start + 3 }
        var position = text.next(after: start)
        while position < end {
            if text.isWordCharacter(at: position) {
                position = text.next(after: position)
                continue
            }
            let byte = text[position]
            let following = text.next(after: position)
            guard following < end, text.isWordCharacter(at: following) else { break }
            let previous = text[position - 1]
            switch byte {
            case Self.apostrophe:
                // "n't" leaves its "n" to the clitic; "'s" and friends split before the apostrophe.
                if (previous | 0x20) == UInt8(ascii: "n"), isNegation(at: position - 1, end: end) {
                    return position - 1
                }
                if clitic(at: position, end: end) != nil { return position }
            case UInt8(ascii: ","):
                // Thousands separators only: 100,000.
                guard text.isDigit(previous), text.isDigit(text[position + 1]) else { return finish(position, start, sentenceEnd) }
            case Self.hyphen, Self.period, UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "_"):
                break
            default:
                return finish(position, start, sentenceEnd)
            }
            position += 1
        }
        return finish(position, start, sentenceEnd)
    }

    /// Whether "n't" starts at `offset` and ends the word.
    private func isNegation(at offset: Int, end: Int) -> Bool {
        guard offset + 3 <= end, text[offset + 1] == Self.apostrophe, (text[offset + 2] | 0x20) == UInt8(ascii: "t") else {
            return false
        }
        return offset + 3 == end || !text.isWordCharacter(at: offset + 3)
    }

    /// Takes the period after a word when the word is an abbreviation that keeps it.
    private func finish(_ wordEnd: Int, _ start: Int, _ sentenceEnd: Int) -> Int {
        guard wordEnd < sentenceEnd, text[wordEnd] == Self.period,
              wordEnd + 1 == sentenceEnd || text[wordEnd + 1] != Self.period,  // not an ellipsis
              let kind = Abbreviations.kind(of: text.slice(start, wordEnd))
        else { return wordEnd }
        let endsSentence = text.skipSpacesBackward(from: sentenceEnd, to: wordEnd + 1) <= wordEnd + 1
            || onlyClosersFollow(wordEnd + 1, sentenceEnd)
        switch kind {
        case .title, .abbreviation, .initialism: return wordEnd + 1
        case .initial, .numberLabel, .ambiguous: return endsSentence ? wordEnd : wordEnd + 1
        }
    }

    private func onlyClosersFollow(_ offset: Int, _ end: Int) -> Bool {
        text.slice(offset, end).allSatisfy {
            $0 == UInt8(ascii: "\"") || $0 == Self.apostrophe || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: " ")
        }
    }

    /// "'s", "'m", "'re", "'ve", "'ll", "'d" (any case) at `offset`, followed by no letter.
    private func clitic(at offset: Int, end: Int) -> Int? {
        guard text[offset] == Self.apostrophe, offset > 0, text.isWordCharacter(at: offset - 1) || isWordEnd(offset) else {
            return nil
        }
        var letters = offset + 1
        while letters < end && Abbreviations.isASCIILetter(text[letters]) && letters - offset <= 2 { letters += 1 }
        guard letters == end || !text.isWordCharacter(at: letters) else { return nil }
        switch String(decoding: text.slice(offset + 1, letters).map { $0 | 0x20 }, as: UTF8.self) {
        case "s", "m", "re", "ve", "ll", "d": return letters
        default: return nil
        }
    }

    /// Whether the token before `offset` is a word with its abbreviation period ("Jr.'s").
    private func isWordEnd(_ offset: Int) -> Bool {
        offset > 1 && text[offset - 1] == Self.period && text.isWordCharacter(at: text.previous(before: offset - 1))
    }

    /// h(ttp), w(ww), @handle, #hashtag.
    private static func mayStartAddress(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "@"), UInt8(ascii: "#"): true
        default: false
        }
    }

    /// URLs, e-mail addresses and @handles, whole; trailing sentence punctuation is left off.
    private func address(at start: Int, chunkEnd: Int) -> Int? {
        let chunk = text.slice(start, chunkEnd)
        var end: Int
        if startsWith(chunk, "http://") || startsWith(chunk, "https://") || startsWith(chunk, "www.") {
            end = chunkEnd
        } else if text[start] == UInt8(ascii: "@") || text[start] == UInt8(ascii: "#") {
            end = start + 1
            while end < chunkEnd && (text.isWordCharacter(at: end) || text[end] == UInt8(ascii: "_")) { end = text.next(after: end) }
            return end > start + 1 ? end : nil
        } else if let at = chunk.firstIndex(of: UInt8(ascii: "@")), at > start, isEmailLocalPart(start, at),
                  text.slice(at, chunkEnd).contains(Self.period) {
            end = chunkEnd
        } else {
            return nil
        }
        // Leave off what ends a sentence or closes a bracket or quote around the address.
        while end > start + 1, let last = Optional(text[end - 1]),
              ".,;:!?\"')]}>".utf8.contains(last) {
            end -= 1
        }
        return end
    }

    private func isEmailLocalPart(_ start: Int, _ at: Int) -> Bool {
        text.slice(start, at).allSatisfy {
            Abbreviations.isASCIILetter($0) || text.isDigit($0) || "._%+-".utf8.contains($0)
        }
    }

    private func startsWith(_ chunk: Slice<UnsafeBufferPointer<UInt8>>, _ prefix: String) -> Bool {
        chunk.count > prefix.utf8.count && zip(chunk, prefix.utf8).allSatisfy { ($0 | 0x20) == $1 }
    }

    private func run(of byte: UInt8, from start: Int, end: Int) -> Int {
        var position = start + 1
        while position < end && text[position] == byte { position += 1 }
        return position
    }

    /// One punctuation mark or symbol, with any combining marks on it.
    private func symbol(at start: Int) -> Int {
        var position = text.next(after: start)
        while position < text.count && text[position] >= 0x80 {
            switch text.scalar(at: position).properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: position = text.next(after: position)
            default: return position
            }
        }
        return position
    }
}
