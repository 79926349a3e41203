import BylineCore

/// Writes CoNLL-2003: `-DOCSTART-` and a blank line before each document, one token a line,
/// the predicted BIO2 entity tag in the last column, a blank line after each sentence.
///
/// A document read from text gets lines `FORM _ _ TAG` (four columns, so tools that find the
/// NER column by position still work). A document read from CoNLL-2003 (one `inputColumns` entry
/// per token) gets its original columns followed by the predicted tag, so `conlleval` scores the
/// output directly: gold second to last, prediction last. Its `-DOCSTART-` lines are written back
/// as the input had them, plus the predicted `O` (conlleval insists every line has as many columns).
public struct CoNLL2003Writer: DocumentWriter {
    public init() {}

    public func header() -> String { "" }

    public func write(_ document: Document, into output: inout String, handOn: (inout String) -> Void) {
        let tags = BIOTags(document)
        let slices = document.sentenceSlices()
        if let columns = document.inputColumns, columns.count == document.tokens.count {
            if let documentStart = document.inputDocumentStart {
                output += documentStart.joined(separator: " ")
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
                handOn(&output)
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
                handOn(&output)
            }
        }
    }
}
