/// Inline enumerations: "1. The first item 2. The second item", "a) ... b) ...", "• 9. ... • 10. ...".
///
/// A marker counts only when the next marker of the same style and the next value follows in
/// the same paragraph, so a lone "2." at the end of a sentence is not taken for a list.
/// Each item starts a sentence, and no boundary falls inside a marker ("1." is not a sentence).
struct ListMarkers {
    enum Style: Equatable { case number(String), letter(String) }

    struct Marker {
        /// Where the item starts: the bullet in front of the marker, if any, else the marker.
        var start: Int
        /// Just past the marker and its spaces: where the item's text begins.
        var textStart: Int
        var value: Int
        var style: Style
        var paragraph: Int
    }

    private(set) var boundaries: [Int] = []
    private var insideMarkers: [Range<Int>] = []

    init(text: UTF8Text) {
        let markers = Self.candidates(in: text)
        var inList = [Bool](repeating: false, count: markers.count)
        for (index, marker) in markers.enumerated() {
            // The following marker of the same style, in the same paragraph, with the next value.
            guard let follower = markers[(index + 1)...].first(where: { $0.style == marker.style }),
                  follower.paragraph == marker.paragraph, follower.value == marker.value + 1,
                  let followerIndex = markers.firstIndex(where: { $0.start == follower.start })
            else { continue }
            inList[index] = true
            inList[followerIndex] = true
        }
        for (marker, listed) in zip(markers, inList) where listed {
            boundaries.append(marker.start)
            insideMarkers.append((marker.start + 1)..<(marker.textStart + 1))
        }
    }

    /// Whether an ICU boundary falls inside a list marker or just after it.
    func isInsideMarker(_ boundary: Int) -> Bool {
        insideMarkers.contains { $0.contains(boundary) }
    }

    private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "•" || scalar == "⁃" || scalar == "◦" || scalar == "▪" || scalar == "‣"
    }

    /// Every place that looks like a marker: after a space, a bullet or the start of the text,
    /// "12." "12.)" "12)" or "b." "b)" followed by a space.
    private static func candidates(in text: UTF8Text) -> [Marker] {
        var markers: [Marker] = []
        var paragraph = 0
        var position = 0
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: "\n") && position + 1 < text.count {
                let next = text.skipSpaces(from: position + 1, to: text.count)
                if text.slice(position + 1, next).contains(UInt8(ascii: "\n")) { paragraph += 1 }
            }
            // A marker starts a word with a digit or a lowercase letter, and "." or ")" follows
            // within four bytes. Cheap byte tests first: this runs on every byte.
            let previous = position == 0 ? 0x20 : text[position - 1]
            let atWordStart = previous == 0x20 || previous == 0x0A || previous == 0x09
                || previous >= 0x80 && (text.isSpace(at: text.previous(before: position))
                                        || isBullet(text.scalar(at: text.previous(before: position))))
            let couldBeMarker = atWordStart && (text.isDigit(byte) || byte >= 0x61 && byte <= 0x7A)
                && (position + 1..<min(position + 5, text.count)).contains {
                    text[$0] == UInt8(ascii: ".") || text[$0] == UInt8(ascii: ")")
                }
            if couldBeMarker, var marker = marker(in: text, at: position, paragraph: paragraph) {
                marker.start = bulletStart(in: text, before: position) ?? position
                markers.append(marker)
                position = marker.textStart
                continue
            }
            position = text.next(after: position)
        }
        return markers
    }

    private static func marker(in text: UTF8Text, at start: Int, paragraph: Int) -> Marker? {
        var position = start
        var value = 0
        var label = ""
        while position < text.count && text.isDigit(text[position]) && position - start < 3 {
            value = value * 10 + Int(text[position] - 0x30)
            position += 1
        }
        let isNumber = position > start
        if !isNumber {
            let byte = text[position]
            guard byte >= 0x61 && byte <= 0x7A else { return nil }
            value = Int(byte - 0x60)
            position += 1
        }
        while position < text.count && (text[position] == UInt8(ascii: ".") || text[position] == UInt8(ascii: ")")) {
            label.append(Character(Unicode.Scalar(text[position])))
            position += 1
            if label.count == 2 { break }
        }
        guard label == "." || label == ")" || label == ".)" else { return nil }
        guard position < text.count, text.isSpace(at: position) else { return nil }
        let textStart = text.skipSpaces(from: position, to: text.count)
        guard textStart < text.count, text.isUppercase(at: textStart) else { return nil }
        return Marker(start: start, textStart: textStart, value: value,
                      style: isNumber ? .number(label) : .letter(label), paragraph: paragraph)
    }

    /// The bullet before a marker ("• 9." or "⁃9."), if there is one.
    private static func bulletStart(in text: UTF8Text, before marker: Int) -> Int? {
        guard marker > 0 else { return nil }
        let end = text.skipSpacesBackward(from: marker, to: 0)
        guard end > 0 else { return nil }
        let bullet = text.previous(before: end)
        return isBullet(text.scalar(at: bullet)) ? bullet : nil
    }
}
