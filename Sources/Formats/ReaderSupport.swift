import BylineCore

/// Walks the lines of a file's bytes, with 1-based line numbers and the byte offset of each
/// line's start. Line ends are LF or CRLF (the CR is not part of the line); the last line needs
/// no line end; a UTF-8 byte order mark at the start of the file is skipped.
public struct LineCursor {
    public struct Line {
        /// Byte range of the line's content in the file, without its line end.
        public var start: Int
        public var end: Int
        /// 1-based.
        public var number: Int
        public var isEmpty: Bool { start == end }

        public init(start: Int, end: Int, number: Int) {
            self.start = start
            self.end = end
            self.number = number
        }

        /// An input error at this line's start.
        public func error(file: String, _ message: String) -> InputError {
            InputError(file: file, line: number, byteOffset: start, message: message)
        }
    }

    public let bytes: [UInt8]
    private var position = 0
    private var number = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    }

    public mutating func next() -> Line? {
        guard position < bytes.count else { return nil }
        let start = position
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        position = end + 1
        number += 1
        var contentEnd = end
        if contentEnd > start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        return Line(start: start, end: contentEnd, number: number)
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func error(_ line: Line, file: String, _ message: String) -> InputError {
        line.error(file: file, message)
    }
}

/// What is wrong with one field's value; the reader adds the file, line and byte offset.
struct FieldError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Builds a document whose text is its source: tokens appended one by one, sentences
/// separated by a line break, or by a blank line where a new paragraph begins.
struct DocumentBuilder {
    var id: String
    private(set) var source: [UInt8] = []
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Sentence] = []
    var entities: [Entity] = []
    var numbers: [NumberMention] = []
    var quotes: [Quote] = []
    var date: DocumentDate? = nil
    var inputColumns: [[String]] = []
    /// The columns of the `-DOCSTART-` line that began the document, if one did.
    var documentStart: [String]? = nil
    private var sentenceStart: Int? = nil
    private var sentenceFirstToken = 0
    /// Whether the next sentence begins a paragraph (is preceded by a blank line).
    private var paragraphPending = false
    /// The line breaks written before the open sentence to separate it from the previous one.
    private var separatorLength = 0

    init(id: String) { self.id = id }

    var isEmpty: Bool { tokens.isEmpty }
    var tokenCount: Int { tokens.count }
    var hasOpenSentence: Bool { sentenceStart != nil }

    /// The next sentence begins a new paragraph: a blank line, not a line break, goes before it.
    /// The document's first sentence needs no separator, so there it changes nothing.
    mutating func startParagraph() { paragraphPending = true }

    private mutating func openSentence() {
        guard sentenceStart == nil else { return }
        separatorLength = sentences.isEmpty ? 0 : paragraphPending ? 2 : 1
        source.append(contentsOf: repeatElement(0x0A, count: separatorLength))
        sentenceStart = source.count
        sentenceFirstToken = tokens.count
    }

    /// Appends a token to the open sentence (opening one if needed), after one space unless it
    /// is the sentence's first token or `spaceBefore` is false.
    mutating func appendToken<Bytes: Collection<UInt8>>(_ form: Bytes, spaceBefore: Bool = true) {
        openSentence()
        if spaceBefore && tokens.count > sentenceFirstToken { source.append(0x20) }
        let start = source.count
        source.append(contentsOf: form)
        tokens.append(Token(span: TextSpan(start, source.count)))
    }

    /// Appends a whole sentence: its text, and token spans relative to the text's start.
    mutating func appendSentence(text: [UInt8], tokenSpans: [TextSpan]) {
        guard !tokenSpans.isEmpty else { return }
        closeSentence()
        openSentence()
        let base = source.count
        source.append(contentsOf: text)
        for span in tokenSpans { tokens.append(Token(span: TextSpan(base + span.start, base + span.end))) }
        closeSentence()
    }

    mutating func closeSentence() {
        guard let start = sentenceStart else { return }
        sentenceStart = nil
        if tokens.count > sentenceFirstToken {
            sentences.append(Sentence(span: TextSpan(start, source.count), tokens: sentenceFirstToken..<tokens.count))
            paragraphPending = false
        } else {
            // Nothing was written for an empty sentence but its separator: take it back (a
            // pending paragraph start then still applies to the next sentence).
            source.removeLast(separatorLength)
        }
    }

    mutating func build(layers: Set<Layer>) -> Document {
        closeSentence()
        var document = Document(id: id, source: String(decoding: source, as: UTF8.self))
        document.tokens = tokens
        document.sentences = sentences
        document.entities = entities
        document.numbers = numbers
        document.quotes = quotes
        document.dateStamp = date
        document.layers = layers
        document.inputColumns = inputColumns
        document.inputDocumentStart = documentStart
        return document
    }
}

/// Reads BIO tags (BIO2, and IOB1's `I-` after `O` or another type) into entities.
struct BIODecoder {
    private var open: (start: Int, type: EntityType)? = nil
    private(set) var entities: [Entity] = []

    enum Tag: Equatable {
        case outside
        case begin(EntityType)
        case inside(EntityType)
    }

    /// `O` or `_` (no tag), `B-TYPE`, `I-TYPE` with TYPE one of PER, LOC, ORG, MISC.
    static func parse(_ tag: String) -> Tag? {
        if tag == "O" || tag == "_" { return .outside }
        let utf8 = tag.utf8
        guard utf8.count > 2, utf8.dropFirst().first == UInt8(ascii: "-"),
              let type = EntityType(rawValue: String(tag.dropFirst(2)))
        else { return nil }
        switch tag.first {
        case "B": return .begin(type)
        case "I": return .inside(type)
        default: return nil
        }
    }

    mutating func add(_ tag: Tag, token: Int) {
        switch tag {
        case .outside:
            close(at: token)
        case .begin(let type):
            close(at: token)
            open = (token, type)
        case .inside(let type):
            if let current = open, current.type == type { return }
            close(at: token)
            open = (token, type)
        }
    }

    mutating func close(at token: Int) {
        if let current = open { entities.append(Entity(tokens: current.start..<token, type: current.type)) }
        open = nil
    }

    static let expected = "O, B-TYPE or I-TYPE with TYPE one of " + EntityType.allCases.map(\.rawValue).joined(separator: ", ")
}
