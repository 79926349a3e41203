#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// conlleval.pl's report, byte for byte:
///
/// ```
/// processed 51578 tokens with 5942 phrases; found: 5942 phrases; correct: 5942.
/// accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
///               LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1837
/// ```
///
/// The second line is left out when no token was processed. Percentages are computed as Perl
/// computes them (`100*correct/found` in doubles) and printed with the C library's `%6.2f`,
/// which is what Perl's `printf` calls, so rounding is identical. Types are sorted by bytes and
/// right-aligned to 17 bytes; as in conlleval, the empty type (tags without a type, like `B`)
/// gets a line for each of gold and found in which it occurs.
public enum ConllevalReport {
    public static func text(_ counts: ConllevalCounts) -> String {
        let phrases = counts.phrases
        var output = "processed \(counts.tokens) tokens with \(phrases.gold) phrases; "
        output += "found: \(phrases.predicted) phrases; correct: \(phrases.correct).\n"
        if counts.tokens > 0 {
            let scores = percentages(phrases)
            output += "accuracy: \(fixed(percent(counts.correctTags, of: counts.tokens)))%; "
            output += "precision: \(fixed(scores.precision))%; recall: \(fixed(scores.recall))%; FB1: \(fixed(scores.f1))\n"
        }
        for type in reportedTypes(counts) {
            let score = counts.phrasesByType[type] ?? SpanScore()
            let scores = percentages(score)
            output += String(repeating: " ", count: max(0, 17 - type.utf8.count)) + type + ": "
            output += "precision: \(fixed(scores.precision))%; recall: \(fixed(scores.recall))%; "
            output += "FB1: \(fixed(scores.f1))  \(score.predicted)\n"
        }
        return output
    }

    /// Precision, recall and FB1 in percent, as conlleval computes them (0 where undefined).
    public static func percentages(_ score: SpanScore) -> (precision: Double, recall: Double, f1: Double) {
        let precision = percent(score.correct, of: score.predicted)
        let recall = percent(score.correct, of: score.gold)
        return (precision, recall, f1Score(precision: precision, recall: recall))
    }

    /// `100*part/whole` evaluated as Perl does (the product is exact, then one division); 0 for
    /// an empty whole.
    static func percent(_ part: Int, of whole: Int) -> Double {
        ratio(Double(100 * part), of: whole)
    }

    /// The type lines conlleval prints, in its order: the gold types and the found types merged,
    /// sorted by bytes, a repeat dropped unless it follows the empty type (Perl's `not($lastType)`
    /// is true for the empty string).
    static func reportedTypes(_ counts: ConllevalCounts) -> [String] {
        var merged: [String] = []
        for (type, score) in counts.phrasesByType {
            if score.gold > 0 { merged.append(type) }
            if score.predicted > 0 { merged.append(type) }
        }
        merged.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var types: [String] = []
        var last: String? = nil
        for type in merged {
            if last == nil || last == "" || last != type { types.append(type) }
            last = type
        }
        return types
    }

    /// `value` as `printf("%6.2f")` writes it.
    public static func fixed(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%6.2f", $0) }
        return String(decoding: buffer.prefix(max(0, min(Int(count), buffer.count - 1))).map { UInt8(bitPattern: $0) },
                      as: UTF8.self)
    }
}
