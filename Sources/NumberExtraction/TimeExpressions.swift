import BylineCore

/// Time expressions: weekdays, bare months and seasons, relative days, weeks, months and
/// years, quarters and halves, holidays, clock times and ranges of them. Each is read as a
/// `TimeValue`, resolved against the document's date once it is known; the tense of the
/// clause (see `direction(around:)`) decides which weekday, month or holiday is meant.
extension SentenceScanner {
    /// A time expression that begins at `index`.
    func timeExpression(at index: Int) -> Reading? {
        let token = table[index]
        if token.shape == .digit {
            if let (year, quarter) = DigitReader.yearQuarter(table.bytes, token.start, token.end) {
                return timeReading(TimePoint(start: index, end: index + 1, value: .quarter(quarter, year: .written(year), .this)))
            }
            return clockRange(at: index) ?? clock(at: index)
                ?? (dayOfCountedMonth(at: index) ?? ordinalPeriod(at: index, afterThe: false)).flatMap(timeReading)
        }
        if token.word == k.from || token.word == k.between, let range = clockRange(at: index) ?? timeRange(at: index) { return range }
        let meaning = timeWord(index)
        // "the day after Easter"; "Day of Ashura" is a holiday's name.
        if token.word == k.day, let days = dayBeforeOrAfter(at: index) { return timeReading(days) }
        if let part = partOfPeriod(at: index) { return part }
        if meaning == .fiscal { return fiscalYear(at: index) }
        if let year = DigitReader.fiscalYear(table.bytes, token.start, token.end) { return yearReading(index..<index + 1, year) }
        if meaning == .position, index + 1 < end, var inner = reading(at: index + 1), inner.isCalendar {
            // "early 1990s", "late last year", "earlier this month": the span grows, the value stays.
            inner.start = index
            return inner
        }
        if case .glue = meaning {
            if token.word == k.in_ { return inUnits(at: index) }
            if token.word == k.the, let twoDays = dayBeforeOrAfter(at: index + 1) {
                var found = twoDays
                found.start = index
                return timeReading(found)
            }
            if token.word == k.the, let day = dayOfMonthAlone(at: index) ?? nthInMonth(start: index, ordinal: index + 1)
                ?? weekOfDate(at: index) ?? lastDayIn(start: index, at: index + 1) {
                return timeReading(day)
            }
            if token.word == k.the, let part = partOfPeriod(at: index + 1) {
                var found = part
                found.start = index
                return found
            }
            if token.word == k.a || token.word == k.an {
                if let relative = minutesFromClock(at: index) { return timeReading(relative) }
                if let length = Self.length(of: entry(index + 1)?.timeUnit),
                   let found = offsetFromDay(start: index, length, at: index + 2) {
                    return timeReading(found)
                }
                return unitAgo(at: index)
            }
            // "the fall of 2020", "the third quarter", "the previous year".
            guard index + 1 < end, var inner = point(at: index + 1, afterThe: true) else { return nil }
            inner.start = index
            return timeReading(inner)
        }
        if let nth = nthInMonth(start: index, ordinal: index) ?? lastDayIn(start: index, at: index) { return timeReading(nth) }
        return point(at: index, afterThe: false).flatMap(timeReading)
    }

    /// A time expression read so far: its tokens and value.
    struct TimePoint {
        var start: Int
        var end: Int
        var value: TimeValue
        var isClock = false
    }

    private func timeReading(_ point: TimePoint) -> Reading? {
        if crossesName(point.start..<point.end) { return nil }
        var reading = Reading(tokens: point.start..<point.end, kind: point.isClock ? .time : .date)
        reading.time = point.value
        return reading
    }

    /// One point in time (no range) that begins at `index`.
    private func point(at index: Int, afterThe: Bool) -> TimePoint? {
        guard index < end else { return nil }
        let token = table[index]
        if token.shape == .digit {
            return clockPoint(at: index) ?? dayOfCountedMonth(at: index) ?? ordinalPeriod(at: index, afterThe: afterThe)
        }
        if var holiday = holiday(at: index) {
            clockAfter(&holiday)
            return holiday
        }
        if let meaning = timeWord(index) {
            switch meaning {
            case .relativeDay(let days, let part):
                var found = TimePoint(start: index, end: index + 1, value: .shift(.day, days))
                if let part { found.value = .partOfDay(found.value, part) }
                partOfDayAfter(&found)
                if part == nil { clockAfter(&found) }
                return found
            case .shift(let direction, let count, let allowedAfterThe):
                guard !afterThe || allowedAfterThe, token.shape == .lower || index == first else { return nil }
                // "the past week", "the upcoming two weeks" are spans up to or from now, no calendar value.
                let followsThe = index > first && word(index - 1) == k.the
                if token.word == k.past { return followsThe ? nil : pastUnit(at: index + 1, start: index) }
                if token.word == k.upcoming, !afterThe, !followsThe, let ahead = unitsAhead(at: index + 1, start: index) {
                    return ahead
                }
                guard var found = shifted(at: index + 1, direction, count, start: index) else { return nil }
                // "last Thursday night".
                if case .weekday = found.value { partOfDayAfter(&found) }
                return found
            case .season(let code):
                return season(code, at: index, afterThe: afterThe)
            case .clockWord:
                return clockPoint(at: index)
            case .position where isMidDay(index):
                return clockPoint(at: index)
            case .weekend:
                // "over the weekend", "at the weekend": by tense, as a weekday.
                guard afterThe, index - 2 >= first, table[index - 2].roles.contains(.preposition) else { return nil }
                var direction = self.direction(around: index - 2..<index + 1)
                // "over the weekend" without a tense word ("protests spread") is one gone by.
                if direction == .nearest, word(index - 2) == k.over { direction = .past }
                return TimePoint(start: index, end: index + 1, value: .weekend(direction))
            case .halfLabel(let half):
                // "H1 2022": like "the first half", only with a year ("H1" alone is a visa, a road).
                let (year, stop) = labelYear(index + 1)
                guard year != nil else { return nil }
                return TimePoint(start: index, end: stop, value: .half(half, year: year))
            case .quarterLabel(let quarter):
                let (year, stop) = labelYear(index + 1)
                var direction = self.direction(around: index..<stop)
                if direction == .nearest { direction = .this }
                return TimePoint(start: index, end: stop, value: .quarter(quarter, year: year, direction))
            default:
                break
            }
        }
        if let later = afterNext(at: index) { return later }
        if let weekday = weekdayNumber(index) {
            // "Sunday from last week", "Wednesday of next week", "Wednesday next week".
            let weekAt = word(index + 1) == k.from || word(index + 1) == k.of ? index + 2 : index + 1
            if let week = countedUnit(.week, at: weekAt), word(weekAt) != k.the {
                return TimePoint(start: index, end: week.end, value: Self.weekday(weekday, weeksFromThis: week.count))
            }
            guard isWeekdayADate(index) else { return nil }
            var found = TimePoint(start: index, end: index + 1, value: .weekday(weekday, direction(around: index..<index + 1)))
            partOfDayAfter(&found)
            if case .weekday = found.value { clockAfter(&found) }
            return found
        }
        if let month = monthNumber(index), isBareMonthADate(index) {
            if case (.shifted(let count)?, let stop) = yearAfterPeriod(index + 1) {
                return TimePoint(start: index, end: stop, value: .monthOfYear(month, .shifted(count)))
            }
            return TimePoint(start: index, end: index + 1, value: .month(month, direction(around: index..<index + 1)))
        }
        if let month = prefixedMonth(index) {
            return TimePoint(start: index, end: index + 1, value: .month(month, direction(around: index..<index + 1)))
        }
        if let months = monthsJoined(at: index) { return months }
        return ordinalPeriod(at: index, afterThe: afterThe)
    }

    // MARK: - Words

    @inline(__always)
    func timeWord(_ index: Int) -> TimeWord? { index < end ? entry(index)?.time : nil }

    private func weekdayNumber(_ index: Int) -> Int? {
        guard index < end, table[index].shape == .capitalized || table[index].shape == .upper,
              let weekday = entry(index)?.weekday, weekday > 0 else { return nil }
        return weekday
    }

    private func monthNumber(_ index: Int) -> Int? {
        guard index < end, table[index].shape == .capitalized || table[index].shape == .upper,
              let month = entry(index)?.month, month > 0 else { return nil }
        return month
    }

    /// "the Sunday Times", "Good Friday deal", "Sunday Telegraph", "Mr Sunday", "Grace Sunday,
    /// 34,": a weekday in a name; "on a Wednesday": any one, no date.
    private func isWeekdayADate(_ index: Int) -> Bool {
        if index > first {
            let before = table[index - 1]
            if before.word == k.the || before.word == k.a || before.roles.contains(.personTitle)
                || (before.shape == .capitalized && index - 1 > first && before.roles.isEmpty) { return false }
        }
        // An age in commas after it: a surname.
        if index + 3 < end, table.isByte(index + 1, ","), table[index + 2].shape == .digit, table.isByte(index + 3, ",") {
            return false
        }
        if index + 1 < end, table[index + 1].shape == .capitalized, table[index + 1].spaceBefore,
           timeWord(index + 1) == nil, monthNumber(index + 1) == nil {
            return index > first && table[index - 1].roles.contains(.preposition)
        }
        return true
    }

