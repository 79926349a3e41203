import BylineCore

/// Exact first-order decoding of each sentence over BILOU tags: emission scores from the
/// token's feature rows plus a transition score from the previous tag (Collins 2002's
/// structured perceptron). Only well-formed sequences are searched, so every output decodes to
/// entities without repair.
enum ViterbiDecoder {
    /// Tags every token of the document, sentence by sentence; with `gold` tags, also trains
    /// `scorer` on each sentence whose best path differs from the gold one.
    static func run<Scorer: TagScorer>(
        _ features: inout DocumentFeatures, sentences: [Sentence], scorer: inout Scorer, gold: [Int]? = nil
    ) -> [Int] {
        let tagCount = BILOU.count
        var tags = [Int](repeating: BILOU.outside, count: features.profiles.count)
        // Transition scores: row `previous` (tagCount = the start) gives each next tag's score.
        var transitions = [Float](repeating: 0, count: (tagCount + 1) * tagCount)
        let transitionRows = (0...tagCount).map { features.transitionRow(from: $0) }
        func loadTransitions() {
            transitionRows.withUnsafeBufferPointer { rows in
                transitions.withUnsafeMutableBufferPointer { transitions in
                    for previous in 0...tagCount {
                        scorer.score(rows: UnsafeBufferPointer(rebasing: rows[previous...previous]),
                                     into: transitions.baseAddress! + previous * tagCount)
                    }
                }
            }
        }
        loadTransitions()

        // Buffers kept from sentence to sentence.
        var rows: [Int] = []
        var rowEnds: [Int] = []
        var emissions: [Float] = []
        var best: [Float] = []
        var back: [Int] = []
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
                    loadTransitions()
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

    /// The tags each tag may follow, ascending (the order ties are broken in): tag `t`'s are
    /// `allowedPrevious[allowedPreviousStarts[t]..<allowedPreviousStarts[t + 1]]`.
    private static let allowedPrevious = (0..<BILOU.count).flatMap { tag in
        (0..<BILOU.count).filter { BILOU.allowed(tag, after: $0) }
    }
    private static let allowedPreviousStarts = (0...BILOU.count).map { tag in
        (0..<tag).reduce(0) { total, earlier in total + (0..<BILOU.count).filter { BILOU.allowed(earlier, after: $0) }.count }
    }
    private static let allowedFirst = (0..<BILOU.count).filter { BILOU.allowed($0, after: BILOU.outside) }
    private static let allowedLast = (0..<BILOU.count).filter { BILOU.allowedAtEnd($0) }

    /// The best well-formed path of one sentence into `path[..<count]`; `best` and `back` are
    /// workspace of at least `count * BILOU.count`.
    private static func decode(
        count: Int, emissions: [Float], transitions: [Float], best: inout [Float], back: inout [Int], path: inout [Int]
    ) {
        let tagCount = BILOU.count
        let allowedPrevious = Self.allowedPrevious, starts = Self.allowedPreviousStarts
        emissions.withUnsafeBufferPointer { emissions in
        transitions.withUnsafeBufferPointer { transitions in
        best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
            for tag in 0..<tagCount { best[tag] = -.infinity }
            for tag in allowedFirst {
                best[tag] = emissions[tag] + transitions[tagCount * tagCount + tag]
            }
            for position in 1..<max(count, 1) {
                let previousBest = best.baseAddress! + (position - 1) * tagCount
                for tag in 0..<tagCount {
                    var winner = -1
                    var winning = -Float.infinity
                    for previous in allowedPrevious[starts[tag]..<starts[tag + 1]] {
                        let candidate = previousBest[previous]
                        guard candidate > -.infinity else { continue }
                        let total = candidate + transitions[previous * tagCount + tag]
                        if winner < 0 || total > winning { winner = previous; winning = total }
                    }
                    best[position * tagCount + tag] = winner < 0 ? -.infinity : winning + emissions[position * tagCount + tag]
                    back[position * tagCount + tag] = max(winner, 0)
                }
            }
            let lastBest = best.baseAddress! + (count - 1) * tagCount
            var last = -1
            for tag in allowedLast where lastBest[tag] > -.infinity {
                if last < 0 || lastBest[tag] > lastBest[last] { last = tag }
            }
            path[count - 1] = max(last, 0)
            for position in stride(from: count - 1, to: 0, by: -1) {
                path[position - 1] = back[position * tagCount + path[position]]
            }
        }
        }
        }
        }
    }

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
