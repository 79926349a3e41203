import BylineCore

/// The number stage: finds every number mention in each sentence and resolves it to its kind,
/// exact value, bounds, unit, ISO 8601 calendar form and counted noun (see `NumberMention`).
///
/// It reads the normalized text's bytes through the token spans, never building a String per
/// token, and uses the entity layer when there is one (digits inside a name are no quantity).
/// Dates written without a year take it from the document's date (`Document.date`: given, or
/// else the dateline, a complete date in its first three sentences, "Dec 7 2023", which then
/// becomes the document's date), or else from the last complete date written before them,
/// choosing the year that puts them nearest to it; without either they are written as ISO
/// 8601 month-days ("--12-07").
public struct NumberExtractor: Stage {
    public let name = "numbers"
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let produces: Set<Layer> = [.numbers]

    private let lexicon: Lexicon

    public init() {
        lexicon = Lexicon.shared
    }

    public func process(_ document: inout Document) throws {
        var mentions: [NumberMention] = []
        var dates: [DateMention] = []
        var times: [(Int, TimeValue)] = []
        var text = document.text
        let tokenCount = document.tokens.count
        let sentences = document.sentences
        text.withUTF8 { bytes in
            let table = TokenTable(document, bytes: bytes, lexicon: lexicon)
            var found: [(Int, CalendarDate)] = []
            for (number, sentence) in sentences.enumerated() {
                let tokens = sentence.tokens.clamped(to: 0..<tokenCount)
                guard !tokens.isEmpty else { continue }
                found.removeAll(keepingCapacity: true)
                SentenceScanner(table: table, lexicon: lexicon, tokens: tokens).scan(into: &mentions, dates: &found, times: &times)
                dates += found.map { DateMention(mention: $0.0, date: $0.1, sentence: number) }
            }
        }
        if document.date == nil { document.date = Self.dateline(dates) }
        Self.resolve(dates, documentDate: document.date, in: &mentions)
        // Time expressions take only the document's date: a date elsewhere in the text may
        // be far from when it was written ("on Thursday" after "the 1998 accord").
        for (mention, time) in times { mentions[mention].calendar = time.resolved(against: document.date, time: document.time) }
        document.numbers = mentions
    }

    /// A date mention, by its index in the mentions, and the sentence it is in.
    struct DateMention {
        var mention: Int
        var date: CalendarDate
        var sentence: Int
    }

    /// The headline, a subhead and the dateline line: where a dateline is looked for.
    static let datelineSentences = 3

    /// The first complete date in the dateline sentences, as the document's date.
    static func dateline(_ dates: [DateMention]) -> CalendarDay? {
        guard let date = dates.first(where: { $0.sentence < datelineSentences && $0.date.isComplete })?.date,
              let year = date.year, let day = date.day else { return nil }
        return CalendarDay(year: year, month: date.month, day: day)
    }

    /// Writes each date's ISO 8601 form, taking a missing year from the document's date, or
    /// else from the last complete date before it.
    static func resolve(_ dates: [DateMention], documentDate: CalendarDay?, in mentions: inout [NumberMention]) {
        let reference = documentDate.map { CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
        var lastComplete: CalendarDate? = nil
        for dated in dates {
            var date = dated.date
            // The tense places a date around when it was written, not around another date.
            if reference == nil { date.direction = .nearest }
            mentions[dated.mention].calendar = date.iso(reference: reference ?? lastComplete)
            if dated.date.isComplete { lastComplete = dated.date }
        }
    }
}
