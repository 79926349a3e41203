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

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    public static func + (lhs: SpanScore, rhs: SpanScore) -> SpanScore {
        SpanScore(correct: lhs.correct + rhs.correct, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold)
    }
}
