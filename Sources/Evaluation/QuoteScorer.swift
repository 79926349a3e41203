import BylineCore
import Formats

/// Scores predicted quotes against gold ones in a document with the same tokens.
///
/// Content is scored twice, each time matching one to one:
/// - exact: a predicted quote matches a gold quote whose content has the same tokens (of
///   duplicates, the first stored is matched; the others are spurious);
/// - overlap: a predicted quote matches a gold quote whose content shares at least one token
///   with it. Pairs are taken greedily, the largest overlap (in tokens) first; ties go to the
///   pair whose gold quote comes first in the text, then whose predicted quote does (quotes
///   ordered by their content's first token, then its last, then as stored). So with nested
///   gold quotes each prediction goes to the quote it covers most, and a second prediction can
///   still match the other one.
///
/// The attributes are compared over the overlap-matched pairs, so their denominator is the
/// number of matched gold quotes:
/// - speaker span: the predicted speaker has the same tokens as gold's; when gold has no
///   speaker, only a prediction with none is right;
/// - speaker name: the canonical speaker (or, without one, the speaker mention's text)
///   compared case-insensitively with white space collapsed; no name on both sides is right;
/// - cue: the same cue tokens (or none on both sides);
/// - kind: the same `QuoteKind`.
/// The per-kind scores (`direct`, `mixed`, `indirect`) count gold and predicted quotes of that
/// kind; an overlap-matched pair is correct for a kind when both quotes are of it.
///
/// A quote of several parts ("“X,” he said, “Y.”") is one quote whose content is the span of
/// its parts: one match, however a gold file or a prediction cuts it.
///
/// Quotes with empty content, or content outside the document's tokens, are not counted.
public enum QuoteScorer {
    /// Throws when the documents do not have the same number of tokens.
    public static func score(gold: Document, predicted: Document) throws(InputError) -> QuoteScores {
        try requireSameTokens(gold: gold, predicted: predicted)
        let goldQuotes = scorable(gold)
        let predictedQuotes = scorable(predicted)
        var scores = QuoteScores()
        scores.exact = exactMatches(gold: goldQuotes, predicted: predictedQuotes)
        scores.overlap = SpanScore(correct: 0, predicted: predictedQuotes.count, gold: goldQuotes.count)
        for kind in QuoteKind.allCases {
            scores[kind] = SpanScore(correct: 0, predicted: predictedQuotes.count(where: { $0.kind == kind }),
                                     gold: goldQuotes.count(where: { $0.kind == kind }))
        }
        for (goldIndex, predictedIndex) in overlapMatches(gold: goldQuotes, predicted: predictedQuotes) {
            let goldQuote = goldQuotes[goldIndex], predictedQuote = predictedQuotes[predictedIndex]
            scores.overlap.correct += 1
            if goldQuote.kind == predictedQuote.kind { scores[goldQuote.kind].correct += 1 }
            scores.speakerSpan.count(goldQuote.speaker == predictedQuote.speaker)
            scores.speakerName.count(speakerName(goldQuote, in: gold) == speakerName(predictedQuote, in: predicted))
            scores.cue.count(goldQuote.cue == predictedQuote.cue)
            scores.kind.count(goldQuote.kind == predictedQuote.kind)
        }
        return scores
    }

    /// The quotes that count, in text order: content's first token, then its last, then as stored.
    private static func scorable(_ document: Document) -> [Quote] {
        document.quotes.enumerated()
            .filter { isScorable($0.element.content, tokenCount: document.tokens.count) }
            .sorted { ($0.element.content.lowerBound, $0.element.content.upperBound, $0.offset)
                    < ($1.element.content.lowerBound, $1.element.content.upperBound, $1.offset) }
            .map(\.element)
    }

    private static func exactMatches(gold: [Quote], predicted: [Quote]) -> SpanScore {
        var unmatched: [Range<Int>: Int] = [:]
        for quote in predicted { unmatched[quote.content, default: 0] += 1 }
        var score = SpanScore(correct: 0, predicted: predicted.count, gold: gold.count)
        for quote in gold where unmatched[quote.content, default: 0] > 0 {
            unmatched[quote.content]! -= 1
            score.correct += 1
        }
        return score
    }

