/// One token with its gold and predicted tags: a line of conlleval's input.
public struct TaggedToken: Hashable, Sendable {
    /// The token's form (conlleval's first column; empty when a line has only the two tags).
    public var form: String
    public var gold: ChunkTag
    public var predicted: ChunkTag
    /// The token's 1-based line in the file it was read from (the gold file when two files are
    /// compared); nil when unknown.
    public var line: Int?

    public init(form: String, gold: ChunkTag, predicted: ChunkTag, line: Int? = nil) {
        self.form = form
        self.gold = gold
        self.predicted = predicted
        self.line = line
    }
}

/// A document of tagged tokens as conlleval reads them: sentences are the runs of tokens between
/// boundary lines (blank lines, and lines whose first column is `-X-`).
///
/// A `-DOCSTART-` line is a token to conlleval (tagged `O O` in CoNLL files, it closes every
/// chunk), so it is kept as one; it is also what splits a one-file input into documents.
public struct TaggedDocument: Hashable, Sendable {
    public var id: String
    /// The file the document was read from (the gold file when two files are compared).
    public var file: String
    public var tokens: [TaggedToken] = []
    /// The runs of tokens between boundary lines, in order; together they cover `tokens`.
    public var sentences: [Range<Int>] = []
    /// Whether a boundary line follows the last token. conlleval closes chunks at a boundary and
    /// at the end of its input by slightly different rules, so the difference is kept.
    public var endsWithBoundary = false

    public init(id: String, file: String) {
        self.id = id
        self.file = file
    }

    /// Appends a token, to the open sentence or to a new one after a boundary.
    public mutating func append(_ token: TaggedToken) {
        if endsWithBoundary || sentences.isEmpty {
            sentences.append(tokens.count..<tokens.count + 1)
            endsWithBoundary = false
        } else {
            sentences[sentences.count - 1] = sentences[sentences.count - 1].lowerBound..<tokens.count + 1
        }
        tokens.append(token)
    }

    /// Records a boundary line (a blank line) after the tokens so far.
    public mutating func appendBoundary() {
        if !tokens.isEmpty { endsWithBoundary = true }
    }
}
