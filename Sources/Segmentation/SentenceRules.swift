import BylineCore

/// The post-pass over ICU's sentence boundaries for news text.
///
/// ICU follows UAX #29 with a short abbreviation list. It misses titles and initials
/// ("Dr. Smith", "Jonas E. Smith", "the U.S. Government"), ends sentences at `?` or `!`
/// followed by a lowercase word (`"Why?" he asked.`, "Yahoo! in"), ends them inside an
/// ellipsis, does not see sentences run together without a space ("world.Today"), nor
/// inline lists ("1. The first item 2. The second item"), and treats every line break as a
/// boundary, even inside hard-wrapped paragraphs (`HardWrappedLines`). A blank line always
/// stays a boundary.
struct SentenceRules {
    let text: UTF8Text

    private static let period = UInt8(ascii: ".")
    private static let newline = UInt8(ascii: "\n")

    func sentences(fromICUBoundaries icu: [Int]) -> [TextSpan] {
        let list = ListMarkers(text: text)
        let wrapped = HardWrappedLines(text: text)
        var boundaries: [Int] = [0]
        for boundary in icu where boundary > 0 && boundary < text.count {
            if list.isInsideMarker(boundary) { continue }
            switch decide(boundary, sentenceStart: boundaries[boundaries.count - 1], wrapped: wrapped) {
            case .keep: boundaries.append(boundary)
            case .remove: break
            case .move(let position): boundaries.append(position)
            }
        }
        boundaries.append(contentsOf: runTogetherBoundaries())
        boundaries.append(contentsOf: list.boundaries)
        boundaries.append(text.count)
        return spans(between: Array(Set(boundaries)).sorted())
    }

    /// Trimmed, non-empty spans between sorted boundaries.
    func spans(between boundaries: [Int]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        for boundary in boundaries + [text.count] where boundary > start {
            let first = text.skipSpaces(from: start, to: boundary)
            let end = text.skipSpacesBackward(from: boundary, to: first)
            if first < end { spans.append(TextSpan(first, end)) }
            start = boundary
        }
        return spans
    }

    enum Decision: Equatable { case keep, remove, move(Int) }

    func decide(_ boundary: Int, sentenceStart: Int, wrapped: HardWrappedLines) -> Decision {
        let end = text.skipSpacesBackward(from: boundary, to: sentenceStart)
        let next = text.skipSpaces(from: boundary, to: text.count)
        guard end > sentenceStart, next < text.count else { return .keep }
        let newlines = text.slice(end, next).lazy.filter { $0 == Self.newline }.count
        if newlines >= 2 { return .keep }

        let terminalEnd = skipClosers(backwardFrom: end, to: sentenceStart)
        guard terminalEnd > sentenceStart else { return .keep }
        let terminal = text[terminalEnd - 1]
        let nextLetter = skipOpeners(from: next)
        switch terminal {
        case Self.period:
            return decideAfterPeriod(at: terminalEnd - 1, next: nextLetter, sentenceStart: sentenceStart)
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            // `"Why?" he asked.` and "Yahoo! in the accounting department" go on.
            return nextLetter < text.count && text.isLowercase(at: nextLetter) ? .remove : .keep
        case UInt8(ascii: ":"), UInt8(ascii: ";"):
            return .keep
        default:
            // A line break with no punctuation before it: a paragraph wrapped at a fixed width
            // goes on; another goes on when its sentence began with a capital and the next line
            // starts in lowercase.
            if newlines == 1, let lineBreak = text.slice(end, next).firstIndex(of: Self.newline), wrapped.isWrapped(lineBreak) {
                return .remove
            }
            guard newlines == 1, nextLetter < text.count, text.isLowercase(at: nextLetter) else { return .keep }
            let first = skipOpeners(from: text.skipSpaces(from: sentenceStart, to: end))
            return first < end && (text.isUppercase(at: first) || text.isDigit(text[first])) ? .remove : .keep
        }
    }

