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
        document.entities = model.entities(in: document)
    }
}

/// Which of the two shipped taggers to run (`--ner fast|accurate`): the perceptron, fast and
/// the default, or the BiLSTM-CRF, eighteen times slower and so far no more accurate on any
/// test set (docs/entities.md; models/NEURAL.md).
public enum EntityTaggerKind: String, CaseIterable, Sendable {
    case fast, accurate

    /// The bundled model of this kind, or the model file at `path` (which must be of this kind).
    public func recognizer(modelFile path: String? = nil) throws -> any EntityRecognizer {
        switch (self, path) {
        case (.fast, nil): try NERModel.bundled()
        case (.fast, let path?): try NERModel(contentsOf: path)
        case (.accurate, nil): OneCaseFallback(cased: try NeuralModel.bundled(), oneCase: try NERModel.bundled())
        case (.accurate, let path?): OneCaseFallback(cased: try NeuralModel(contentsOf: path), oneCase: try NERModel.bundled())
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
