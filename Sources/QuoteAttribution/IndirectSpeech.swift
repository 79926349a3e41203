/// Reported speech without quotation marks of its own: a speech verb's finite clause
/// ("Armenia's foreign ministry said Yerevan had responded"), or a clause credited with
/// `according to`. The clause may hold a quotation (`said Yerevan had "responded …"`); then the
/// quotation is a mixed quote nested in this one.
struct ReportedClause: Sendable {
    var content: Range<Int>
    var cue: Range<Int>
    var speaker: SpeakerMention?
}

/// Finds reported clauses.
///
/// The clause starts after the verb, past time words (`said Thursday`, `on Monday`), an
/// addressee (`told reporters`), `in a statement that`, and the complementizer `that`; it must
/// begin with a subject and a finite verb (`Yerevan had`, `they would`) unless `that` opened it.
/// It ends at the sentence's end or at what belongs to the reporting sentence instead: `,
/// according to`, `, but`, `, while`, `, adding …`, `, in a statement …`, `, he said`, a
/// semicolon or a colon, or `and` with another speech verb. Final punctuation is left out.
struct IndirectSpeechFinder {
    let grammar: Grammar
    let speakers: SpeakerFinder
    /// Quotations by the token of their opening mark.
    let quotationAtOpen: [Int: Quotation]

    var table: TokenTable { grammar.table }

    /// How far after `in` a medium word ends the reported clause: `, in a joint statement`.
    static let mediumReach = 4
    /// How far `in a statement that` may put `that` after the verb.
    static let thatReach = 9
    /// The longest a reported clause is taken to be (tokens).
    static let clauseLimit = 150

    init(grammar: Grammar, speakers: SpeakerFinder, quotations: [Quotation]) {
        self.grammar = grammar
        self.speakers = speakers
        var byOpen: [Int: Quotation] = [:]
        for quotation in quotations { byOpen[quotation.open] = quotation }
        self.quotationAtOpen = byOpen
    }

    func clauses() -> [ReportedClause] {
        var found: [ReportedClause] = []
        for token in 0..<table.count where !grammar.quoted[token] {
            if let cue = table.cue(at: token), cue.use.contains(.clause) {
                if let clause = reportedClause(afterCue: token, cue) { found.append(clause) }
            } else if table.is(.according, token), table.is(.to, token + 1) {
                if let clause = accordingToClause(at: token) { found.append(clause) }
            }
        }
        return found
    }

    // MARK: Speech verbs

    private func reportedClause(afterCue cue: Int, _ form: CueForm) -> ReportedClause? {
        let sentence = table.sentence(of: cue)
        var start: Int? = nil
        if form.use.contains(.addressee), let addressee = grammar.phrase(startingAt: cue + 1, ceiling: sentence.upperBound) {
            start = clauseStart(at: addressee.tokens.upperBound, end: sentence.upperBound)
        }
        guard let start = start ?? clauseStart(at: cue + 1, end: sentence.upperBound) else { return nil }
        let content = start..<clauseEnd(from: start, end: min(sentence.upperBound, start + Self.clauseLimit))
        guard content.count >= 2 else { return nil }
        // `said "We are ready."`: the quotation is the report, not a clause around it.
        if let quotation = quotationAtOpen[content.lowerBound], quotation.close == content.upperBound - 1 { return nil }
        return ReportedClause(content: content, cue: cue..<(cue + 1),
                              speaker: grammar.subject(ofCue: cue, floor: sentence.lowerBound))
    }

    /// Where the clause after a speech verb begins, if one does.
    private func clauseStart(at position: Int, end: Int) -> Int? {
        var p = position
        while p < end {
            if table.has(.time, p) || table.isAdverb(p) {
                p += 1
            } else if table.is(.on, p) || table.is(.at, p), p + 1 < end, table.has(.time, p + 1) {
                p += 2
            } else {
                break
            }
        }
        guard p < end else { return nil }
        // "said in a statement that …", "said on Twitter that …"
        if table.hasAny(.preposition, p), !table.is(.that, p),
           let that = ((p + 1)..<min(end, p + Self.thatReach)).first(where: { table.is(.that, $0) }),
           ((p + 1)..<that).allSatisfy({ grammar.isNominal($0) || grammar.isDeterminer($0) || table.hasAny(.preposition, $0) }) {
            p = that
        }
        if table.is(.that, p) {
            guard p + 1 < end else { return nil }
            // "said that was a mistake": `that` is the subject.
            return table.hasAny([.auxiliary, .modal], p + 1) ? p : p + 1
        }
        return startsFiniteClause(at: p, end: end) ? p : nil
    }

