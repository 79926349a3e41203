import BylineCore

/// A holiday in common news use, by the rule that gives its day in a year.
enum Holiday: Equatable, Sendable {
    /// The same day every year (Christmas: 12-25).
    case fixed(month: Int, day: Int)
    /// The nth weekday of a month (Thanksgiving: the 4th Thursday of November); n = -1 is the
    /// last; `offset` days after it (Black Friday: Thanksgiving + 1).
    case nthWeekday(month: Int, weekday: Int, n: Int, offset: Int = 0)
    /// Days from Western Easter Sunday (Good Friday: -2).
    case easter(offset: Int)
    /// Days from Orthodox Easter Sunday (Orthodox Good Friday: -2).
    case orthodoxEaster(offset: Int)
    /// A holiday of a lunar or lunisolar calendar: its days by year (`LunarHolidays`).
    case lunar(LunarTable)
    /// A month-long feast (Ramadan): from its first day to the day before the feast that ends it.
    case lunarSpan(LunarTable, endsBefore: LunarTable)

    /// The holiday's phrases as the text writes them (tokens as the tokenizer splits them).
    static let phrases: [(String, Holiday)] = [
        ("christmas eve", .fixed(month: 12, day: 24)), ("christmas day", .fixed(month: 12, day: 25)),
        ("christmas", .fixed(month: 12, day: 25)), ("boxing day", .fixed(month: 12, day: 26)),
        ("new year 's eve", .fixed(month: 12, day: 31)), ("new year 's day", .fixed(month: 1, day: 1)),
        ("new year 's", .fixed(month: 1, day: 1)), ("valentine 's day", .fixed(month: 2, day: 14)),
        ("halloween", .fixed(month: 10, day: 31)), ("independence day", .fixed(month: 7, day: 4)),
        ("thanksgiving day", .nthWeekday(month: 11, weekday: 4, n: 4)),
        ("thanksgiving", .nthWeekday(month: 11, weekday: 4, n: 4)),
        ("labor day", .nthWeekday(month: 9, weekday: 1, n: 1)), ("memorial day", .nthWeekday(month: 5, weekday: 1, n: -1)),
        ("easter sunday", .easter(offset: 0)), ("easter monday", .easter(offset: 1)), ("easter", .easter(offset: 0)),
        ("good friday", .easter(offset: -2)),
        ("orthodox easter sunday", .orthodoxEaster(offset: 0)), ("orthodox easter", .orthodoxEaster(offset: 0)),
        ("orthodox good friday", .orthodoxEaster(offset: -2)), ("orthodox great friday", .orthodoxEaster(offset: -2)), ("orthodox christmas", .fixed(month: 1, day: 7)), ("palm sunday", .easter(offset: -7)),
        ("ash wednesday", .easter(offset: -46)), ("mardi gras", .easter(offset: -47)), ("pentecost", .easter(offset: 49)),
        ("black friday", .nthWeekday(month: 11, weekday: 4, n: 4, offset: 1)),
        ("martin luther king jr. day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther king 's day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther kings day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther king day", .nthWeekday(month: 1, weekday: 1, n: 3)), ("mlk day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("mlk jr. day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("presidents ' day", .nthWeekday(month: 2, weekday: 1, n: 3)), ("presidents day", .nthWeekday(month: 2, weekday: 1, n: 3)),
        ("mother 's day", .nthWeekday(month: 5, weekday: 7, n: 2)), ("father 's day", .nthWeekday(month: 6, weekday: 7, n: 3)),
        ("columbus day", .nthWeekday(month: 10, weekday: 1, n: 2)),
        ("st. patrick 's day", .fixed(month: 3, day: 17)), ("st patrick 's day", .fixed(month: 3, day: 17)),
        ("saint patrick 's day", .fixed(month: 3, day: 17)), ("st paddy 's day", .fixed(month: 3, day: 17)),
        ("saint paddy 's day", .fixed(month: 3, day: 17)),
        ("veterans day", .fixed(month: 11, day: 11)), ("remembrance day", .fixed(month: 11, day: 11)),
        ("armistice day", .fixed(month: 11, day: 11)), ("juneteenth", .fixed(month: 6, day: 19)),
        ("bastille day", .fixed(month: 7, day: 14)), ("canada day", .fixed(month: 7, day: 1)),
        ("australia day", .fixed(month: 1, day: 26)), ("may day", .fixed(month: 5, day: 1)),
        ("international women 's day", .fixed(month: 3, day: 8)), ("earth day", .fixed(month: 4, day: 22)),
        ("chinese lunar new year 's day", .lunar(LunarHolidays.chineseNewYear)),
        ("chinese new year 's day", .lunar(LunarHolidays.chineseNewYear)), ("chinese lunar new year", .lunar(LunarHolidays.chineseNewYear)),
        ("chinese new years", .lunar(LunarHolidays.chineseNewYear)), ("chinese new year", .lunar(LunarHolidays.chineseNewYear)),
        ("lunar new year 's day", .lunar(LunarHolidays.chineseNewYear)), ("lunar new year", .lunar(LunarHolidays.chineseNewYear)),
        ("diwali", .lunar(LunarHolidays.diwali)), ("deepavali", .lunar(LunarHolidays.diwali)),
        ("eid al-fitr", .lunar(LunarHolidays.eidAlFitr)), ("eid ul-fitr", .lunar(LunarHolidays.eidAlFitr)),
        ("eid al-adha", .lunar(LunarHolidays.eidAlAdha)), ("eid ul-adha", .lunar(LunarHolidays.eidAlAdha)),
        ("rosh hashanah", .lunar(LunarHolidays.roshHashanah)), ("rosh hashana", .lunar(LunarHolidays.roshHashanah)), ("yom kippur", .lunar(LunarHolidays.yomKippur)),
        ("passover", .lunar(LunarHolidays.passover)), ("hanukkah", .lunar(LunarHolidays.hanukkah)),
        ("chanukah", .lunar(LunarHolidays.hanukkah)),
        ("ramadan", .lunarSpan(LunarHolidays.ramadanBegins, endsBefore: LunarHolidays.eidAlFitr)),
    ]

    /// The holiday's day in the year; nil for a lunar holiday outside its table.
    func day(in year: Int) -> CalendarDay? {
        switch self {
        case .lunar(let table), .lunarSpan(let table, _):
            return table.day(in: year)
        case .fixed(let month, let day):
            return CalendarDay(year: year, month: month, day: day)!
        case .nthWeekday(let month, let weekday, let n, let offset):
            if n < 0 {
                let last = CalendarDay(year: year, month: month, day: CalendarDay.days(inMonth: month, year: year))!
                return last.adding(days: offset - (last.weekday - weekday + 7) % 7)
            }
            let first = CalendarDay(year: year, month: month, day: 1)!
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1) + offset)
        case .easter(let offset):
            return Self.easterSunday(year).adding(days: offset)
        case .orthodoxEaster(let offset):
            return Self.orthodoxEasterSunday(year).adding(days: offset)
        }
    }

    /// Western Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }

    /// Orthodox Easter Sunday by Meeus's Julian computus, moved to the Gregorian calendar (13
    /// days from 1900 to 2099, 1 more a century after, 1 less before, as the calendars drift).
    static func orthodoxEasterSunday(_ year: Int) -> CalendarDay {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let drift = year / 100 - year / 400 - 2
        return CalendarDay(year: year, month: month, day: day)!.adding(days: drift)
    }

    /// The holiday's day in the written year, or the year the direction picks around the
    /// document date; without either, the month and day of a fixed holiday only.
    func resolved(year: Int?, _ direction: TimeDirection, _ reference: CalendarDay?) -> String {
        if let year { return day(in: year).map(written) ?? "XXXX-XX-XX" }
        guard let reference else {
            if case .fixed(let month, let day) = self { return "XXXX-" + CalendarDay.pad(month, 2) + "-" + CalendarDay.pad(day, 2) }
            return "XXXX-XX-XX"
        }
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap(day(in:))
        let chosen: CalendarDay?
        switch direction {
        case .past: chosen = candidates.last { $0 <= reference }
        case .last: chosen = candidates.last { $0 < reference }
        case .future: chosen = candidates.first { $0 >= reference }
        case .next: chosen = candidates.first { $0 > reference }
        case .this: chosen = candidates.first { $0.year == reference.year }
        case .nearest:
            chosen = candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
        }
        return chosen.map(written) ?? "XXXX-XX-XX"
    }

    /// The holiday's value from its first day: the day, or for a span "start/end".
    private func written(_ first: CalendarDay) -> String {
        guard case .lunarSpan(_, let ending) = self else { return first.description }
        // The first ending feast within a month; a table keeps one a year, so past the years
        // where it falls twice a month of 30 days stands in.
        let ends = [first.year, first.year + 1].compactMap(ending.day(in:)).filter { $0 > first && $0.dayNumber - first.dayNumber <= 31 }
        let last = ends.first.map { $0.adding(days: -1) } ?? first.adding(days: 29)
        return first.description + "/" + last.description
    }
}
