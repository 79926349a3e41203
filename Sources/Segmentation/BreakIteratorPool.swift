import Synchronization

/// Reuses ICU break iterators across documents and threads.
///
/// Opening a sentence iterator with abbreviation suppressions costs far more than splitting
/// a short article, and an iterator is mutable, so a stage shared by threads lends one per call.
final class BreakIteratorPool: Sendable {
    private let kind: ICUBreakIterator.Kind
    private let locale: String
    private let idle = Mutex<[Lent]>([])

    /// An idle iterator. ICU iterators are not tied to a thread; the pool lends each to one
    /// caller at a time, which is the whole of the safety this unchecked conformance claims.
    private struct Lent: @unchecked Sendable { let iterator: ICUBreakIterator }

    init(kind: ICUBreakIterator.Kind, locale: String) throws {
        self.kind = kind
        self.locale = locale
        // Open one now so a bad locale or missing ICU data fails at construction.
        let first = try ICUBreakIterator(kind: kind, locale: locale)
        idle.withLock { $0.append(Lent(iterator: first)) }
    }

    func withIterator<Result>(_ body: (ICUBreakIterator) throws -> Result) throws -> Result {
        let iterator = try idle.withLock { $0.popLast()?.iterator } ?? ICUBreakIterator(kind: kind, locale: locale)
        defer { idle.withLock { $0.append(Lent(iterator: iterator)) } }
        return try body(iterator)
    }
}
