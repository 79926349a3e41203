import BylineCore

/// Finds the quotations of a document and who said them: the quote layer.
///
/// Quotations between marks (straight, typographic, guillemets; nested; over sentences and,
/// in the news convention, over paragraphs) are direct or mixed; a speech verb's finite clause
/// and a clause credited `according to` someone are indirect. Each gets the speaker mention,
/// the cue and the canonical speaker that the patterns of news writing give it (see
/// `SpeakerFinder`, `IndirectSpeechFinder`, `SpeakerResolver`). Works on the normalized text,
/// where typographic quotes are `"` and `'`; their direction is read from the source.
public struct QuoteAttributor: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.sentences, .tokens, .entities]
    public let produces: Set<Layer> = [.quotes]

    public init() {}

    public func process(_ document: inout Document) throws {
        document.quotes = DocumentQuotes(document).quotes()
    }
}

/// One document's run of the rules.
struct DocumentQuotes {
    private struct Found {
        var content: Range<Int>
        var kind: QuoteKind
        var speaker: SpeakerMention?
        var cue: Range<Int>?
        /// Inside another quotation: never the speaker a later quotation continues.
        var nested = false
    }

    /// An unattributed mixed quotation shorter than this is taken for a name or scare quotes
    /// (the "Islamic State", "Oppenheimer") and not reported.
    static let unattributedMixedMinimum = 3

    private let document: Document
    private let table: TokenTable
    private let quotations: [Quotation]
    /// The tokens that are quotation marks.
    private let marks: Set<Int>
    private let grammar: Grammar
    private let speakers: SpeakerFinder

    init(_ document: Document) {
        self.document = document
        let table = TokenTable(document)
        let quotations = QuotationFinder.quotations(in: table)
        var quoted = [Bool](repeating: false, count: table.count)
        var marks = Set<Int>()
        for quotation in quotations {
            marks.insert(quotation.open)
            quoted[quotation.open] = true
            for token in quotation.content { quoted[token] = true }
            if let close = quotation.close {
                marks.insert(close)
                quoted[close] = true
            }
        }
        self.table = table
        self.quotations = quotations
        self.marks = marks
        self.grammar = Grammar(table: table, quoted: quoted)
        self.speakers = SpeakerFinder(grammar: grammar, quotations: quotations)
    }

    /// - Parameter work: counts the candidates the look-ups examine.
    func quotes(work: LookUpWork = LookUpWork()) -> [Quote] {
        let clauses = IndirectSpeechFinder(grammar: grammar, speakers: speakers, quotations: quotations).clauses()
        var found = clauses.map { Found(content: $0.content, kind: .indirect, speaker: $0.speaker, cue: $0.cue) }
        // A clause lies in one sentence: only those of a quotation's sentence can hold it.
        var clausesOfSentence: [Int: [ReportedClause]] = [:]
        for clause in clauses { clausesOfSentence[Int(table[clause.content.lowerBound].sentence), default: []].append(clause) }
        var speakersOfClauses = AttributedQuotes(), speakersOfQuotations = AttributedQuotes()
        for clause in found { speakersOfClauses.insert(clause, work: work) }
        var kinds = [QuoteKind?](repeating: nil, count: quotations.count)
        let classifier = QuotationKind(table: table)
        for (index, quotation) in quotations.enumerated() {
            let bounds = quotation.parent.map { quotations[$0].content }
            var attribution = speakers.attribution(of: quotation, within: bounds)
            let sentenceClauses = clausesOfSentence[Int(table[quotation.open].sentence)] ?? []
            work.add(sentenceClauses.count)
            if attribution?.place != .after, bounds == nil, let clause = sentenceClauses.first(where: {
                $0.content.contains(quotation.open) && $0.content.contains(quotation.content.upperBound - 1)
            }) {
                attribution = Attribution(speaker: clause.speaker, cue: clause.cue, place: .clause)
            }
            let kind = classifier.kind(of: quotation, attribution: attribution,
                                       previousInSentence: previousInSentence(index, kinds))
            kinds[index] = kind
            if attribution == nil, bounds == nil {
                let last = [speakersOfClauses.last(before: quotation.open, work: work),
                            speakersOfQuotations.last(before: quotation.open, work: work)]
                    .compactMap { $0 }.max { $0.content.lowerBound < $1.content.lowerBound }
                attribution = last.flatMap { continuation(of: quotation, kind: kind, after: $0) }
                    ?? (kind == .direct ? precedingPerson(of: quotation) : nil)
            }
            if kind == .mixed, isTitle(quotation), !isIntroduced(quotation) { continue }
            guard attribution != nil || kind == .direct || isSubstantial(quotation) else { continue }
            found.append(Found(content: quotation.content, kind: kind, speaker: attribution?.speaker,
                               cue: attribution?.cue, nested: bounds != nil))
            speakersOfQuotations.insert(found[found.count - 1], work: work)
        }
        return quotes(found, work: work)
    }

