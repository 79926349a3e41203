import BylineCore

/// What the entity stage needs of a tagger: the entities of a document whose sentences and
/// tokens are made. The averaged perceptron (`NERModel`, `--ner fast`) and the BiLSTM-CRF
/// (`NeuralModel`, `--ner accurate`) both are one.
public protocol EntityRecognizer: Sendable {
    func entities(in document: Document) -> [Entity]
}

extension NERModel: EntityRecognizer {}

/// The entity stage: tags PER, LOC, ORG and MISC over the tokens of each sentence.
public struct EntityTagger: Stage {
    public let model: any EntityRecognizer
    public let name = "entities"
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let produces: Set<Layer> = [.entities]

    public init(model: any EntityRecognizer) { self.model = model }

    public func process(_ document: inout Document) throws {
        document.entities = DatelineCredit.tagged(model.entities(in: document), in: document)
    }
}

/// Which of the two shipped taggers to run (`--ner fast|accurate`): the perceptron, fast and
/// the default, or the BiLSTM-CRF guided by the perceptron, fifteen times slower and about two
/// points more accurate (docs/entities.md; models/NEURAL.md).
public enum EntityTaggerKind: String, CaseIterable, Sendable {
    case fast, accurate

    /// The bundled model of this kind, or the model file at `path` (which must be of this kind).
    /// `guideWeight` replaces the accurate tagger's share of the perceptron's scores (for
    /// choosing it on a development set with `byline evaluate --guide-weight`).
    public func recognizer(modelFile path: String? = nil, guideWeight: Float? = nil) throws -> any EntityRecognizer {
        switch (self, path) {
        case (.fast, let path):
            let fast = try path.map { try NERModel(contentsOf: $0) } ?? NERModel.bundled()
            return OneCaseFallback(cased: fast, oneCase: fast)
        case (.accurate, let path):
            let fast = try NERModel.bundled()
            let network = try path.map { try NeuralModel(contentsOf: $0) } ?? NeuralModel.bundled()
            let guided = PerceptronGuidedNetwork(
                network: network, guide: fast, weight: guideWeight ?? PerceptronGuidedNetwork.agreementWeight)
            return OneCaseFallback(cased: guided, oneCase: fast)
        }
    }
}

/// A tagger with the perceptron for text written in one case: a whole document (the accurate
/// tagger's network learnt names from their capitals: the first one tagged CoNLL-2003 test
/// lowercased at F1 2.8, in capitals at 71.5; the perceptron has features of its own for such
/// a document, learnt from recased copies of the training set: 86.6 and 87.6), and, inside a
/// cased document, its sentences written all in lowercase, read together as a lowercase
/// document (CoNLL-2003 dev with every fourth sentence of a document lowercased: those
/// sentences' F1 8.4 with the perceptron and the document as it is, 89.0 read so).
/// `--ner fast` is the perceptron for both parts, `--ner accurate` the guided network for the cased one.
public struct OneCaseFallback: EntityRecognizer {
    public let cased: any EntityRecognizer
    public let oneCase: NERModel

    public init(cased: any EntityRecognizer, oneCase: NERModel) {
        self.cased = cased
        self.oneCase = oneCase
    }

    public func entities(in document: Document) -> [Entity] {
        guard DocumentCase(document) == .mixed else { return oneCase.entities(in: document) }
        let found = cased.entities(in: document)
        let lowercase = Self.lowercaseSentences(of: document)
        guard !lowercase.isEmpty else { return found }
        // Sentences written all in lowercase inside a cased document (a quoted post, a
        // transcript's line): the perceptron reads them as a lowercase document of their own.
        var part = document
        part.tokens = lowercase.flatMap { document.tokens[$0.tokens] }
        var start = 0
        part.sentences = lowercase.map { sentence in
            defer { start += sentence.tokens.count }
            return Sentence(span: sentence.span, tokens: start..<start + sentence.tokens.count)
        }
        let offsets = lowercase.flatMap { Array($0.tokens) }
        let retagged = oneCase.entities(in: part).map { entity in
            Entity(tokens: offsets[entity.tokens.lowerBound]..<offsets[entity.tokens.upperBound - 1] + 1, type: entity.type)
        }
        let kept = found.filter { entity in !lowercase.contains { $0.tokens.overlaps(entity.tokens) } }
        return (kept + retagged).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The sentences of at least `lowercaseWords` words with letters and no capital (one pass,
    /// which stops in a sentence at its first capital: most stop at their first word).
    static func lowercaseSentences(of document: Document) -> [Sentence] {
        TokenProfile.reading(document) { profiles in
            document.sentences.filter { sentence in
                var words = 0
                for index in sentence.tokens {
                    // A profile is computed on access (the token's hashes): once a token.
                    let flags = profiles[index].flags
                    guard flags.contains(.hasLetter) else { continue }
                    if !flags.isDisjoint(with: [.initialCapital, .allCapitals]) { return false }
                    words += 1
                }
                return words >= lowercaseWords
            }
        }
    }

    /// Fewer lowercase words than this ("iPhone", "e.g.") say nothing about the sentence's case.
    static let lowercaseWords = 3
}

/// The accurate tagger's mixed-case path: the BiLSTM-CRF and the perceptron decode each
/// sentence together, the best path by the network's score plus `weight` times the
/// perceptron's (a product of the two models). The two are wrong in different places (features
/// and whole documents against vectors and characters), and each one's confidence counts where
/// they differ (docs/entities.md).
public struct PerceptronGuidedNetwork: EntityRecognizer {
    public let network: NeuralModel
    public let guide: NERModel
    /// The perceptron's share of a path's score, per unit of its largest weight; chosen in
    /// session 14 on `valid.txt` with both models trained without it, among 1.5 to 5 (dev 95.04
    /// at 1.5, 95.15 at 2, 95.17 at 2.5; 95.11 with the tag bonus it replaced), the smallest not
    /// under the bonus on dev, as the hand-made sets gained most with the network's share
    /// largest (docs/entities.md has the table).
    public static let agreementWeight: Float = 2
    /// The share this tagger gives the perceptron (`agreementWeight` unless chosen otherwise).
    public let weight: Float

    public init(network: NeuralModel, guide: NERModel, weight: Float = Self.agreementWeight) {
        self.network = network
        self.guide = guide
        self.weight = weight
    }

    public func entities(in document: Document) -> [Entity] {
        network.entities(in: document, guide: NeuralNetwork.Guide(perceptron: guide.scores(in: document), weight: weight))
            .compactMap { PersonTitles.withoutTitle($0, in: document) }
    }
}
