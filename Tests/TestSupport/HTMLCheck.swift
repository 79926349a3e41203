import Foundation

/// Reads the HTML Byline writes (its own markup, not HTML in general): checks that every element
/// closes inside its parent, and gives the text with the elements open over each of its bytes.
public struct HTMLCheck {
    public struct Element {
        public var tag: String
        public var attributes: [String: String]
    }

    /// The text as a browser shows it: character references decoded, tags removed.
    public private(set) var text = ""
    /// For each UTF-8 byte of `text`, the elements open over it, outermost first.
    public private(set) var openOver: [[Element]] = []
    /// Every element, in document order.
    public private(set) var elements: [Element] = []
    /// What is wrong with the markup, nil when it is well formed.
    public private(set) var problem: String?

    static let voidTags: Set<String> = ["meta", "br", "img", "input", "link", "hr", "!doctype"]

    public init(_ html: String) {
        var open: [Element] = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            append(rest[..<start], open)
            guard let end = rest[start...].firstIndex(of: ">") else { problem = "an unclosed tag"; return }
            let inside = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if inside.hasPrefix("/") {
                let tag = inside.dropFirst().lowercased()
                guard let last = open.popLast(), last.tag == tag else { problem = "</\(tag)> closes what it did not open"; return }
                continue
            }
            let element = Self.element(inside)
            elements.append(element)
            if Self.voidTags.contains(element.tag) { continue }
            open.append(element)
            if element.tag == "script" || element.tag == "style", let close = rest.range(of: "</\(element.tag)>") {
                rest = rest[close.lowerBound...]  // their text is code, not page text
            }
        }
        append(rest, open)
        if !open.isEmpty { problem = "<\(open.last!.tag)> never closed" }
    }

    private mutating func append(_ raw: Substring, _ open: [Element]) {
        let decoded = Self.decoded(raw)
        text += decoded
        openOver += Array(repeating: open, count: decoded.utf8.count)
    }

    static func decoded(_ raw: Substring) -> String {
        raw.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `tag name="value" ...` (values in double quotes, as Byline and Chromium's serializer write them).
    static func element(_ inside: Substring) -> Element {
        let name = inside.prefix { !$0.isWhitespace }.lowercased()
        var attributes: [String: String] = [:]
        var rest = inside.dropFirst(name.count)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces)
            let afterEquals = rest[rest.index(after: equals)...]
            guard afterEquals.first == "\"", let close = afterEquals.dropFirst().firstIndex(of: "\"") else { break }
            attributes[key] = decoded(afterEquals[afterEquals.index(after: afterEquals.startIndex)..<close])
            rest = afterEquals[afterEquals.index(after: close)...]
        }
        return Element(tag: name, attributes: attributes)
    }

    /// The part of a page between `<article ...>` and `</article>`: the document's text.
    public static func article(of html: String) -> String? {
        guard let open = html.range(of: "<article"), let start = html[open.upperBound...].firstIndex(of: ">"),
              let close = html.range(of: "</article>", options: .backwards) else { return nil }
        return String(html[html.index(after: start)..<close.lowerBound])
    }
}
