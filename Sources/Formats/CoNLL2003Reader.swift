import BylineCore

/// Reads CoNLL-2003 style files: one token a line in columns separated by spaces or tabs
/// (the token first), a blank line after each sentence, `-DOCSTART-` lines between documents.
///
/// Each document's source is its tokens joined by single spaces, its sentences joined by line
/// breaks; text is the source. Every token line's columns are kept in `inputColumns` (the gold
/// tags stay there; entities are left empty).
///
/// Documents are named `<file>#<n>` where n counts `-DOCSTART-` lines: the n-th `-DOCSTART-`
/// begins document n. Token lines before the first `-DOCSTART-` (a whole file without one, say)
/// make document 0. A document keeps the columns of its `-DOCSTART-` line in
/// `inputDocumentStart`, so the CoNLL-2003 writer writes back exactly the lines the input had.
public struct CoNLL2003Reader: DocumentReader {
    public static let docStart = "-DOCSTART-"

    public init() {}

    /// The CoNLL text with each token (a token line's first column) rewritten and every other
    /// line kept: how a corpus is made lowercase or all capitals, its tags unchanged.
    public static func recasing(_ text: String, _ rewrite: (Substring) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }), !line.hasPrefix(docStart) else {
                return String(line)
            }
            return rewrite(line[..<space]) + line[space...]
        }.joined(separator: "\n")
    }

    /// The id of the document that the n-th `-DOCSTART-` line of a file begins (0: the token
    /// lines before the first one).
    public static func documentID(file: String, number: Int) -> String { "\(file)#\(number)" }

    public func read(_ text: String, file: String) throws(InputError) -> [Document] {
        var lines = LineCursor(Array(text.utf8))
        let bytes = lines.bytes
        let docStart = Array(Self.docStart.utf8)
        let layers: Set<Layer> = [.text, .sentences, .tokens]

        var documents: [Document] = []
        var current: DocumentBuilder? = nil
        var docStarts = 0
        var expected: (columns: Int, line: Int)? = nil
        var ranges: [Range<Int>] = []

        while let line = lines.next() {
            ranges.removeAll(keepingCapacity: true)
            var index = line.start
            while index < line.end {
                while index < line.end && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                guard index < line.end else { break }
                let start = index
                while index < line.end && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
                ranges.append(start..<index)
            }
            if ranges.isEmpty {
                current?.closeSentence()
                continue
            }
            if bytes[ranges[0]].elementsEqual(docStart) {
                if var finished = current { documents.append(finished.build(layers: layers)) }
                docStarts += 1
                current = DocumentBuilder(id: Self.documentID(file: file, number: docStarts))
                current!.documentStart = ranges.map { lines.string($0.lowerBound, $0.upperBound) }
                continue
            }
            if let expected {
                guard ranges.count == expected.columns else {
                    throw lines.error(line, file: file,
                        "line \(line.number) has \(ranges.count) column\(ranges.count == 1 ? "" : "s"), expected \(expected.columns) like the first token line (line \(expected.line))")
                }
            } else {
                expected = (ranges.count, line.number)
            }
            if current == nil { current = DocumentBuilder(id: Self.documentID(file: file, number: 0)) }
            current!.appendToken(bytes[ranges[0]])
            current!.inputColumns.append(ranges.map { lines.string($0.lowerBound, $0.upperBound) })
        }
        if var finished = current { documents.append(finished.build(layers: layers)) }
        return documents
    }
}
