import BylineCore

/// The noun a number counts, found without a part-of-speech tagger.
///
/// After the number come the words of a noun phrase: adjectives and nationality words, then the
/// head ("two Azerbaijani soldiers", "32 Armenian prisoners of war"). The phrase ends at a
/// function word (determiner, preposition, conjunction, auxiliary, pronoun, adverb), a
/// punctuation mark, a number or five words. A plural number counts a plural noun, so its head
/// is the first plural-looking word (and the plurals right after it: "news outlets"); that word
/// also ends the phrase before a verb that would look alike ("the two countries reconfirm").
/// "one" counts a singular: the last word before the phrase ends, stopping before a verb in
/// -ed or -s. "of" right after the number is a partitive and the head is after it ("one of its
/// soldiers", "tens of thousands of lives"). A head from a short list keeps its "of" complement
/// ("prisoners of war"); otherwise the complement is left out ("two rounds of negotiations").
extension SentenceScanner {
    func countedNoun(after index: Int, plural: Bool) -> Range<Int>? {
        var position = index
        var plural = plural
        guard position < end else { return nil }
        if table[position].word == k.of {
            position += 1
            var skipped = 0
            while position < end, skipped < 2, !table[position].roles.isDisjoint(with: [.determiner, .possessive]) {
                position += 1
                skipped += 1
            }
            guard position < end, !table[position].roles.contains(.pronoun) else { return nil }
            plural = true
        }
        var lastCandidate = -1
        var candidates = 0
        var current = position
        while current < end, candidates < 5 {
            guard isPhraseWord(current) else { break }
            if plural {
                if looksPlural(current), isHeadable(current) {
                    var head = current
                    while head + 1 < end, head + 1 - position < 5, isPhraseWord(head + 1), looksPlural(head + 1) { head += 1 }
                    return withComplement(head)
                }
                if !table[current].roles.isDisjoint(with: [.pastVerb, .phraseVerb]) { break }
            } else {
                if candidates > 0, table.endsWith(current, "ed") || looksPlural(current) { break }
                if isHeadable(current) { lastCandidate = current }
            }
            candidates += 1
            current += 1
        }
        guard !plural, lastCandidate >= 0 else { return nil }
        // A lone participle or adverb after "one" is no noun ("one killed", "one recently").
        if candidates == 1, table.endsWith(lastCandidate, "ed") || table.endsWith(lastCandidate, "ing")
            || table.endsWith(lastCandidate, "ly") { return nil }
        return withComplement(lastCandidate)
    }

    /// A word that can be part of the noun phrase after a number.
    private func isPhraseWord(_ index: Int) -> Bool {
        let token = table[index]
        guard token.shape.isWord else { return false }
        // A hyphenated number word ("three-quarters") begins another number.
        if token.word == noWord { return !token.roles.contains(.starter) }
        if token.roles.contains(.irregularPlural) { return true }
        // An acronym that is a name ("US", "EU") only looks like a function word.
        if token.shape == .upper, token.entity >= 0 { return true }
        if !token.roles.isDisjoint(with: WordRoles.phraseEnd) { return false }
        let entry = lexicon.words[Int(token.word)]
        return !entry.isNumberWord && entry.month == 0 && entry.weekday == 0
    }

    /// Heads are common nouns or nationality plurals; a place, person or organization name only
    /// modifies ("two US soldiers").
    private func isHeadable(_ index: Int) -> Bool {
        guard let entity = table.entity(index) else { return true }
        return entity.type == .miscellaneous
    }

    /// Ends in a plural -s (not -ss, -us, -is, -'s) or is a plural without one ("people").
    func looksPlural(_ index: Int) -> Bool {
        let token = table[index]
        if token.roles.contains(.irregularPlural) { return true }
        let length = token.end - token.start
        guard length >= 3 else { return false }
        let bytes = table.bytes
        if length >= 5, bytes[token.end - 3] == UInt8(ascii: "m"), bytes[token.end - 2] == UInt8(ascii: "e"),
           bytes[token.end - 1] == UInt8(ascii: "n") { return true }  // servicemen, policemen
        guard bytes[token.end - 1] == UInt8(ascii: "s") else { return false }
        let before = bytes[token.end - 2]
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
            && before != UInt8(ascii: "'")
    }

    /// The head with its complement when the two are one lexicalized noun ("prisoners of war").
    private func withComplement(_ head: Int) -> Range<Int> {
        let id = table[head].word
        guard id != noWord, let complements = lexicon.lexicalizedOf[id] else { return head..<(head + 1) }
        for complement in complements where head + complement.count < end {
            if complement.indices.allSatisfy({ table[head + 1 + $0].word == complement[$0] }) {
                return head..<(head + 1 + complement.count)
            }
        }
        return head..<(head + 1)
    }
}