    /// A subject and a finite verb: "Yerevan had", "they would", "one of its soldiers had".
    private func startsFiniteClause(at position: Int, end: Int) -> Bool {
        var q = position
        while q < end, table[q].mark != nil { q += 1 }
        guard q < end else { return false }
        let subjectEnd: Int
        if table.has(.subjectPronoun, q) || table.is(.there, q) {
            subjectEnd = q + 1
        } else {
            guard !table.has(.objectPronoun, q) || table.has(.possessive, q),
                  let subject = grammar.phrase(startingAt: q, ceiling: end) else { return false }
            // "the suspect, who has not been identified, fled"
            subjectEnd = grammar.appositive(after: subject, ceiling: end).map { $0.upperBound + 1 } ?? subject.tokens.upperBound
        }
        var r = subjectEnd
        while r < end, table[r].mark != nil || table.isAdverb(r) || table.has(.negation, r) { r += 1 }
        guard r < end else { return false }
        if table.hasAny([.auxiliary, .modal, .finiteVerb], r) || table.is(.apostropheS, r) && subjectEnd == q + 1 {
            return true
        }
        let shape = table.shape(r)
        guard shape.contains(.lowercase), shape.contains(.word), table.isContentWord(r) || table[r].cue != nil else { return false }
        // "they exchange", "Yerevan responded", "the economy grows"
        return shape.contains(.endsInEd) || shape.contains(.endsInS) || subjectEnd == q + 1 && table.has(.plural, q)
            || table[r].cue.map { $0.kind == .past || $0.kind == .thirdPerson } ?? false
    }

    /// Where the clause that begins at `start` ends (exclusive), final punctuation left out.
    private func clauseEnd(from start: Int, end: Int) -> Int {
        var e = start
        scan: while e < end {
            if let quotation = quotationAtOpen[e] {
                guard let close = quotation.close, close < end else { break }
                e = close + 1
                continue
            }
            let shape = table.shape(e)
            switch true {
            case !shape.isDisjoint(with: [.semicolon, .colon]):
                break scan
            case shape.contains(.comma) && endsClause(afterComma: e + 1, end: end):
                break scan
            case (table.is(.and, e) || table.is(.but, e)) && e + 1 < end
                && !(table.cue(at: e + 1)?.use.isDisjoint(with: [.before, .clause]) ?? true):
                break scan
            default:
                e += 1
            }
        }
        while e > start, table.shape(e - 1).contains(.punctuation), table[e - 1].mark == nil { e -= 1 }
        return e
    }

    /// What after a comma belongs to the reporting sentence, not to the reported clause.
    private func endsClause(afterComma k: Int, end: Int) -> Bool {
        guard k < end else { return false }
        let word = table[k].word
        if word == .according || word == .but || word == .`while` || word == .although || word == .though
            || word == .whereas || word == .yet {
            return true
        }
        if let cue = table.cue(at: k), cue.kind == .participle { return true }
        if table.is(.in, k) || table.is(.on, k) || table.is(.at, k) || table.is(.during, k) {
            for m in (k + 1)..<min(end, k + 1 + Self.mediumReach) {
                if table.has(.medium, m) { return true }
                if !(grammar.isDeterminer(m) || grammar.isNominal(m)) { break }
            }
        }
        return speakers.attribution(startingAt: k, end: end) != nil
    }

    // MARK: According to

    /// "Baku will free 32 …, according to the statement." / "According to the statement, …":
    /// the rest of the sentence, when it holds no quotation marks (with them, only the quoted
    /// words are a quote: the gold convention).
    private func accordingToClause(at according: Int) -> ReportedClause? {
        let sentence = table.sentence(of: according)
        guard var source = grammar.phrase(startingAt: according + 2, ceiling: sentence.upperBound) else { return nil }
        source.appositive = grammar.appositive(after: source, ceiling: sentence.upperBound)
        let sourceEnd = source.appositive.map { $0.upperBound + 1 } ?? source.tokens.upperBound
        var content: Range<Int>
        let opensSentence = (sentence.lowerBound..<according).allSatisfy {
            !table[$0].flags.isDisjoint(with: [.coordinator, .openingAdverb]) || table.shape($0).contains(.comma)
        }
        if opensSentence {
            guard sourceEnd < sentence.upperBound, table.shape(sourceEnd).contains(.comma) else { return nil }
            content = (sourceEnd + 1)..<sentence.upperBound
        } else {
            guard (sourceEnd..<sentence.upperBound).allSatisfy({ table.shape($0).contains(.sentenceFinal) }) else { return nil }
            content = sentence.lowerBound..<according
        }
        while !content.isEmpty, table.shape(content.upperBound - 1).contains(.punctuation),
              table[content.upperBound - 1].mark == nil {
            content = content.lowerBound..<(content.upperBound - 1)
        }
        guard content.count >= 2, !content.contains(where: { table[$0].mark != nil }) else { return nil }
        return ReportedClause(content: content, cue: according..<(according + 2), speaker: grammar.mention(source))
    }
}
