import BylineCore

/// One sentence a line: its source text with every run of white space (line breaks included)
/// collapsed to one space and trimmed. A blank line between documents, not before the first.
///
/// A document without sentences is written as one line (its tokens' extent, or its whole
/// source when it has no tokens either); sentences that are only white space are left out.
public struct SentencesWriter: DocumentWriter {
    public init() {}

    public func header() -> String { "" }

    public var documentSeparator: String { "\n" }

    public func write(_ document: Document, into output: inout String, handOn: (inout String) -> Void) {
        let spans: [TextSpan]
        if !document.sentences.isEmpty {
            spans = document.sentences.map(\.span)
        } else {
            spans = document.sentenceSlices().map(\.span)
        }
        if spans.isEmpty {
            let line = document.source.collapsingWhitespace()
            if !line.isEmpty { output += line + "\n" }
            return
        }
        for span in spans {
            let line = document.sourceText(span).collapsingWhitespace()
            guard !line.isEmpty else { continue }
            output += line
            output += "\n"
            handOn(&output)
        }
    }
}
