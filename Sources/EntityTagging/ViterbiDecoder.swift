import BylineCore

/// Exact first-order decoding of each sentence over BILOU tags: emission scores from the
/// token's feature rows plus a transition score from the previous tag (Collins 2002's
/// structured perceptron). Only well-formed sequences are searched, so every output decodes to
/// entities without repair.
enum ViterbiDecoder {
    /// Tags every token of the document, sentence by sentence; with `gold` tags, also trains
    /// `scorer` on each sentence whose best path differs from the gold one. With `kept`, keeps
    /// the scores it decoded by, the document's token `base` being the first of `features`.
    static func run<Scorer: TagScorer>(
        _ features: inout DocumentFeatures, sentences: [Sentence], scorer: inout Scorer, gold: [Int]? = nil,
        keeping kept: PerceptronScores? = nil, at base: Int = 0
    ) -> [Int] {
        let tagCount = BILOU.count
        var tags = [Int](repeating: BILOU.outside, count: features.profiles.count)
        // Transition scores: row `previous` (tagCount = the start) gives each next tag's score.
        var scores = [Float](repeating: 0, count: (tagCount + 1) * tagCount)
        let transitionRows = (0...tagCount).map { features.transitionRow(from: $0) }
        func loadTransitions() -> Transitions {
            transitionRows.withUnsafeBufferPointer { rows in
                scores.withUnsafeMutableBufferPointer { scores in
                    for previous in 0...tagCount {
                        scorer.score(rows: UnsafeBufferPointer(rebasing: rows[previous...previous]),
                                     into: scores.baseAddress! + previous * tagCount)
                    }
                }
            }
            return Transitions(scores)
        }
        var transitions = loadTransitions()
        kept?.transitions = scores

        // Buffers kept from sentence to sentence.
        var rows: [Int] = []
        var rowEnds: [Int] = []
        var emissions: [Float] = []
        var best: [Float] = []
        var back: [Int32] = []
        var path: [Int] = []
        for sentence in sentences where !sentence.tokens.isEmpty && sentence.tokens.upperBound <= tags.count {
            let count = sentence.tokens.count
            rowEnds.removeAll(keepingCapacity: true)
            Self.grow(&rows, to: count * features.maxRowsPerToken)
            rows.withUnsafeMutableBufferPointer { rows in
                var written = 0
                for token in sentence.tokens {
                    written += features.rows(token: token, into: rows.baseAddress! + written)
                    rowEnds.append(written)
                }
            }
            Self.grow(&emissions, to: count * tagCount)
            rows.withUnsafeBufferPointer { rows in
                rowEnds.withUnsafeBufferPointer { ends in
                    emissions.withUnsafeMutableBufferPointer { emissions in
                        scorer.score(sentenceRows: UnsafeBufferPointer(rebasing: rows[..<(ends.last ?? 0)]), ends: ends,
                                     into: emissions.baseAddress!)
                    }
                }
            }
            if let kept {
                let at = (base + sentence.tokens.lowerBound) * tagCount
                kept.emissions.replaceSubrange(at..<at + count * tagCount, with: emissions[..<(count * tagCount)])
            }
            Self.grow(&best, to: count * tagCount)
            Self.grow(&back, to: count * tagCount)
            Self.grow(&path, to: count)
            Self.decode(count: count, emissions: emissions, transitions: transitions, best: &best, back: &back, path: &path)

            if let gold {
                let expected = Array(gold[sentence.tokens])
                if !expected.elementsEqual(path[..<count]) {
                    for position in 0..<count {
                        let wanted = expected[position], found = path[position]
                        let before = (position == 0 ? tagCount : expected[position - 1], position == 0 ? tagCount : path[position - 1])
                        if wanted != found {
                            let start = position == 0 ? 0 : rowEnds[position - 1]
                            for row in rows[start..<rowEnds[position]] {
                                scorer.update(row: row, tag: wanted, by: 1)
                                scorer.update(row: row, tag: found, by: -1)
                            }
                        }
                        if wanted != found || before.0 != before.1 {
                            scorer.update(row: transitionRows[before.0], tag: wanted, by: 1)
                            scorer.update(row: transitionRows[before.1], tag: found, by: -1)
                        }
                    }
                    transitions = loadTransitions()
                }
                scorer.tick()
            }
            for (offset, tag) in path[..<count].enumerated() {
                tags[sentence.tokens.lowerBound + offset] = tag
                features.record(tag: tag, token: sentence.tokens.lowerBound + offset)
            }
        }
        return tags
    }

