/// The sections `byline evaluate` prints after conlleval's report when asked for them, each
/// starting with a blank line and a heading, percentages as conlleval prints them (`%6.2f`).
public enum EvaluationReport {
    /// Which sections to print after conlleval's report.
    public struct Sections: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let perDocument = Sections(rawValue: 1 << 0)
        public static let confusion = Sections(rawValue: 1 << 1)
        public static let partialMatch = Sections(rawValue: 1 << 2)
        public static let errors = Sections(rawValue: 1 << 3)
    }

    /// conlleval's report followed by the requested sections; exactly conlleval's report when
    /// none is requested.
    public static func text(_ evaluation: EntityEvaluation, sections: Sections = []) -> String {
        var output = ConllevalReport.text(evaluation.conlleval)
        if sections.contains(.perDocument) { output += "\n" + perDocument(evaluation.documents) }
        if sections.contains(.confusion) { output += "\n" + confusion(evaluation.confusion) }
        if sections.contains(.partialMatch) { output += "\n" + partialMatch(evaluation.partialMatch) }
        if sections.contains(.errors) { output += "\n" + errors(evaluation.errors) }
        return output
    }

    /// One line per document, in conlleval's words:
    /// `doc#1: processed 12 tokens with 3 phrases; found: 2 phrases; correct: 2; precision: ...`
    public static func perDocument(_ documents: [EntityEvaluation.DocumentScore]) -> String {
        var output = "per document:\n"
        for document in documents {
            let phrases = document.counts.phrases
            let scores = ConllevalReport.percentages(phrases)
            output += "\(document.id): processed \(document.counts.tokens) tokens with \(phrases.gold) phrases; "
            output += "found: \(phrases.predicted) phrases; correct: \(phrases.correct); "
            output += "precision: \(fixed(scores.precision))%; recall: \(fixed(scores.recall))%; FB1: \(fixed(scores.f1))\n"
        }
        return output
    }

    /// Gold types down, predicted types across, for phrases with the same tokens; the last
    /// column counts gold phrases no prediction has the tokens of (missed), the last row
    /// predicted phrases no gold phrase has the tokens of (spurious).
    public static func confusion(_ table: ConfusionTable) -> String {
        let columns: [String?] = table.predictedTypes.map { $0 } + [nil]
        let rows: [String?] = table.goldTypes.map { $0 } + [nil]
        let corner = "gold \\ predicted"
        func cell(_ row: String?, _ column: String?) -> String {
            row == nil && column == nil ? "-" : String(table[gold: row, predicted: column])
        }
        let headers = columns.map { $0 ?? "missed" }
        let labels = rows.map { $0 ?? "spurious" }
        let labelWidth = max(corner.count, labels.map(\.count).max() ?? 0)
        let widths = columns.indices.map { index in
            max(headers[index].count, rows.map { cell($0, columns[index]).count }.max() ?? 0)
        }
        func line(_ label: String, _ values: [String]) -> String {
            var text = label + String(repeating: " ", count: labelWidth - label.count)
            for (index, value) in values.enumerated() {
                text += "  " + String(repeating: " ", count: widths[index] - value.count) + value
            }
            return text + "\n"
        }
        var output = "confusion (phrases with the same tokens; gold down, predicted across):\n"
        output += line(corner, headers)
        for (index, row) in rows.enumerated() { output += line(labels[index], columns.map { cell(row, $0) }) }
        return output
    }

    /// The four SemEval-2013 schemes (see `PartialMatch` for their definitions and formulas).
    public static func partialMatch(_ match: PartialMatch) -> String {
        var output = "partial match (SemEval-2013 Task 9.1 schemes):\n"
        for (name, counts) in match.schemes {
            output += String(repeating: " ", count: 7 - name.count) + name + ": "
            output += "correct: \(counts.correct); incorrect: \(counts.incorrect); partial: \(counts.partial); "
            output += "missed: \(counts.missed); spurious: \(counts.spurious); "
            output += "precision: \(fixed(100 * counts.precision))%; recall: \(fixed(100 * counts.recall))%; "
            output += "FB1: \(fixed(100 * counts.f1))\n"
        }
        return output
    }

    /// One line per error: kind, type, place, the sentence with the phrase in brackets, and the
    /// phrase it was paired with in the other column.
    public static func errors(_ errors: [EntityError]) -> String {
        var output = "errors (\(errors.count)):\n"
        for error in errors {
            let place = error.line.map { "\(error.file):\($0)" } ?? error.document
            output += "\(error.kind.rawValue) \(error.type) at \(place): \(error.sentence)"
            if let counterpart = error.counterpart {
                let side = error.kind == .falsePositive ? "gold" : "predicted"
                output += " (\(side) \(counterpart.type): \(counterpart.text))"
            }
            output += "\n"
        }
        return output
    }

    private static func fixed(_ value: Double) -> String { ConllevalReport.fixed(value) }
}
