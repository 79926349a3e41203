/// Everything `byline evaluate` reports about entity tags: conlleval's counts over the whole
/// input and per document, and, over phrases found with conlleval's rules, the partial-match
/// schemes, the type confusion table and the list of errors.
public struct EntityEvaluation: Sendable {
    /// conlleval's counts over all documents read in order, as one input.
    public var conlleval: ConllevalCounts
    public var documents: [DocumentScore]
    public var partialMatch: PartialMatch
    public var confusion: ConfusionTable
    /// Every false positive and false negative, in input order.
    public var errors: [EntityError]

    /// One document's conlleval counts (the document read alone).
    public struct DocumentScore: Hashable, Sendable {
        public var id: String
        public var file: String
        public var counts: ConllevalCounts
    }

    public init(_ documents: [TaggedDocument]) {
        var overall = ConllevalCounter()
        var scores: [DocumentScore] = []
        var partialMatch = PartialMatch()
        var confusion = ConfusionTable()
        var errors: [EntityError] = []
        for document in documents {
            overall.add(document)
            var alone = ConllevalCounter()
            alone.add(document)
            scores.append(DocumentScore(id: document.id, file: document.file, counts: alone.counts))

            let gold = document.goldChunks, predicted = document.predictedChunks
            let pairing = ChunkPairing(gold: gold, predicted: predicted)
            partialMatch = partialMatch + PartialMatch(gold: gold, predicted: predicted, pairing: pairing)
            confusion = confusion + ConfusionTable(gold: gold, predicted: predicted)
            errors += EntityError.errors(in: document, gold: gold, predicted: predicted, pairing: pairing)
        }
        self.conlleval = overall.counts
        self.documents = scores
        self.partialMatch = partialMatch
        self.confusion = confusion
        self.errors = errors
    }
}