    /// The quotes found so far that have a speaker and stand alone (not nested), by where their
    /// content starts, those starting at the same token in the order found: the last of them
    /// before a quotation is the speaker it may continue.
    private struct AttributedQuotes {
        private var quotes: [Found] = []

        mutating func insert(_ quote: Found, work: LookUpWork) {
            guard quote.speaker != nil, !quote.nested else { return }
            let start = quote.content.lowerBound
            quotes.insert(quote, at: firstIndex(in: quotes, where: { $0.content.lowerBound > start }, work: work))
        }

        /// The first found of those that start last before `token`.
        func last(before token: Int, work: LookUpWork) -> Found? {
            let end = firstIndex(in: quotes, where: { $0.content.lowerBound >= token }, work: work)
            guard end > 0 else { return nil }
            let start = quotes[end - 1].content.lowerBound
            return quotes[firstIndex(in: quotes, where: { $0.content.lowerBound >= start }, work: work)]
        }
    }

    /// The quote layer: canonical names resolved in the order of the speaker mentions (a
    /// pronoun looks back at the speakers before it), quotes in text order, a direct quotation
    /// and the ones that go on from it after its attribution joined as parts of one quote.
    private func quotes(_ found: [Found], work: LookUpWork) -> [Quote] {
        var resolver = SpeakerResolver(document: document, grammar: grammar, work: work)
        var names: [Range<Int>: String] = [:]
        var seen = Set<Range<Int>>()
        for mention in found.compactMap(\.speaker).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
        where seen.insert(mention.tokens).inserted {
            names[mention.tokens] = resolver.canonicalName(for: mention)
        }
        var written = Set<QuoteKey>()
        var quotes: [(found: Found, parts: [Range<Int>])] = []
        var lastDirect: Int? = nil
        for quote in found.sorted(by: { ($0.content.lowerBound, -$0.content.upperBound) < ($1.content.lowerBound, -$1.content.upperBound) })
        where written.insert(QuoteKey(content: quote.content, kind: quote.kind)).inserted {
            if let index = lastDirect, goesOn(quotes[index].found, quotes[index].parts.last!, with: quote) {
                quotes[index].parts.append(quote.content)
                continue
            }
            // A quote after the last direct one (not nested in it) ends what can go on from it.
            if !quote.nested, lastDirect.map({ quote.content.lowerBound >= quotes[$0].parts.last!.upperBound }) ?? true {
                lastDirect = quote.kind == .direct ? quotes.count : nil
            }
            quotes.append((quote, [quote.content]))
        }
        return quotes.map { quote, parts in
            Quote(parts: parts, kind: quote.kind, speaker: quote.speaker?.tokens, cue: quote.cue,
                  canonicalSpeaker: quote.speaker.flatMap { names[$0.tokens] })
        }
    }

    /// Whether a direct quotation goes on in `next` after its attribution: `next` is direct,
    /// credited to the same speaker mention or to none, in the same paragraph, and what lies
    /// between the two is the sentence of the first one's attribution (which holds its speaker
    /// or cue), quotation marks and punctuation: "“We are ready,” he said, “to talk.”" and
    /// "“We are ready,” Michel told reporters in Brussels. “We will talk.”" are one quote each.
    private func goesOn(_ first: Found, _ lastPart: Range<Int>, with next: Found) -> Bool {
        guard next.kind == .direct, !next.nested, let speaker = first.speaker,
              next.speaker == nil || next.speaker?.tokens == speaker.tokens,
              next.cue == nil || next.cue == first.cue,
              lastPart.upperBound < next.content.lowerBound,
              table.paragraph(of: lastPart.upperBound - 1) == table.paragraph(of: next.content.lowerBound) else { return false }
        let gap = lastPart.upperBound..<next.content.lowerBound
        guard let attribution = [first.cue, speaker.tokens].compactMap({ $0 }).first(where: {
            gap.contains($0.lowerBound) && gap.contains($0.upperBound - 1)
        }) else { return false }
        let sentence = table[attribution.lowerBound].sentence
        return gap.allSatisfy { token in
            table[token].sentence == sentence || marks.contains(token) || table.shape(token).contains(.punctuation)
        }
    }

