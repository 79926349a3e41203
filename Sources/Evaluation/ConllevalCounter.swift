/// What conlleval.pl counts: tokens, tokens tagged right, and phrases (chunks) overall and per type.
public struct ConllevalCounts: Hashable, Sendable {
    /// Tokens processed (boundary lines are not tokens; `-DOCSTART-` lines are).
    public var tokens = 0
    /// Tokens whose predicted tag equals the gold tag (prefix and type).
    public var correctTags = 0
    /// Phrases: `gold` in the gold tags, `predicted` found, `correct` found with the same
    /// boundaries and type.
    public var phrases = SpanScore()
    /// The same per type; a type appears when it has a gold or a found phrase.
    public var phrasesByType: [String: SpanScore] = [:]

    public init() {}

    /// conlleval's accuracy: tokens tagged right over tokens, as a fraction; 0 without tokens.
    public var accuracy: Double { ratio(Double(correctTags), of: tokens) }
}

/// conlleval.pl's counting loop, line for line: feed it the tagged tokens and boundary lines of
/// a file in order, then read `counts`.
///
/// A phrase is correct when the gold and predicted phrases start at the same token with the
/// same type and end at the same token, and the tags in between never disagree about whether a
/// phrase ended or about the type. That is conlleval's state machine, not a comparison of
/// spans, and it is kept as it is so that every figure matches conlleval's, also for ill-formed
/// tag sequences.
public struct ConllevalCounter: Sendable {
    private var counted = ConllevalCounts()
    private var lastGold = ChunkTag.outside
    private var lastPredicted = ChunkTag.outside
    /// conlleval's `$inCorrect`: the phrases open in gold and prediction started together and
    /// have agreed so far.
    private var inCorrect = false

    public init() {}

    /// The counts so far, as conlleval prints them at the end of its input (a phrase still
    /// open and agreeing is counted correct).
    public var counts: ConllevalCounts {
        var result = counted
        if inCorrect { result.countCorrect(type: lastGold.type) }
        return result
    }

    /// One token line.
    public mutating func add(gold: ChunkTag, predicted: ChunkTag) {
        step(gold: gold, predicted: predicted)
        counted.tokens += 1
        if gold == predicted { counted.correctTags += 1 }
    }

    /// A boundary line: conlleval reads it as a non-token tagged `O O`.
    public mutating func addBoundary() {
        step(gold: .outside, predicted: .outside)
    }

    /// Every token and boundary of a document, in order.
    public mutating func add(_ document: TaggedDocument) {
        for (index, sentence) in document.sentences.enumerated() {
            for token in document.tokens[sentence] { add(gold: token.gold, predicted: token.predicted) }
            if index < document.sentences.count - 1 || document.endsWithBoundary { addBoundary() }
        }
    }

    private mutating func step(gold: ChunkTag, predicted: ChunkTag) {
        if inCorrect {
            let goldEnds = ChunkTag.chunkEnds(after: lastGold, before: gold)
            let predictedEnds = ChunkTag.chunkEnds(after: lastPredicted, before: predicted)
            if goldEnds && predictedEnds && lastPredicted.type == lastGold.type {
                inCorrect = false
                counted.countCorrect(type: lastGold.type)
            } else if goldEnds != predictedEnds || predicted.type != gold.type {
                inCorrect = false
            }
        }
        let goldStarts = ChunkTag.chunkStarts(after: lastGold, at: gold)
        let predictedStarts = ChunkTag.chunkStarts(after: lastPredicted, at: predicted)
        if goldStarts && predictedStarts && predicted.type == gold.type { inCorrect = true }
        if goldStarts {
            counted.phrases.gold += 1
            counted.phrasesByType[gold.type, default: SpanScore()].gold += 1
        }
        if predictedStarts {
            counted.phrases.predicted += 1
            counted.phrasesByType[predicted.type, default: SpanScore()].predicted += 1
        }
        lastGold = gold
        lastPredicted = predicted
    }
}

extension ConllevalCounts {
    fileprivate mutating func countCorrect(type: String) {
        phrases.correct += 1
        phrasesByType[type, default: SpanScore()].correct += 1
    }
}
