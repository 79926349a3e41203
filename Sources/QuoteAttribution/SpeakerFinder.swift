/// Who a quotation is credited to, and with which words.
struct Attribution: Equatable, Sendable {
    var speaker: SpeakerMention?
    var cue: Range<Int>?
    /// Where it was found; the quote's kind depends on it.
    var place: Place

    enum Place: Sendable {
        /// After the closing mark: `"…," Michel said`, `"…," according to X`, or a short
        /// attribution sentence right after.
        case after
        /// Before the opening mark in the sentence: `Michel said: "…"`, `promised "…"`.
        case before
        /// A sentence or paragraph ending with a colon: `Michel said on Thursday:` + `"…"`.
        case introduction
        /// No attribution of its own: the previous speaker goes on.
        case continuation
        /// The reported clause the quotation sits in: `said Yerevan had "responded …"`.
        case clause
    }
}

/// The attribution patterns of news writing around one quotation.
struct SpeakerFinder {
    let grammar: Grammar
    /// Each quotation by the token of its closing mark, to step over quotations when searching.
    let openingOfClose: [Int: Int]

    var table: TokenTable { grammar.table }

    /// The longest a sentence can be to serve as a quotation's attribution on its own
    /// ("Michel said on Thursday.").
    static let attributionSentenceLimit = 10
    /// How far before a quotation its speech verb is looked for (in its sentence).
    static let cueReach = 120

    init(grammar: Grammar, quotations: [Quotation]) {
        self.grammar = grammar
        var openings: [Int: Int] = [:]
        for quotation in quotations { if let close = quotation.close { openings[close] = quotation.open } }
        self.openingOfClose = openings
    }

    /// The first pattern that matches: after the quotation, before it in its sentence, a
    /// colon introduction, or a short attribution sentence right after it. `bounds` limits the
    /// search to an enclosing quotation's content for a nested one.
    func attribution(of quotation: Quotation, within bounds: Range<Int>?) -> Attribution? {
        after(quotation, within: bounds) ?? before(quotation, within: bounds)
            ?? (bounds == nil ? introduction(of: quotation) ?? followingSentence(of: quotation) : nil)
    }

    // MARK: After the quotation

    /// `"…," Michel said` / `"…," said Michel` / `"…," according to this text`, right after the
    /// closing mark (and a comma, a dash, or a headline's colon), in the same sentence.
    func after(_ quotation: Quotation, within bounds: Range<Int>?) -> Attribution? {
        guard let close = quotation.close else { return nil }
        return after(close: close, within: bounds)
    }

    private func after(close: Int, within bounds: Range<Int>?) -> Attribution? {
        var end = table.sentence(of: close).upperBound
        if let bounds { end = min(end, bounds.upperBound) }
        var start = close + 1
        if start < end, !table.shape(start).isDisjoint(with: [.comma, .dash, .colon]) { start += 1 }
        return attribution(startingAt: start, end: end)
    }

    /// An attribution that begins at `start`: `according to X`, `said X`, `X said`, `X, the
    /// President of …, said`.
    func attribution(startingAt start: Int, end: Int) -> Attribution? {
        guard start < end else { return nil }
        if table.is(.according, start), table.is(.to, start + 1),
           var source = grammar.phrase(startingAt: start + 2, ceiling: end) {
            source.appositive = grammar.appositive(after: source, ceiling: end)
            return Attribution(speaker: grammar.mention(source), cue: start..<(start + 2), place: .after)
        }
        if let cue = table.cue(at: start), cue.use.contains(.after) {
            guard var speaker = grammar.phrase(startingAt: start + 1, ceiling: end) else { return nil }
            speaker.appositive = grammar.appositive(after: speaker, ceiling: end) ?? grammar.closingName(after: speaker, ceiling: end)
            return Attribution(speaker: grammar.mention(speaker), cue: start..<(start + 1), place: .after)
        }
        guard var speaker = grammar.phrase(startingAt: start, ceiling: end) else { return nil }
        var k = speaker.tokens.upperBound
        if let appositive = grammar.appositive(after: speaker, ceiling: end) {
            speaker.appositive = appositive
            k = appositive.upperBound + 1
        }
        while k < end, table.isAdverb(k) || table.hasAny([.auxiliary, .modal], k) { k += 1 }
        guard k < end, let cue = table.cue(at: k), cue.use.contains(.after), cue.kind != .participle else { return nil }
        return Attribution(speaker: grammar.mention(speaker), cue: k..<(k + 1), place: .after)
    }

