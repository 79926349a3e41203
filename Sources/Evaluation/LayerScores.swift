import BylineCore

/// The number and quote scores of predicted documents against gold documents of the same
/// tokens, for the layers the gold has: a gold file without numbers (CoNLL-2003) scores none.
public struct LayerScores: Sendable {
    public var numbers: NumberScores?
    public var quotes: QuoteScores?

    public init(gold: [Document], predicted: [Document]) throws(InputError) {
        for (gold, predicted) in zip(gold, predicted) {
            if gold.layers.contains(.numbers) {
                numbers = (numbers ?? NumberScores()) + (try NumberScorer.score(gold: gold, predicted: predicted))
            }
            if gold.layers.contains(.quotes) {
                quotes = (quotes ?? QuoteScores()) + (try QuoteScorer.score(gold: gold, predicted: predicted))
            }
        }
    }

    /// The reports of the layers scored, after a blank line each.
    public var report: String {
        [numbers?.report, quotes?.report].compactMap { $0 }.map { "\n" + $0 }.joined()
    }
}