    private func decideAfterPeriod(at period: Int, next: Int, sentenceStart: Int) -> Decision {
        let dots = ellipsis(endingAt: period, from: sentenceStart)
        if dots.count == 3 { return .remove }  // an omission mark; a sentence-final ellipsis has four dots
        if dots.count >= 4 {
            // "compounds. . . . The": a full stop on the word, then an ellipsis that opens the
            // next sentence; ". . . ." or "....": an ellipsis, then the full stop.
            let first = dots.first
            let spaced = text[first + 1] != Self.period
            if spaced && first > sentenceStart && !text.isSpace(at: text.previous(before: first)) {
                return .move(first + 1)
            }
            return .keep
        }
        guard dots.count == 1, next < text.count else { return .keep }
        let wordStart = skipOpeners(from: text.chunkStart(before: period, from: sentenceStart))
        guard wordStart < period, let kind = Abbreviations.kind(of: text.slice(wordStart, period)) else { return .keep }

        let nextIsUpper = text.isUppercase(at: next)
        let nextIsDigit = text.isDigit(text[next])
        switch kind {
        case .title:
            return nextIsUpper || nextIsDigit ? .remove : .keep
        case .numberLabel:
            return nextIsDigit ? .remove : .keep
        case .abbreviation, .initialism:
            if nextIsDigit { return .remove }
            return nextIsUpper && !startsSentence(at: next) ? .remove : .keep
        case .initial:
            guard nextIsUpper else { return .keep }
            if previousWordIsCapitalized(before: wordStart, from: sentenceStart) { return .remove }
            let letter = text[wordStart] | 0x20
            let isWord = letter == UInt8(ascii: "i") || letter == UInt8(ascii: "a")
            return !isWord && !startsSentence(at: next) ? .remove : .keep
        case .ambiguous:
            return .keep
        }
    }

    /// Whether the word at `offset` is one that usually opens a sentence ("How", "It", "The").
    private func startsSentence(at offset: Int) -> Bool {
        var end = offset
        while end < text.count && Abbreviations.isASCIILetter(text[end]) { end += 1 }
        return SentenceStarters.contains(text.slice(offset, end))
    }

    private func previousWordIsCapitalized(before offset: Int, from start: Int) -> Bool {
        let end = text.skipSpacesBackward(from: offset, to: start)
        guard end > start, end < offset else { return false }
        let wordStart = skipOpeners(from: text.chunkStart(before: end, from: start))
        return wordStart < end && text.isUppercase(at: wordStart)
    }

    /// The dots of an ellipsis ending at `period`, written "..." or ". . .".
    private func ellipsis(endingAt period: Int, from start: Int) -> (count: Int, first: Int) {
        var count = 1
        var first = period
        var position = period
        while position > start {
            if text[position - 1] == Self.period {
                position -= 1
            } else if position - 2 >= start && text[position - 1] == 0x20 && text[position - 2] == Self.period {
                position -= 2
            } else {
                break
            }
            count += 1
            first = position
        }
        return (count, first)
    }

    /// Sentences written together with no space: "Hello world.Today is Tuesday.Mr. Smith ...
    /// 1,000.That is a lot." The chunk must not be an address ("Jane.Doe@example.com", URLs).
    private func runTogetherBoundaries() -> [Int] {
        var boundaries: [Int] = []
        var position = 2
        while position + 2 < text.count {
            defer { position += 1 }
            guard text[position] == Self.period else { continue }
            let before = text[position - 1], after = text[position + 1]
            guard before >= 0x61 && before <= 0x7A || text.isDigit(before),
                  after >= 0x41 && after <= 0x5A,
                  text[position + 2] >= 0x61 && text[position + 2] <= 0x7A,
                  text.isLowercase(at: position - 2) || text.isDigit(text[position - 2]) || text[position - 2] == 0x2C
            else { continue }
            let chunk = text.slice(text.chunkStart(before: position, from: 0), text.chunkEnd(from: position, to: text.count))
            if chunk.contains(UInt8(ascii: "@")) || chunk.contains(UInt8(ascii: "/")) { continue }
            boundaries.append(position + 1)
        }
        return boundaries
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
    }

    /// Steps back over closing quotes and brackets (ASCII once the normalizer folds them;
    /// typographic ones too, for text that was not folded).
    private func skipClosers(backwardFrom offset: Int, to start: Int) -> Int {
        var position = offset
        while position > start {
            let previous = text.previous(before: position)
            let scalar = text.scalar(at: previous)
            guard scalar.isASCII ? Self.isCloser(text[previous]) : "”’»›".unicodeScalars.contains(scalar) else { break }
            position = previous
        }
        return position
    }

    /// Steps over opening quotes and brackets, ASCII or typographic, to the first letter of a word.
    private func skipOpeners(from offset: Int) -> Int {
        var position = offset
        while position < text.count {
            let scalar = text.scalar(at: position)
            guard scalar.isASCII ? Self.isOpener(text[position]) : "“‘«‹„".unicodeScalars.contains(scalar) else { break }
            position = text.next(after: position)
        }
        return position
    }
}
