import Byline
import Foundation
@testable import QuoteAttribution
import Testing
import TestSupport

/// The quote rules' look-ups (the fullest name of a speaker, the coordination a group stands
/// for, the statement "the statement" refers to, the speaker a quotation continues) examine
/// the same number of candidates per quotation in a long document as in a short one: counted
/// work, not time, so a rule that scans back over the whole document for each quotation fails
/// here on any machine.
@Suite struct LookUpWorkTests {
    /// The seed articles `copies` times over, a blank line apart, annotated up to entities.
    static func document(copies: Int) throws -> Document {
        let articles = try Fixtures.seeds().map { try Fixtures.text($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let text = Array(repeating: articles.joined(separator: "\n\n"), count: copies).joined(separator: "\n\n")
        return try Annotation.annotate(text).removingAnnotations([.quotes])
    }

    static func workPerQuote(copies: Int) throws -> (steps: Double, quotes: Int) {
        let work = LookUpWork()
        let quotes = DocumentQuotes(try document(copies: copies)).quotes(work: work)
        return (Double(work.steps) / Double(max(quotes.count, 1)), quotes.count)
    }

    @Test func workPerQuotationDoesNotGrowWithTheDocument() throws {
        let short = try Self.workPerQuote(copies: 2), long = try Self.workPerQuote(copies: 16)
        try #require(short.quotes > 0)
        #expect(long.quotes == 8 * short.quotes)
        // A scan over the document's names, coordinations or quotes would multiply the work
        // per quotation by about eight.
        #expect(long.steps < 1.25 * short.steps, "\(long.steps) look-up steps per quotation in 16 copies, \(short.steps) in 2")
    }
}
