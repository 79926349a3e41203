/// HTML text from untrusted input: every character that could end a text run or an attribute
/// value (`& < > " '`) written as a character reference, so input text never becomes markup.
public enum HTMLText {
    public static func escaped<Text: StringProtocol>(_ text: Text) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// An element to put around a range of a text: an entity, a number, a quote's part, a speaker.
public struct MarkedSpan: Sendable {
    /// UTF-8 offsets into the text; they must fall on scalar boundaries.
    public var range: Range<Int>
    public var tag: String
    /// Which of two spans over the same range is outside: the lower rank.
    public var rank: Int
    /// Written on every fragment of the span (names are the renderer's, values are escaped).
    public var attributes: [(name: String, value: String)]
    /// Written on the span's first fragment only, so ids stay unique when a span is split.
    public var id: String?
    /// Shown after the span's end (an empty element with `data-label`, drawn by CSS, so the
    /// page's text stays exactly the document's text).
    public var label: String?

    public init(range: Range<Int>, tag: String = "span", rank: Int, attributes: [(name: String, value: String)],
                id: String? = nil, label: String? = nil) {
        self.range = range
        self.tag = tag
        self.rank = rank
        self.attributes = attributes
        self.id = id
        self.label = label
    }
}

/// Writes a text with elements around spans that may nest or overlap in any way, as
/// well-formed HTML: spans open outermost first (earlier start, then later end, then lower
/// rank), and where a span ends while spans opened inside it are still open, those are closed
/// and opened again after it (split into fragments), so every element closes inside its parent.
public enum NestedMarkup {
    public static func render(_ text: String, spans: [MarkedSpan]) -> String {
        let utf8 = Array(text.utf8)
        let spans = spans.enumerated()
            .filter { !$0.element.range.isEmpty && $0.element.range.lowerBound >= 0 && $0.element.range.upperBound <= utf8.count }
            .sorted { ($0.element.range.lowerBound, -$0.element.range.upperBound, $0.element.rank, $0.offset)
                    < ($1.element.range.lowerBound, -$1.element.range.upperBound, $1.element.rank, $1.offset) }
            .map(\.element)
        var boundaries = Set([utf8.count])
        for span in spans { boundaries.formUnion([span.range.lowerBound, span.range.upperBound]) }
        var output = ""
        output.reserveCapacity(utf8.count * 2)
        var open: [Int] = []  // indexes into `spans`, outermost first
        var opened = [Bool](repeating: false, count: spans.count)
        var nextToOpen = 0
        var position = 0

        func openTag(_ index: Int) {
            let span = spans[index]
            output += "<" + span.tag
            if !opened[index], let id = span.id { output += " id=\"\(HTMLText.escaped(id))\"" }
            for attribute in span.attributes { output += " \(attribute.name)=\"\(HTMLText.escaped(attribute.value))\"" }
            output += ">"
            opened[index] = true
            open.append(index)
        }

        for boundary in boundaries.sorted() {
            output += HTMLText.escaped(String(decoding: utf8[position..<boundary], as: UTF8.self))
            position = boundary
            if let outermostEnding = open.firstIndex(where: { spans[$0].range.upperBound == boundary }) {
                let closed = open[outermostEnding...]
                open.removeSubrange(outermostEnding...)
                for index in closed.reversed() {
                    let span = spans[index]
                    if span.range.upperBound == boundary, let label = span.label {
                        output += "<span class=\"label\" data-label=\"\(HTMLText.escaped(label))\"></span>"
                    }
                    output += "</\(span.tag)>"
                }
                for index in closed where spans[index].range.upperBound > boundary { openTag(index) }
            }
            while nextToOpen < spans.count && spans[nextToOpen].range.lowerBound == boundary {
                openTag(nextToOpen)
                nextToOpen += 1
            }
        }
        return output
    }
}
