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

    func score(rows: [Int], into scores: inout [Float]) {
        RowSum.add(weights, rows: rows, into: &scores) { $0 }
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

    func score(rows: [Int], into scores: inout [Float]) {
        RowSum.add(weights, rows: rows, into: &scores) { $0 }
    }
}

/// The sum of weight rows, one weight per tag in each row: the tagger's inner loop.
enum RowSum {
    @inline(__always)
    static func add<Weight>(_ weights: [Weight], rows: [Int], into scores: inout [Float], _ value: (Weight) -> Float) {
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for tag in 0..<BILOU.count { scores[tag] = 0 }
                for row in rows {
                    let base = row &* BILOU.count
                    for tag in 0..<BILOU.count { scores[tag] += value(weights[base &+ tag]) }
                }
            }
        }
    }
}
