import BylineCore

/// Writes CoNLL-2003: `-DOCSTART-` and a blank line before each document, one token a line,
/// the predicted BIO2 entity tag in the last column, a blank line after each sentence.
///
/// A document read from text gets lines `FORM _ _ TAG` (four columns, so tools that find the
/// NER column by position still work). A document read from CoNLL-2003 (one `inputColumns` entry
/// per token) gets its original columns followed by the predicted tag, so `conlleval` scores the
/// output directly: gold second to last, prediction last. Its `-DOCSTART-` lines are written only
/// where the input had them, with as many columns as the token lines (conlleval insists) in the
/// CoNLL-2003 form `-DOCSTART- -X- ... O`, plus the predicted `O`.
public struct CoNLL2003Writer: DocumentWriter {
    public init() {}

    public func header() -> String { "" }

    public func write(_ document: Document, index: Int, into output: inout String) {
        let tags = BIOTags(document)
        let slices = document.sentenceSlices()
        if let columns = document.inputColumns, columns.count == document.tokens.count {
            if CoNLL2003Reader.beganWithDocStart(document) {
                let width = columns.first?.count ?? 4
                output += CoNLL2003Writer.docStartLine(columns: width)
                output += " O\n\n"
            }
            for slice in slices where !slice.tokens.isEmpty {
                for token in slice.tokens {
                    for column in columns[token] {
                        output += column.columnSafe()
                        output += " "
                    }
                    output += tags[token]
                    output += "\n"
                }
                output += "\n"
            }
        } else {
            output += "-DOCSTART- -X- -X- O\n\n"
            for slice in slices where !slice.tokens.isEmpty {
                for token in slice.tokens {
                    output += document.outputForm(document.tokens[token]).columnSafe()
                    output += " _ _ "
                    output += tags[token]
                    output += "\n"
                }
                output += "\n"
            }
        }
    }

    /// `-DOCSTART-` with `-X-` fillers and an `O` tag, `columns` columns in all: the CoNLL-2003
    /// form (`-DOCSTART- -X- -X- O` for four).
    static func docStartLine(columns: Int) -> String {
        var line = "-DOCSTART-"
        guard columns >= 2 else { return line }
        for _ in 0..<(columns - 2) { line += " -X-" }
        return line + " O"
    }
}
