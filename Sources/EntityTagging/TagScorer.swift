import BylineCore

/// Scores tags from feature rows; the trainer's scorer also learns from its mistakes.
protocol TagScorer {
    /// Sets `scores[tag]` to the sum of the rows' weights for each tag.
    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>)
    /// The scores of every token of a sentence: token `i`'s rows are `rows[ends[i - 1]..<ends[i]]`
    /// and its scores go to `scores[i * BILOU.count...]`.
    func score(sentenceRows rows: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>)
    /// Training: adds `delta` to one weight.
    mutating func update(row: Int, tag: Int, by delta: Float)
    /// Training: one example has been seen (the averaging clock).
    mutating func tick()
}

extension TagScorer {
    func score(sentenceRows rows: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        var start = 0
        for (position, end) in ends.enumerated() {
            score(rows: UnsafeBufferPointer(rebasing: rows[start..<end]), into: scores + position * BILOU.count)
            start = end
        }
    }

    mutating func update(row: Int, tag: Int, by delta: Float) {}
    mutating func tick() {}
}

/// The sum of dense weight rows, one weight per tag in each row: how the trainer scores.
enum RowSum {
    @inline(__always)
    static func add(_ weights: [Float], rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { weights in
            for tag in 0..<BILOU.count { scores[tag] = 0 }
            for row in rows {
                let base = row &* BILOU.count
                for tag in 0..<BILOU.count { scores[tag] += weights[base &+ tag] }
            }
        }
    }
}
