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
            var row = [Float](repeating: 0, count: tagCount)
            for previous in 0...tagCount {
                scorer.score(rows: [transitionRows[previous]], into: &row)
                for tag in 0..<tagCount { transitions[previous * tagCount + tag] = row[tag] }
            }
        }
        loadTransitions()

        var rows: [Int] = []
        var rowEnds: [Int] = []
        var emissions: [Float] = []
        var scores = [Float](repeating: 0, count: tagCount)
        var best: [Float] = []
        var back: [Int] = []
        for sentence in sentences where !sentence.tokens.isEmpty && sentence.tokens.upperBound <= tags.count {
            let count = sentence.tokens.count
            rows.removeAll(keepingCapacity: true)
            rowEnds.removeAll(keepingCapacity: true)
            emissions.removeAll(keepingCapacity: true)
            var single: [Int] = []
            for token in sentence.tokens {
                single.removeAll(keepingCapacity: true)
                features.rows(token: token, into: &single)
                scorer.score(rows: single, into: &scores)
                emissions.append(contentsOf: scores)
                rows.append(contentsOf: single)
                rowEnds.append(rows.count)
            }

            best = [Float](repeating: -.infinity, count: count * tagCount)
            back = [Int](repeating: 0, count: count * tagCount)
            for tag in 0..<tagCount where BILOU.allowed(tag, after: BILOU.outside) {
                best[tag] = emissions[tag] + transitions[tagCount * tagCount + tag]
            }
            if count > 1 {
                for position in 1..<count {
                    for tag in 0..<tagCount {
                        var winner = -1
                        var winning = -Float.infinity
                        for previous in 0..<tagCount where BILOU.allowed(tag, after: previous) {
                            let candidate = best[(position - 1) * tagCount + previous]
                            guard candidate > -.infinity else { continue }
                            let total = candidate + transitions[previous * tagCount + tag]
                            if winner < 0 || total > winning { winner = previous; winning = total }
                        }
                        guard winner >= 0 else { continue }
                        best[position * tagCount + tag] = winning + emissions[position * tagCount + tag]
                        back[position * tagCount + tag] = winner
                    }
                }
            }
            var last = -1
            for tag in 0..<tagCount where BILOU.allowedAtEnd(tag) && best[(count - 1) * tagCount + tag] > -.infinity {
                if last < 0 || best[(count - 1) * tagCount + tag] > best[(count - 1) * tagCount + last] { last = tag }
            }
            var path = [Int](repeating: BILOU.outside, count: count)
            path[count - 1] = max(last, 0)
            if count > 1 {
                for position in stride(from: count - 1, to: 0, by: -1) {
                    path[position - 1] = back[position * tagCount + path[position]]
                }
            }

            if let gold {
                let expected = Array(gold[sentence.tokens])
                if expected != path {
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
            for (offset, tag) in path.enumerated() {
                tags[sentence.tokens.lowerBound + offset] = tag
                features.record(tag: tag, token: sentence.tokens.lowerBound + offset)
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
