/// One document as it passes through the pipeline: the text as read, the text the stages
/// work on, the map between them, and one array per annotation layer.
public struct Document: Sendable {
    /// A name for the document in output and messages (the input's path, or a CoNLL document number).
    public var id: String
    /// The text as read from the input.
    public var source: String
    /// The normalized text every stage reads; all layer spans point into it.
    public var text: String
    /// Maps `text` offsets back to `source` offsets.
    public var alignment: Alignment
    /// The day the document was written: what its time expressions are resolved against.
    /// Given by the user (`--document-date`) or the input (a JSONL `date`, a CoNLL-U `# date =`),
    /// else found by the number stage in the dateline; nil when none is known.
    public var date: CalendarDay? = nil
    /// The time of day it was written, when its date came as a timestamp
    /// (`2023-12-07T15:04:00Z`): what "in two hours" and "30 minutes ago" are resolved
    /// against. Nil without one; never set without `date` (`dateStamp` sets both).
    public var time: ClockTime? = nil

    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    public var entities: [Entity] = []
    public var numbers: [NumberMention] = []
    public var quotes: [Quote] = []
    /// The layers a stage (or a reader) has filled in. Empty for a document just read:
    /// its `text` is a copy of the source until the normalizer makes the text layer.
    public var layers: Set<Layer> = []

    /// Per-token columns read from a CoNLL input, written back in front of Byline's own tag.
    public var inputColumns: [[String]]? = nil
    /// The columns of the `-DOCSTART-` line that began this document in a CoNLL input, written
    /// back before it; nil when the input had none (a file without `-DOCSTART-` lines).
    public var inputDocumentStart: [String]? = nil

    /// A document whose text is its source, not yet normalized.
    public init(id: String, source: String) {
        self.id = id
        self.source = source
        self.text = source
        self.alignment = .identity(length: source.utf8.count)
    }

    /// A copy without the annotations of the given layers (entities, numbers, quotes): what a
    /// stage should see when its output is to be compared with the annotations it replaces.
    public func removingAnnotations(_ removed: Set<Layer>) -> Document {
        var copy = self
        if removed.contains(.entities) { copy.entities = [] }
        if removed.contains(.numbers) { copy.numbers = [] }
        if removed.contains(.quotes) { copy.quotes = [] }
        copy.layers.subtract(removed.intersection([.entities, .numbers, .quotes]))
        return copy
    }

    /// The source span behind a text span: what output offsets are made of.
    public func sourceSpan(_ span: TextSpan) -> TextSpan { alignment.sourceSpan(span) }

    /// The source text behind a text span, as the user wrote it.
    public func sourceText(_ span: TextSpan) -> Substring { source.slice(sourceSpan(span)) }

    /// The normalized text of a span.
    public func text(_ span: TextSpan) -> Substring { text.slice(span) }
}

extension Document {
    /// The source text from a token range's first token to its last, white space runs made one
    /// space: a name or a cue as the user wrote it, on one line. Empty for a range outside the tokens.
    public func writtenText(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        let start = tokens[range.lowerBound].span.start
        let end = max(start, tokens[range.upperBound - 1].span.end)
        let written = sourceText(TextSpan(start, end))
        if Self.isOneLineASCII(written.utf8) { return String(written) }
        return written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Printable ASCII words one space apart, already as `writtenText` gives them. Most names
    /// are: the check spares them the walk over characters (about 1,200 instructions each, 3%
    /// of writing JSON Lines, whose people ids read every name; callgrind, session 13).
    private static func isOneLineASCII(_ bytes: Substring.UTF8View) -> Bool {
        var afterSpace = true  // a space first or last, or two together, must be dropped
        for byte in bytes {
            let space = byte == UInt8(ascii: " ")
            guard space ? !afterSpace : (0x21...0x7E).contains(byte) else { return false }
            afterSpace = space
        }
        return !afterSpace
    }
}
