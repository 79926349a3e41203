import BylineCore
import NeuralKernels

/// The weights of the BiLSTM-CRF of scripts/train-ner-neural.py, laid out for inference,
/// and its forward pass over a document's sentences: inputs to BIO tag ids.
///
/// Matrices are stored by input column (each column the weights of one input for every
/// output), so a layer is a sum of scaled columns: the 0/1 inputs add their column alone, and
/// the dense inputs are summed by a C kernel, four rows (sentences or tokens) at a time where it
/// can (`Columns.multiplyAdd`).
struct NeuralNetwork: Sendable {
    struct Shape: Equatable {
        var embedding: Int, vocabulary: Int, charDimension: Int, charFilters: Int, charWidth: Int
        var maxBytes: Int, hidden: Int, tags: Int, casings: Int, nameLists: Int

        var binaryInputs: Int { casings + 1 + 2 * nameLists }
        var inputs: Int { embedding + binaryInputs + charFilters }
        var gates: Int { 4 * hidden }
    }

    /// Outputs are padded to a multiple of this many lanes (zero weights, never read).
    static let lanes = 16
    static func padded(_ count: Int) -> Int { (count + lanes - 1) / lanes * lanes }

    let shape: Shape
    /// Vocabulary row r's vector at `r * embedding`.
    let embeddings: [Float]
    /// Column `k * 257 + b`: what byte index b (byte + 1; 0 pads) at kernel offset k adds to
    /// each filter. The character embedding is folded into the convolution, so a position
    /// costs `charWidth` vector additions.
    let byteColumns: Columns
    let charBias: [Float]
    /// Input j's weights to both directions' gates (forward, then backward), and the gate
    /// biases (the input and hidden biases summed).
    let inputColumns: Columns
    let inputBias: [Float]
    /// Per direction, hidden unit j's weights to that direction's gates.
    let hiddenColumns: [Columns]
    /// Hidden unit j's (forward units, then backward) weights to the tag scores.
    let outputColumns: Columns
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
        byteColumns = Columns(count: width * 257, outputs: filters) { column, filter in
            let k = column / 257, byte = column % 257
            var sum: Float = 0
            for d in 0..<dimension {
                sum += convolution[(filter * dimension + d) * width + k] * charEmbedding[byte * dimension + d]
            }
            return sum
        }
        self.charBias = charBias + [Float](repeating: 0, count: Self.padded(filters) - filters)
        let gates = shape.gates, inputs = shape.inputs, hidden = shape.hidden
        inputColumns = Columns(count: inputs, outputs: 2 * gates) { input, output in
            lstm[output / gates].inputWeights[(output % gates) * inputs + input]
        }
        inputBias = lstm[0].bias + lstm[1].bias
        hiddenColumns = lstm.map { weights in
            Columns(count: hidden, outputs: gates) { input, gate in weights.hiddenWeights[gate * hidden + input] }
        }
        outputColumns = Columns(count: 2 * hidden, outputs: shape.tags) { input, tag in outputWeights[tag * 2 * hidden + input] }
        self.outputBias = outputBias + [Float](repeating: 0, count: Self.padded(shape.tags) - shape.tags)
        self.transitions = transitions
        self.start = start
        self.end = end
    }

    /// How many sentences go through the LSTM side by side: the C kernel's rows, which share
    /// each load of the recurrent weights (the widest matrix, read once a step).
    static let batch = 4

    /// The best tag sequence of each sentence (a range of `spans`), given the document's UTF-8
    /// text (and, with a guide, decoded with the perceptron's scores).
    func tags(sentences: [Range<Int>], features: NeuralFeatures, spans: [Token], utf8: UnsafeBufferPointer<UInt8>, guide: Guide? = nil) -> [[Int]] {
        var tags = [[Int]](repeating: [], count: sentences.count)
        // Longest first, so that the sentences of a batch still running at a step are its first rows.
        let order = sentences.indices.filter { !sentences[$0].isEmpty }.sorted { sentences[$0].count > sentences[$1].count }
        let joint = guide.flatMap { $0.weight > 0 ? jointTransitions($0) : nil }
        var seen = SeenInputs()
        for first in Swift.stride(from: 0, to: order.count, by: Self.batch) {
            let members = Array(order[first..<min(first + Self.batch, order.count)])
            let batch = members.map { sentences[$0] }
            let projected = batch.map { inputSums($0, features: features, spans: spans, utf8: utf8, seen: &seen) }
            var states = batch.map { [Float](repeating: 0, count: $0.count * 2 * shape.hidden) }
            for direction in 0..<2 { run(direction: direction, projected: projected, into: &states) }
            for (member, states) in zip(members, states) {
                let sentence = sentences[member]
                let scores = emissions(states, sentence: sentence)
                if let guide, let joint {
                    tags[member] = jointDecode(scores, count: sentence.count, guide: guide, transitions: joint, first: sentence.lowerBound)
                } else {
                    tags[member] = decode(scores, count: sentence.count)
                }
            }
        }
        return tags
    }

    /// The perceptron's scores of the document's tags: decoding adds `weight` times the
    /// perceptron's score of a path (in units of its largest weight, which quantization made
    /// `Int16.max`) to the network's, so that each model's confidence counts where they differ.
    struct Guide {
        let perceptron: PerceptronScores
        let weight: Float
    }

    /// The input sums of the tokens a document has already shown the network. A token's sums
    /// depend only on its vocabulary row, its 0/1 inputs and its bytes (each row of the C
    /// kernel is summed in the same order whatever rows are beside it), and 43% of the tokens of
    /// the benchmark corpus repeat one earlier in their document ("the", ",", a name): those
    /// are copied, not computed.
    private struct SeenInputs {
        /// Vocabulary row, then the active 0/1 columns, then -1 and the bytes: the slot of its sums.
        var slots: [[Int32]: Int] = [:]
        var sums: [Float] = []
        /// At most this many tokens are kept (16 MB of sums with 128 units); a longer document's
        /// other tokens are computed each time.
        static let capacity = 4_096
    }

    /// What a token's input sums depend on (`SeenInputs.slots`' key).
    private func inputKey(_ token: Int, features: NeuralFeatures, spans: [Token], utf8: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var key = [features.wordRows[token]]
        key += features.activeColumns[Int(features.activeStarts[token])..<Int(features.activeStarts[token + 1])]
        key.append(-1)
        features.withNetworkBytes(of: token, spans: spans, utf8: utf8) { bytes in
            key += bytes.prefix(shape.maxBytes).lazy.map { Int32($0) }
        }
        return key
    }

    /// Every token's input-to-gate sums for both directions, those of tokens already seen in the
    /// document copied from `seen`, the others computed (and kept while there is room).
    private func inputSums(_ tokens: Range<Int>, features: NeuralFeatures, spans: [Token], utf8: UnsafeBufferPointer<UInt8>,
                           seen: inout SeenInputs) -> [Float] {
        let width = 2 * shape.gates
        // Each token's slot in `seen`, or its place among the tokens computed now.
        var sources: [(slot: Int?, computed: Int?)] = []
        var computed: [Int] = [], pending: [[Int32]: Int] = [:]
        for token in tokens {
            let key = inputKey(token, features: features, spans: spans, utf8: utf8)
            if let slot = seen.slots[key] {
                sources.append((slot, nil))
            } else if let place = pending[key] {
                sources.append((nil, place))
            } else {
                pending[key] = computed.count
                sources.append((nil, computed.count))
                computed.append(token)
            }
        }
        let fresh = computedSums(computed, features: features, spans: spans, utf8: utf8)
        for (key, place) in pending where seen.slots.count < SeenInputs.capacity {
            seen.slots[key] = seen.sums.count / width
            seen.sums += fresh[place * width..<(place + 1) * width]
        }
        return seen.sums.withUnsafeBufferPointer { kept in
            fresh.withUnsafeBufferPointer { fresh in
                [Float](unsafeUninitializedCapacity: tokens.count * width) { sums, initialized in
                    for (position, source) in sources.enumerated() {
                        let from = source.slot.map { kept.baseAddress! + $0 * width } ?? fresh.baseAddress! + source.computed! * width
                        (sums.baseAddress! + position * width).initialize(from: from, count: width)
                    }
                    initialized = tokens.count * width
                }
            }
        }
    }

    /// The input-to-gate sums of these tokens for both directions, before the recurrence: the
    /// bias plus the embedding's, the 0/1 inputs' and the character features' columns.
    private func computedSums(_ tokens: [Int], features: NeuralFeatures, spans: [Token], utf8: UnsafeBufferPointer<UInt8>) -> [Float] {
        let count = tokens.count, width = 2 * shape.gates, dimension = shape.embedding, lanes = Self.padded(shape.charFilters)
        guard count > 0 else { return [] }
        var sums = [Float](repeating: 0, count: count * width)
        // A word without a vector keeps a zero row, which adds nothing.
        var vectors = [Float](repeating: 0, count: count * dimension)
        var characters = [Float](repeating: 0, count: count * lanes)
        sums.withUnsafeMutableBufferPointer { sums in
            let sums = sums.baseAddress!
            vectors.withUnsafeMutableBufferPointer { vectors in
                embeddings.withUnsafeBufferPointer { embeddings in
                    for (position, token) in tokens.enumerated() {
                        inputBias.withUnsafeBufferPointer { (sums + position * width).update(from: $0.baseAddress!, count: width) }
                        let row = Int(features.wordRows[token])
                        if row > 0 {
                            (vectors.baseAddress! + position * dimension).update(from: embeddings.baseAddress! + (row - 1) * dimension, count: dimension)
                        }
                    }
                }
                inputColumns.multiplyAdd(vectors.baseAddress!, rowStride: dimension, rows: count, columns: 0..<dimension, into: sums, outStride: width)
            }
            characters.withUnsafeMutableBufferPointer { characters in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: lanes) { scratch in
                    for (position, token) in tokens.enumerated() {
                        for index in Int(features.activeStarts[token])..<Int(features.activeStarts[token + 1]) {
                            inputColumns.add(column: dimension + Int(features.activeColumns[index]), into: sums + position * width)
                        }
                        features.withNetworkBytes(of: token, spans: spans, utf8: utf8) { bytes in
                            characterFeatures(UnsafeBufferPointer(rebasing: bytes.prefix(shape.maxBytes)),
                                              into: characters.baseAddress! + position * lanes, scratch: scratch.baseAddress!)
                        }
                    }
                }
                let first = dimension + shape.binaryInputs
                inputColumns.multiplyAdd(characters.baseAddress!, rowStride: lanes, rows: count, columns: first..<first + shape.charFilters,
                                         into: sums, outStride: width)
            }
        }
        return sums
    }

    /// The character CNN: max over the word's positions of the convolution of its bytes.
    private func characterFeatures(_ bytes: UnsafeBufferPointer<UInt8>, into features: UnsafeMutablePointer<Float>, scratch sums: UnsafeMutablePointer<Float>) {
        let width = shape.charWidth, reach = width / 2, lanes = Self.padded(shape.charFilters)
        features.update(repeating: -.infinity, count: lanes)
        for position in 0..<max(1, bytes.count) {
            charBias.withUnsafeBufferPointer { sums.update(from: $0.baseAddress!, count: lanes) }
            for k in 0..<width {
                let at = position - reach + k
                guard at >= 0 && at < bytes.count else { continue }
                byteColumns.add(column: k * 257 + Int(bytes[at]) + 1, into: sums)
            }
            for lane in 0..<lanes { features[lane] = max(features[lane], sums[lane]) }
        }
    }

    /// One direction of the LSTM over a batch of sentences (longest first), one step of every
    /// sentence still running at a time; writes the hidden states into `states` (token t's
    /// forward state at `t * 2 * hidden`, its backward state after it).
    private func run(direction: Int, projected: [[Float]], into states: inout [[Float]]) {
        let gates = shape.gates, hidden = shape.hidden, rows = projected.count
        let counts = projected.map { $0.count / (2 * gates) }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: rows * (2 * hidden + gates)) { scratch in
            let h = scratch.baseAddress!, c = h + rows * hidden, sums = c + rows * hidden
            h.update(repeating: 0, count: 2 * rows * hidden)
            for step in 0..<counts[0] {
                let running = counts.prefix { $0 > step }.count
                func position(_ row: Int) -> Int { direction == 0 ? step : counts[row] - 1 - step }
                for row in 0..<running {
                    projected[row].withUnsafeBufferPointer {
                        (sums + row * gates).update(from: $0.baseAddress! + position(row) * 2 * gates + direction * gates, count: gates)
                    }
                }
                hiddenColumns[direction].multiplyAdd(h, rowStride: hidden, rows: running, into: sums, outStride: gates)
                for row in 0..<running {
                    byline_lstm_cell(sums + row * gates, hidden, c + row * hidden, h + row * hidden)
                    states[row].withUnsafeMutableBufferPointer {
                        ($0.baseAddress! + position(row) * 2 * hidden + direction * hidden).update(from: h + row * hidden, count: hidden)
                    }
                }
            }
        }
    }

    /// The tag scores of each token of a sentence from its hidden states.
    private func emissions(_ states: [Float], sentence tokens: Range<Int>) -> [Float] {
        let count = tokens.count, stride = Self.padded(shape.tags)
        var scores = [Float](repeating: 0, count: count * stride)
        scores.withUnsafeMutableBufferPointer { scores in
            for t in 0..<count {
                outputBias.withUnsafeBufferPointer { (scores.baseAddress! + t * stride).update(from: $0.baseAddress!, count: stride) }
            }
            states.withUnsafeBufferPointer {
                outputColumns.multiplyAdd($0.baseAddress!, rowStride: 2 * shape.hidden, rows: count, into: scores.baseAddress!, outStride: stride)
            }
        }
        return scores
    }

    /// Viterbi over the CRF: the first best predecessor wins a tie, as in the script.
    private func decode(_ emissions: [Float], count: Int) -> [Int] {
        let tags = shape.tags, stride = Self.padded(tags)
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
                next[to] = best + emissions[t * stride + to]
                back[t * tags + to] = from
            }
            swap(&score, &next)
        }
        var tag = 0
        for candidate in 1..<tags where score[candidate] + end[candidate] > score[tag] + end[tag] { tag = candidate }
        var path = [Int](repeating: 0, count: count)
        for t in Swift.stride(from: count - 1, through: 0, by: -1) {
            path[t] = tag
            tag = back[t * tags + tag]
        }
        return path
    }

    /// The best well-formed BILOU path of a sentence scored by the network's CRF (a BILOU tag
    /// read as its BIO tag: B and U as B-, I and L as I-) plus the guide's share of the
    /// perceptron's score of the same path: a product of the two models, decoded by the
    /// perceptron's own decoder. Returns BIO tag ids; the sentence's first token is the
    /// document's `first`.
    private func jointDecode(_ emissions: [Float], count: Int, guide: Guide, transitions: ViterbiDecoder.Transitions,
                             first: Int) -> [Int] {
        let n = BILOU.count, stride = Self.padded(shape.tags), bio = NeuralModel.bioOfBILOU
        let scale = Self.perceptronScale(guide), perceptron = guide.perceptron.emissions
        var joined = [Float](repeating: 0, count: count * n)
        for t in 0..<count {
            for tag in 0..<n { joined[t * n + tag] = emissions[t * stride + bio[tag]] + scale * perceptron[(first + t) * n + tag] }
        }
        // The network's score of ending on a tag joins the last token's.
        for tag in 0..<n { joined[(count - 1) * n + tag] += end[bio[tag]] }
        var best = [Float](repeating: 0, count: count * n), back = [Int32](repeating: 0, count: count * n)
        var path = [Int](repeating: 0, count: count)
        ViterbiDecoder.decode(count: count, emissions: joined, transitions: transitions, best: &best, back: &back, path: &path)
        return path.map { bio[$0] }
    }

    /// Both models' transition scores, the network's start scores in the row of a sentence's start.
    private func jointTransitions(_ guide: Guide) -> ViterbiDecoder.Transitions {
        let n = BILOU.count, tags = shape.tags, bio = NeuralModel.bioOfBILOU, scale = Self.perceptronScale(guide)
        let scores = (0..<(n + 1) * n).map { index -> Float in
            let from = index / n, to = index % n
            let network = from == n ? start[bio[to]] : transitions[bio[from] * tags + bio[to]]
            return network + scale * guide.perceptron.transitions[index]
        }
        return ViterbiDecoder.Transitions(scores)
    }

    /// The guide's share per unit of the perceptron's score (its largest weight is `Int16.max`).
    private static func perceptronScale(_ guide: Guide) -> Float { guide.weight / Float(Int16.max) }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func store(_ value: SIMD16<Float>, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD16<Float>.self)
    }
}

