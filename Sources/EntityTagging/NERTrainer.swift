import BylineCore

/// Trains a model with the averaged perceptron: epochs over the training documents in a
/// seeded shuffled order, the dev set scored after each, stopping when dev stops improving.
/// Without a dev set it runs the given number of epochs and keeps the last: how a final model
/// is trained on the dev set too, with the epoch count a run with dev chose.
/// Everything is single-threaded and seeded, so the same data and options make the same
/// model, bit for bit.
public struct NERTrainer {
    public struct Options: Sendable {
        public var features: FeatureSet = .all
        public var rowBits = 20
        public var maxEpochs = 30
        /// Epochs without a better dev score before training stops.
        public var patience = 5
        public var seed: UInt64 = 2003
        public init() {}
    }

    /// What one epoch did.
    public struct Epoch: Sendable {
        public let number: Int
        public let trainingMistakes: Int
        /// Nil when training without a dev set.
        public let devScore: Double?
        public let seconds: Double
    }

    public let options: Options
    let resources: TaggerResources

    /// - Parameters:
    ///   - gazetteers: name lists, each (category name, entries).
    ///   - clusters: the word-cluster table as TSV (`word<TAB>id...`), or nil.
    public init(options: Options, gazetteers: [(name: String, entries: [String])], clusters: String?) {
        self.options = options
        resources = TaggerResources(
            gazetteer: options.features.contains(.gazetteer) && !gazetteers.isEmpty ? Gazetteer(lists: gazetteers) : nil,
            clusters: options.features.contains(.clusters) ? clusters.map { WordClusters(tsv: $0) } : nil)
    }

    /// Trains on `train` (documents with tokens, sentences and gold entities) and keeps the
    /// epoch that scores best on `dev` by `score`, which compares tagged copies of the dev
    /// documents with the originals (entity F1); without `dev`, the last of `maxEpochs`.
    public func train(
        train: [Document], dev: [Document]?, description: String,
        score: ([Document]) -> Double, progress: (Epoch) -> Void
    ) -> NERModel {
        var perceptron = AveragedPerceptron(rowBits: options.rowBits)
        var generator = SplitMix64(seed: options.seed)
        var order = Array(train.indices)
        var best: (score: Double, weights: [Float], epoch: Int)? = nil
        let epochs = max(1, options.maxEpochs)
        let clock = ContinuousClock()
        for epoch in 1...epochs {
            let start = clock.now
            order.shuffle(using: &generator)
            var mistakes = 0
            for index in order {
                let document = train[index]
                var extractor = DocumentFeatures(document, model: resources, features: options.features, rowBits: options.rowBits)
                var gold = [Int](repeating: BILOU.outside, count: document.tokens.count)
                for sentence in document.sentences where sentence.tokens.upperBound <= gold.count {
                    gold.replaceSubrange(sentence.tokens, with: BILOU.encode(document.entities, tokens: sentence.tokens))
                }
                let predicted = ViterbiDecoder.run(&extractor, sentences: document.sentences, scorer: &perceptron, gold: gold)
                mistakes += zip(predicted, gold).filter { $0 != $1 }.count
            }
            guard let dev else {
                progress(Epoch(number: epoch, trainingMistakes: mistakes, devScore: nil, seconds: Self.seconds(since: start, clock)))
                continue
            }
            let weights = perceptron.averaged()
            let devScore = score(tag(dev, with: FloatWeights(weights: weights)))
            progress(Epoch(number: epoch, trainingMistakes: mistakes, devScore: devScore, seconds: Self.seconds(since: start, clock)))
            if best == nil || devScore > best!.score {
                best = (devScore, weights, epoch)
            } else if epoch - best!.epoch >= options.patience {
                break
            }
        }
        // With dev, the best epoch (there is one after the first); without, the last.
        let kept = best.map { ($0.weights, "best epoch \($0.epoch), dev F1 \(Self.percent($0.score))") }
            ?? (perceptron.averaged(), "last epoch \(epochs), no dev set")
        return NERModel(
            features: options.features, rowBits: options.rowBits, weights: kept.0, resources: resources,
            description: description + "; " + kept.1)
    }

    static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let elapsed = (clock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    /// A score as a percentage with two decimals, as conlleval prints it.
    public static func percent(_ score: Double) -> String {
        let hundredths = Int((score * 10000).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// Copies of the documents with the entities the weights predict.
    func tag<Scorer: TagScorer>(_ documents: [Document], with weights: Scorer) -> [Document] {
        documents.map { document in
            var tagged = document
            var extractor = DocumentFeatures(document, model: resources, features: options.features, rowBits: options.rowBits)
            var scorer = weights
            let tags = ViterbiDecoder.run(&extractor, sentences: document.sentences, scorer: &scorer)
            tagged.entities = ViterbiDecoder.entities(tags, sentences: document.sentences)
            return tagged
        }
    }
}
