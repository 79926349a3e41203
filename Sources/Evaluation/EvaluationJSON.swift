/// `byline evaluate --json`: the results for programs. Precision, recall, F1 and accuracy are
/// fractions (0...1), not percentages; counts are conlleval's.
///
/// ```
/// {"tokens": 51578, "accuracy": 0.98, "phrases": {"gold": 5942, "predicted": 5900, "correct": 5500,
///   "precision": ..., "recall": ..., "f1": ...},
///  "types": {"LOC": {...}, ...},
///  "partial_match": {"strict": {"correct", "incorrect", "partial", "missed", "spurious",
///                    "possible", "actual", "precision", "recall", "f1"}, "exact", "partial", "type"},
///  "confusion": [{"gold": "LOC", "predicted": "ORG", "count": 12}, ...],
///  "documents": [...], "errors": [...], "numbers": {...}, "quotes": {...}}
/// ```
/// `confusion` cells have `gold` null for spurious phrases and `predicted` null for missed ones;
/// `documents` and `errors` are present only when asked for; `numbers` and `quotes` (the
/// `NumberScores` and `QuoteScores` fields) only when the gold has those layers.
public struct EvaluationJSON: Encodable, Sendable {
    struct Score: Encodable, Hashable, Sendable {
        var gold, predicted, correct: Int
        var precision, recall, f1: Double
    }

    struct Scheme: Encodable, Hashable, Sendable {
        var correct, incorrect, partial, missed, spurious, possible, actual: Int
        var precision, recall, f1: Double
    }

    struct PartialMatchSchemes: Encodable, Hashable, Sendable {
        var strict, exact, partial, type: Scheme
    }

    struct ConfusionCell: Encodable, Hashable, Sendable {
        var gold: String?
        var predicted: String?
        var count: Int

        enum CodingKeys: String, CodingKey { case gold, predicted, count }

        // Written out so that a nil type is `null`, not left out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(gold, forKey: .gold)
            try container.encode(predicted, forKey: .predicted)
            try container.encode(count, forKey: .count)
        }
    }

    struct Document: Encodable, Hashable, Sendable {
        var id: String
        var file: String
        var tokens: Int
        var accuracy: Double
        var phrases: Score
    }

    struct Error: Encodable, Hashable, Sendable {
        var kind: String
        var type: String
        var text: String
        var document: String
        var file: String
        var line: Int?
        var sentence: String
        var counterpartType: String?
        var counterpartText: String?

        enum CodingKeys: String, CodingKey {
            case kind, type, text, document, file, line, sentence
            case counterpartType = "counterpart_type", counterpartText = "counterpart_text"
        }
    }

    var tokens: Int
    var accuracy: Double
    var phrases: Score
    var types: [String: Score]
    var partialMatch: PartialMatchSchemes
    var confusion: [ConfusionCell]
    var documents: [Document]?
    var errors: [Error]?
    /// The number and quote layers' scores, when the gold has those layers.
    public var numbers: NumberScores?
    public var quotes: QuoteScores?

    enum CodingKeys: String, CodingKey {
        case tokens, accuracy, phrases, types, confusion, documents, errors, numbers, quotes
        case partialMatch = "partial_match"
    }

    public init(_ evaluation: EntityEvaluation, includeDocuments: Bool = false, includeErrors: Bool = false) {
        let counts = evaluation.conlleval
        tokens = counts.tokens
        accuracy = counts.accuracy
        phrases = Score(counts.phrases)
        types = counts.phrasesByType.mapValues(Score.init)
        let match = evaluation.partialMatch
        partialMatch = PartialMatchSchemes(strict: Scheme(match.strict), exact: Scheme(match.exact),
                                            partial: Scheme(match.partial), type: Scheme(match.type))
        let table = evaluation.confusion
        confusion = (table.goldTypes.map { $0 } + [nil]).flatMap { gold in
            (table.predictedTypes.map { $0 } + [nil]).compactMap { predicted in
                let count = table[gold: gold, predicted: predicted]
                return count > 0 ? ConfusionCell(gold: gold, predicted: predicted, count: count) : nil
            }
        }
        documents = includeDocuments ? evaluation.documents.map {
            Document(id: $0.id, file: $0.file, tokens: $0.counts.tokens, accuracy: $0.counts.accuracy,
                     phrases: Score($0.counts.phrases))
        } : nil
        errors = includeErrors ? evaluation.errors.map {
            Error(kind: $0.kind.rawValue, type: $0.type, text: $0.text, document: $0.document, file: $0.file,
                  line: $0.line, sentence: $0.sentence, counterpartType: $0.counterpart?.type,
                  counterpartText: $0.counterpart?.text)
        } : nil
    }
}

// In extensions, so that the memberwise initializers stay.
extension EvaluationJSON.Score {
    init(_ score: SpanScore) {
        self.init(gold: score.gold, predicted: score.predicted, correct: score.correct,
                  precision: score.precision, recall: score.recall, f1: score.f1)
    }
}

extension EvaluationJSON.Scheme {
    init(_ counts: MatchCounts) {
        self.init(correct: counts.correct, incorrect: counts.incorrect, partial: counts.partial, missed: counts.missed,
                  spurious: counts.spurious, possible: counts.possible, actual: counts.actual,
                  precision: counts.precision, recall: counts.recall, f1: counts.f1)
    }
}