    /// A month alone is a date after a preposition, a shift or a position word ("in
    /// September", "last December", "late November"); alone it may be a name ("Theresa May")
    /// or a verb at the start of a sentence.
    private func isBareMonthADate(_ index: Int) -> Bool {
        guard index > first else { return false }
        let before = table[index - 1]
        if before.roles.contains(.preposition) { return true }
        guard let meaning = timeWord(index - 1) else { return false }
        if case .shift = meaning { return true }
        return meaning == .position
    }

    /// "mid-November", "late-December": a position prefix joined to a month.
    private func prefixedMonth(_ index: Int) -> Int? {
        guard let (head, month) = hyphenatedMonth(index) else { return nil }
        let prefix = lexicon.words[Int(head)].time
        return prefix == .position || prefix == .partOf ? month : nil
    }

    /// "July-September", "Jan-March": two months joined in one token, the first before the second.
    private func monthPair(_ index: Int) -> (Int, Int)? {
        guard let (head, month) = hyphenatedMonth(index) else { return nil }
        let first = lexicon.words[Int(head)].month
        return first > 0 && first < month ? (first, month) : nil
    }

    /// A capitalized month after a hyphen in a word the lexicon does not hold whole, and the
    /// word before the hyphen.
    private func hyphenatedMonth(_ index: Int) -> (head: WordID, month: Int)? {
        let token = table[index]
        guard token.word == noWord, !token.roles.isDisjoint(with: [.timeStart, .starter]) else { return nil }
        var hyphen = token.start
        while hyphen < token.end, table.bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen > token.start, hyphen + 1 < token.end, table.bytes[hyphen + 1] &- 65 < 26 else { return nil }
        let head = lexicon.lookup(table.bytes, token.start, hyphen), tail = lexicon.lookup(table.bytes, hyphen + 1, token.end)
        guard head != noWord, tail != noWord, lexicon.words[Int(tail)].month > 0 else { return nil }
        return (head, lexicon.words[Int(tail)].month)
    }

    /// "the July-September quarter": a calendar quarter named by its months; other months
    /// joined ("June-August", "Jan-April") are the range of them.
    private func monthsJoined(at index: Int) -> TimePoint? {
        guard let (low, high) = monthPair(index) else { return nil }
        if high == low + 2, low % 3 == 1, case .period(quarters: 1) = timeWord(index + 1) {
            let (year, stop) = yearAfterPeriod(index + 2)
            var direction = self.direction(around: index..<stop)
            if direction == .nearest { direction = .this }
            return TimePoint(start: index, end: stop, value: .quarter((low + 2) / 3, year: year, direction))
        }
        // The last month picks the year, written ("January-April 1995") or by tense, and the
        // first is in it ("Jan-April" under an August date is this year's January to April,
        // not next January's).
        let (year, stop) = yearAfterPeriod(index + 1)
        let last = year.map { TimeValue.monthOfYear(high, $0) } ?? .month(high, self.direction(around: index..<index + 1))
        return TimePoint(start: index, end: stop, value: .interval(.from(last, days: 0, months: low - high), last))
    }

    /// A token of the expression is part of a name that reaches outside it ("Sunday Times").
    private func crossesName(_ tokens: Range<Int>) -> Bool {
        for index in tokens {
            guard let entity = table.entity(index) else { continue }
            if entity.tokens.lowerBound < tokens.lowerBound || entity.tokens.upperBound > tokens.upperBound { return true }
        }
        return false
    }

    // MARK: - Shifts, seasons, periods, holidays

    /// After "last", "next", "this" (or "the previous"): a unit, weekday, month, season or part of the day.
    private func shifted(at index: Int, _ direction: TimeDirection, _ count: Int, start: Int) -> TimePoint? {
        guard index < end else { return nil }
        // "this past week": the one before the document's.
        if direction == .this, word(index) == k.past { return pastUnit(at: index + 1, start: start) }
        if var holiday = holiday(at: index), case .holiday(let name, nil, _) = holiday.value {
            holiday.start = start
            holiday.value = .holiday(name, year: nil, direction)
            return holiday
        }
        if let unit = calendarUnit(index) {
            // "last week's Friday": a weekday of the shifted week.
            if unit == .week, index + 2 < end, endsWithPossessive(index + 1), let weekday = weekdayNumber(index + 2) {
                return TimePoint(start: start, end: index + 3, value: Self.weekday(weekday, weeksFromThis: count))
            }
            return TimePoint(start: start, end: index + 1, value: .shift(unit, count))
        }
        if timeWord(index) == .weekend { return TimePoint(start: start, end: index + 1, value: .weekend(direction)) }
        if let weekday = weekdayNumber(index) { return TimePoint(start: start, end: index + 1, value: .weekday(weekday, direction)) }
        if let month = monthNumber(index) { return TimePoint(start: start, end: index + 1, value: .month(month, direction)) }
        if case .season(let code) = timeWord(index), table[index].shape == .lower {
            return TimePoint(start: start, end: index + 1, value: .season(code, year: nil, direction))
        }
        if case .partOfDay(let part) = timeWord(index), count <= 0 {
            // "last night" is yesterday's; "this morning" today's.
            return TimePoint(start: start, end: index + 1, value: .partOfDay(.shift(.day, count), part))
        }
        return nil
    }

    /// "week", "month", "quarter", "year" (singular: "last weeks" is no date).
    private func calendarUnit(_ index: Int) -> TimeValue.TimeUnit? {
        guard index < end, let entry = entry(index), entry.text.last != UInt8(ascii: "s") else { return nil }
        if case .period(let quarters) = entry.time, quarters == 1 { return .quarter }
        switch entry.timeUnit {
        case "week": return .week
        case "month": return .month
        case "year": return .year
        case "day": return .day
        default: return nil
        }
    }

    /// "the fall of 2020", "autumn 2022", "in the spring", "last winter" (seen by `shifted`).
    /// A season word needs a year or the article, and is no season before "of" without a
    /// year ("the fall of the wall") or before a preposition ("the fall in prices").
    private func season(_ code: String, at index: Int, afterThe: Bool) -> TimePoint? {
        let shape = table[index].shape
        if index + 2 < end, word(index + 1) == k.of, let year = yearNumber(index + 2) {
            return TimePoint(start: index, end: index + 3, value: .season(code, year: year, .past))
        }
        if let year = yearNumber(index + 1) {
            return TimePoint(start: index, end: index + 2, value: .season(code, year: year, .past))
        }
        let afterPreposition = index > first && table[index - 1].roles.contains(.preposition)
        guard afterThe || afterPreposition, shape == .lower else { return nil }
        if index + 1 < end {
            let next = table[index + 1]
            let nounAfter = next.shape == .lower && next.roles.isEmpty && tense(index + 1) == nil
            if next.roles.contains(.preposition) || nounAfter { return nil }
        }
        return TimePoint(start: index, end: index + 1, value: .season(code, year: nil, direction(around: index..<index + 1)))
    }

    /// "third quarter", "the fourth quarter of 2024", "the second half of 2022", "third-quarter".
    private func ordinalPeriod(at index: Int, afterThe: Bool) -> TimePoint? {
        let token = table[index]
        var ordinal = smallOrdinal(at: index)
        var periodIndex = index + 1
        var quarters = 0
        if token.word == noWord, token.shape != .digit {
            // "third-quarter": an ordinal and a period in one token.
            var hyphen = token.start
            while hyphen < token.end, table.bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
            guard hyphen + 1 < token.end else { return nil }
            let head = lexicon.lookup(table.bytes, token.start, hyphen), tail = lexicon.lookup(table.bytes, hyphen + 1, token.end)
            guard head != noWord, tail != noWord, case .period(let count) = lexicon.words[Int(tail)].time else { return nil }
            ordinal = lexicon.words[Int(head)].ordinal.flatMap { $0.atomClass == .unit ? Int($0.value) : nil }
            quarters = count
            periodIndex = index
        } else {
            guard case .period(let count) = timeWord(periodIndex) else { return nil }
            quarters = count
        }
        guard let number = ordinal, number >= 1, number <= 4 / quarters else { return nil }
        let (year, stop) = yearAfterPeriod(periodIndex + 1)
        if quarters == 2 {
            // "the second half" of a match: only a half with a year is a date.
            guard year != nil else { return nil }
            return TimePoint(start: index, end: stop, value: .half(number, year: year))
        }
        // "led 21-7 in the third quarter": a game's quarter, unless a year says otherwise.
        if year == nil, isAboutAGame() { return nil }
        // Without a tense, "the third quarter" is the document year's (financial news).
        var direction = self.direction(around: index..<stop)
        if direction == .nearest { direction = .this }
        return TimePoint(start: index, end: stop, value: .quarter(number, year: year, direction))
    }

    /// A year after a period: "Q3 2024", "Q3 of 2024", "the fourth quarter of last year",
    /// "the first half of the year", "October last year".
    private func yearAfterPeriod(_ index: Int) -> (TimeValue.YearReference?, Int) {
        if let found = yearReference(at: index) { return found }
        if word(index) == k.of, let found = yearReference(at: index + 1) { return found }
        return (nil, index)
    }

