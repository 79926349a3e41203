import BylineCore

/// Scores tags from feature rows; the trainer's scorer also learns from its mistakes.
protocol TagScorer {
    /// Sets `scores[tag]` to the sum of the rows' weights for each tag.
    func score(rows: [Int], into scores: inout [Float])
    /// Training: adds `delta` to one weight.
    mutating func update(row: Int, tag: Int, by delta: Float)
    /// Training: one example has been seen (the averaging clock).
    mutating func tick()
}

extension TagScorer {
    mutating func update(row: Int, tag: Int, by delta: Float) {}
    mutating func tick() {}
}
