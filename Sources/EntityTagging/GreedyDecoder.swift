import BylineCore

/// Scores tags from feature rows; the trainer's scorer also learns from its mistakes.
protocol TagScorer {
    /// Sets `scores[tag]` to the sum of the rows' weights for each tag.
    func score(rows: [Int], into scores: inout [Float])
    /// Called in training after each decision, right or wrong.
    mutating func learn(rows: [Int], gold: Int, predicted: Int)
}

extension TagScorer {
    mutating func learn(rows: [Int], gold: Int, predicted: Int) {}
}

/// Left-to-right greedy decoding over BILOU tags, each decision conditioned on the previous
/// two: the decoder Ratinov & Roth 2009 found as accurate as Viterbi for NER and much faster.
/// Only tags that continue a well-formed sequence are considered, so every output decodes to
/// entities without repair.
enum GreedyDecoder {
    /// Tags every token of the document, in two passes when the model uses the second-pass
    /// features; with `gold` tags, also trains `scorer` online on each token of the last pass
    /// (the decisions that follow see the predicted tags, as at tagging time).
    static func run<Scorer: TagScorer>(
        _ features: inout DocumentFeatures, sentences: [Sentence], scorer: inout Scorer, gold: [Int]? = nil
    ) -> [Int] {
        guard features.features.contains(.secondPass) else {
            return pass(&features, sentences: sentences, scorer: &scorer, gold: gold)
        }
        let first = pass(&features, sentences: sentences, scorer: &scorer, gold: nil)
        features.beginSecondPass(firstPassTags: first)
        return pass(&features, sentences: sentences, scorer: &scorer, gold: gold)
    }

    private static func pass<Scorer: TagScorer>(
        _ features: inout DocumentFeatures, sentences: [Sentence], scorer: inout Scorer, gold: [Int]?
    ) -> [Int] {
        var tags = [Int](repeating: BILOU.outside, count: features.profiles.count)
        var rows: [Int] = []
        rows.reserveCapacity(96)
        var scores = [Float](repeating: 0, count: BILOU.count)
        for sentence in sentences where sentence.tokens.upperBound <= tags.count {
            var previous = BILOU.outside, beforePrevious = BILOU.outside
            for token in sentence.tokens {
                rows.removeAll(keepingCapacity: true)
                features.rows(token: token, previous: previous, beforePrevious: beforePrevious, into: &rows)
                scorer.score(rows: rows, into: &scores)
                let isLast = token == sentence.tokens.upperBound - 1
                var best = -1
                for tag in 0..<BILOU.count where BILOU.allowed(tag, after: previous) && (!isLast || BILOU.allowedAtEnd(tag)) {
                    if best < 0 || scores[tag] > scores[best] { best = tag }
                }
                if let gold { scorer.learn(rows: rows, gold: gold[token], predicted: best) }
                tags[token] = best
                features.record(tag: best, token: token)
                beforePrevious = previous
                previous = best
            }
        }
        return tags
    }

    /// The entities of a document's tags.
    static func entities(_ tags: [Int], sentences: [Sentence]) -> [Entity] {
        var entities: [Entity] = []
        for sentence in sentences where sentence.tokens.upperBound <= tags.count {
            BILOU.decode(Array(tags[sentence.tokens]), offset: sentence.tokens.lowerBound, into: &entities)
        }
        return entities
    }
}