    /// The year after "Q3" or "H1": as after a period, or in two digits as tables and wire
    /// headlines write it ("H1 96", "Q3 23"; 00-50 is 20yy, 51-99 19yy).
    private func labelYear(_ index: Int) -> (TimeValue.YearReference?, Int) {
        let found = yearAfterPeriod(index)
        guard found.0 == nil, index < end, table.length(index) == 2,
              let (year, suffix) = digitsAndMeridiem(index, digits: 2...2), suffix == nil,
              // "Q3 23 percent": a percentage, no year.
              !(index + 1 < end && table.isByte(index + 1, "%")),
              ![k.percent, k.pct, k.per].contains(word(index + 1)) else { return found }
        return (.written(DigitReader.fullYear(twoDigits: year)), index + 1)
    }

    /// "2024", "last year", "next year", "this year", "the year", "the previous year".
    private func yearReference(at index: Int) -> (TimeValue.YearReference, Int)? {
        if let year = yearNumber(index) { return (.written(year), index + 1) }
        return countedUnit(.year, at: index).map { (.shifted($0.count), $0.end) }
    }

    /// "last year", "the previous month", "next month", "the year" (0): a calendar unit counted
    /// from the document date's, and where it ends.
    private func countedUnit(_ unit: TimeValue.TimeUnit, at index: Int) -> (count: Int, end: Int)? {
        let afterThe = word(index) == k.the
        let at = afterThe ? index + 1 : index
        if afterThe, calendarUnit(at) == unit { return (0, at + 1) }
        guard case .shift(_, let count, let allowedAfterThe) = timeWord(at), !afterThe || allowedAfterThe,
              table[at].shape == .lower, calendarUnit(at + 1) == unit else { return nil }
        return (count, at + 2)
    }

    /// A word of a game in the sentence ("scored", "led", "touchdown"): its quarters are the game's.
    private func isAboutAGame() -> Bool {
        (first..<end).contains { table[$0].roles.contains(.gameCue) }
    }

    /// "Christmas", "New Year's Day", "Thanksgiving 2021", capitalized.
    private func holiday(at index: Int) -> TimePoint? {
        guard table[index].shape == .capitalized || table[index].shape == .upper,
              let phrases = lexicon.holidays[table[index].word] else { return nil }
        for phrase in phrases where index + phrase.words.count <= end {
            guard phrase.words.indices.allSatisfy({ isWord(index + $0, phrase.words[$0]) }) else { continue }
            let stop = index + phrase.words.count
            // "Christmas 2021", "Christmas last year", "MLK Day of last year", "Diwali in 2019".
            if case (let year?, let yearEnd) = yearAfterPeriod(stop) {
                return TimePoint(start: index, end: yearEnd, value: .holiday(phrase.holiday, year: year, .past))
            }
            if word(stop) == k.in_, let year = yearNumber(stop + 1) {
                return TimePoint(start: index, end: stop + 2, value: .holiday(phrase.holiday, year: .written(year), .past))
            }
            return TimePoint(start: index, end: stop, value: .holiday(phrase.holiday, year: nil, direction(around: index..<stop)))
        }
        return nil
    }

    /// "end of 2012", "the start of next year", "the beginning of the month": the period's value
    /// (TIMEX3 marks the part with a modifier, which the number layer has no field for).
    private func partOfPeriod(at index: Int) -> Reading? {
        guard index + 2 < end, timeWord(index) == .partOf, word(index + 1) == k.of else { return nil }
        var inner = index + 2
        if word(inner) == k.the, inner + 1 < end, calendarUnit(inner + 1) != nil {
            // "the end of the year": the period the document date is in.
            guard let unit = calendarUnit(inner + 1) else { return nil }
            var reading = Reading(tokens: index..<(inner + 2), kind: .date)
            reading.time = .shift(unit, 0)
            return reading
        }
        if word(inner) == k.the { inner += 1 }
        guard var found = reading(at: inner), found.isCalendar else { return nil }
        found.start = index
        return found
    }

    /// "on the 5th", "by the 20th,": a day of the month alone, after a preposition and before
    /// no noun ("the 5th person" is a rank); "on the 20th of next month": of a counted month.
    private func dayOfMonthAlone(at index: Int) -> TimePoint? {
        guard index > first, table[index - 1].roles.contains(.preposition), index + 1 < end,
              table[index + 1].shape == .digit else { return nil }
        if var counted = dayOfCountedMonth(at: index + 1) {
            counted.start = index
            return counted
        }
        let token = table[index + 1]
        guard case .ordinal(let day) = DigitReader.read(table.bytes, token.start, token.end), (1...31).contains(day) else { return nil }
        if index + 2 < end {
            let next = table[index + 2]
            guard next.shape == .other || next.roles.contains(.preposition) || next.word == k.and || next.word == k.or else { return nil }
        }
        return TimePoint(start: index, end: index + 2, value: .dayOfMonth(Int(day), direction(around: index..<index + 2)))
    }

    /// "20th of next month", "the 20th day of the previous month", "20 of this month": a day
    /// of a month counted from the document's. "of" and the counted month leave no doubt, so
    /// a day in cardinal digits will do, and no preposition is needed before it.
    private func dayOfCountedMonth(at index: Int) -> TimePoint? {
        // Most digits are not before "of" (or "day of"): those compares first, the digits after.
        guard index < end, table[index].shape == .digit else { return nil }
        let of = word(index + 1) == k.of ? index + 1 : index + 2
        guard word(of) == k.of, of == index + 1 || calendarUnit(index + 1) == .day else { return nil }
        let token = table[index]
        let day: Int, isCardinal: Bool
        if case .ordinal(let value) = DigitReader.read(table.bytes, token.start, token.end) {
            (day, isCardinal) = (Int(value), false)
        } else if let (value, suffix) = digitsAndMeridiem(index, digits: 1...2), suffix == nil {
            (day, isCardinal) = (value, true)
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }
        var month = countedUnit(.month, at: of + 1)
        // "the next month" is a span ahead elsewhere ("in the next month"), a month here.
        if month == nil, word(of + 1) == k.the, case .shift(.next, let count, _) = timeWord(of + 2), calendarUnit(of + 3) == .month {
            month = (count, of + 4)
        }
        // "20 of this month's games" counts games.
        guard let (count, stop) = month, !(isCardinal && stop < end && endsWithPossessive(stop)) else { return nil }
        return TimePoint(start: index, end: stop, value: .dayIn(day, fromEnd: false, month: .shift(.month, count)))
    }

    /// "the week of March 4": the ISO week of the date.
    private func weekOfDate(at index: Int) -> TimePoint? {
        guard calendarUnit(index + 1) == .week, word(index + 2) == k.of, let date = date(at: index + 3),
              let calendar = date.date, calendar.day != nil, calendar.lastDay == nil else { return nil }
        return TimePoint(start: index, end: date.end, value: .weekOf(.calendar(calendar)))
    }

    /// "fiscal 2024", "fiscal year 2023", "FY 2024": the year written (the company's months are
    /// not in the text).
    private func fiscalYear(at index: Int) -> Reading? {
        let at = calendarUnit(index + 1) == .year ? index + 2 : index + 1
        guard let year = yearNumber(at) else { return nil }
        return yearReading(index..<(at + 1), year)
    }

    private func yearReading(_ tokens: Range<Int>, _ year: Int) -> Reading {
        var reading = Reading(tokens: tokens, kind: .year)
        reading.calendar = CalendarDay.pad(year, 4)
        return reading
    }

    /// "the third Tuesday of September", "the last Friday of November", "the first week of
    /// March", "the second Tuesday of next month", "the fourth Thursday of November 2021";
    /// also "the second Monday after Easter" (after a holiday or a day).
    private func nthInMonth(start index: Int, ordinal at: Int) -> TimePoint? {
        guard at + 3 < end else { return nil }
        let n: Int
        if word(at) == k.last {
            n = -1
        } else if let ordinal = entry(at)?.ordinal, ordinal.atomClass == .unit, (1...5).contains(ordinal.value) {
            n = Int(ordinal.value)
        } else {
            return nil
        }
        let weekday = weekdayNumber(at + 1)
        if let weekday, n > 0, word(at + 2) == k.after, let day = holiday(at: at + 3) ?? dayPoint(at: at + 3), !day.isClock {
            return TimePoint(start: index, end: day.end, value: .nthWeekdayAfter(n, weekday: weekday, day: day.value))
        }
        guard weekday != nil || calendarUnit(at + 1) == .week, word(at + 2) == k.of || word(at + 2) == k.in_,
              let month = monthPoint(at: at + 3, in: index) else { return nil }
        return TimePoint(start: index, end: month.end, value: .nthInMonth(n, weekday: weekday, month: month.value))
    }

    /// An ordinal of one word ("third", not "twenty-third") or in digits ("5th").
    private func smallOrdinal(at index: Int) -> Int? {
        guard index < end else { return nil }
        let token = table[index]
        if token.shape == .digit, case .ordinal(let value) = DigitReader.read(table.bytes, token.start, token.end) { return Int(value) }
        return entry(index)?.ordinal.flatMap { $0.atomClass == .unit ? Int($0.value) : nil }
    }

