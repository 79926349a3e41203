import BylineCore

/// Finds the number mentions of one sentence, left to right: at each token it tries a date,
/// a range ("between 3 and 5", "from 10 to 20"), a bound ("more than 100,000") and a quantity,
/// takes the first that reads, and goes on after it.
struct SentenceScanner {
    let table: TokenTable
    let lexicon: Lexicon
    let k: Keywords
    /// The sentence's tokens.
    let first: Int
    let end: Int
    let spelled: SpelledNumberReader

    init(table: TokenTable, lexicon: Lexicon, tokens: Range<Int>) {
        self.table = table
        self.lexicon = lexicon
        self.k = lexicon.keywords
        self.first = tokens.lowerBound
        self.end = tokens.upperBound
        self.spelled = SpelledNumberReader(table: table, lexicon: lexicon, k: lexicon.keywords,
                                           sentenceEnd: tokens.upperBound)
    }

    /// Appends the sentence's mentions; `dates` and `times` get the index and value of each
    /// date and time expression, whose calendar waits for the document's reference date.
    func scan(into mentions: inout [NumberMention], dates: inout [(Int, CalendarDate)], times: inout [(Int, TimeValue)]) {
        var index = first
        while index < end {
            guard isCandidate(index), var reading = reading(at: index) else {
                index += 1
                continue
            }
            markOneSide(&reading)
            if let date = reading.date { dates.append((mentions.count, date)) }
            if let time = reading.time { times.append((mentions.count, time)) }
            mentions.append(reading.mention)
            index = max(reading.end, index + 1)
        }
    }

    /// Cheap test before any parsing: most tokens cannot begin a mention.
    @inline(__always)
    private func isCandidate(_ index: Int) -> Bool {
        let token = table[index]
        switch token.shape {
        case .digit: return true
        case .lower, .capitalized, .upper:
            return !token.roles.isDisjoint(with: [.starter, .timeStart]) || hasHyphenedDigits(index)
        case .other:
            return token.roles.contains(.starter) || table.isMinus(index) || table.isByte(index, ".")
                || DigitReader.standaloneFraction(table.bytes, token.start, token.end) != nil
        }
    }

    /// "mid-1990s", "pre-2020": a word prefix on digits.
    func hasHyphenedDigits(_ index: Int) -> Bool {
        let token = table[index]
        var offset = token.start
        while offset + 1 < token.end {
            if table.bytes[offset] == UInt8(ascii: "-") { return DigitReader.isDigit(table.bytes[offset + 1]) }
            offset += 1
        }
        return false
    }

    /// The mention that begins at `index`, if one does.
    func reading(at index: Int) -> Reading? {
        if let date = date(at: index) { return extendedDate(date) }
        let token = table[index]
        if token.roles.contains(.timeStart) || token.shape == .digit, let time = timeExpression(at: index) { return time }
        // "seven thirty p.m.": a clock in words.
        if token.shape.isWord, token.roles.contains(.starter), let time = clock(at: index) { return time }
        // Words that begin only time expressions ("last", "the") begin no number.
        if token.shape != .digit, token.shape != .other, !token.roles.contains(.starter), !hasHyphenedDigits(index) { return nil }
        let word = token.word
        if word == k.between, let range = between(at: index), let found = finish(range, bounded: true) { return found }
        if word == k.from, let range = fromTo(at: index), let found = finish(range, bounded: true) { return found }
        if table[index].roles.contains(.modifierStart), let (modifier, next) = preModifier(at: index),
           var bounded = quantity(at: next, allowRange: true) {
            // "fell 2% over 2020-21": before years or a date "over" says during, no bound.
            if word == k.over, bounded.calendar != nil || bounded.isCalendar { return nil }
            bounded.start = index
            bounded.modifier = modifier
            // "about two years ago", "around an hour from now". A bound stays on the duration:
            // "more than two decades ago" is before the date two decades back, and a date's
            // more_than would say after it.
            if modifier == .approximately, var dated = timeAgo(bounded) {
                dated.modifier = modifier
                return dated
            }
            if let found = finish(bounded, bounded: true) { return found }
        }
        guard let plain = quantity(at: index, allowRange: true) else { return nil }
        if let dated = timeAgo(plain) ?? timeFromDay(plain) ?? upcomingUnits(plain) ?? countedWeekdays(plain) { return dated }
        return finish(plain, bounded: false)
    }

    // MARK: - Token helpers

    @inline(__always)
    func word(_ index: Int) -> WordID { index < end ? table[index].word : noWord }

    @inline(__always)
    func roles(_ index: Int) -> WordRoles { index < end && index >= first ? table[index].roles : [] }

    func entry(_ index: Int) -> Word? {
        let id = word(index)
        return id == noWord ? nil : lexicon.words[Int(id)]
    }

    /// A lowercase-or-capitalized word that is no function word, number, month or unit: the
    /// kind of word a noun phrase is made of.
    func looksLikeNounWord(_ index: Int) -> Bool {
        guard index < end, table[index].shape.isWord else { return false }
        let id = table[index].word
        guard id != noWord else { return true }
        if !table[index].roles.isDisjoint(with: WordRoles.phraseEnd) { return false }
        let entry = lexicon.words[Int(id)]
        return !entry.isNumberWord && entry.month == 0 && entry.timeUnit == nil
    }

    /// A verb of change within three words before `index` ("rose from 10 to 20").
    func changeVerbBefore(_ index: Int) -> Bool {
        var back = index - 1
        while back >= first, back >= index - 3 {
            if table[back].roles.contains(.changeVerb) { return true }
            back -= 1
        }
        return false
    }
}
