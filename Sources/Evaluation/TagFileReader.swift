import BylineCore
import Formats

/// Reads conlleval's input: lines whose last two columns are the gold and the predicted tag,
/// sentences separated by blank lines (or lines whose first column is `-X-`).
///
/// Reads exactly what conlleval.pl reads: lines end at LF only (a CR stays in the line, where
/// the whitespace delimiter treats it as space); every line must have the column count of the
/// first non-blank line; `-DOCSTART-` lines are tokens. Documents are split before each line
/// whose first column is `-DOCSTART-`, named as `CoNLL2003Reader` names them (`<file>#<n>`, n
/// counting `-DOCSTART-` lines, `#0` for lines before the first).
public struct TagFileReader: Sendable {
    public var delimiter: ColumnDelimiter
    public var tags: TagReading

    public init(delimiter: ColumnDelimiter = .whitespace, tags: TagReading = TagReading()) {
        self.delimiter = delimiter
        self.tags = tags
    }

    private static let boundary = Array("-X-".utf8)
    private static let docStart = Array(CoNLL2003Reader.docStart.utf8)

    public func read(_ bytes: [UInt8], file: String) throws(InputError) -> [TaggedDocument] {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var documents: [TaggedDocument] = []
        var current = TaggedDocument(id: CoNLL2003Reader.documentID(file: file, number: 0), file: file)
        var docStarts = 0
        var expected: (columns: Int, line: Int)? = nil
        var columns: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0

        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            delimiter.columns(of: bytes, in: lineStart..<lineEnd, into: &columns)
            if columns.isEmpty {
                current.appendBoundary()
                continue
            }
            if let expected {
                guard columns.count == expected.columns else {
                    let found = "\(columns.count) column\(columns.count == 1 ? "" : "s")"
                    throw InputError(file: file, line: lineNumber, byteOffset: lineStart, message:
                        "\(found) where line \(expected.line) has \(expected.columns); "
                        + "every line needs the same columns, the gold and the predicted tag last")
                }
            } else {
                expected = (columns.count, lineNumber)
            }
            if bytes[columns[0]].elementsEqual(Self.boundary) {
                current.appendBoundary()
                continue
            }
            guard columns.count >= 2 else {
                throw InputError(file: file, line: lineNumber, byteOffset: lineStart,
                                 message: "one column; a line needs the gold and the predicted tag as its last two columns")
            }
            let formColumn = columns.count > 2 ? columns[0] : nil
            if let formColumn, bytes[formColumn].elementsEqual(Self.docStart) {
                if !current.tokens.isEmpty { documents.append(current) }
                docStarts += 1
                current = TaggedDocument(id: CoNLL2003Reader.documentID(file: file, number: docStarts), file: file)
            }
            current.append(TaggedToken(
                form: formColumn.map(text) ?? "",
                gold: tags.tag(Substring(text(columns[columns.count - 2]))),
                predicted: tags.tag(Substring(text(columns[columns.count - 1]))),
                line: lineNumber))
        }
        if !current.tokens.isEmpty { documents.append(current) }
        return documents
    }
}