    /// "last day of May", "second last day of June", "5th last day of May", "last day of the
    /// month" (from `at`, after "the" when written): counted back from the month's last day.
    private func lastDayIn(start: Int, at: Int) -> TimePoint? {
        var lastAt = at, n = 1
        if let ordinal = smallOrdinal(at: at), (1...27).contains(ordinal) {
            n = ordinal
            lastAt += 1
        }
        guard word(lastAt) == k.last, calendarUnit(lastAt + 1) == .day, word(lastAt + 2) == k.of,
              let month = monthPoint(at: lastAt + 3, in: start) else { return nil }
        return TimePoint(start: start, end: month.end, value: .dayIn(n, fromEnd: true, month: month.value))
    }

    /// A month an nth weekday or week is in: "September", "May 2022", "next month", "the month";
    /// a month without a year takes the tense around the whole expression, from `start`.
    private func monthPoint(at index: Int, in start: Int) -> TimePoint? {
        if let date = date(at: index), let calendar = date.date, calendar.day == nil {
            return TimePoint(start: index, end: date.end, value: .calendar(calendar))
        }
        if let month = monthNumber(index) {
            return TimePoint(start: index, end: index + 1, value: .month(month, direction(around: start..<index + 1)))
        }
        guard let (count, stop) = countedUnit(.month, at: index) else { return nil }
        return TimePoint(start: index, end: stop, value: .shift(.month, count))
    }

    /// "day before yesterday", "day after tomorrow", "day after Thanksgiving".
    private func dayBeforeOrAfter(at index: Int) -> TimePoint? {
        guard index + 2 < end, word(index) == k.day, word(index + 1) == k.before || word(index + 1) == k.after else { return nil }
        if case .relativeDay(let days, nil) = timeWord(index + 2) {
            guard days != 0, (word(index + 1) == k.before) == (days < 0) else { return nil }
            var found = TimePoint(start: index, end: index + 3, value: .shift(.day, 2 * days))
            clockAfter(&found)
            return found
        }
        return offsetFromDay(start: index, (days: 1, months: 0), at: index + 1)
    }

    /// "[three days] after Easter", "[a week] from Friday", "[a year] from Christmas": so many
    /// days or months from a holiday, a weekday or a date; `at` is "after", "before" or "from".
    private func offsetFromDay(start: Int, _ length: (days: Int, months: Int), at: Int) -> TimePoint? {
        let sign: Int
        switch word(at) {
        case k.after, k.from: sign = 1
        case k.before: sign = -1
        default: return nil
        }
        guard at + 1 < end, let day = holiday(at: at + 1) ?? dayPoint(at: at + 1), !day.isClock else { return nil }
        return TimePoint(start: start, end: day.end, value: .from(day.value, days: sign * length.days, months: sign * length.months))
    }

    /// "three days after Easter", "two weeks before Christmas", "3 years from today" from a
    /// duration reading.
    func timeFromDay(_ duration: Reading) -> Reading? {
        guard duration.kind == .duration, let times = Self.count(duration), let length = Self.length(of: duration.unit)
        else { return nil }
        guard var found = offsetFromDay(start: duration.start, (length.days * times, length.months * times), at: duration.end)
        else { return nil }
        // "for 10 days from Dec. 18": the ten days that begin on the 18th.
        if duration.start > first, word(duration.start - 1) == k.for_, word(duration.end) == k.from,
           case .from(let day, let days, let months) = found.value {
            found.value = .interval(day, .from(day, days: days - 1, months: months))
        }
        return timeReading(found)
    }

    /// Days and months in a unit counted from a day.
    private static func length(of unit: String?) -> (days: Int, months: Int)? {
        switch unit {
        case "day": return (1, 0)
        case "week": return (7, 0)
        case "fortnight": return (14, 0)
        case "month": return (0, 1)
        case "year": return (0, 12)
        default: return nil
        }
    }

    /// The token is this lexicon word, also when the table did not look it up ("'s").
    private func isWord(_ index: Int, _ id: WordID) -> Bool {
        let token = table[index]
        if token.word != noWord { return token.word == id }
        let text = lexicon.words[Int(id)].text
        guard token.end - token.start == text.count else { return false }
        return text.indices.allSatisfy { ByteHash.asciiLower(table.bytes[token.start + $0]) == text[$0] }
    }

    /// "Wednesday night", "yesterday morning".
    private func partOfDayAfter(_ point: inout TimePoint) {
        guard case .partOfDay(let part) = timeWord(point.end), table[point.end].shape == .lower else { return }
        if case .partOfDay = point.value { return }
        point.value = .partOfDay(point.value, part)
        point.end += 1
    }

