import BylineCore

/// Which family of marks a quotation uses; a quotation closes with a mark of its own family.
enum MarkStyle: UInt8, Sendable {
    case double, single, guillemet, singleGuillemet
}

/// Which way a mark faces. Straight marks (`"`, `'`) face either way until their spacing or
/// pairing decides.
enum MarkDirection: UInt8, Sendable {
    case opening, closing, either
}

/// A token that is a quotation mark (or, for a single straight or right quote, may be an
/// apostrophe: the finder decides by pairing).
struct QuotationMark: Hashable, Sendable {
    var style: MarkStyle
    var direction: MarkDirection

    /// The mark a token's bytes spell, if any. In normalized text typographic quotes arrive
    /// folded to `"` and `'`, and their direction is read from the source afterwards; text read
    /// from CoNLL keeps them as written.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first, bytes.count <= 3 else { return nil }
        let second = bytes.count > 1 ? bytes[1] : 0, third = bytes.count > 2 ? bytes[2] : 0
        switch (bytes.count, first, second, third) {
        case (1, 0x22, _, _): (style, direction) = (.double, .either)                    // "
        case (1, 0x27, _, _): (style, direction) = (.single, .either)                    // '
        case (2, 0x60, 0x60, _): (style, direction) = (.double, .opening)                // ``
        case (2, 0x27, 0x27, _): (style, direction) = (.double, .closing)                // ''
        case (1, 0x60, _, _): (style, direction) = (.single, .opening)                   // `
        case (2, 0xC2, 0xAB, _): (style, direction) = (.guillemet, .opening)             // «
        case (2, 0xC2, 0xBB, _): (style, direction) = (.guillemet, .closing)             // »
        case (3, 0xE2, 0x80, 0x9C), (3, 0xE2, 0x80, 0x9E), (3, 0xE2, 0x80, 0x9F):
            (style, direction) = (.double, .opening)                                      // “ „ ‟ (text not normalized)
        case (3, 0xE2, 0x80, 0x9D): (style, direction) = (.double, .closing)             // ”
        case (3, 0xE2, 0x80, 0x98), (3, 0xE2, 0x80, 0x9A), (3, 0xE2, 0x80, 0x9B):
            (style, direction) = (.single, .opening)                                      // ‘ ‚ ‛
        case (3, 0xE2, 0x80, 0x99): (style, direction) = (.single, .closing)             // ’
        case (3, 0xE2, 0x80, 0xB9): (style, direction) = (.singleGuillemet, .opening)    // ‹
        case (3, 0xE2, 0x80, 0xBA): (style, direction) = (.singleGuillemet, .closing)    // ›
        default: return nil
        }
    }

    /// Sets the direction of straight-looking marks: from the source character when it was
    /// typographic (“ ” ‘ ’ „ ‚), else from the spacing around the mark. A mark with space (or
    /// an opening bracket, or a sentence start) before and a word right after opens; one
    /// written against the word before and followed by space or punctuation closes.
    static func resolveDirections(_ infos: inout [TokenInfo], document: Document) {
        for index in infos.indices {
            guard let mark = infos[index].mark, mark.direction == .either else { continue }
            if let direction = sourceDirection(document.sourceText(document.tokens[index].span)) {
                infos[index].mark?.direction = direction
                continue
            }
            let sentence = infos[index].sentence
            let first = index == 0 || infos[index - 1].sentence != sentence
            let last = index == infos.count - 1 || infos[index + 1].sentence != sentence
            var freeBefore = first || infos[index].spaceBefore
            if !freeBefore {
                let previous = infos[index - 1]
                freeBefore = previous.shape.contains(.openingBracket) || previous.shape.contains(.dash)
                    || previous.mark?.direction == .opening
            }
            var freeAfter = last || infos[index].spaceAfter
            if !freeAfter {
                let next = infos[index + 1]
                freeAfter = next.shape.contains(.punctuation) && !next.shape.contains(.openingBracket)
                    && next.mark == nil || next.mark?.direction == .closing
            }
            if freeBefore && !freeAfter {
                infos[index].mark?.direction = .opening
            } else if freeAfter && !freeBefore {
                infos[index].mark?.direction = .closing
            }
        }
    }

    private static func sourceDirection(_ source: Substring) -> MarkDirection? {
        switch source.unicodeScalars.first?.value {
        case 0x201C, 0x201E, 0x201F, 0x2018, 0x201A, 0x201B: .opening  // “ „ ‟ ‘ ‚ ‛
        case 0x201D, 0x2019: .closing                                  // ” ’
        default: nil
        }
    }
}
