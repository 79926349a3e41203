import BylineCore

/// Scores predicted number mentions against gold ones in a document with the same tokens.
///
/// A predicted mention is correct when its token span equals a gold mention's exactly; matching
/// is one to one, so a duplicate prediction of a span counts once as correct and then as
/// spurious. (Of several predictions over one span, the first stored is matched.) The
/// attributes are then compared over the matched pairs only, so they say how well the mentions
/// that were found are resolved, apart from how many were found. Mentions with an empty token
/// range or one outside the document's tokens are not counted on either side.
public enum NumberScorer {
    /// Throws when the documents do not have the same number of tokens.
    public static func score(gold: Document, predicted: Document) throws(InputError) -> NumberScores {
        try requireSameTokens(gold: gold, predicted: predicted)
        let tokenCount = gold.tokens.count
        let goldMentions = gold.numbers.filter { isScorable($0.tokens, tokenCount: tokenCount) }
        let predictedMentions = predicted.numbers.filter { isScorable($0.tokens, tokenCount: tokenCount) }

        var unmatched: [Range<Int>: [Int]] = [:]
        for (index, mention) in predictedMentions.enumerated().reversed() { unmatched[mention.tokens, default: []].append(index) }

        var scores = NumberScores()
        scores.spans = SpanScore(correct: 0, predicted: predictedMentions.count, gold: goldMentions.count)
        for mention in goldMentions {
            guard let index = unmatched[mention.tokens]?.popLast() else { continue }
            scores.spans.correct += 1
            scores.count(gold: mention, predicted: predictedMentions[index])
        }
        return scores
    }
}

/// Number scores of one document or, summed with `+`, of many.
public struct NumberScores: Hashable, Sendable, Codable {
    /// Mentions whose token span equals a gold mention's.
    public var spans = SpanScore()
    /// Among matched mentions: `value`, `low` and `high` all equal (absent on both sides counts as equal).
    public var value = AttributeAccuracy()
    public var kind = AttributeAccuracy()
    public var modifier = AttributeAccuracy()
    public var unit = AttributeAccuracy()
    public var calendar = AttributeAccuracy()
    /// Among matched mentions: the counted noun phrase has the same tokens (or both have none).
    public var counted = AttributeAccuracy()

    public init() {}

    mutating func count(gold: NumberMention, predicted: NumberMention) {
        value.count(gold.value == predicted.value && gold.low == predicted.low && gold.high == predicted.high)
        kind.count(gold.kind == predicted.kind)
        modifier.count(gold.modifier == predicted.modifier)
        unit.count(gold.unit == predicted.unit)
        calendar.count(gold.calendar == predicted.calendar)
        counted.count(gold.counted == predicted.counted)
    }

    public static func + (lhs: NumberScores, rhs: NumberScores) -> NumberScores {
        var sum = NumberScores()
        sum.spans = lhs.spans + rhs.spans
        sum.value = lhs.value + rhs.value
        sum.kind = lhs.kind + rhs.kind
        sum.modifier = lhs.modifier + rhs.modifier
        sum.unit = lhs.unit + rhs.unit
        sum.calendar = lhs.calendar + rhs.calendar
        sum.counted = lhs.counted + rhs.counted
        return sum
    }

    /// The scores as text, one figure a line:
    ///
    ///     numbers: gold 42; found 40; correct 38; precision  95.00%; recall  90.48%; FB1  92.68
    ///       value    accuracy  94.74% (36 of 38)
    ///       kind     accuracy 100.00% (38 of 38)
    ///       ...
    public var report: String {
        let attributes = [("value", value), ("kind", kind), ("modifier", modifier), ("unit", unit),
                          ("calendar", calendar), ("counted", counted)]
        let width = attributes.map(\.0.count).max() ?? 0
        var lines = [ReportLines.span("numbers", spans, width: "numbers".count)]
        lines += attributes.map { ReportLines.accuracy($0.0, $0.1, width: width) }
        return lines.joined(separator: "\n") + "\n"
    }
}
