import BylineCore

// Pieces the number and quote scorers share: attribute accuracy, the token check on a
// document pair, and the fixed layout of their text reports.

/// How often an attribute of matched items agrees with gold: `correct` of `total` matched pairs.
public struct AttributeAccuracy: Hashable, Sendable, Codable {
    public var correct = 0
    public var total = 0

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// 0 when nothing was matched (not NaN), like `SpanScore`.
    public var accuracy: Double { ratio(Double(correct), of: total) }

    mutating func count(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }

    public static func + (lhs: AttributeAccuracy, rhs: AttributeAccuracy) -> AttributeAccuracy {
        AttributeAccuracy(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total)
    }
}

/// Scores compare layers token by token, so a gold document and its prediction must have the
/// same tokens; a different count means they were tokenized differently (or are not a pair).
func requireSameTokens(gold: Document, predicted: Document) throws(InputError) {
    guard gold.tokens.count == predicted.tokens.count else {
        throw InputError(file: gold.id, message:
            "the gold document has \(gold.tokens.count) tokens but the prediction '\(predicted.id)' has \(predicted.tokens.count); "
            + "a prediction must be made over the gold document's tokens to be scored against it")
    }
}

/// Whether a token range is a span a scorer counts: not empty, within the document's tokens.
func isScorable(_ range: Range<Int>, tokenCount: Int) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= tokenCount && !range.isEmpty
}

/// The lines of the scorers' text reports, in a fixed layout after conlleval's:
///
///     numbers: gold 42; found 40; correct 38; precision  95.00%; recall  90.48%; FB1  92.68
///       value    accuracy  94.74% (36 of 38)
enum ReportLines {
    /// `label: gold G; found F; correct C; precision P%; recall R%; FB1 F`, the label and its
    /// colon padded to `width` + 1 characters.
    static func span(_ label: String, _ score: SpanScore, width: Int) -> String {
        padded(label + ":", to: width + 1)
            + " gold \(score.gold); found \(score.predicted); correct \(score.correct);"
            + " precision \(percent(score.precision))%; recall \(percent(score.recall))%; FB1 \(percent(score.f1))"
    }

    /// `  label accuracy A% (C of T)`, the label padded to `width` characters.
    static func accuracy(_ label: String, _ accuracy: AttributeAccuracy, width: Int) -> String {
        "  " + padded(label, to: width)
            + " accuracy \(percent(accuracy.accuracy))% (\(accuracy.correct) of \(accuracy.total))"
    }

    /// A share as a percentage with two decimals, right-aligned in six characters (`%6.2f`).
    static func percent(_ share: Double) -> String {
        let hundredths = Int((share * 10_000).rounded())
        let fraction = hundredths % 100
        let text = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
