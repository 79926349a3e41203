import Foundation
import TestSupport

/// One of Duckling's Haskell test corpora (`../shared/data/duckling/*_EN_Corpus.hs`), read
/// without Haskell: each top-level binding's `examples (VALUE) ["text", ...]` groups, and the
/// strings it lists outside any group (what a `negativeCorpus` is made of).
///
/// VALUE is kept as the Haskell source text (`NumeralValue 33`, `datetime (2013, 2, 15, 0, 0,
/// 0) Day`): each dimension's tests read their own values.
struct DucklingCorpus {
    struct Group {
        var value: String
        var texts: [String]
        /// The line of the file the group's `examples` is on, for messages.
        var line: Int
    }

    struct Section {
        var groups: [Group] = []
        var looseTexts: [String] = []
    }

    /// The top-level bindings by name: `allExamples`, `negativeCorpus`, `latentCorpus`,
    /// `defaultCorpus` (the time corpus's `custom` examples), `diffCorpus`.
    var sections: [String: Section]

    /// `Numeral`, `Ordinal`, `AmountOfMoney`, `Duration` or `Time`.
    static func load(_ dimension: String) throws -> DucklingCorpus {
        let url = Fixtures.sharedData.appendingPathComponent("duckling/\(dimension)_EN_Corpus.hs")
        return try DucklingCorpus(haskell: String(contentsOf: url, encoding: .utf8))
    }

    init(haskell: String) throws {
        var sections: [String: Section] = [:]
        for (name, body, firstLine) in Self.topLevelBindings(haskell) {
            var scanner = HaskellScanner(Array(body.unicodeScalars), line: firstLine)
            sections[name] = try scanner.section()
        }
        self.sections = sections
    }

    /// The examples every dimension is scored on: `allExamples`.
    var examples: [Group] { sections["allExamples"]?.groups ?? [] }
    var negatives: [String] { sections["negativeCorpus"]?.looseTexts ?? [] }

    /// Each top-level binding (a line starting in column 0 with `name =`), its body up to the
    /// next one, and the body's first line number.
    private static func topLevelBindings(_ text: String) -> [(String, String, Int)] {
        var bindings: [(String, [Substring], Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let first = line.first, first.isLetter, let equals = line.firstIndex(of: "="),
               !line.contains("::"), !line.hasPrefix("import"), !line.hasPrefix("module") {
                let name = line[..<equals].trimmingCharacters(in: .whitespaces)
                bindings.append((name, [line[line.index(after: equals)...]], number + 1))
            } else if !bindings.isEmpty, !line.hasPrefix("import"), !(line.contains("::") && line.first?.isLetter == true) {
                bindings[bindings.count - 1].1.append(line)
            }
        }
        return bindings.map { ($0.0, $0.1.joined(separator: "\n"), $0.2) }
    }
}

/// Reads the strings and `examples (...)` groups of one binding's body.
private struct HaskellScanner {
    struct SyntaxError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "Duckling corpus line \(line): \(message)" }
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line: Int

    init(_ scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        self.line = line
    }

    mutating func section() throws -> DucklingCorpus.Section {
        var section = DucklingCorpus.Section()
        while let scalar = peek() {
            if scalar == "-", peek(1) == "-" {
                skipLine()
            } else if scalar == "\"" {
                section.looseTexts.append(try string())
            } else if matches("examples"), opensGroup(after: 8) {
                position += 8
                section.groups.append(try group())
            } else {
                advance()
            }
        }
        return section
    }

    private mutating func group() throws -> DucklingCorpus.Group {
        skipSpace()
        let startLine = line
        guard peek() == "(" else { throw SyntaxError(line: line, message: "expected ( after examples") }
        let value = balancedParentheses()
        skipSpaceAndComments()
        guard peek() == "[" else { throw SyntaxError(line: line, message: "expected [ after the examples' value") }
        advance()
        var texts: [String] = []
        while let scalar = peek(), scalar != "]" {
            if scalar == "\"" { texts.append(try string()) } else { advance() }
        }
        advance()
        return DucklingCorpus.Group(value: value, texts: texts, line: startLine)
    }

    /// The text inside the parentheses that begin here, without them.
    private mutating func balancedParentheses() -> String {
        var depth = 0
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            advance()
            if scalar == "(" { depth += 1; if depth == 1 { continue } }
            if scalar == ")" { depth -= 1; if depth == 0 { break } }
            text.append(scalar == "\n" ? " " : scalar)
        }
        return String(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A Haskell string literal: `\"`, `\\`, `\n`, `\xHHHH` and the empty escape `\&`.
    private mutating func string() throws -> String {
        advance()
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            advance()
            if scalar == "\"" { return String(text) }
            guard scalar == "\\" else { text.append(scalar); continue }
            guard let escaped = peek() else { break }
            advance()
            switch escaped {
            case "&": continue
            case "n": text.append("\n")
            case "x":
                var hex = ""
                while let digit = peek(), digit.properties.isASCIIHexDigit { hex.unicodeScalars.append(digit); advance() }
                guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else {
                    throw SyntaxError(line: line, message: "bad \\x escape")
                }
                text.append(decoded)
            default: text.append(escaped)
            }
        }
        throw SyntaxError(line: line, message: "unterminated string")
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func advance() {
        if peek() == "\n" { line += 1 }
        position += 1
    }

    private func matches(_ word: String) -> Bool {
        let previous = position > 0 ? scalars[position - 1] : " "
        guard !previous.properties.isAlphabetic else { return false }
        return word.unicodeScalars.enumerated().allSatisfy { peek($0.offset) == $0.element }
    }

    /// Whether `(` follows, past white space, the word of the given length that begins here:
    /// `examples (VALUE)` is a group, `examples =` a binding of the negative corpus.
    private func opensGroup(after length: Int) -> Bool {
        var ahead = length
        while isSpace(peek(ahead)) { ahead += 1 }
        return ahead > length && peek(ahead) == "("
    }

    private func isSpace(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { $0.properties.isWhitespace } ?? false }

    private mutating func skipSpace() { while isSpace(peek()) { advance() } }

    private mutating func skipSpaceAndComments() {
        skipSpace()
        while peek() == "-", peek(1) == "-" { skipLine(); skipSpace() }
    }

    private mutating func skipLine() { while let scalar = peek(), scalar != "\n" { advance() } }
}