    /// The transition scores as the decoder reads them: for each previous tag (`BILOU.count`
    /// for a sentence's start), the score of O and of the 16 entity tags side by side, with
    /// -infinity where the next tag may not follow, so decoding needs no test of what is allowed.
    struct Transitions {
        private(set) var outside = [Float](repeating: 0, count: BILOU.count + 1)
        private(set) var entities = [SIMD16<Float>](repeating: .zero, count: BILOU.count + 1)

        /// From `scores[previous * BILOU.count + tag]`.
        init(_ scores: [Float]) {
            for previous in 0...BILOU.count {
                // The sentence's start allows what may follow O.
                let allowedAfter = previous == BILOU.count ? BILOU.outside : previous
                func score(_ tag: Int) -> Float {
                    BILOU.allowed(tag, after: allowedAfter) ? scores[previous * BILOU.count + tag] : -.infinity
                }
                outside[previous] = score(BILOU.outside)
                for tag in 1..<BILOU.count { entities[previous][tag - 1] = score(tag) }
            }
        }
    }

    /// The best well-formed path of one sentence into `path[..<count]`; `best` and `back` are
    /// workspace of at least `count * BILOU.count`.
    ///
    /// For each tag, the best previous tag is the first (in tag order) of the highest scores,
    /// as a scalar loop over the allowed previous tags would find it; the entity tags are
    /// computed 16 at a time.
    static func decode(
        count: Int, emissions: [Float], transitions: Transitions, best: inout [Float], back: inout [Int32], path: inout [Int]
    ) {
        let tagCount = BILOU.count
        emissions.withUnsafeBufferPointer { emissions in
        transitions.outside.withUnsafeBufferPointer { toOutside in
        transitions.entities.withUnsafeBufferPointer { toEntities in
        best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
            let best = best.baseAddress!, back = back.baseAddress!, emissions = emissions.baseAddress!
            func entityLanes(_ pointer: UnsafePointer<Float>) -> SIMD16<Float> {
                UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
            }
            func store(_ lanes: SIMD16<Float>, _ pointer: UnsafeMutablePointer<Float>) {
                UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: SIMD16<Float>.self)
            }
            best[0] = emissions[0] + toOutside[tagCount]
            store(entityLanes(emissions + 1) + toEntities[tagCount], best + 1)
            for position in 1..<max(count, 1) {
                let previousBest = best + (position - 1) * tagCount
                var winningOutside = -Float.infinity, outsideWinner: Int32 = 0
                var winning = SIMD16<Float>(repeating: -.infinity), winners = SIMD16<Int32>()
                for previous in 0..<tagCount {
                    let candidate = previousBest[previous]
                    let outside = candidate + toOutside[previous]
                    if outside > winningOutside { winningOutside = outside; outsideWinner = Int32(previous) }
                    let totals = SIMD16<Float>(repeating: candidate) + toEntities[previous]
                    let better = totals .> winning
                    winning.replace(with: totals, where: better)
                    winners.replace(with: Int32(previous), where: better)
                }
                let here = position * tagCount
                best[here] = winningOutside + emissions[here]
                store(winning + entityLanes(emissions + here + 1), best + here + 1)
                back[here] = outsideWinner
                UnsafeMutableRawPointer(back + here + 1).storeBytes(of: winners, as: SIMD16<Int32>.self)
            }
            let lastBest = best + (count - 1) * tagCount
            var last = -1
            for tag in allowedLast where lastBest[tag] > -.infinity {
                if last < 0 || lastBest[tag] > lastBest[last] { last = tag }
            }
            path[count - 1] = max(last, 0)
            for position in stride(from: count - 1, to: 0, by: -1) {
                path[position - 1] = Int(back[position * tagCount + path[position]])
            }
        }
        }
        }
        }
        }
    }

    private static let allowedLast = (0..<BILOU.count).filter { BILOU.allowedAtEnd($0) }

    /// Makes `buffer` at least `count` long, keeping its storage from sentence to sentence.
    private static func grow<Element: Numeric>(_ buffer: inout [Element], to count: Int) {
        if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
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

/// The perceptron's scores of a document's tags, kept for a decoder that adds them to its own
/// (`NeuralNetwork`'s joint decoding): every token's emission scores (`BILOU.count` each, at
/// the token's index in the document) and the transition scores (row `previous`, the last row
/// a sentence's start), on the scale of the quantized weights.
final class PerceptronScores {
    var emissions: [Float]
    var transitions: [Float] = []

    init(tokenCount: Int) { emissions = [Float](repeating: 0, count: tokenCount * BILOU.count) }
}
