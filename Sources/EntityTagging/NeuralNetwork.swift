import BylineCore
import Foundation

/// The weights of the BiLSTM-CRF of scripts/train-ner-neural.py, laid out for inference,
/// and its forward pass over one sentence: inputs to BIO tag ids.
///
/// Matrices are stored by input column (each column the weights of one input for every
/// output), so a layer is a sum of scaled columns: the 0/1 inputs add their column alone,
/// and every sum runs over contiguous outputs in SIMD registers.
struct NeuralNetwork: Sendable {
    struct Shape: Equatable {
        var embedding: Int, vocabulary: Int, charDimension: Int, charFilters: Int, charWidth: Int
        var maxBytes: Int, hidden: Int, tags: Int, casings: Int, nameLists: Int

        var binaryInputs: Int { casings + 1 + 2 * nameLists }
        var inputs: Int { embedding + binaryInputs + charFilters }
        var gates: Int { 4 * hidden }
    }

    let shape: Shape
    /// Vocabulary row r's vector at `r * embedding`.
    let embeddings: [Float]
    /// `byteColumns[(k * 257 + b) * charFilters + f]`: what byte index b (byte + 1; 0 pads)
    /// at kernel offset k adds to filter f. The character embedding is folded into the
    /// convolution, so a position costs `charWidth` vector additions.
    let byteColumns: [Float]
    let charBias: [Float]
    /// Input column j of both directions' input-to-gate weights: `2 * gates` values each
    /// (forward gates, then backward), and their biases (input and hidden biases summed).
    let inputColumns: [Float]
    let inputBias: [Float]
    /// Per direction, hidden column j of the hidden-to-gate weights: `gates` values each.
    let hiddenColumns: [[Float]]
    /// Tag scores from the two directions' hidden states: `tags` rows of `2 * hidden`.
    let outputRows: [Float]
    let outputBias: [Float]
    /// CRF scores: `transitions[from * tags + to]`, and of starting and ending on a tag.
    let transitions: [Float]
    let start: [Float]
    let end: [Float]

    init(
        shape: Shape, embeddings: [Float], charEmbedding: [Float], convolution: [Float], charBias: [Float],
        lstm: [(inputWeights: [Float], hiddenWeights: [Float], bias: [Float])],
        outputWeights: [Float], outputBias: [Float], transitions: [Float], start: [Float], end: [Float]
    ) {
        self.shape = shape
        self.embeddings = embeddings
        let filters = shape.charFilters, dimension = shape.charDimension, width = shape.charWidth
        var byteColumns = [Float](repeating: 0, count: width * 257 * filters)
        for k in 0..<width {
            for byte in 0..<257 {
                for filter in 0..<filters {
                    var sum: Float = 0
                    for d in 0..<dimension {
                        sum += convolution[(filter * dimension + d) * width + k] * charEmbedding[byte * dimension + d]
                    }
                    byteColumns[(k * 257 + byte) * filters + filter] = sum
                }
            }
        }
        self.byteColumns = byteColumns
        self.charBias = charBias
        let gates = shape.gates, inputs = shape.inputs, hidden = shape.hidden
        var inputColumns = [Float](repeating: 0, count: inputs * 2 * gates)
        for (direction, weights) in lstm.enumerated() {
            for gate in 0..<gates {
                for input in 0..<inputs {
                    inputColumns[input * 2 * gates + direction * gates + gate] = weights.inputWeights[gate * inputs + input]
                }
            }
        }
        self.inputColumns = inputColumns
        inputBias = lstm[0].bias + lstm[1].bias
        hiddenColumns = lstm.map { weights in
            var columns = [Float](repeating: 0, count: hidden * gates)
            for gate in 0..<gates {
                for input in 0..<hidden { columns[input * gates + gate] = weights.hiddenWeights[gate * hidden + input] }
            }
            return columns
        }
        outputRows = outputWeights
        self.outputBias = outputBias
        self.transitions = transitions
        self.start = start
        self.end = end
    }

    /// The best tag sequence of one sentence's tokens.
    func tags(sentence tokens: Range<Int>, features: NeuralFeatures, document: Document) -> [Int] {
        let count = tokens.count
        guard count > 0 else { return [] }
        let gates = shape.gates, hidden = shape.hidden
        // Every token's input-to-gate sums for both directions, before the recurrence.
        var projected = [Float](repeating: 0, count: count * 2 * gates)
        var charFeatures = [Float](repeating: 0, count: shape.charFilters)
        var text = document.text
        text.withUTF8 { utf8 in
            projected.withUnsafeMutableBufferPointer { projected in
                for (position, token) in tokens.enumerated() {
                    let out = projected.baseAddress! + position * 2 * gates
                    let span = document.tokens[token].span
                    let bytes = UnsafeBufferPointer(rebasing: utf8[span.start..<min(span.end, span.start + shape.maxBytes)])
                    characterFeatures(bytes, into: &charFeatures)
                    project(token: token, features: features, characters: charFeatures, into: out)
                }
            }
        }
        var states = [Float](repeating: 0, count: count * 2 * hidden)
        for direction in 0..<2 {
            run(direction: direction, projected: projected, count: count, into: &states)
        }
        return decode(emissions(states, count: count), count: count)
    }

