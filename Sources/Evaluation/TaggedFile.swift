import BylineCore
import Formats

/// A CoNLL-2003 or CoNLL-U Plus file read for evaluation: the documents its reader makes, and
/// for every token what the readers do not keep, its line and its entity tag as written.
///
/// The tag is the last column of a CoNLL-2003 token line and the `BYLINE:NE` column of a
/// CoNLL-U Plus one (where `_`, CoNLL-U's empty value, is `O`). Tags are kept as written, so an
/// IOB1 file is scored as IOB1, as conlleval would score it.
public struct TaggedFile: Sendable {
    public struct Position: Hashable, Sendable {
        /// 1-based line number.
        public var line: Int
        /// Byte offset of the line's start in the file.
        public var byteOffset: Int
    }

    public var name: String
    public var format: InputFormat
    public var documents: [Document]
    /// Per token of all documents, in order: where its line is.
    public var positions: [Position]
    /// Per token of all documents, in order: its entity tag.
    public var tags: [String]
    /// The index in `positions` of each document's first token.
    private var documentOffsets: [Int] = []

    /// The format of a file: CoNLL-U for a `.conllu` name or a `# global.columns` line, else
    /// CoNLL-2003.
    public static func format(name: String, text: String) -> InputFormat {
        if name.lowercased().hasSuffix(".conllu") { return .conllu }
        if text.hasPrefix("# global.columns") || text.contains("\n# global.columns") { return .conllu }
        return .conll2003
    }

    /// Reads a file with the reader of its format (see `format(name:text:)`).
    public init(text: String, name: String) throws(InputError) {
        let format = Self.format(name: name, text: text)
        self.name = name
        self.format = format
        documents = try format.makeReader().read(text, file: name)
        var scanner = TagLineScanner(bytes: Array(text.utf8), file: name)
        (positions, tags) = format == .conllu ? try scanner.conlluTokens() : try scanner.conll2003Tokens()
        var offset = 0
        for document in documents {
            documentOffsets.append(offset)
            offset += document.tokens.count
        }
        guard positions.count == offset else {
            throw InputError(file: name, message: "the token lines could not be matched to the tokens the \(format.rawValue) reader read")
        }
    }

    /// The form of a token as its file has it, by its index in `positions`.
    func form(at index: Int) -> Substring {
        // The last document that starts at or before the token (binary search).
        var document = 0, high = documentOffsets.count - 1
        while document < high {
            let middle = (document + high + 1) / 2
            if documentOffsets[middle] <= index { document = middle } else { high = middle - 1 }
        }
        let tokens = documents[document].tokens
        return documents[document].sourceText(tokens[index - documentOffsets[document]].span)
    }

    /// Every sentence of every document in order, as ranges of indexes into `positions` and `tags`.
    func sentenceRanges() -> [Range<Int>] {
        zip(documents, documentOffsets).flatMap { document, offset in
            document.sentences.lazy.filter { !$0.tokens.isEmpty }
                .map { (offset + $0.tokens.lowerBound)..<(offset + $0.tokens.upperBound) }
        }
    }

    /// "name:line" for a token of all documents, by its index in `positions`.
    func place(_ flatIndex: Int) -> String { "\(name):\(positions[flatIndex].line)" }
}

/// Finds the token lines of a CoNLL file the way the Formats readers do (LF or CRLF line ends,
/// a byte order mark skipped), for their line numbers and entity tags.
struct TagLineScanner {
    let file: String
    private var lines: LineCursor
    private var bytes: [UInt8] { lines.bytes }

    init(bytes: [UInt8], file: String) {
        self.file = file
        lines = LineCursor(bytes)
    }

    private mutating func nextLine() -> (content: Range<Int>, position: TaggedFile.Position)? {
        lines.next().map { ($0.start..<$0.end, TaggedFile.Position(line: $0.number, byteOffset: $0.start)) }
    }

    private func fields(_ range: Range<Int>, separatedBy isSeparator: (UInt8) -> Bool, keepEmpty: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where isSeparator(bytes[index]) {
            if keepEmpty || start < index { result.append(start..<index) }
            start = index + 1
        }
        if keepEmpty || start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// CoNLL-2003: every line with a column that is not a `-DOCSTART-` line; the tag is the last
    /// column.
    mutating func conll2003Tokens() throws(InputError) -> ([TaggedFile.Position], [String]) {
        var positions: [TaggedFile.Position] = []
        var tags: [String] = []
        while let line = nextLine() {
            let columns = fields(line.content, separatedBy: { $0 == 0x20 || $0 == 0x09 }, keepEmpty: false)
            guard let first = columns.first, string(first) != CoNLL2003Reader.docStart else { continue }
            guard columns.count >= 2, let last = columns.last else {
                throw InputError(file: file, line: line.position.line, byteOffset: line.position.byteOffset,
                                 message: "a token line without an entity tag (the last column)")
            }
            positions.append(line.position)
            tags.append(string(last))
        }
        return (positions, tags)
    }

    /// CoNLL-U Plus: every line that is not blank, not a comment, and not a multiword token or
    /// empty node; the tag is the `BYLINE:NE` column named by the latest `# global.columns`.
    mutating func conlluTokens() throws(InputError) -> ([TaggedFile.Position], [String]) {
        var positions: [TaggedFile.Position] = []
        var tags: [String] = []
        var idColumn = 0
        var tagColumn: Int? = nil
        while let line = nextLine() {
            let content = bytes[line.content]
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if content.first == UInt8(ascii: "#") {
                let comment = string(line.content.dropFirst())
                let parts = comment.split(separator: "=", maxSplits: 1)
                let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
                guard parts.count == 2, parts[0].split(whereSeparator: isSpace) == ["global.columns"] else { continue }
                let names = parts[1].split(whereSeparator: isSpace)
                idColumn = names.firstIndex(of: "ID") ?? 0
                tagColumn = names.firstIndex(of: "BYLINE:NE")
                continue
            }
            let columns = fields(line.content, separatedBy: { $0 == 0x09 }, keepEmpty: true)
            // Multiword tokens (1-2) and empty nodes (1.1) are not tokens to the reader.
            if idColumn < columns.count,
               bytes[columns[idColumn]].contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) { continue }
            guard let tagColumn, tagColumn < columns.count else {
                throw InputError(file: file, line: line.position.line, byteOffset: line.position.byteOffset,
                                 message: "no entity tags: the file's # global.columns names no BYLINE:NE column")
            }
            positions.append(line.position)
            let tag = string(columns[tagColumn])
            tags.append(tag == "_" ? "O" : tag)
        }
        return (positions, tags)
    }
}
