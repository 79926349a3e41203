import BylineCore

/// The last look at a reading in its context: names and labels that hold digits ("France 24",
/// "Flight 370"), clock times, phone numbers, years among four-digit numbers, "one" as a
/// pronoun, and the counted noun.
extension SentenceScanner {
    /// The reading as a mention, or nil when its context says it is no quantity.
    /// - Parameter bounded: the reading begins with a bound or range word ("more than", "between").
    func finish(_ found: Reading, bounded: Bool) -> Reading? {
        var reading = found
        if reading.kind != .date, isInsideName(reading) { return nil }
        if isIdentifier(reading) { return nil }
        if let era = era(reading) {
            reading = era
        } else if let year = yearOrCount(reading, bounded: bounded) {
            reading = year
        }
        if reading.kind == .ordinal, reading.isSpelled, isTimeSecond(reading) { return nil }
        if reading.isLoneOne, isPronounOne(reading) { return nil }
        if reading.countsThings, reading.counted == nil {
            let plural = reading.kind != .cardinal || reading.value != ExactNumber(1)
            reading.counted = countedNoun(after: reading.end, plural: plural)
        }
        return reading
    }

    /// A number inside a longer entity ("France 24", "Windows 10"): part of a name.
    private func isInsideName(_ reading: Reading) -> Bool {
        for index in reading.coreStart..<reading.coreEnd {
            guard let entity = table.entity(index) else { continue }
            if entity.tokens.lowerBound < reading.coreStart || entity.tokens.upperBound > reading.coreEnd { return true }
        }
        return false
    }

    /// Labels, names, clock times, phone numbers and list markers: digits that identify, not count.
    private func isIdentifier(_ reading: Reading) -> Bool {
        let core = reading.coreStart
        let single = reading.coreEnd == core + 1
        let digits = table[core].shape == .digit
        guard reading.kind == .cardinal || reading.kind == .year || reading.kind == .ordinal && !digits else { return false }
        if digits, single {
            // "5:30", "10 p.m.", "at 5 o'clock".
            let after = reading.coreEnd
            if after + 1 < end, table.isByte(after, ":"), !table[after].spaceBefore, table[after + 1].shape == .digit,
               !table[after + 1].spaceBefore { return true }
            if core - 2 >= first, table.isByte(core - 1, ":"), !table[core].spaceBefore, !table[core - 1].spaceBefore,
               table[core - 2].shape == .digit { return true }
            if after < end, table[after].roles.contains(.timeOfDay), reading.end == after { return true }
            // "(212) 555-0100", "+1 (212)".
            if core > first, table.isByte(core - 1, "("), after + 1 < end, table.isByte(after, ")"),
               table[after + 1].shape == .digit, case .identifier = DigitReader.read(table.bytes, table[after + 1].start, table[after + 1].end) {
                return true
            }
            if core > first, table.isByte(core - 1, "+"), !table[core].spaceBefore, after < end, table.isByte(after, "(") {
                return true
            }
            // "1." or "2)" opening a sentence: a list marker.
            if core == first, reading.isPlainInteger, after < end, !table[after].spaceBefore,
               table.isByte(after, ".") || table.isByte(after, ")") { return true }
            if core > first, table.isByte(core - 1, "#"), !table[core].spaceBefore { return true }
            if reading.isPlainInteger, isHouseNumber(before: after) { return true }
        }
        guard single, core > first, reading.start == core else { return false }
        let before = table[core - 1]
        if before.roles.contains(.label) {
            // "page 12", "version 2.0"; but "an army 10,000 strong" counts.
            if digits, reading.isPlainInteger || !(table[core].start..<table[core].end).contains(where: { table.bytes[$0] == UInt8(ascii: ",") }) {
                return true
            }
            if reading.isSpelled, before.word != k.no, before.word == k.number || before.shape != .lower { return true }
        }
        // A capitalized word that is no function word, right before: "France 24", "Tokyo 2020".
        guard before.shape == .capitalized || (before.shape == .upper && before.entity >= 0), table[core].spaceBefore
        else { return false }
        // Words the lexicon holds only to match phrases ("war", "state") have no roles.
        let isName = before.roles.isEmpty || (before.entity >= 0 && !before.roles.contains(.starter))
        guard isName, !digits || reading.isPlainInteger else { return false }
        // "in Spain 5 people died": a plural noun after it makes it a count again.
        return countedNoun(after: reading.end, plural: true) == nil
    }

    /// "1600 Pennsylvania Avenue", "221 Baker Street": one to three capitalized words from
    /// `index`, the last a street word, make the number before them a house number; not after
    /// a preposition of time ("In 2020 Main Street shops closed").
    private func isHouseNumber(before index: Int) -> Bool {
        if index - 2 >= first, [k.in_, k.until, k.by, k.after, k.before, k.from].contains(table[index - 2].word) { return false }
        var at = index
        while at < end, at < index + 3, table[at].shape == .capitalized {
            if at > index, table[at].roles.contains(.streetWord) { return true }
            at += 1
        }
        return false
    }

