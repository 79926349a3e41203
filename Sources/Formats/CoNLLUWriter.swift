import BylineCore

/// Writes CoNLL-U Plus: ID, FORM, MISC and Byline's namespaced columns for entities, numbers
/// and quotes, with `# newdoc id`, `# newpar`, `# sent_id` and `# text` comments.
///
/// MISC holds `SpaceAfter=No` when the next token follows in the source with no white space
/// between (also across a sentence end), and `TokenRange=start:end` in code points of the
/// source, end exclusive. `BYLINE:NE` is the BIO2 entity tag; `BYLINE:NUMBER` and
/// `BYLINE:QUOTE` are described by `NumberColumn` and `QuoteColumn`. `# newpar` goes before a
/// sentence that a blank line separates from the previous one in the source. A sentence
/// without tokens, and so a document without tokens, is not written: CoNLL-U has no way to say it.
public struct CoNLLUWriter: DocumentWriter {
    public static let columns = ["ID", "FORM", "MISC", "BYLINE:NE", "BYLINE:NUMBER", "BYLINE:QUOTE"]

    public init() {}

    public func header() -> String {
        "# global.columns = " + Self.columns.joined(separator: " ") + "\n"
    }

    public func write(_ document: Document, into output: inout String, handOn: (inout String) -> Void) {
        let slices = document.sentenceSlices().filter { !$0.tokens.isEmpty }
        guard !slices.isEmpty else { return }
        let tags = BIOTags(document)
        let offsets = ScalarOffsets(document.source)
        let spans = document.tokenSourceSpans()
        let numbers = NumberColumn.values(document, sentences: slices)
        let quotes = QuoteColumn.values(document)
        let id = document.id.collapsingWhitespace()
        output += "# newdoc id = \(id)\n"
        if let date = document.dateStamp { output += "# date = \(date)\n" }
        for (number, slice) in slices.enumerated() {
            if number > 0 && document.blankLineBetween(slices[number - 1].span, slice.span) {
                output += "# newpar\n"
            }
            output += "# sent_id = \(id)-\(number + 1)\n"
            output += "# text = "
            output += document.sourceText(slice.span).collapsingWhitespace()
            output += "\n"
            for (position, token) in slice.tokens.enumerated() {
                output += String(position + 1)
                output += "\t"
                let form = document.outputForm(document.tokens[token])
                output += form.containsSpaceOrControl || form.isEmpty ? form.conlluFieldSafe() : String(form)
                output += "\t"
                if token + 1 < spans.count && Self.noSpaceBetween(spans[token], spans[token + 1], in: document.source) {
                    output += "SpaceAfter=No|"
                }
                let span = spans[token]
                output += "TokenRange=\(offsets.scalarOffset(span.start)):\(offsets.scalarOffset(span.end))\t"
                output += tags[token]
                output += "\t"
                output += numbers[token]
                output += "\t"
                output += quotes[token]
                output += "\n"
            }
            output += "\n"
            handOn(&output)
        }
    }

    /// Whether the next token follows with no white space between the two in the source.
    static func noSpaceBetween(_ span: TextSpan, _ next: TextSpan, in source: String) -> Bool {
        guard next.start > span.end else { return true }
        return !source.slice(TextSpan(span.end, next.start)).containsWhitespace
    }
}