    private struct QuoteKey: Hashable {
        var content: Range<Int>
        var kind: QuoteKind
    }

    /// The quotation before this one in the same sentence, with its kind.
    private func previousInSentence(_ index: Int, _ kinds: [QuoteKind?]) -> (Quotation, QuoteKind)? {
        guard index > 0, let kind = kinds[index - 1] else { return nil }
        let previous = quotations[index - 1]
        guard table[previous.open].sentence == table[quotations[index].open].sentence else { return nil }
        return (previous, kind)
    }

    /// A quotation with no attribution of its own continues the last speaker: a direct one
    /// the speaker of the same or the previous paragraph ("…," he said. "…"), a mixed one the
    /// speaker of its own sentence (`called it "A" and "B"`).
    private func continuation(of quotation: Quotation, kind: QuoteKind, after last: Found) -> Attribution? {
        let lastToken = last.content.upperBound - 1
        switch kind {
        case .mixed:
            guard table[lastToken].sentence == table[quotation.open].sentence else { return nil }
        case .direct, .indirect:
            guard isSpeech(quotation), table.paragraph(of: quotation.open) - table.paragraph(of: lastToken) <= 1 else { return nil }
        }
        return Attribution(speaker: last.speaker, cue: nil, place: .continuation)
    }

    /// "Smith was defiant. "We will not back down."": a quotation that opens its sentence,
    /// with no attribution and no speaker before it to continue, is credited to the person the
    /// sentence before (in its paragraph or the one before) is about, when that is a person.
    private func precedingPerson(of quotation: Quotation) -> Attribution? {
        let index = Int(table[quotation.open].sentence)
        guard index > 0, table.sentences[index].lowerBound == quotation.open, isSpeech(quotation),
              table.paragraphOfSentence[index] - table.paragraphOfSentence[index - 1] <= 1 else { return nil }
        let previous = table.sentences[index - 1]
        guard let subject = grammar.clauseSubject(from: previous.lowerBound, before: previous.upperBound) else { return nil }
        let speaker = grammar.mention(subject)
        let isPerson = speaker.kind == .person || speaker.kind == .name
            || speaker.kind == .pronoun && (table.is(.he, speaker.tokens.lowerBound) || table.is(.she, speaker.tokens.lowerBound))
        return isPerson ? Attribution(speaker: speaker, cue: nil, place: .continuation) : nil
    }

    /// Words that read as said, not as a heading or a title: they end in punctuation, run
    /// over sentences, end their sentence with a period after the mark, or never close.
    private func isSpeech(_ quotation: Quotation) -> Bool {
        guard let close = quotation.close else { return true }
        let last = quotation.content.upperBound - 1
        if !table.shape(last).isDisjoint(with: [.sentenceFinal, .comma]) { return true }
        if table[quotation.content.lowerBound].sentence != table[last].sentence { return true }
        return close + 1 < table.count && table.shape(close + 1).contains(.sentenceFinal)
            && table[close + 1].sentence == table[close].sentence
    }

    /// Words in title case ("Face the Nation", "Don't Say Gay", "Oppenheimer"): every word
    /// capitalized but the small closed-class ones, and more than one capital unless it is a
    /// single word.
    private func isTitle(_ quotation: Quotation) -> Bool {
        var capitals = 0
        for token in quotation.content {
            let shape = table.shape(token)
            if shape.contains(.capitalized) {
                capitals += 1
            } else if shape.contains(.word), table[token].flags.isEmpty && table[token].word == .other {
                return false
            }
        }
        let words = quotation.content.count { table.shape($0).contains(.word) }
        return table.shape(quotation.content.lowerBound).contains(.capitalized) && (capitals > 1 || words == 1)
    }

    /// Introduced as words someone said: right after a speech verb, a colon or a comma.
    private func isIntroduced(_ quotation: Quotation) -> Bool {
        let before = quotation.open - 1
        guard before >= 0, table[before].sentence == table[quotation.open].sentence else { return false }
        return table.cue(at: before) != nil || !table.shape(before).isDisjoint(with: [.colon, .comma])
    }

    /// A mixed quotation without attribution worth reporting: a few words, not a title.
    private func isSubstantial(_ quotation: Quotation) -> Bool {
        let words = quotation.content.filter { table.shape($0).contains(.word) }
        return words.count >= Self.unattributedMixedMinimum && words.contains { table.shape($0).contains(.lowercase) }
    }
}
