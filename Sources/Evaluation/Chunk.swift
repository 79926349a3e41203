/// A phrase (entity) over a run of a document's tokens.
public struct Chunk: Hashable, Sendable {
    /// Indexes into `TaggedDocument.tokens`.
    public var tokens: Range<Int>
    public var type: String

    public init(tokens: Range<Int>, type: String) {
        self.tokens = tokens
        self.type = type
    }
}

extension TaggedDocument {
    /// The gold phrases, found with conlleval's start and end rules.
    public var goldChunks: [Chunk] { chunks(\.gold) }
    /// The predicted phrases, found with conlleval's start and end rules.
    public var predictedChunks: [Chunk] { chunks(\.predicted) }

    /// The phrases of one tag column: a phrase opens where conlleval sees a chunk start and runs
    /// to the token before the next chunk end or start, or to the end of its sentence. A phrase
    /// has the type of its first token.
    ///
    /// So there is exactly one phrase per start conlleval counts (the phrase counts agree). For
    /// tags with a type and the prefixes B, I, E, S and O, a phrase that conlleval counts
    /// correct is one that has the same tokens and type in both columns, so the strict figures
    /// of `PartialMatch` equal conlleval's; for bracket and dot prefixes or type-less tags,
    /// whose phrases conlleval does not close at a boundary, they may differ.
    func chunks(_ column: KeyPath<TaggedToken, ChunkTag>) -> [Chunk] {
        var result: [Chunk] = []
        for sentence in sentences {
            var previous = ChunkTag.outside
            var open: (start: Int, type: String)? = nil
            for index in sentence {
                let tag = tokens[index][keyPath: column]
                let starts = ChunkTag.chunkStarts(after: previous, at: tag)
                if let current = open, starts || ChunkTag.chunkEnds(after: previous, before: tag) {
                    result.append(Chunk(tokens: current.start..<index, type: current.type))
                    open = nil
                }
                if starts { open = (index, tag.type) }
                previous = tag
            }
            if let current = open { result.append(Chunk(tokens: current.start..<sentence.upperBound, type: current.type)) }
        }
        return result
    }
}
