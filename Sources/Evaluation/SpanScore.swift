/// Precision, recall and F1 from counts of matched, spurious and missed items.
public struct SpanScore: Hashable, Sendable, Codable {
    public var correct = 0
    /// Items predicted (found).
    public var predicted = 0
    /// Items in the gold annotation.
    public var gold = 0

    public init(correct: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.correct = correct
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { ratio(Double(correct), of: predicted) }
    public var recall: Double { ratio(Double(correct), of: gold) }
    public var f1: Double { f1Score(precision: precision, recall: recall) }

    public static func + (lhs: SpanScore, rhs: SpanScore) -> SpanScore {
        SpanScore(correct: lhs.correct + rhs.correct, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold)
    }
}

// The two formulas behind every precision, recall, F1 and accuracy of this module (conlleval's
// percentages too), written once.

/// `part / whole`, or 0 when `whole` is 0: a score over no items is 0, not NaN.
func ratio(_ part: Double, of whole: Int) -> Double {
    whole == 0 ? 0 : part / Double(whole)
}

/// F1, the harmonic mean of precision and recall (`2PR / (P + R)`); 0 when both are 0.
func f1Score(precision: Double, recall: Double) -> Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
}