/// A matrix stored by input column, each column padded to whole SIMD registers.
struct Columns: Sendable {
    let stride: Int
    let count: Int
    private let values: [Float]

    /// `weight(column, output)` for every column and output below `outputs`.
    init(count: Int, outputs: Int, weight: (Int, Int) -> Float) {
        stride = NeuralNetwork.padded(outputs)
        self.count = count
        var values = [Float](repeating: 0, count: count * stride)
        for column in 0..<count {
            for output in 0..<outputs { values[column * stride + output] = weight(column, output) }
        }
        self.values = values
    }

    /// `out += column`, over the padded outputs.
    @inline(__always)
    func add(column: Int, into out: UnsafeMutablePointer<Float>) {
        values.withUnsafeBufferPointer { values in
            let base = values.baseAddress! + column * stride
            var offset = 0
            while offset < stride {
                NeuralNetwork.store(NeuralNetwork.load(out + offset) + NeuralNetwork.load(base + offset), out + offset)
                offset += NeuralNetwork.lanes
            }
        }
    }

    /// For each of `rows` rows of x (`rowStride` apart) and of out (`outStride` apart):
    /// `out += Σ x[i] * column[columns.lowerBound + i]` over the padded outputs (the C kernel).
    @inline(__always)
    func multiplyAdd(_ x: UnsafePointer<Float>, rowStride: Int = 0, rows: Int = 1, columns: Range<Int>? = nil,
                     into out: UnsafeMutablePointer<Float>, outStride: Int = 0) {
        let columns = columns ?? 0..<count
        values.withUnsafeBufferPointer { values in
            byline_columns_multiply_add(x, rowStride, rows, columns.count, values.baseAddress! + columns.lowerBound * stride, stride,
                                        out, outStride)
        }
    }
}