    /// "44 BC", "AD 476", "476 AD": a year with its era (ISO 8601 counts 1 BC as year 0).
    private func era(_ reading: Reading) -> Reading? {
        guard reading.kind == .cardinal, reading.isPlainInteger, reading.integerDigits <= 4, let value = reading.value,
              reading.end < end, table[reading.end].shape == .upper || table[reading.end].word == k.bcDotted
                || table[reading.end].word == k.adDotted else { return nil }
        let id = table[reading.end].word
        var year = reading
        year.kind = .year
        year.value = nil
        year.end += 1
        if id == k.bc || id == k.bce || id == k.bcDotted {
            year.calendar = CalendarDate.pad(1 - Int(value.numerator), 4)
        } else if id == k.ad || id == k.adDotted || id == k.ce {
            year.calendar = CalendarDate.pad(Int(value.numerator), 4)
        } else {
            return nil
        }
        return year
    }

    /// A bare four-digit number from 1000 to 2100 is a year ("in 2020", "the 2020 elections"),
    /// unless it counts: after a bound that is no approximation ("more than 2000"), or before a
    /// plural noun when no determiner or preposition makes it a year ("has 2000 followers").
    private func yearOrCount(_ reading: Reading, bounded: Bool) -> Reading? {
        guard reading.kind == .cardinal, reading.scale == 1, reading.unit == nil, let value = reading.value,
              isYearLike(value, reading), reading.coreEnd == reading.coreStart + 1 else { return nil }
        let countsSomething = countedNoun(after: reading.end, plural: true) != nil
        if bounded, let modifier = reading.modifier {
            if modifier != .approximately || countsSomething { return nil }
        } else if countsSomething {
            if value < ExactNumber(1900) { return nil }
            let before = reading.coreStart - 1
            let dated = before >= first && (!table[before].roles.isDisjoint(with: [.determiner, .possessive, .preposition])
                                            || table.isByte(before, "'") || endsWithPossessive(before))
            if !dated, before >= first { return nil }
        }
        var year = reading
        year.kind = .year
        year.value = nil
        year.modifier = nil
        year.start = reading.coreStart
        year.calendar = CalendarDate.pad(Int(value.numerator), 4)
        return year
    }

    /// The token is "'s".
    func endsWithPossessive(_ index: Int) -> Bool {
        let token = table[index]
        return token.end - token.start == 2 && table.bytes[token.start] == UInt8(ascii: "'")
            && table.bytes[token.start + 1] == UInt8(ascii: "s")
    }

    /// "for a second" is a moment, not the ordinal 2.
    private func isTimeSecond(_ reading: Reading) -> Bool {
        guard reading.value == ExactNumber(2), reading.end == reading.start + 1, reading.start > first,
              let entry = entry(reading.start), entry.timeUnit != nil else { return false }
        let before = word(reading.start - 1)
        return (before == k.a || before == k.one) && !looksLikeNounWord(reading.end)
    }

    /// "one" as a pronoun: "no one", "each one", "the one who", "one of the few", "one must",
    /// "one ... the other", "one another", "on the one hand". "one soldier", "one of its
    /// soldiers" and "released one" count.
    private func isPronounOne(_ reading: Reading) -> Bool {
        let at = reading.coreStart
        let before = at > first ? table[at - 1] : nil
        let next = word(at + 1)
        if next == k.another || (next == k.by && word(at + 2) == k.one) || (next == k.after && word(at + 2) == k.another) {
            return true
        }
        if before?.word == k.the, next == k.hand { return true }
        if next == k.of {
            // "one of the few", "one of the best", "one of Cuba's most acclaimed authors".
            var look = at + 2
            while look < min(end, at + 6), !table[look].roles.contains(.preposition) {
                if table[look].roles.contains(.superlative) || (table.length(look) > 4 && table.endsWith(look, "est")) {
                    return true
                }
                look += 1
            }
            return before.map { $0.roles.contains(.oneBlocker) && $0.word != k.that } ?? false
        }
        if let before, before.roles.contains(.oneBlocker) { return true }
        if countedNoun(after: reading.end, plural: false) != nil { return false }
        if before?.word == k.the { return true }
        if at + 1 < end, table[at + 1].roles.contains(.auxiliary), before == nil || !before!.shape.isWord { return true }
        // "one in the early 1990s, the other for six weeks".
        var later = at + 1
        while later + 1 < end {
            if word(later) == k.another || (word(later) == k.the && word(later + 1) == k.other) { return true }
            later += 1
        }
        return false
    }
}
