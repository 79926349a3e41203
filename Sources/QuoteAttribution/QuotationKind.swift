import BylineCore

/// Direct or mixed: whole sentences given as the speaker's words, or a few quoted words inside
/// the reporter's own sentence.
///
/// Direct when the quotation runs over sentences; when it opens its sentence (or follows a
/// dateline's dash) and is a sentence (ends in punctuation, ends its sentence, or is followed
/// by its attribution); when a colon introduces it; when `said,` or a speech verb introduces
/// it and it begins with a capital and ends its sentence; and when it continues, after an
/// interrupting `he said,`, a direct quotation of the same sentence. Mixed otherwise
/// ("promised “concrete measures”", "said Yerevan had "responded …"").
struct QuotationKind {
    let table: TokenTable

    /// How near a speech verb must be before `, "` for the quotation to be introduced by it.
    static let introductionReach = 4

    func kind(of quotation: Quotation, attribution: Attribution?, previousInSentence: (Quotation, QuoteKind)?) -> QuoteKind {
        let first = quotation.content.lowerBound, last = quotation.content.upperBound - 1
        if table[first].sentence != table[last].sentence { return .direct }
        let sentence = table.sentence(of: quotation.open)
        let before = quotation.open - 1
        let endsInPunctuation = !table.shape(last).isDisjoint(with: [.sentenceFinal, .comma])
        let endsSentence = quotation.close.map { close in
            ((close + 1)..<max(close + 1, table.sentence(of: close).upperBound)).allSatisfy { table.shape($0).contains(.sentenceFinal) }
        } ?? true
        if before < sentence.lowerBound || table.shape(before).contains(.dash) || table[before].mark?.direction == .opening {
            return endsInPunctuation || endsSentence || attribution?.place == .after ? .direct : .mixed
        }
        let shape = table.shape(before)
        if shape.contains(.colon) { return .direct }
        let capitalized = table.shape(first).contains(.capitalized) || table.shape(first).contains(.hasDigit)
        if shape.contains(.comma) {
            if let (previous, kind) = previousInSentence, kind == .direct, let close = previous.close, close < before,
               ((close + 1)..<before).contains(where: { table.cue(at: $0) != nil }) {
                return .direct  // "We are ready," he said, "to talk."
            }
            let reach = max(sentence.lowerBound, before - Self.introductionReach)
            if capitalized, (reach..<before).contains(where: { table.cue(at: $0) != nil }) { return .direct }
            return .mixed
        }
        if capitalized, table.cue(at: before) != nil, endsSentence { return .direct }
        return .mixed
    }
}
