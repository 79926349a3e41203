/// The weights being trained: a perceptron over hashed feature rows, averaged over every
/// update (Collins 2002), which generalizes far better than the last weights.
///
/// Averaging is lazy: `totals` accumulates each update times the step it happened at, and
/// the average is `weights - totals / steps`, so an update costs only the rows it touches.
struct AveragedPerceptron: TagScorer {
    let rowBits: Int
    private(set) var weights: [Float]
    private var totals: [Double]
    private(set) var steps: Double = 1

    init(rowBits: Int) {
        self.rowBits = rowBits
        weights = [Float](repeating: 0, count: (1 << rowBits) * BILOU.count)
        totals = [Double](repeating: 0, count: weights.count)
    }

    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        RowSum.add(weights, rows: rows, into: scores)
    }

    mutating func update(row: Int, tag: Int, by delta: Float) {
        let index = row * BILOU.count + tag
        weights[index] += delta
        totals[index] += Double(delta) * steps
    }

    mutating func tick() { steps += 1 }

    /// The averaged weights.
    func averaged() -> [Float] {
        var result = weights
        for index in result.indices where totals[index] != 0 {
            result[index] = Float(Double(weights[index]) - totals[index] / steps)
        }
        return result
    }
}

/// A scorer over fixed weights (the averaged ones, to measure the dev set between epochs).
struct FloatWeights: TagScorer {
    let weights: [Float]

    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        RowSum.add(weights, rows: rows, into: scores)
    }
}
