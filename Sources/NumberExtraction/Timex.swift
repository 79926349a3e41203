import BylineCore

/// Which occurrence of a weekday, month, season, quarter or holiday the text means, relative
/// to the document's date.
enum TimeDirection: Equatable, Sendable {
    /// A past-tense clause: the last one on or before the document date.
    case past
    /// A future clause ("will", "is due to"): the next one; for a weekday strictly after the
    /// document date, for a month, season, quarter or holiday on or after it.
    case future
    /// No tense word in the sentence: the one nearest the document date (the earlier on a tie).
    case nearest
    /// "last Friday", "last December": strictly before.
    case last
    /// "next Friday", "next March": strictly after.
    case next
    /// "this Friday": the one in the document date's week (month, year).
    case this
}

/// A clock time's zone as written: none, a fixed offset ("EST" is "-05:00" all year), or a US
/// zone written without its season ("ET", "PT"), kept as written and given the offset it has
/// on the day: daylight time by the US rule (since 2007 from the second Sunday of March to
/// the first Sunday of November; 1987-2006 from the first Sunday of April to the last of
/// October), standard time on a day not known.
enum ClockZone: Equatable, Sendable {
    case none
    case fixed(String)
    case usLocal(standardHours: Int)

    /// The ISO 8601 suffix on the day ("Z", "-05:00", "" for none).
    func suffix(on day: CalendarDay?) -> String {
        switch self {
        case .none: return ""
        case .fixed(let suffix): return suffix
        case .usLocal(let standard):
            let hours = standard + (day.map(Self.isUSDaylightTime) == true ? 1 : 0)
            return (hours < 0 ? "-" : "+") + CalendarDay.pad(abs(hours), 2) + ":00"
        }
    }

    static func isUSDaylightTime(_ day: CalendarDay) -> Bool {
        let (start, end): (Holiday, Holiday) = day.year >= 2007
            ? (.nthWeekday(month: 3, weekday: 7, n: 2), .nthWeekday(month: 11, weekday: 7, n: 1))
            : (.nthWeekday(month: 4, weekday: 7, n: 1), .nthWeekday(month: 10, weekday: 7, n: -1))
        return day >= start.days(in: day.year)!.lowerBound && day < end.days(in: day.year)!.lowerBound
    }
}

