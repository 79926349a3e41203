import BylineCore

/// Calendar dates: "December 7", "Dec 7 2023", "Thursday, December 7", "7 December 2023",
/// "the 7th of December", "December 2023", "2023-12-07", "12/7/2023", "December 7-8".
/// A weekday or a month alone is no mention: it has no number in it.
extension SentenceScanner {
    func date(at index: Int) -> Reading? {
        var position = index
        let weekday = isWeekday(index)
        if weekday {
            position += 1
            if position < end, table.isByte(position, ",") { position += 1 }
        }
        guard position < end else { return nil }
        if let month = month(at: position) {
            if let (day, lastDay) = day(at: position + 1), CalendarDate.isValid(month: month, day: day) {
                let (year, stop) = yearAfter(position + 2)
                var date = CalendarDate(year: year, month: month, day: day, lastDay: lastDay)
                if weekday, lastDay == nil { date.weekday = entry(index)?.weekday }
                return dateReading(index..<stop, date)
            }
            if !weekday, let year = year(at: position + 1) {
                return dateReading(index..<(position + 2), CalendarDate(year: year, month: month, day: nil))
            }
            return nil
        }
        // "the 3rd of May": the article belongs to the date.
        let dayIndex = !weekday && word(position) == k.the ? position + 1 : position
        if let (day, lastDay) = day(at: dayIndex) {
            var monthIndex = dayIndex + 1
            if word(monthIndex) == k.of { monthIndex += 1 }
            if let month = month(at: monthIndex), CalendarDate.isValid(month: month, day: day) {
                let (year, stop) = yearAfter(monthIndex + 1)
                return dateReading(index..<stop, CalendarDate(year: year, month: month, day: day, lastDay: lastDay))
            }
        }
        if let (day, month) = gluedDayMonth(position), CalendarDate.isValid(month: month, day: day) {
            let (year, stop) = yearAfter(position + 1)
            return dateReading(index..<stop, CalendarDate(year: year, month: month, day: day))
        }
        let token = table[position]
        guard token.shape == .digit else { return nil }
        if !weekday, let interval = isoInterval(position) { return interval }
        switch DigitReader.read(table.bytes, token.start, token.end) {
        case .date(let year, let month, let day):
            return dateReading(index..<(position + 1), CalendarDate(year: year, month: month, day: day))
        case .yearMonth(let year, let month) where !weekday:
            return dateReading(index..<(position + 1), CalendarDate(year: year, month: month, day: nil))
        default:
            break
        }
        return nil
    }

    /// "2023-12-01/2023-12-05": ISO 8601's interval of two dates in one token, the end not before the start.
    private func isoInterval(_ index: Int) -> Reading? {
        let token = table[index]
        guard token.end - token.start == 21, table.bytes[token.start + 10] == UInt8(ascii: "/"),
              case .date(let year, let month, let day) = DigitReader.read(table.bytes, token.start, token.start + 10),
              case .date(let endYear, let endMonth, let endDay) = DigitReader.read(table.bytes, token.start + 11, token.end),
              (year, month, day) <= (endYear, endMonth, endDay) else { return nil }
        var reading = Reading(tokens: index..<(index + 1), kind: .date)
        reading.time = .interval(.calendar(CalendarDate(year: year, month: month, day: day)),
                                 .calendar(CalendarDate(year: endYear, month: endMonth, day: endDay)))
        return reading
    }

    private func dateReading(_ tokens: Range<Int>, _ date: CalendarDate) -> Reading {
        var reading = Reading(tokens: tokens, kind: .date)
        reading.date = date
        if date.year == nil { reading.date?.direction = direction(around: tokens) }
        return reading
    }

    /// A year right after a day, with or without a comma ("December 7, 2023", "Dec 7 2023").
    private func yearAfter(_ index: Int) -> (Int?, Int) {
        if let year = year(at: index) { return (year, index + 1) }
        if index + 1 < end, table.isByte(index, ","), let year = year(at: index + 1) { return (year, index + 2) }
        return (nil, index)
    }

    private func isWeekday(_ index: Int) -> Bool {
        let token = table[index]
        return token.shape != .lower && token.word != noWord && lexicon.words[Int(token.word)].weekday > 0
    }

    /// A month name or abbreviation, capitalized ("may" is a verb).
    private func month(at index: Int) -> Int? {
        guard index < end, table[index].shape == .capitalized || table[index].shape == .upper,
              let month = entry(index)?.month, month > 0 else { return nil }
        return month
    }

    /// A day of the month: "7", "7th", "seventh", "twenty-first", or a range "7-8".
    private func day(at index: Int) -> (Int, Int?)? {
        guard index < end else { return nil }
        let token = table[index]
        if token.shape == .digit {
            switch DigitReader.read(table.bytes, token.start, token.end) {
            case .number(let numeral) where numeral.isPlain && numeral.integerDigits <= 2:
                let day = Int(numeral.value.numerator)
                return (1...31).contains(day) ? (day, nil) : nil
            case .ordinal(let value) where (1...31).contains(value):
                return (Int(value), nil)
            case .range(let low, let high) where low.isInteger && high.isInteger && high <= ExactNumber(31):
                return low >= ExactNumber(1) ? (Int(low.numerator), Int(high.numerator)) : nil
            default:
                return nil
            }
        }
        guard token.shape.isWord, let number = spelled.read(from: index), number.end == index + 1, number.kind == .ordinal,
              number.value.isInteger, (1...31).contains(number.value.numerator) else { return nil }
        return (Int(number.value.numerator), nil)
    }

    /// "14April", "14april": a day and a month name written as one token, a slip of typing
    /// that can mean nothing else (glued to digits, "may" is no verb).
    private func gluedDayMonth(_ index: Int) -> (Int, Int)? {
        let token = table[index]
        guard token.shape == .digit else { return nil }
        var offset = token.start, day = 0
        while offset < token.end, offset - token.start < 2, DigitReader.isDigit(table.bytes[offset]) {
            day = day * 10 + Int(table.bytes[offset] &- 48)
            offset += 1
        }
        guard offset > token.start, offset < token.end, (table.bytes[offset] | 0x20) &- 97 < 26, (1...31).contains(day) else { return nil }
        let name = lexicon.lookup(table.bytes, offset, token.end)
        guard name != noWord else { return nil }
        let month = lexicon.words[Int(name)].month
        return month > 0 ? (day, month) : nil
    }

    /// A four-digit year, 1000 to 2100.
    private func year(at index: Int) -> Int? {
        guard index < end, table[index].shape == .digit, table.length(index) == 4 else { return nil }
        let token = table[index]
        guard case .number(let numeral) = DigitReader.read(table.bytes, token.start, token.end), numeral.isPlain,
              (1000...2100).contains(numeral.value.numerator) else { return nil }
        return Int(numeral.value.numerator)
    }
}