    /// The character CNN: max over the word's positions of the convolution of its bytes.
    private func characterFeatures(_ bytes: UnsafeBufferPointer<UInt8>, into features: inout [Float]) {
        let filters = shape.charFilters, width = shape.charWidth, reach = width / 2
        let positions = max(1, bytes.count)
        for filter in 0..<filters { features[filter] = -.infinity }
        byteColumns.withUnsafeBufferPointer { columns in
            for position in 0..<positions {
                var sums = charBias
                for k in 0..<width {
                    let at = position - reach + k
                    guard at >= 0 && at < bytes.count else { continue }
                    let column = (k * 257 + Int(bytes[at]) + 1) * filters
                    for filter in 0..<filters { sums[filter] += columns[column + filter] }
                }
                for filter in 0..<filters { features[filter] = max(features[filter], sums[filter]) }
            }
        }
    }

    /// One token's input-to-gate sums: the bias plus the embedding's, the 0/1 inputs' and
    /// the character features' columns.
    private func project(token: Int, features: NeuralFeatures, characters: [Float], into out: UnsafeMutablePointer<Float>) {
        let width = 2 * shape.gates
        inputBias.withUnsafeBufferPointer { out.update(from: $0.baseAddress!, count: width) }
        inputColumns.withUnsafeBufferPointer { columns in
            let base = columns.baseAddress!
            let row = Int(features.wordRows[token])
            if row > 0 {
                embeddings.withUnsafeBufferPointer { vectors in
                    for e in 0..<shape.embedding {
                        Self.add(vectors[(row - 1) * shape.embedding + e], base + e * width, to: out, count: width)
                    }
                }
            }
            for index in Int(features.activeStarts[token])..<Int(features.activeStarts[token + 1]) {
                let column = shape.embedding + Int(features.activeColumns[index])
                Self.add(1, base + column * width, to: out, count: width)
            }
            let first = shape.embedding + shape.binaryInputs
            for f in 0..<shape.charFilters {
                Self.add(characters[f], base + (first + f) * width, to: out, count: width)
            }
        }
    }

    /// One direction of the LSTM over the sentence; writes its hidden states into `states`
    /// (token t's forward state at `t * 2 * hidden`, its backward state after it).
    private func run(direction: Int, projected: [Float], count: Int, into states: inout [Float]) {
        let gates = shape.gates, hidden = shape.hidden
        var h = [Float](repeating: 0, count: hidden)
        var c = [Float](repeating: 0, count: hidden)
        var sums = [Float](repeating: 0, count: gates)
        hiddenColumns[direction].withUnsafeBufferPointer { columns in
            for step in 0..<count {
                let t = direction == 0 ? step : count - 1 - step
                let offset = t * 2 * gates + direction * gates
                for g in 0..<gates { sums[g] = projected[offset + g] }
                sums.withUnsafeMutableBufferPointer { sums in
                    for j in 0..<hidden { Self.add(h[j], columns.baseAddress! + j * gates, to: sums.baseAddress!, count: gates) }
                }
                // torch's gate order: input, forget, cell, output.
                for j in 0..<hidden {
                    let input = Self.sigmoid(sums[j]), forget = Self.sigmoid(sums[hidden + j])
                    let cell = tanhf(sums[2 * hidden + j]), output = Self.sigmoid(sums[3 * hidden + j])
                    c[j] = forget * c[j] + input * cell
                    h[j] = output * tanhf(c[j])
                    states[t * 2 * hidden + direction * hidden + j] = h[j]
                }
            }
        }
    }

    private func emissions(_ states: [Float], count: Int) -> [Float] {
        let tags = shape.tags, width = 2 * shape.hidden
        var scores = [Float](repeating: 0, count: count * tags)
        for t in 0..<count {
            for tag in 0..<tags {
                var sum = outputBias[tag]
                for m in 0..<width { sum += outputRows[tag * width + m] * states[t * width + m] }
                scores[t * tags + tag] = sum
            }
        }
        return scores
    }

    /// Viterbi over the CRF: the first best predecessor wins a tie, as in the script.
    private func decode(_ emissions: [Float], count: Int) -> [Int] {
        let tags = shape.tags
        var score = (0..<tags).map { start[$0] + emissions[$0] }
        var back = [Int](repeating: 0, count: count * tags)
        var next = score
        for t in 1..<max(1, count) {
            for to in 0..<tags {
                var best = -Float.infinity, from = 0
                for candidate in 0..<tags where score[candidate] + transitions[candidate * tags + to] > best {
                    best = score[candidate] + transitions[candidate * tags + to]
                    from = candidate
                }
                next[to] = best + emissions[t * tags + to]
                back[t * tags + to] = from
            }
            swap(&score, &next)
        }
        var tag = 0
        for candidate in 1..<tags where score[candidate] + end[candidate] > score[tag] + end[tag] { tag = candidate }
        var path = [Int](repeating: 0, count: count)
        for t in stride(from: count - 1, through: 0, by: -1) {
            path[t] = tag
            tag = back[t * tags + tag]
        }
        return path
    }

    @inline(__always)
    static func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }

    /// `out[0..<count] += scale * column[0..<count]`.
    @inline(__always)
    static func add(_ scale: Float, _ column: UnsafePointer<Float>, to out: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { out[i] += scale * column[i] }
    }
}