    /// `"…." Michel said on Thursday.`: the closing mark ends its sentence and the next,
    /// short sentence of the same paragraph is an attribution (or goes on in lowercase).
    func followingSentence(of quotation: Quotation) -> Attribution? {
        guard let close = quotation.close else { return nil }
        let sentenceIndex = Int(table[close].sentence)
        let sentence = table.sentences[sentenceIndex]
        guard (close + 1..<sentence.upperBound).allSatisfy({ table.shape($0).contains(.sentenceFinal) }),
              sentenceIndex + 1 < table.sentences.count,
              table.paragraphOfSentence[sentenceIndex + 1] == table.paragraphOfSentence[sentenceIndex] else { return nil }
        let next = table.sentences[sentenceIndex + 1]
        guard let first = next.first, table[first].mark == nil,
              next.count <= Self.attributionSentenceLimit || table.shape(first).contains(.lowercase) else { return nil }
        return attribution(startingAt: first, end: next.upperBound)
    }

    // MARK: Before the quotation

    /// The nearest speech verb before the opening mark in the sentence (stepping over other
    /// quotations), with its subject: `Michel said: "…"`, `promised "concrete measures"`,
    /// `…, calling them "…"`, `According to X, "…"`.
    func before(_ quotation: Quotation, within bounds: Range<Int>?) -> Attribution? {
        var floor = max(table.sentence(of: quotation.open).lowerBound, quotation.open - Self.cueReach)
        if let bounds { floor = max(floor, bounds.lowerBound) }
        var k = quotation.open - 1
        if k >= floor, table.shape(k).contains(.colon) {
            return colonAttribution(clause: floor..<k)
        }
        while k >= floor {
            if let open = openingOfClose[k], open >= floor {
                k = open - 1
                continue
            }
            if table.is(.according, k), table.is(.to, k + 1),
               let source = grammar.phrase(startingAt: k + 2, ceiling: quotation.open) {
                return Attribution(speaker: grammar.mention(source), cue: k..<(k + 2), place: .before)
            }
            if let cue = table.cue(at: k), cue.use.contains(.before), bounds != nil || !grammar.quoted[k] {
                let speaker = grammar.subject(ofCue: k, floor: floor) ?? previousQuotationAttribution(at: k, floor: floor)?.speaker
                return Attribution(speaker: speaker, cue: k..<(k + 1), place: .before)
            }
            k -= 1
        }
        return nil
    }

    /// `"…," said Washington. "…"`: a verb right after an earlier quotation is that quotation's
    /// attribution, which the next quotation shares.
    private func previousQuotationAttribution(at cue: Int, floor: Int) -> Attribution? {
        var close = cue - 1
        if close >= floor, table.shape(close).contains(.comma) { close -= 1 }
        while close >= floor, table[close].mark == nil, close > cue - 8 { close -= 1 }
        guard close >= floor, openingOfClose[close] != nil else { return nil }
        return after(close: close, within: nil)
    }

    /// A quotation that opens its sentence after a sentence (of the same or the previous
    /// paragraph) ending with a colon: `Michel told reporters on Thursday:` + `"…"`.
    func introduction(of quotation: Quotation) -> Attribution? {
        let sentenceIndex = Int(table[quotation.open].sentence)
        guard table.sentences[sentenceIndex].lowerBound == quotation.open, sentenceIndex > 0 else { return nil }
        let previous = table.sentences[sentenceIndex - 1]
        guard let last = previous.last, table.shape(last).contains(.colon),
              table.paragraphOfSentence[sentenceIndex] - table.paragraphOfSentence[sentenceIndex - 1] <= 1 else { return nil }
        return colonAttribution(clause: previous.lowerBound..<last).map {
            var attribution = $0
            attribution.place = .introduction
            return attribution
        }
    }

    /// The clause before a colon that introduces a quotation: its speech verb and subject, or
    /// without a verb its subject when that is a person, a name or a pronoun ("Smith put it
    /// this way:").
    private func colonAttribution(clause: Range<Int>) -> Attribution? {
        var k = clause.upperBound - 1
        while k >= clause.lowerBound {
            if !grammar.quoted[k], table.cue(at: k) != nil {
                return Attribution(speaker: grammar.subject(ofCue: k, floor: clause.lowerBound), cue: k..<(k + 1),
                                   place: .before)
            }
            k -= 1
        }
        guard let subject = grammar.clauseSubject(from: clause.lowerBound, before: clause.upperBound) else { return nil }
        let speaker = grammar.mention(subject)
        switch speaker.kind {
        case .person, .name, .pronoun, .coordination, .entity:
            return Attribution(speaker: speaker, cue: nil, place: .before)
        case .common:
            return nil
        }
    }
}