/// A time expression as the text writes it, resolved to its TIMEX3 value (ISO 8601 with
/// TIMEX3's season, quarter, half and part-of-day codes) once the document date is known.
indirect enum TimeValue: Equatable, Sendable {
    case weekday(Int, TimeDirection)
    case month(Int, TimeDirection)
    /// "SP", "SU", "FA", "WI"; a written year wins over the direction.
    case season(String, year: Int?, TimeDirection)
    /// Days, ISO weeks, months, quarters or years from the document date's own ("last week": week, -1).
    case shift(TimeUnit, Int)
    /// A weekend (TIMEX3's `-WE` of its ISO week): "last/this/next weekend" shift the
    /// document date's week; "over the weekend" goes by tense like a weekday.
    case weekend(TimeDirection)
    /// "the 5th": a day of the document date's month, or of the month before or after by tense.
    case dayOfMonth(Int, TimeDirection)
    case quarter(Int, year: YearReference?, TimeDirection)
    case half(Int, year: YearReference?)
    /// "October last year": a month of a written or counted year.
    case monthOfYear(Int, YearReference)
    /// "the third Tuesday of September" (n = -1: the last), or with no weekday "the first
    /// week of March": the nth ISO week whose Thursday is in the month, as an ISO week belongs
    /// to its Thursday's year. The month is a `.month`, `.calendar` or `.shift(.month, _)`.
    case nthInMonth(Int, weekday: Int?, month: TimeValue)
    /// "the week of March 4": the ISO week of a day.
    case weekOf(TimeValue)
    /// "the 20th of next month" (20), or from the end "the last day of May" (1), "the second
    /// last day of June" (2): a day of a month, counted from its first or back from its last;
    /// the month as in `nthInMonth`.
    case dayIn(Int, fromEnd: Bool, month: TimeValue)
    /// "the second Monday after Easter": the nth such weekday after a day.
    case nthWeekdayAfter(Int, weekday: Int, day: TimeValue)
    /// "three days after Easter", "the day before Thanksgiving", "a year from Christmas": days
    /// and months from a day (months first, the day kept within the month), or months from a
    /// month ("March after next").
    case from(TimeValue, days: Int, months: Int)
    case holiday(Holiday, year: YearReference?, TimeDirection)
    /// A value the text fixes without the document date ("2021" in "mid-2021").
    case fixed(String)
    /// A calendar date the date reader found ("April 2015"), as an end of a range.
    case calendar(CalendarDate)
    /// "3 p.m. GMT", "08:15:32": hour, minute, second when written, zone, and the day when written.
    case clock(hour: Int, minute: Int, second: Int? = nil, zone: ClockZone, day: TimeValue?)
    /// "Wednesday night", "this morning": TIMEX3 "MO", "AF", "EV", "NI".
    case partOfDay(TimeValue, String)
    case interval(TimeValue, TimeValue)
    /// "in two hours", "30 minutes ago", "in a sec": seconds from the document's time, written
    /// one step finer than the unit counted, as Duckling does: whole hours to the minute (at
    /// 04:30, "in two hours" is 06:30), minutes, seconds and parts of an hour to the second.
    case clockShift(seconds: Int, withSeconds: Bool)

    enum TimeUnit: Sendable { case day, week, month, quarter, year }

    /// A year as written ("2024") or counted from the document date's ("last year": -1).
    enum YearReference: Equatable, Sendable {
        case written(Int)
        case shifted(Int)

        func year(against reference: CalendarDay?) -> Int? {
            switch self {
            case .written(let year): return year
            case .shifted(let count): return reference.map { $0.year + count }
            }
        }
    }

    /// The TIMEX3 value; `X` placeholders for what the document date (or, for a clock
    /// shift, its time) would have given.
    func resolved(against reference: CalendarDay?, time: ClockTime?) -> String {
        switch self {
        case .clockShift(let seconds, let withSeconds):
            return Self.clockShifted(seconds, withSeconds: withSeconds, reference, time)
        case .weekday(let weekday, let direction):
            guard let reference else { return "XXXX-WXX-\(weekday)" }
            return Self.weekday(weekday, direction, reference).description
        case .month(let month, _), .monthOfYear(let month, _):
            guard let (year, _) = yearMonth(against: reference) else { return "XXXX-" + pad(month, 2) }
            return pad(year, 4) + "-" + pad(month, 2)
        case .nthInMonth(let n, let weekday, let month):
            guard let (year, monthNumber) = month.yearMonth(against: reference) else { return weekday == nil ? "XXXX-WXX" : "XXXX-XX-XX" }
            guard let weekday else {
                return Self.isoWeek(Holiday.nthWeekday(month: monthNumber, weekday: 4, n: n).days(in: year)!.lowerBound)
            }
            let day = Holiday.nthWeekday(month: monthNumber, weekday: weekday, n: n).days(in: year)!.lowerBound
            // "the fifth Monday" of a month with four is no day.
            return day.month == monthNumber ? day.description : "XXXX-XX-XX"
        case .dayIn(let n, let fromEnd, let month):
            guard let (year, monthNumber) = month.yearMonth(against: reference),
                  let day = CalendarDay(year: year, month: monthNumber,
                                        day: fromEnd ? CalendarDay.days(inMonth: monthNumber, year: year) - n + 1 : n)
            else { return "XXXX-XX-XX" }
            return day.description
        case .weekOf(let day):
            return CalendarDay(iso: day.resolved(against: reference, time: time)).map(Self.isoWeek) ?? "XXXX-WXX"
        case .nthWeekdayAfter(let n, let weekday, let day):
            guard let from = CalendarDay(iso: day.resolved(against: reference, time: time)) else { return "XXXX-XX-XX" }
            return from.adding(days: (weekday - from.weekday + 6) % 7 + 1 + 7 * (n - 1)).description
        case .from(let day, let days, let months):
            guard let from = CalendarDay(iso: day.resolved(against: reference, time: time)) else {
                // "March after next": a month moved by months.
                if days == 0, reference == nil, case .month(let month, _) = day {
                    return "XXXX-" + pad((month - 1 + months % 12 + 12) % 12 + 1, 2)
                }
                guard days == 0, let (year, month) = day.yearMonth(against: reference) else { return "XXXX-XX-XX" }
                let index = year * 12 + month - 1 + months
                return pad(index / 12, 4) + "-" + pad(index % 12 + 1, 2)
            }
            let index = from.year * 12 + from.month - 1 + months
            // Floor division: "3000 years before Christmas" is before year 0.
            let year = index >= 0 ? index / 12 : (index - 11) / 12
            let month = index - year * 12 + 1
            let moved = CalendarDay(year: year, month: month, day: min(from.day, CalendarDay.days(inMonth: month, year: year)))!
            return moved.adding(days: days).description
        case .season(let code, let year, let direction):
            if let year { return pad(year, 4) + "-" + code }
            guard let reference, let slot = Self.seasons.firstIndex(of: code) else { return "XXXX-" + code }
            let index = Self.pick(Self.seasonIndex(reference), period: 4, slot: slot, direction)
            return pad(index / 4, 4) + "-" + code
        case .weekend(let direction):
            guard let reference else { return "XXXX-WXX-WE" }
            return Self.isoWeek(reference.adding(days: 7 * Self.weekendWeeks(direction, reference))) + "-WE"
        case .dayOfMonth(let day, let direction):
            guard let reference else { return "XXXX-XX-" + pad(day, 2) }
            return Self.dayOfMonth(day, direction, reference)
        case .shift(let unit, let count):
            return Self.shifted(unit, count, reference)
        case .quarter(let quarter, let year, let direction):
            if let year { return (year.year(against: reference).map { pad($0, 4) } ?? "XXXX") + "-Q\(quarter)" }
            guard let reference else { return "XXXX-Q\(quarter)" }
            let index = Self.pick(reference.year * 4 + (reference.month - 1) / 3, period: 4, slot: quarter - 1, direction)
            return pad(index / 4, 4) + "-Q\(quarter)"
        case .half(let half, let year):
            guard let year = year.map({ $0.year(against: reference) }) ?? reference?.year else { return "XXXX-H\(half)" }
            return pad(year, 4) + "-H\(half)"
        case .holiday(let holiday, let year, let direction):
            return holiday.resolved(year: year?.year(against: reference), direction, reference)
        case .fixed(let value):
            return value
        case .calendar(let date):
            return date.iso(reference: reference.map { CalendarDate(year: $0.year, month: $0.month, day: $0.day) })
        case .clock(let hour, let minute, let second, let zone, let day):
            let date = day?.resolved(against: reference, time: time) ?? reference?.description ?? "XXXX-XX-XX"
            return date + "T" + pad(hour, 2) + ":" + pad(minute, 2) + (second.map { ":" + pad($0, 2) } ?? "")
                + zone.suffix(on: CalendarDay(iso: date))
        case .partOfDay(let day, let part):
            return day.resolved(against: reference, time: time) + "T" + part
        case .interval(let start, let end):
            return start.resolved(against: reference, time: time) + "/" + end.resolved(against: reference, time: time)
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String { CalendarDay.pad(value, width) }

    /// The year and month a month value means, nil when it needs the document date and has none.
    func yearMonth(against reference: CalendarDay?) -> (Int, Int)? {
        switch self {
        case .month(let month, let direction):
            guard let reference else { return nil }
            let index = Self.pick(reference.year * 12 + reference.month - 1, period: 12, slot: month - 1, direction)
            return (index / 12, index % 12 + 1)
        case .monthOfYear(let month, let year):
            return year.year(against: reference).map { ($0, month) }
        case .calendar(let date):
            guard let year = date.year else { return nil }
            return (year, date.month)
        case .shift(.month, let count):
            guard let reference else { return nil }
            let index = reference.year * 12 + reference.month - 1 + count
            return (index / 12, index % 12 + 1)
        default:
            return nil
        }
    }

    static let seasons = ["SP", "SU", "FA", "WI"]

    /// Seasons counted from year 0 (spring 0): winter takes the year of its December.
    static func seasonIndex(_ day: CalendarDay) -> Int {
        let year = day.month <= 2 ? day.year - 1 : day.year
        let slot = day.month <= 2 ? 3 : (day.month - 3) / 3
        return year * 4 + slot
    }

    /// The index of the period with the given slot (month of the year, season, quarter) that
    /// the direction picks around the current period `current`.
    static func pick(_ current: Int, period: Int, slot: Int, _ direction: TimeDirection) -> Int {
        let base = current - ((current % period) + period) % period
        let same = base + slot
        let before = same <= current ? same : same - period
        let after = same >= current ? same : same + period
        switch direction {
        case .past: return before
        case .future: return after
        case .this: return same
        case .last: return same < current ? same : same - period
        case .next: return same > current ? same : same + period
        case .nearest: return current - before <= after - current ? before : after
        }
    }

    static func weekday(_ weekday: Int, _ direction: TimeDirection, _ reference: CalendarDay) -> CalendarDay {
        let back = (reference.weekday - weekday + 7) % 7
        let ahead = (weekday - reference.weekday + 7) % 7
        switch direction {
        case .past: return reference.adding(days: -back)
        case .last: return reference.adding(days: -(back == 0 ? 7 : back))
        case .future, .next: return reference.adding(days: ahead == 0 ? 7 : ahead)
        case .this: return reference.adding(days: weekday - reference.weekday)
        case .nearest: return back <= ahead ? reference.adding(days: -back) : reference.adding(days: ahead)
        }
    }

    /// Weeks from the document date's ISO week to the weekend meant: a past clause's weekend
    /// has begun by the document date, a future one is not over (this week's), and without a
    /// tense the nearer one (Monday to Wednesday the one before, the earlier on Wednesday's tie).
    static func weekendWeeks(_ direction: TimeDirection, _ reference: CalendarDay) -> Int {
        switch direction {
        case .last: return -1
        case .next: return 1
        case .this, .future: return 0
        case .past: return reference.weekday >= 6 ? 0 : -1
        case .nearest: return reference.weekday <= 3 ? -1 : 0
        }
    }

    /// The day in the document date's month, moved back a month when a past clause's day is
    /// still to come, on a month when a future one is over; a month without the day (the 31st
    /// in November) gives way to the next month in that direction that has it.
    static func dayOfMonth(_ day: Int, _ direction: TimeDirection, _ reference: CalendarDay) -> String {
        var month = reference.year * 12 + reference.month - 1
        var step = 0
        switch direction {
        case .past: step = -1; if day > reference.day { month -= 1 }
        case .last: step = -1; if day >= reference.day { month -= 1 }
        case .future: step = 1; if day < reference.day { month += 1 }
        case .next: step = 1; if day <= reference.day { month += 1 }
        case .this, .nearest: step = -1
        }
        while CalendarDay(year: month / 12, month: month % 12 + 1, day: day) == nil { month += step }
        return CalendarDay(year: month / 12, month: month % 12 + 1, day: day)!.description
    }

    static func shifted(_ unit: TimeUnit, _ count: Int, _ reference: CalendarDay?) -> String {
        guard let reference else {
            switch unit {
            case .day: return "XXXX-XX-XX"
            case .week: return "XXXX-WXX"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .year: return "XXXX"
            }
        }
        switch unit {
        case .day:
            return reference.adding(days: count).description
        case .week:
            return isoWeek(reference.adding(days: 7 * count))
        case .month:
            let index = reference.year * 12 + reference.month - 1 + count
            return CalendarDay.pad(index / 12, 4) + "-" + CalendarDay.pad(index % 12 + 1, 2)
        case .quarter:
            let index = reference.year * 4 + (reference.month - 1) / 3 + count
            return CalendarDay.pad(index / 4, 4) + "-Q\(index % 4 + 1)"
        case .year:
            return CalendarDay.pad(reference.year + count, 4)
        }
    }

    static func clockShifted(_ seconds: Int, withSeconds: Bool, _ reference: CalendarDay?, _ time: ClockTime?) -> String {
        guard let reference, let time else { return "XXXX-XX-XXTXX:XX" + (withSeconds ? ":XX" : "") }
        let total = reference.dayNumber * 86_400 + time.secondOfDay + seconds
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let second = total - days * 86_400
        let clock = CalendarDay.pad(second / 3600, 2) + ":" + CalendarDay.pad(second / 60 % 60, 2)
            + (withSeconds ? ":" + CalendarDay.pad(second % 60, 2) : "")
        return CalendarDay(dayNumber: days).description + "T" + clock + time.zone
    }

    /// "2023-W49": the ISO 8601 week, which belongs to the year of its Thursday.
    static func isoWeek(_ day: CalendarDay) -> String {
        let thursday = day.adding(days: 4 - day.weekday)
        let newYear = CalendarDay(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - newYear.dayNumber) / 7 + 1
        return CalendarDay.pad(thursday.year, 4) + "-W" + CalendarDay.pad(week, 2)
    }
}