    /// A four-digit year token, 1000 to 2100.
    func yearNumber(_ index: Int) -> Int? {
        guard index < end, table[index].shape == .digit, table.length(index) == 4 else { return nil }
        var value = 0
        for offset in table[index].start..<table[index].end {
            let digit = table.bytes[offset] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return (1000...2100).contains(value) ? value : nil
    }

    // MARK: - Relative: "two days ago", "in three weeks"

    /// "two days ago", "20 years ago", "30 minutes from now" from a duration reading; nil when
    /// neither "ago" nor "from now" follows.
    func timeAgo(_ duration: Reading) -> Reading? {
        guard duration.kind == .duration, let (sign, end) = agoOrFromNow(at: duration.end),
              let shift = Self.shift(duration.value, duration.unit, sign: sign) else { return nil }
        var reading = Reading(tokens: duration.start..<end, kind: .date)
        reading.time = shift
        return reading
    }

    /// "ago" (back) or "from now" (ahead) at `index`, and the token after it.
    private func agoOrFromNow(at index: Int) -> (sign: Int, end: Int)? {
        if timeWord(index) == .ago { return (-1, index + 1) }
        if word(index) == k.from, word(index + 1) == k.now { return (1, index + 2) }
        return nil
    }

    /// So many units as a shift from the document's date or time: whole days, weeks, months and
    /// years ("three weeks"), or seconds, minutes and hours, which may be a fraction ("half an
    /// hour", "2.5 hours") that comes to whole seconds.
    private static func shift(_ count: ExactNumber?, _ unit: String?, sign: Int) -> TimeValue? {
        guard let count, count.numerator >= 0 else { return nil }
        if let (unit, size) = shiftUnit(unit) {
            guard count.isInteger else { return nil }
            return .shift(unit, sign * Int(count.numerator) * size)
        }
        guard let perUnit = secondsIn(unit) else { return nil }
        // At most a year of seconds: beyond it no clock is meant, and the arithmetic stays small.
        guard let seconds = count.multiplied(by: ExactNumber(perUnit)), seconds.isInteger,
              seconds.numerator <= 31_622_400 else { return nil }
        return .clockShift(seconds: sign * Int(seconds.numerator), withSeconds: perUnit < 3600 || !count.isInteger)
    }

    private static func secondsIn(_ unit: String?) -> Int64? {
        switch unit {
        case "second": return 1
        case "minute": return 60
        case "hour": return 3600
        default: return nil
        }
    }

    /// "a month ago", "an hour from now".
    private func unitAgo(at index: Int) -> Reading? {
        guard index + 2 < end, let (sign, stop) = agoOrFromNow(at: index + 2),
              let shift = Self.shift(ExactNumber(1), entry(index + 1)?.timeUnit, sign: sign) else { return nil }
        var reading = Reading(tokens: index..<stop, kind: .date)
        reading.time = shift
        return reading
    }

    /// "in three weeks", "in half an hour", "in a minute", "in about two hours": a point ahead
    /// (a bound before the count is the mention's modifier), unless the clause is past ("rose
    /// 5% in two years" is a span). "in a day", "in a year" are left alone: news writes them
    /// for spans ("the biggest rise in a year").
    private func inUnits(at index: Int) -> Reading? {
        var countAt = index + 1
        var modifier: NumberModifier? = nil
        if roles(countAt).contains(.modifierStart), let (bound, next) = preModifier(at: countAt) {
            (modifier, countAt) = (bound, next)
        }
        guard countAt < end else { return nil }
        let next = table[countAt]
        let count: ExactNumber?, unit: String?, stop: Int
        if next.word == k.a || next.word == k.an, countAt + 1 < end, let clockUnit = entry(countAt + 1)?.timeUnit,
           Self.secondsIn(clockUnit) != nil {
            (count, unit, stop) = (ExactNumber(1), clockUnit, countAt + 2)
        } else {
            guard next.roles.contains(.starter) || next.shape == .digit || next.word == k.half,
                  let duration = quantity(at: countAt, allowRange: false), duration.kind == .duration else { return nil }
            (count, unit, stop) = (duration.value, duration.unit, duration.end)
        }
        guard let shift = Self.shift(count, unit, sign: 1), direction(around: index..<stop) != .past else { return nil }
        var reading = Reading(tokens: index..<stop, kind: .date)
        reading.time = shift
        reading.modifier = modifier
        return reading
    }

    /// A weekday of the document date's ISO week shifted by `weeks`.
    private static func weekday(_ weekday: Int, weeksFromThis weeks: Int) -> TimeValue {
        .from(.weekday(weekday, .this), days: 7 * weeks, months: 0)
    }

    /// "Friday after next", "March after next": the one after the next one.
    private func afterNext(at index: Int) -> TimePoint? {
        guard word(index + 1) == k.after, timeWord(index + 2) == .shift(.next, 1, afterThe: false), table[index + 2].shape == .lower
        else { return nil }
        if let weekday = weekdayNumber(index) {
            return TimePoint(start: index, end: index + 3, value: .from(.weekday(weekday, .next), days: 7, months: 0))
        }
        guard let month = monthNumber(index) else { return nil }
        return TimePoint(start: index, end: index + 3, value: .from(.month(month, .next), days: 0, months: 12))
    }

    /// "two Thursdays ago", "3 Sundays back", "two Fridays from now" from the count's reading:
    /// counted from the last such weekday before the document date (or the next after it),
    /// which is the first of them.
    func countedWeekdays(_ count: Reading) -> Reading? {
        guard let times = Self.count(count), times > 0, count.unit == nil, let weekday = entry(count.end)?.pluralWeekday,
              weekday > 0, table[count.end].shape == .capitalized else { return nil }
        let after = count.end + 1
        let (sign, end): (Int, Int)
        if timeWord(after) == .ago || word(after) == k.back {
            (sign, end) = (-1, after + 1)
        } else if word(after) == k.from, word(after + 1) == k.now {
            (sign, end) = (1, after + 2)
        } else {
            return nil
        }
        var reading = Reading(tokens: count.start..<end, kind: .date)
        reading.time = .from(.weekday(weekday, sign < 0 ? .last : .next), days: sign * 7 * (times - 1), months: 0)
        return reading
    }

    /// "past week", "this past month": the unit before the document date's.
    private func pastUnit(at index: Int, start: Int) -> TimePoint? {
        calendarUnit(index).map { TimePoint(start: start, end: index + 1, value: .shift($0, -1)) }
    }

    /// "upcoming two weeks" (from the count at `index`): the unit so many ahead, as "in two
    /// weeks", Duckling's reading.
    private func unitsAhead(at index: Int, start: Int) -> TimePoint? {
        // "two quarters" alone reads as a half; here it counts quarters.
        if case .period(let quarters) = timeWord(index + 1), quarters == 1, let times = oneTokenCount(index) {
            return TimePoint(start: start, end: index + 2, value: .shift(.quarter, times))
        }
        guard let count = quantity(at: index, allowRange: false), let times = Self.count(count) else { return nil }
        if count.kind == .duration, let (unit, size) = Self.shiftUnit(count.unit) {
            return TimePoint(start: start, end: count.end, value: .shift(unit, times * size))
        }
        guard let (unit, size) = aheadUnit(count.end) else { return nil }
        return TimePoint(start: start, end: count.end + 1, value: .shift(unit, times * size))
    }

    /// "two upcoming weeks", "2 upcoming quarters" from the count's reading; not after "the"
    /// ("the two upcoming weeks" is the span).
    func upcomingUnits(_ count: Reading) -> Reading? {
        guard word(count.end) == k.upcoming, count.start == first || word(count.start - 1) != k.the,
              let times = Self.count(count), count.unit == nil, let (unit, size) = aheadUnit(count.end + 1) else { return nil }
        var reading = Reading(tokens: count.start..<(count.end + 2), kind: .date)
        reading.time = .shift(unit, times * size)
        return reading
    }

    /// A whole count of at most 10,000: beyond it no calendar is meant, and the arithmetic
    /// could overflow.
    private static func count(_ reading: Reading) -> Int? {
        guard let value = reading.value, value.isInteger, value.numerator >= 0, value.numerator <= 10_000 else { return nil }
        return Int(value.numerator)
    }

    /// "2" or "two" (1-9) in one token.
    private func oneTokenCount(_ index: Int) -> Int? {
        let token = table[index]
        if token.shape == .digit, case .number(let numeral) = DigitReader.read(table.bytes, token.start, token.end),
           numeral.isPlain, numeral.value.isInteger, (1...9).contains(numeral.value.numerator) {
            return Int(numeral.value.numerator)
        }
        guard let atom = entry(index)?.atom, atom.atomClass == .unit, (1...9).contains(atom.value) else { return nil }
        return Int(atom.value)
    }

    /// A unit word counted ahead, singular or plural ("days", "quarter").
    private func aheadUnit(_ index: Int) -> (TimeValue.TimeUnit, Int)? {
        if case .period(let quarters) = timeWord(index), quarters == 1 { return (.quarter, 1) }
        return Self.shiftUnit(entry(index)?.timeUnit)
    }

    /// The calendar unit a duration unit shifts by, and how many of it one is.
    private static func shiftUnit(_ unit: String?) -> (TimeValue.TimeUnit, Int)? {
        switch unit {
        case "day": return (.day, 1)
        case "week": return (.week, 1)
        case "fortnight": return (.week, 2)
        case "month": return (.month, 1)
        case "year": return (.year, 1)
        case "decade": return (.year, 10)
        default: return nil
        }
    }

    // MARK: - Ranges

    /// "from January to April 2015", "between June and August", "from Monday through Wednesday",
    /// "from 13 to 15 July", "between March 3 and 5", "from late October to mid-November".
    private func timeRange(at index: Int) -> Reading? {
        let isBetween = word(index) == k.between
        let lowDay = dayOnly(at: index + 1)
        guard let low = lowDay.map({ TimePoint(start: index + 1, end: $0.end, value: .fixed("")) }) ?? rangeEnd(at: index + 1),
              low.end + 1 < end, isBetween ? word(low.end) == k.and : isRangeWord(low.end) else { return nil }
        var start = low.value
        var high: TimePoint
        if let point = rangeEnd(at: low.end + 1) {
            high = point
        } else if case .calendar(var date) = low.value, let lowDay = date.day, let day = dayOnly(at: low.end + 1), day.day > lowDay {
            // "between March 3 and 5": the second day is in the first one's month.
            date.day = day.day
            high = TimePoint(start: low.end + 1, end: day.end, value: .calendar(date))
        } else {
            return nil
        }
        switch (lowDay, start, high.value) {
        case (let day?, _, .calendar(var date)) where date.day != nil && day.day < date.day!:
            date.day = day.day
            start = .calendar(date)
        case (nil, .month(let month, _), .calendar(var date)) where date.year != nil:
            date.month = month
            date.day = nil
            start = .calendar(date)
        case (nil, _, _):
            break
        default:
            return nil
        }
        guard !crossesName(index..<high.end) else { return nil }
        var reading = Reading(tokens: index..<high.end, kind: .date)
        reading.time = .interval(start, high.value)
        return reading
    }

    /// "to", "until", "till", "through" or a dash: what joins the ends of a range after "from".
    private func isRangeWord(_ index: Int) -> Bool {
        [k.to, k.until, k.till, k.untill, k.through].contains(word(index)) || table.isDash(index)
    }

    /// "since 2014", "after 8 p.m.", "before noon", "until Friday", "by March", "no later than
    /// March 31", "starting Monday": a date bounded
    /// on one side by the word right before it. The word stays out of the span, as TIMEX3
    /// leaves a signal out; the side goes in the modifier, as TIMEX3's `mod` (ON_OR_AFTER,
    /// AFTER, BEFORE, ON_OR_BEFORE). A range or interval is bounded already; "by" before a
    /// possessive date names an agent ("overshadowed by Monday's attack").
    func markOneSide(_ reading: inout Reading) {
        guard reading.modifier == nil, reading.start > first, reading.isCalendar, reading.kind != .range,
              reading.date?.lastDay == nil else { return }
        if case .interval? = reading.time { return }
        // "since the 1990s", "since the 19th century": the article is outside the span.
        let before = (reading.kind == .decade || reading.kind == .century) && word(reading.start - 1) == k.the
            ? reading.start - 1 : reading.start
        guard before > first else { return }
        // "through the weekend", like "over the weekend", says during: the weekend rule read the word.
        if case .weekend? = reading.time, word(reading.start) == k.the { return }
        // "from mid-2021 onwards", "from Monday onward": the word after says the side.
        if word(before - 1) == k.from, word(reading.end) == k.onwards || word(reading.end) == k.onward {
            reading.modifier = .atLeast
            return
        }
        switch word(before - 1) {
        case k.than:
            // "no later than March 31" at_most, "later than", "no earlier than", "earlier than".
            guard before - 2 >= first else { return }
            let later = word(before - 2) == k.later
            guard later || word(before - 2) == k.earlier else { return }
            let no = before - 3 >= first && word(before - 3) == k.no
            reading.modifier = later ? (no ? .atMost : .moreThan) : (no ? .atLeast : .lessThan)
        case k.since, k.starting, k.beginning: reading.modifier = .atLeast
        case k.after: reading.modifier = .moreThan
        case k.before: reading.modifier = .lessThan
        case k.by where reading.end < end && endsWithPossessive(reading.end): break
        case k.until, k.till, k.untill, k.through, k.by: reading.modifier = .atMost
        default: break
        }
    }

    private func rangeEnd(at index: Int) -> TimePoint? {
        guard index < end else { return nil }
        if let date = date(at: index) ?? (word(index) == k.the ? date(at: index + 1) : nil), let calendar = date.date {
            return TimePoint(start: index, end: date.end, value: .calendar(calendar))
        }
        if let weekday = weekdayNumber(index) {
            return TimePoint(start: index, end: index + 1, value: .weekday(weekday, direction(around: index..<index + 1)))
        }
        // "late October", "mid-November": the position stays out of the value.
        let monthAt = timeWord(index) == .position ? index + 1 : index
        if let month = monthNumber(monthAt) ?? prefixedMonth(monthAt) {
            return TimePoint(start: index, end: monthAt + 1, value: .month(month, direction(around: index..<monthAt + 1)))
        }
        return nil
    }

    /// A day of the month alone, the first end of "13 to 15 July" ("13", "13th", "the 13th").
    private func dayOnly(at index: Int) -> (day: Int, end: Int)? {
        let at = word(index) == k.the ? index + 1 : index
        guard at < end, table[at].shape == .digit else { return nil }
        let token = table[at]
        if let (day, suffix) = digitsAndMeridiem(at, digits: 1...2), suffix == nil, (1...31).contains(day) { return (day, at + 1) }
        if case .ordinal(let day) = DigitReader.read(table.bytes, token.start, token.end), (1...31).contains(day) {
            return (Int(day), at + 1)
        }
        return nil
    }

    /// A calendar date read by the date reader, extended by a second date or day after "to" or
    /// a dash ("July 13 - July 15", "July 13 through 15") or by a clock time ("Dec 7, 2023 3:00 PM").
    func extendedDate(_ reading: Reading) -> Reading {
        guard let date = reading.date, reading.end < end else { return reading }
        var point = TimePoint(start: reading.start, end: reading.end, value: .calendar(date))
        let at = reading.end
        if date.day != nil, date.lastDay == nil, at + 1 < end,
           word(at) == k.to || word(at) == k.through || word(at) == k.until || table.isDash(at) {
            if let high = self.date(at: at + 1), let highDate = high.date, highDate.lastDay == nil {
                point.value = .interval(point.value, .calendar(highDate))
                point.end = high.end
            } else if let high = dayOnly(at: at + 1), let day = date.day, high.day > day {
                var highDate = date
                highDate.day = high.day
                point.value = .interval(point.value, .calendar(highDate))
                point.end = high.end
            }
        } else {
            clockAfter(&point)
        }
        guard point.end > reading.end, !crossesName(point.start..<point.end) else { return reading }
        var extended = reading
        extended.end = point.end
        extended.coreEnd = point.end
        extended.kind = point.isClock ? .time : .date
        extended.time = point.value
        return extended
    }

    // MARK: - Clock times

    func clock(at index: Int) -> Reading? {
        (minutesFromClock(at: index) ?? clockPoint(at: index)).flatMap(timeReading)
    }

    /// "3 p.m.", "5pm", "10:30 a.m. EST", "15:00", "noon", then an optional zone and day ("6 p.m. on Sunday").
    private func clockPoint(at index: Int) -> TimePoint? {
        guard var found = clockOnly(at: index) else { return hourBeforeDay(at: index) }
        let day = dayAfterClock(&found)
        if case .clock(let hour, let minute, let second, let zone, _) = found.value {
            found.value = .clock(hour: hour, minute: minute, second: second, zone: zone, day: day)
        }
        return found
    }

    /// "at 9 tomorrow", "at 10 this morning", "8 tonight": a bare hour before its day, at the
    /// start of the sentence or after "at", "by", "until", "before" ("scored 9 tomorrow" is a
    /// count). The part of the day gives the meridiem; without one, 7 to 11 are the morning's
    /// and 1 to 6 the afternoon's, the hours of a working day.
    private func hourBeforeDay(at index: Int) -> TimePoint? {
        guard index + 1 < end, let (hour, meridiem) = digitsAndMeridiem(index, digits: 1...2), meridiem == nil,
              (1...12).contains(hour) else { return nil }
        if index > first {
            let before = word(index - 1)
            guard before == k.at || before == k.by || before == k.until || before == k.before else { return nil }
        }
        var at = index + 1, days = 0, part: String? = nil
        if case .relativeDay(let shift, let written) = timeWord(at) {
            (days, part, at) = (shift, written, at + 1)
            if part == nil, case .partOfDay(let code) = timeWord(at) { (part, at) = (code, at + 1) }
        } else if case .shift(.this, _, _) = timeWord(at), case .partOfDay(let code) = timeWord(at + 1) {
            (part, at) = (code, at + 2)
        } else {
            return nil
        }
        let clockHour: Int
        switch part {
        case "MO": clockHour = hour % 12
        case nil: clockHour = hour <= 6 ? hour + 12 : hour
        case "NI": clockHour = hour + 12  // "12 tonight" is midnight, 24:00 of the day
        default: clockHour = hour == 12 ? 12 : hour + 12
        }
        return TimePoint(start: index, end: at, value: .clock(hour: clockHour, minute: 0, zone: .none, day: .shift(.day, days)),
                         isClock: true)
    }

    /// "a quarter past 3pm", "half past noon", "20 minutes to 2pm tomorrow", "twenty after
    /// 3pm": minutes counted from a clock time, which keeps its zone and day. Only "past"
    /// takes a bare count: before "to" it is a range ("2 to 5 p.m."), before "after" a count
    /// of things ("arrested 12 after 9 p.m."), so those need "minutes" or a quarter.
    private func minutesFromClock(at index: Int) -> TimePoint? {
        // Every digit and number word comes here: most are not one to three tokens before a
        // "past" or "to", which integer compares rule out first.
        guard isClockRelation(word(index + 1)) || isClockRelation(word(index + 2)) || isClockRelation(word(index + 3)) else {
            return nil
        }
        var at = index, minutes: Int, isFraction = true
        if word(at) == k.a, word(at + 1) == k.quarter {
            (minutes, at) = (15, at + 2)
        } else if word(at) == k.quarter {
            (minutes, at) = (15, at + 1)
        } else if word(at) == k.half, word(at + 1) == k.past {
            (minutes, at) = (30, at + 1)
        } else if let (count, stop) = minuteCount(at: at) {
            (minutes, at, isFraction) = (count, stop, false)
        } else {
            return nil
        }
        let counted = entry(at)?.timeUnit == "minute"
        if counted { at += 1 }
        let relation = word(at), sign = relation == k.past || relation == k.after ? 1 : -1
        guard relation == k.past || (isClockRelation(relation) && (counted || isFraction)) else { return nil }
        guard var found = clockPoint(at: at + 1), case .clock(let hour, let minute, _, let zone, let day) = found.value else { return nil }
        // "a quarter to midnight" is 23:45 of the day named: the day before the midnight.
        let total = ((hour * 60 + minute + sign * minutes) % 1440 + 1440) % 1440
        found.start = index
        found.value = .clock(hour: total / 60, minute: total % 60, zone: zone, day: day)
        return found
    }

    /// "past", "after", "to", "before", "till": the words minutes are counted from a clock by.
    private func isClockRelation(_ word: WordID) -> Bool {
        word == k.past || word == k.after || word == k.to || word == k.before || word == k.till
    }

    /// 1 to 59 in digits or in words ("20", "twenty-five") and where the count ends.
    private func minuteCount(at index: Int) -> (Int, Int)? {
        guard index < end else { return nil }
        if table[index].shape == .digit {
            guard let (value, suffix) = digitsAndMeridiem(index, digits: 1...2), suffix == nil, (1...59).contains(value) else { return nil }
            return (value, index + 1)
        }
        guard table[index].shape.isWord, let count = spelled.read(from: index), count.kind == .cardinal,
              count.value.isInteger, (1...59).contains(count.value.numerator) else { return nil }
        return (Int(count.value.numerator), count.end)
    }

    /// The day written after a clock time ("on Sunday", "tomorrow"), taken into its span.
    private func dayAfterClock(_ found: inout TimePoint) -> TimeValue? {
        var dayStart = found.end
        // "3 a.m. local time on Tuesday": the place's own clock; alone, "local time" stays
        // out of the span ("04:17 local time").
        if word(dayStart) == k.local, word(dayStart + 1) == k.time { dayStart += 2 }
        if word(dayStart) == k.on { dayStart += 1 }
        guard let dated = dayPoint(at: dayStart) else { return nil }
        found.end = dated.end
        return dated.value
    }

    /// "from 7 a.m. to 8 p.m.", "between 2 and 4 p.m. on Friday", "8-10 a.m.", "9 a.m. to 5
    /// p.m.", "from noon to 4 p.m. tomorrow": both ends on the day written after the range (or
    /// the document's), the end on the next day when it is not after the start ("from 10 p.m.
    /// to 5 a.m."). A bare first hour takes the meridiem of the second ("between 2 and 4 p.m.")
    /// and needs "from" or "between".
    private func clockRange(at index: Int) -> Reading? {
        clockRangePoint(at: index, day: nil).flatMap(timeReading)
    }

    /// A clock range from `index`, on `day` (written before it) unless a day follows it.
    private func clockRangePoint(at index: Int, day dayBefore: TimeValue?) -> TimePoint? {
        let opener = word(index) == k.from || word(index) == k.between
        let lowAt = opener ? index + 1 : index
        guard lowAt + 1 < end, table[lowAt].shape == .digit || timeWord(lowAt) != nil else { return nil }
        var low: (hour: Int, minute: Int, second: Int?, zone: ClockZone)? = nil
        var bareLow = false
        var high: TimePoint
        if !opener, let split = splitClockRange(lowAt) {
            high = clockWithZone(hour: split.high.0, minute: split.high.1, from: lowAt, to: lowAt + 5)
            low = (split.low.0, split.low.1, nil, .none)
        } else if !opener, let pair = oneTokenClockRange(lowAt) {
            high = clockWithZone(hour: pair.high, minute: 0, from: lowAt, to: pair.end)
            low = (pair.low, 0, nil, .none)
            bareLow = !pair.lowHasMeridiem
        } else {
            var separator = lowAt + 1
            if let clock = clockOnly(at: lowAt), case .clock(let hour, let minute, let second, let zone, _) = clock.value {
                low = (hour, minute, second, zone)
                separator = clock.end
            } else if opener, let (hour, suffix) = digitsAndMeridiem(lowAt, digits: 1...2), suffix == nil, (1...12).contains(hour) {
                low = (hour, 0, nil, .none)
                bareLow = true
            }
            guard low != nil, separator + 1 < end else { return nil }
            var highAt = separator + 1
            if word(index) == k.between {
                guard word(separator) == k.and else { return nil }
            } else if !isRangeWord(separator) {
                // "after 9:30 but before 11:00", "later than 6 p.m. and before midnight": both
                // sides given, one range (on the day written after its end, as "from ... to").
                let bounded = index > first && (word(index - 1) == k.after
                    || word(index - 1) == k.than && index - 2 >= first && word(index - 2) == k.later)
                guard bounded, word(separator) == k.but || word(separator) == k.and,
                      word(separator + 1) == k.before else { return nil }
                highAt = separator + 2
            }
            guard let clock = clockOnly(at: highAt) else { return nil }
            high = clock
        }
        guard var start = low, case .clock(let hour, let minute, let second, let highZone, _) = high.value else { return nil }
        if bareLow {
            // The bare first hour is in the second's half of the day, unless that puts it after ("11 to 1 p.m.").
            let afternoon = start.hour % 12 + 12
            start.hour = hour >= 12 && hour < 24 && afternoon <= hour ? afternoon : start.hour % 12
        }
        if start.zone == .none { start.zone = highZone }
        let day = dayAfterClock(&high) ?? dayBefore
        let startDay = day ?? .shift(.day, 0)
        let endDay: TimeValue? = (hour, minute) <= (start.hour, start.minute) ? .from(startDay, days: 1, months: 0) : day
        let value = TimeValue.interval(.clock(hour: start.hour, minute: start.minute, second: start.second, zone: start.zone, day: day),
                                       .clock(hour: hour, minute: minute, second: second, zone: highZone, day: endDay))
        return TimePoint(start: index, end: high.end, value: value, isClock: true)
    }

    /// "8-10 a.m." (one meridiem after the token) or "9am-5pm" (in it): the hours of a range
    /// written as one token, the second on the 24-hour clock, and where the range ends.
    private func oneTokenClockRange(_ index: Int) -> (low: Int, lowHasMeridiem: Bool, high: Int, end: Int)? {
        if let (first, second) = hourPair(index), let meridiem = meridiem(index + 1) {
            return (first, false, second % 12 + (meridiem ? 12 : 0), index + 2)
        }
        let token = table[index]
        guard token.shape == .digit,
              let dash = (token.start..<token.end).first(where: { table.bytes[$0] == UInt8(ascii: "-") }),
              let (first, firstMeridiem) = digitsAndMeridiem(token.start..<dash, digits: 1...2), (1...12).contains(first),
              let (second, secondMeridiem) = digitsAndMeridiem((dash + 1)..<token.end, digits: 1...2),
              let meridiem = secondMeridiem, (1...12).contains(second) else { return nil }
        let low = firstMeridiem.map { first % 12 + ($0 ? 12 : 0) } ?? first
        return (low, firstMeridiem != nil, second % 12 + (meridiem ? 12 : 0), index + 1)
    }

    /// "7:00-19:00", which the tokenizer splits as "7", ":", "00-19", ":", "00": the hours and
    /// minutes of both ends of a 24-hour clock range.
    private func splitClockRange(_ index: Int) -> (low: (Int, Int), high: (Int, Int))? {
        guard index + 4 < end, table.isByte(index + 1, ":"), table.isByte(index + 3, ":"),
              (index + 1...index + 4).allSatisfy({ !table[$0].spaceBefore }),
              let (lowHour, lowSuffix) = digitsAndMeridiem(index, digits: 1...2), lowSuffix == nil, lowHour <= 23,
              let (highMinute, highSuffix) = digitsAndMeridiem(index + 4, digits: 2...2), highSuffix == nil, highMinute < 60
        else { return nil }
        let middle = table[index + 2]
        guard middle.shape == .digit, middle.end - middle.start >= 4,
              table.bytes[middle.start + 2] == UInt8(ascii: "-"),
              let (lowMinute, none) = digitsAndMeridiem(middle.start..<middle.start + 2, digits: 2...2), none == nil, lowMinute < 60,
              let (highHour, alsoNone) = digitsAndMeridiem(middle.start + 3..<middle.end, digits: 1...2), alsoNone == nil, highHour <= 24
        else { return nil }
        return ((lowHour, lowMinute), (highHour, highMinute))
    }

    /// "8-10": two hours of the clock in one token.
    private func hourPair(_ index: Int) -> (Int, Int)? {
        let token = table[index]
        guard token.shape == .digit, case .range(let low, let high) = DigitReader.read(table.bytes, token.start, token.end),
              low.isInteger, high.isInteger, low >= ExactNumber(1), high <= ExactNumber(12) else { return nil }
        return (Int(low.numerator), Int(high.numerator))
    }

    /// The clock time and its zone, without a day.
    private func clockOnly(at index: Int) -> TimePoint? {
        var hour: Int, minute = 0, second: Int?, stop: Int
        if case .clockWord(let value) = timeWord(index) {
            hour = value
            stop = index + 1
        } else if isMidDay(index) {
            hour = 12
            stop = index + 2
        } else if let spelled = spelledClock(at: index) {
            (hour, minute, stop) = spelled
        } else if let (value, suffix) = digitsAndMeridiem(index, digits: 3...4), value % 100 < 60,
                  let (hours, next) = twelveHourClock(value / 100, glued: suffix, at: index) {
            // "330 p.m.": the hour and its minutes run together; without a meridiem ("at 1030")
            // four digits are more often a year or a count.
            (hour, minute, stop) = (hours, value % 100, next)
        } else if let (value, suffix) = digitsAndMeridiem(index, digits: 4...4), suffix == nil, value / 100 <= 23,
                  value % 100 < 60, writtenZone(at: index + 1) != nil {
            // "1420 GMT": wire services write the 24-hour clock in four digits before the zone.
            (hour, minute, stop) = (value / 100, value % 100, index + 1)
        } else if let (value, minutes, suffix) = hourAndMinutes(index, separator: UInt8(ascii: "h")), suffix == nil, value <= 23 {
            // "15h30", "9h30": the 24-hour clock as French, Canadian and some African English
            // news write it. "15h" alone is left out: it is as often 15 hours.
            (hour, minute, stop) = (value, minutes, index + 1)
        } else if let (value, minutes, suffix) = hourAndMinutes(index, separator: UInt8(ascii: ".")),
                  let (hours, next) = twelveHourClock(value, glued: suffix, at: index) {
            // "9.30am", "9.30 p.m.": the British clock; "9.30" alone is a decimal.
            (hour, minute, stop) = (hours, minutes, next)
        } else {
            // The digits glued after a colon are the minutes or seconds of what comes before
            // ("2:01:09" read from "01" would be a clock).
            guard !(index > first && table.isByte(index - 1, ":") && !table[index].spaceBefore),
                  let (value, suffix) = digitsAndMeridiem(index, digits: 1...2) else { return nil }
            hour = value
            stop = index + 1
            var meridiem = suffix
            var hasMinutes = false
            if meridiem == nil, let (minutes, minuteSuffix) = colonPart(at: stop) {
                minute = minutes
                meridiem = minuteSuffix
                stop += 2
                hasMinutes = true
                // "08:15:32", "3:05:12 p.m.": seconds, as quake and launch times are written.
                if meridiem == nil, let (seconds, secondSuffix) = colonPart(at: stop) {
                    second = seconds
                    meridiem = secondSuffix
                    stop += 2
                }
            }
            if meridiem == nil, let written = self.meridiem(stop) {
                meridiem = written
                stop += 1
            }
            if let meridiem {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (meridiem ? 12 : 0)
            } else if !hasMinutes || hour > 24 || (hour == 24 && minute > 0) {
                return nil
            } else if second != nil, table[index].end - table[index].start == 1, writtenZone(at: stop) == nil {
                // "finished in 2:01:09": a one-digit hour with seconds and neither meridiem nor
                // zone is a race's time; clocks with seconds write two ("08:15:32").
                return nil
            }
        }
        return clockWithZone(hour: hour, minute: minute, second: second, from: index, to: stop)
    }

    /// ":30" glued on both sides at `index`, the minutes or the seconds of a clock: the two
    /// digits (under 60) and a meridiem glued to them ("10:30am").
    private func colonPart(at index: Int) -> (value: Int, meridiem: Bool?)? {
        guard index + 1 < end, table.isByte(index, ":"), !table[index].spaceBefore, !table[index + 1].spaceBefore,
              let (value, suffix) = digitsAndMeridiem(index + 1, digits: 2...2), value < 60 else { return nil }
        return (value, suffix)
    }

    /// A clock time over `start..<end`, with the zone written right after it taken in ("3 p.m. GMT").
    private func clockWithZone(hour: Int, minute: Int, second: Int? = nil, from start: Int, to end: Int) -> TimePoint {
        let zone = writtenZone(at: end)
        return TimePoint(start: start, end: zone == nil ? end : end + 1,
                         value: .clock(hour: hour, minute: minute, second: second, zone: zone ?? .none, day: nil), isClock: true)
    }

    /// A time zone in capitals at `index` ("GMT", "EST"; "est" is a word).
    private func writtenZone(at index: Int) -> ClockZone? {
        guard index < end, case .zone(let zone) = timeWord(index), table[index].shape == .upper else { return nil }
        return zone
    }

    /// An hour of the 12-hour clock (1-12) made a 24-hour one by its meridiem, glued to the
    /// digits ("330pm", `glued`) or the next token ("330 p.m."), and the token after the clock.
    private func twelveHourClock(_ hour: Int, glued: Bool?, at index: Int) -> (hour: Int, end: Int)? {
        guard (1...12).contains(hour), let isPM = glued ?? meridiem(index + 1) else { return nil }
        return (hour % 12 + (isPM ? 12 : 0), glued == nil ? index + 2 : index + 1)
    }

    /// "seven p.m.", "seven thirty p.m.", "four twenty-three a.m.": an hour in words, its minutes
    /// in words if written, and a meridiem, which it needs ("seven thirty" alone is no clock).
    private func spelledClock(at index: Int) -> (hour: Int, minute: Int, end: Int)? {
        guard table[index].shape.isWord, let hour = spelled.read(from: index), hour.kind == .cardinal,
              hour.end == index + 1, hour.value.isInteger, (1...12).contains(hour.value.numerator) else { return nil }
        var minute = 0, at = hour.end
        if at < end, table[at].shape.isWord, let minutes = spelled.read(from: at), minutes.kind == .cardinal,
           minutes.value.isInteger, (1...59).contains(minutes.value.numerator) {
            minute = Int(minutes.value.numerator)
            at = minutes.end
        }
        guard let isPM = meridiem(at) else { return nil }
        return (Int(hour.value.numerator) % 12 + (isPM ? 12 : 0), minute, at + 1)
    }

    /// "9.30am", "15h30": an hour, a separator, two digits of minutes and an optional meridiem in one token.
    private func hourAndMinutes(_ index: Int, separator: UInt8) -> (hour: Int, minute: Int, meridiem: Bool?)? {
        let token = table[index]
        guard token.shape == .digit, let point = (token.start..<token.end).first(where: { table.bytes[$0] == separator }),
              let (hour, none) = digitsAndMeridiem(token.start..<point, digits: 1...2), none == nil,
              let (minute, meridiem) = digitsAndMeridiem((point + 1)..<token.end, digits: 2...2), minute < 60 else { return nil }
        return (hour, minute, meridiem)
    }

    /// "mid day", noon in two words ("mid-day" and "midday" are clock words).
    private func isMidDay(_ index: Int) -> Bool {
        word(index) == k.mid && word(index + 1) == k.day
    }

    /// A day a clock time is on: a weekday, "tomorrow", a holiday or a calendar date.
    private func dayPoint(at index: Int) -> TimePoint? {
        guard index < end else { return nil }
        if let date = date(at: index), let calendar = date.date {
            return TimePoint(start: index, end: date.end, value: .calendar(calendar))
        }
        if let weekday = weekdayNumber(index), isWeekdayADate(index) {
            return TimePoint(start: index, end: index + 1, value: .weekday(weekday, direction(around: index..<index + 1)))
        }
        if case .relativeDay(let days, let part) = timeWord(index), part == nil {
            return TimePoint(start: index, end: index + 1, value: .shift(.day, days))
        }
        return nil
    }

    /// "Thursday at 3 p.m.", "tomorrow 5pm", "Dec 7, 2023 3:00 PM", "Thursday from 9:30 to
    /// 11:00": a clock time or range after its day.
    func clockAfter(_ point: inout TimePoint) {
        if let range = clockRangePoint(at: point.end, day: point.value) {
            point.value = range.value
            point.end = range.end
            point.isClock = true
            return
        }
        var at = point.end
        // "on Monday, Dec. 4, at 6 a.m.".
        if at + 1 < end, table.isByte(at, ","), word(at + 1) == k.at { at += 1 }
        if word(at) == k.at { at += 1 }
        guard at < end, let clock = clockOnly(at: at) ?? hourWrittenH(at: at),
              case .clock(let hour, let minute, let second, let zone, nil) = clock.value else { return }
        point.value = .clock(hour: hour, minute: minute, second: second, zone: zone, day: point.value)
        point.end = clock.end
        point.isClock = true
    }

    /// "20h" after a day ("Saturday, Dec 9, 2023 20h"): the hour of the 24-hour clock, as
    /// French and African English news write it; alone it is as often a count of hours.
    private func hourWrittenH(at index: Int) -> TimePoint? {
        let token = table[index]
        guard token.shape == .digit, token.end - token.start <= 3, table.bytes[token.end - 1] == UInt8(ascii: "h"),
              let (hour, none) = digitsAndMeridiem(token.start..<(token.end - 1), digits: 1...2), none == nil, hour <= 23
        else { return nil }
        return clockWithZone(hour: hour, minute: 0, from: index, to: index + 1)
    }

    /// "a.m."/"am" (false) or "p.m."/"pm" (true).
    private func meridiem(_ index: Int) -> Bool? {
        guard index < end, table[index].roles.contains(.timeOfDay), table.length(index) <= 4 else { return nil }
        let letter = ByteHash.asciiLower(table.bytes[table[index].start])
        if letter == UInt8(ascii: "a") { return false }
        if letter == UInt8(ascii: "p") { return true }
        return nil
    }

    /// Leading digits of the given count and an optional "am"/"pm" suffix ("5pm" → 5, true);
    /// nil when anything else follows the digits.
    private func digitsAndMeridiem(_ index: Int, digits: ClosedRange<Int>) -> (Int, Bool?)? {
        guard index < end, table[index].shape == .digit else { return nil }
        return digitsAndMeridiem(table[index].start..<table[index].end, digits: digits)
    }

    /// The same over a part of a token's bytes ("9am" in "9am-5pm").
    private func digitsAndMeridiem(_ bytes: Range<Int>, digits: ClosedRange<Int>) -> (Int, Bool?)? {
        var value = 0, offset = bytes.lowerBound
        // At most one digit more than allowed is read, so a long digit run cannot overflow.
        while offset < bytes.upperBound, offset - bytes.lowerBound <= digits.upperBound, table.bytes[offset] &- 48 < 10 {
            value = value * 10 + Int(table.bytes[offset] &- 48)
            offset += 1
        }
        guard digits.contains(offset - bytes.lowerBound) else { return nil }
        if offset == bytes.upperBound { return (value, nil) }
        guard bytes.upperBound - offset == 2, ByteHash.asciiLower(table.bytes[offset + 1]) == UInt8(ascii: "m") else { return nil }
        switch ByteHash.asciiLower(table.bytes[offset]) {
        case UInt8(ascii: "a"): return (value, false)
        case UInt8(ascii: "p"): return (value, true)
        default: return nil
        }
    }

    // MARK: - Tense

    /// The tense of the word nearest the expression (the one before on a tie), anywhere in
    /// the sentence: "will", "is due to", "is scheduled" make it future; "was", "had", a past
    /// form ("said", "-ed") past; none: the nearest occurrence.
    func direction(around tokens: Range<Int>) -> TimeDirection {
        var distance = 1
        while tokens.lowerBound - distance >= first || tokens.upperBound - 1 + distance < end {
            if let tense = tense(tokens.lowerBound - distance) { return tense }
            if let tense = tense(tokens.upperBound - 1 + distance) { return tense }
            distance += 1
        }
        return .nearest
    }

    private func tense(_ index: Int) -> TimeDirection? {
        guard index >= first, index < end else { return nil }
        let token = table[index]
        if token.word != noWord, let tense = lexicon.words[Int(token.word)].tense {
            switch tense {
            case .past: return .past
            case .future: return .future
            case .futureAfterBe:
                guard index > first, [k.is_, k.are, k.be, k.am].contains(table[index - 1].word) else { return nil }
                return .future
            }
        }
        // A regular past form: a lowercase word ending in -ed, also one the lexicon holds for
        // another use ("ended", a result word), but no number word ("hundred") and no -eed ("exceed").
        let regular = token.shape == .lower && token.end - token.start >= 5 && table.endsWith(index, "ed")
            && !table.endsWith(index, "eed") && (token.word == noWord || !lexicon.words[Int(token.word)].isNumberWord)
        let pastForm = token.roles.contains(.pastVerb) || regular
        // After an auxiliary it is a participle ("will be held"): the auxiliary gives the tense.
        guard pastForm, index == first || !table[index - 1].roles.contains(.auxiliary) else { return nil }
        return .past
    }
}

extension Reading {
    /// A year, decade, century, date or time expression: what a position word ("early", "the
    /// late 18th century") can qualify.
    var isCalendar: Bool {
        time != nil || date != nil || kind == .year || kind == .decade || kind == .century
    }
}