    /// One-to-one pairs (gold index, predicted index) of quotes whose content overlaps, taken
    /// greedily by largest overlap, ties by position.
    static func overlapMatches(gold: [Quote], predicted: [Quote]) -> [(gold: Int, predicted: Int)] {
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (goldIndex, goldQuote) in gold.enumerated() {
            for (predictedIndex, predictedQuote) in predicted.enumerated() {
                let overlap = goldQuote.content.clamped(to: predictedQuote.content).count
                if overlap > 0 { candidates.append((overlap, goldIndex, predictedIndex)) }
            }
        }
        candidates.sort { (-$0.overlap, $0.gold, $0.predicted) < (-$1.overlap, $1.gold, $1.predicted) }
        var goldTaken = [Bool](repeating: false, count: gold.count)
        var predictedTaken = [Bool](repeating: false, count: predicted.count)
        var pairs: [(gold: Int, predicted: Int)] = []
        for candidate in candidates where !goldTaken[candidate.gold] && !predictedTaken[candidate.predicted] {
            goldTaken[candidate.gold] = true
            predictedTaken[candidate.predicted] = true
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs
    }

    /// The name a quote is credited to, for comparison: the canonical speaker, else the speaker
    /// mention's (normalized) text; lowercased, white space collapsed; nil when there is none.
    static func speakerName(_ quote: Quote, in document: Document) -> String? {
        var name = quote.canonicalSpeaker
        if name == nil, let speaker = quote.speaker, isScorable(speaker, tokenCount: document.tokens.count) {
            let start = document.tokens[speaker.lowerBound].span.start
            let end = max(start, document.tokens[speaker.upperBound - 1].span.end)
            name = String(document.text(TextSpan(start, end)))
        }
        guard let collapsed = name?.collapsingWhitespace().lowercased(), !collapsed.isEmpty else { return nil }
        return collapsed
    }
}

/// Quote scores of one document or, summed with `+`, of many.
public struct QuoteScores: Hashable, Sendable, Codable {
    /// Content matched by exactly the same tokens.
    public var exact = SpanScore()
    /// Content matched by overlap (at least one shared token), one to one.
    public var overlap = SpanScore()
    /// Over overlap-matched pairs: the same speaker tokens (no speaker on both sides is right).
    public var speakerSpan = AttributeAccuracy()
    /// Over overlap-matched pairs: the same canonical speaker name (see `QuoteScorer`).
    public var speakerName = AttributeAccuracy()
    /// Over overlap-matched pairs: the same cue tokens (no cue on both sides is right).
    public var cue = AttributeAccuracy()
    /// Over overlap-matched pairs: the same kind.
    public var kind = AttributeAccuracy()
    /// Overlap-matched content of each kind: correct when gold and prediction are both of it.
    public var direct = SpanScore()
    public var mixed = SpanScore()
    public var indirect = SpanScore()

    public init() {}

    /// The overlap score of one kind of quote.
    public subscript(kind: QuoteKind) -> SpanScore {
        get {
            switch kind {
            case .direct: direct
            case .mixed: mixed
            case .indirect: indirect
            }
        }
        set {
            switch kind {
            case .direct: direct = newValue
            case .mixed: mixed = newValue
            case .indirect: indirect = newValue
            }
        }
    }

    public static func + (lhs: QuoteScores, rhs: QuoteScores) -> QuoteScores {
        var sum = QuoteScores()
        sum.exact = lhs.exact + rhs.exact
        sum.overlap = lhs.overlap + rhs.overlap
        sum.speakerSpan = lhs.speakerSpan + rhs.speakerSpan
        sum.speakerName = lhs.speakerName + rhs.speakerName
        sum.cue = lhs.cue + rhs.cue
        sum.kind = lhs.kind + rhs.kind
        for kind in QuoteKind.allCases { sum[kind] = lhs[kind] + rhs[kind] }
        return sum
    }

    /// The scores as text, one figure a line:
    ///
    ///     quotes exact:   gold 10; found 9; correct 7; precision  77.78%; recall  70.00%; FB1  73.68
    ///     quotes overlap: gold 10; found 9; correct 8; precision  88.89%; recall  80.00%; FB1  84.21
    ///       direct:       gold 6; found 5; correct 5; precision 100.00%; recall  83.33%; FB1  90.91
    ///       mixed:        ...
    ///       indirect:     ...
    ///       speaker span accuracy  87.50% (7 of 8)
    ///       speaker name accuracy 100.00% (8 of 8)
    ///       cue          accuracy  75.00% (6 of 8)
    ///       kind         accuracy 100.00% (8 of 8)
    public var report: String {
        let spans = [("quotes exact", exact), ("quotes overlap", overlap)]
            + QuoteKind.allCases.map { ("  " + $0.rawValue, self[$0]) }
        let spanWidth = spans.map(\.0.count).max() ?? 0
        let attributes = [("speaker span", speakerSpan), ("speaker name", speakerName), ("cue", cue), ("kind", kind)]
        let attributeWidth = attributes.map(\.0.count).max() ?? 0
        let lines = spans.map { ReportLines.span($0.0, $0.1, width: spanWidth) }
            + attributes.map { ReportLines.accuracy($0.0, $0.1, width: attributeWidth) }
        return lines.joined(separator: "\n") + "\n"
    }
}
