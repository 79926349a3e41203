/// A predicted phrase that is not in the gold (false positive) or a gold phrase that was not
/// predicted (false negative), with the sentence it is in: what a person reads to see why.
public struct EntityError: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case falsePositive = "false positive"
        case falseNegative = "false negative"
    }

    public var kind: Kind
    public var type: String
    /// The phrase's tokens joined by spaces.
    public var text: String
    public var document: String
    public var file: String
    /// The line of the phrase's first token, when known.
    public var line: Int?
    /// The sentence, tokens joined by spaces, the phrase in [brackets].
    public var sentence: String
    /// The phrase it was paired with in the other column (see `ChunkPairing`): the gold phrase
    /// a false positive stands in for, or the prediction made for a missed one.
    public var counterpart: Counterpart?

    public struct Counterpart: Hashable, Sendable {
        public var type: String
        public var text: String

        public init(type: String, text: String) {
            self.type = type
            self.text = text
        }
    }

    /// The errors of one document, in token order, a false positive before a false negative
    /// at the same token.
    static func errors(in document: TaggedDocument, gold: [Chunk], predicted: [Chunk], pairing: ChunkPairing) -> [EntityError] {
        var errors: [(position: Int, error: EntityError)] = []
        func add(_ kind: Kind, _ chunk: Chunk, counterpart: Chunk?) {
            let error = EntityError(kind: kind, type: chunk.type, text: document.text(of: chunk.tokens),
                                    document: document.id, file: document.file,
                                    line: document.tokens[chunk.tokens.lowerBound].line,
                                    sentence: document.sentenceMarking(chunk.tokens),
                                    counterpart: counterpart.map { Counterpart(type: $0.type, text: document.text(of: $0.tokens)) })
            errors.append((chunk.tokens.lowerBound * 2 + (kind == .falsePositive ? 0 : 1), error))
        }
        for (index, chunk) in predicted.enumerated() {
            let partner = pairing.partnerOfPredicted[index].map { gold[$0] }
            if partner != chunk { add(.falsePositive, chunk, counterpart: partner) }
        }
        for (index, chunk) in gold.enumerated() {
            let partner = pairing.partnerOfGold[index].map { predicted[$0] }
            if partner != chunk { add(.falseNegative, chunk, counterpart: partner) }
        }
        return errors.sorted { $0.position < $1.position }.map(\.error)
    }
}

extension TaggedDocument {
    /// Token forms joined by spaces (`_` for a line without a form).
    func text(of range: Range<Int>) -> String {
        tokens[range].map { $0.form.isEmpty ? "_" : $0.form }.joined(separator: " ")
    }

    /// The sentence holding a run of tokens, its forms joined by spaces, the run in [brackets].
    func sentenceMarking(_ range: Range<Int>) -> String {
        let sentence = sentences[sentenceIndex(containing: range.lowerBound)]
        var parts: [String] = []
        if sentence.lowerBound < range.lowerBound { parts.append(text(of: sentence.lowerBound..<range.lowerBound)) }
        parts.append("[" + text(of: range) + "]")
        if range.upperBound < sentence.upperBound { parts.append(text(of: range.upperBound..<sentence.upperBound)) }
        return parts.joined(separator: " ")
    }

    /// The index of the sentence holding a token (binary search; sentences are in order).
    private func sentenceIndex(containing token: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].lowerBound <= token { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
