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
    /// `guideWeight` replaces the accurate tagger's bonus on the perceptron's tags (for choosing
    /// it on a development set with `byline evaluate --guide-weight`).
    public func recognizer(modelFile path: String? = nil, guideWeight: Float? = nil) throws -> any EntityRecognizer {
        switch (self, path) {
        case (.fast, nil): return try NERModel.bundled()
        case (.fast, let path?): return try NERModel(contentsOf: path)
        case (.accurate, let path):
            let fast = try NERModel.bundled()
            let network = try path.map { try NeuralModel(contentsOf: $0) } ?? NeuralModel.bundled()
            let guided = PerceptronGuidedNetwork(
                network: network, guide: fast, weight: guideWeight ?? PerceptronGuidedNetwork.agreementWeight)
            return OneCaseFallback(cased: guided, oneCase: fast)
        }
    }
}

/// The accurate tagger with the fast one for a document written in one case. The neural model
/// learnt names from their capitals (the first one tagged CoNLL-2003 test lowercased at F1
/// 2.8, in capitals at 71.5); the perceptron has features of its own for such a document,
/// learnt from recased copies of the training set (86.6 and 87.6).
public struct OneCaseFallback: EntityRecognizer {
    public let cased: any EntityRecognizer
    public let oneCase: NERModel

    public init(cased: any EntityRecognizer, oneCase: NERModel) {
        self.cased = cased
        self.oneCase = oneCase
    }

    public func entities(in document: Document) -> [Entity] {
        DocumentCase(document) == .mixed ? cased.entities(in: document) : oneCase.entities(in: document)
    }
}

/// The accurate tagger's mixed-case path: the BiLSTM-CRF decodes each sentence with a bonus on
/// the tags the perceptron gave it. The two are wrong in different places (features and whole
/// documents against vectors and characters), and where the network hesitates the
/// perceptron's tag decides: dev 94.72 against 93.55 and 94.12 alone (docs/entities.md).
public struct PerceptronGuidedNetwork: EntityRecognizer {
    public let network: NeuralModel
    public let guide: NERModel
    /// Added to the emission score of the perceptron's tag; chosen on `valid.txt` among 0.5, 1,
    /// 1.5, 2, 3, 5 and 8 with the 64-unit network (94.26 at 1, 94.35 at 1.5, 94.28 at 2, 93.54
    /// at 8) and still the best with the 128-unit one trained on train.txt (94.58, 94.72, 94.65).
    /// A separate weight for O changed dev by at most 0.01.
    public static let agreementWeight: Float = 1.5
    /// The bonus this tagger adds (`agreementWeight` unless chosen otherwise).
    public let weight: Float

    public init(network: NeuralModel, guide: NERModel, weight: Float = Self.agreementWeight) {
        self.network = network
        self.guide = guide
        self.weight = weight
    }

    public func entities(in document: Document) -> [Entity] {
        let tags = NeuralModel.encode(guide.entities(in: document), tokenCount: document.tokens.count)
        return network.entities(in: document, guide: NeuralNetwork.Guide(tags: tags, weight: weight))
    }
}
