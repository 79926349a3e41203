/// The line breaks of hard-wrapped paragraphs: text broken at a fixed width ("fold -w 72",
/// e-mail, plain-text archives), where a line break is a space even before a capital
/// ("Prime Minister Nikol\nPashinyan"). A paragraph (lines between blank lines) is hard-wrapped
/// when it has at least `minimumLines` lines and every line but the last is as long as the
/// longest of them, less one word's room: `ragged` bytes, within `widths`. Headlines, datelines
/// and subheads over one-line paragraphs are not (their lengths differ), nor are short lines.
struct HardWrappedLines {
    static let minimumLines = 3
    static let widths = 40...100
    static let ragged = 15

    private var breaks: Set<Int> = []

    init(text: UTF8Text) {
        var lineStart = 0
        var lines: [Range<Int>] = []
        var offset = 0
        while offset <= text.count {
            if offset == text.count || text.bytes[offset] == UInt8(ascii: "\n") {
                let line = lineStart..<offset
                if text.skipSpaces(from: line.lowerBound, to: line.upperBound) == line.upperBound {
                    addBreaks(of: lines)  // a blank line closes the paragraph
                    lines = []
                } else {
                    lines.append(line)
                }
                lineStart = offset + 1
            }
            offset += 1
        }
        addBreaks(of: lines)  // and so does the end of the text
    }

    /// Whether the line break at `offset` is inside a hard-wrapped paragraph.
    func isWrapped(_ offset: Int) -> Bool { breaks.contains(offset) }

    private mutating func addBreaks(of lines: [Range<Int>]) {
        guard lines.count >= Self.minimumLines else { return }
        let wrapped = lines.dropLast()
        guard let width = wrapped.map(\.count).max(), Self.widths.contains(width),
              wrapped.allSatisfy({ $0.count >= width - Self.ragged }) else { return }
        for line in wrapped { breaks.insert(line.upperBound) }
    }
}
