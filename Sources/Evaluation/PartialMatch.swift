/// Pairs predicted phrases with gold phrases, at most one each, for the figures beyond
/// conlleval's exact match.
///
/// First, phrases with the same tokens are paired. Then each remaining predicted phrase, in
/// order, is paired with the remaining gold phrase it overlaps most (ties: the one of the same
/// type, then the leftmost). One to one, so every gold phrase is counted once in "possible" and
/// every predicted phrase once in "actual".
struct ChunkPairing {
    /// Per gold phrase, the index of its predicted partner.
    var partnerOfGold: [Int?]
    /// Per predicted phrase, the index of its gold partner.
    var partnerOfPredicted: [Int?]

    init(gold: [Chunk], predicted: [Chunk]) {
        partnerOfGold = Array(repeating: nil, count: gold.count)
        partnerOfPredicted = Array(repeating: nil, count: predicted.count)
        var goldBySpan: [Range<Int>: Int] = [:]
        for (index, chunk) in gold.enumerated() { goldBySpan[chunk.tokens] = index }
        for (index, chunk) in predicted.enumerated() {
            if let partner = goldBySpan[chunk.tokens] { pair(partner, index) }
        }
        // Phrases of one column are disjoint and in order, so the gold phrases a predicted one
        // overlaps are a run that starts at or after the previous predicted phrase's run.
        var first = 0
        for (index, chunk) in predicted.enumerated() where partnerOfPredicted[index] == nil {
            while first < gold.count && gold[first].tokens.upperBound <= chunk.tokens.lowerBound { first += 1 }
            var best: (gold: Int, overlap: Int, sameType: Bool)? = nil
            var candidate = first
            while candidate < gold.count && gold[candidate].tokens.lowerBound < chunk.tokens.upperBound {
                defer { candidate += 1 }
                guard partnerOfGold[candidate] == nil else { continue }
                let overlap = gold[candidate].tokens.clamped(to: chunk.tokens).count
                let sameType = gold[candidate].type == chunk.type
                let better = best.map { overlap > $0.overlap || (overlap == $0.overlap && sameType && !$0.sameType) } ?? true
                if overlap > 0 && better {
                    best = (candidate, overlap, sameType)
                }
            }
            if let best { pair(best.gold, index) }
        }
    }

    private mutating func pair(_ gold: Int, _ predicted: Int) {
        partnerOfGold[gold] = predicted
        partnerOfPredicted[predicted] = gold
    }
}

/// Counts of one matching scheme of MUC and SemEval-2013 Task 9.1 (Segura-Bedmar et al. 2013,
/// "Evaluation of drug-drug interaction extraction"): correct (COR), incorrect (INC), partial
/// (PAR), missing (MIS) and spurious (SPU).
///
/// - possible `POS = COR + INC + PAR + MIS` (the gold phrases),
///   actual `ACT = COR + INC + PAR + SPU` (the predicted phrases);
/// - precision `(COR + 0.5 × PAR) / ACT`, recall `(COR + 0.5 × PAR) / POS` (PAR is non-zero
///   only in the partial scheme, so these are `COR / ACT` and `COR / POS` in the others);
/// - F1 `2 × precision × recall / (precision + recall)`; each is 0 where its divisor is.
public struct MatchCounts: Hashable, Sendable {
    public var correct = 0
    public var incorrect = 0
    public var partial = 0
    public var missed = 0
    public var spurious = 0

    public init(correct: Int = 0, incorrect: Int = 0, partial: Int = 0, missed: Int = 0, spurious: Int = 0) {
        self.correct = correct
        self.incorrect = incorrect
        self.partial = partial
        self.missed = missed
        self.spurious = spurious
    }

    public var possible: Int { correct + incorrect + partial + missed }
    public var actual: Int { correct + incorrect + partial + spurious }
    private var credit: Double { Double(correct) + 0.5 * Double(partial) }
    public var precision: Double { ratio(credit, of: actual) }
    public var recall: Double { ratio(credit, of: possible) }
    public var f1: Double { f1Score(precision: precision, recall: recall) }

    public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(correct: lhs.correct + rhs.correct, incorrect: lhs.incorrect + rhs.incorrect,
                    partial: lhs.partial + rhs.partial, missed: lhs.missed + rhs.missed,
                    spurious: lhs.spurious + rhs.spurious)
    }
}

/// The four schemes of SemEval-2013 Task 9.1, as Batista's "Named-Entity evaluation metrics
/// based on entity-level" tabulates them, for each pair of phrases from `ChunkPairing`:
///
/// | pair                                  | strict | exact | partial | type |
/// |---------------------------------------|--------|-------|---------|------|
/// | same tokens, same type                | COR    | COR   | COR     | COR  |
/// | same tokens, other type               | INC    | COR   | COR     | INC  |
/// | overlapping tokens, same type         | INC    | INC   | PAR     | COR  |
/// | overlapping tokens, other type        | INC    | INC   | PAR     | INC  |
///
/// A gold phrase without a partner is MIS and a predicted one SPU in every scheme. Strict is
/// conlleval's exact match: its COR is conlleval's correct count for well-formed tags.
public struct PartialMatch: Hashable, Sendable {
    /// Same tokens and same type.
    public var strict = MatchCounts()
    /// Same tokens, any type.
    public var exact = MatchCounts()
    /// Overlapping tokens (same tokens count fully, others half), any type.
    public var partial = MatchCounts()
    /// Overlapping tokens and the same type.
    public var type = MatchCounts()

    public init() {}

    /// The schemes in the order they are printed, with their names.
    public var schemes: [(name: String, counts: MatchCounts)] {
        [("strict", strict), ("exact", exact), ("partial", partial), ("type", type)]
    }

    init(gold: [Chunk], predicted: [Chunk], pairing: ChunkPairing) {
        for (index, partner) in pairing.partnerOfGold.enumerated() {
            guard let partner else {
                strict.missed += 1; exact.missed += 1; partial.missed += 1; type.missed += 1
                continue
            }
            let sameTokens = gold[index].tokens == predicted[partner].tokens
            let sameType = gold[index].type == predicted[partner].type
            if sameTokens && sameType { strict.correct += 1 } else { strict.incorrect += 1 }
            if sameTokens { exact.correct += 1; partial.correct += 1 } else { exact.incorrect += 1; partial.partial += 1 }
            if sameType { type.correct += 1 } else { type.incorrect += 1 }
        }
        let spurious = pairing.partnerOfPredicted.lazy.filter { $0 == nil }.count
        strict.spurious = spurious; exact.spurious = spurious; partial.spurious = spurious; type.spurious = spurious
    }

    public static func + (lhs: PartialMatch, rhs: PartialMatch) -> PartialMatch {
        var sum = PartialMatch()
        sum.strict = lhs.strict + rhs.strict
        sum.exact = lhs.exact + rhs.exact
        sum.partial = lhs.partial + rhs.partial
        sum.type = lhs.type + rhs.type
        return sum
    }
}
