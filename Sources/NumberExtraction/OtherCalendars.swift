internal import ICUBridge
import BylineCore

/// The calendars besides the Gregorian that news holidays are fixed in, computed by ICU.
enum OtherCalendar: Sendable {
    /// Umm al-Qura, Saudi Arabia's official calendar, from 1420 AH (1999), when it took its
    /// present rule; ICU's astronomical Islamic calendar before (`icuName(year:)`). The
    /// holidays of other countries, fixed by sighting the moon, can fall a day apart.
    case islamic
    /// Months as ICU numbers them: 1 Tishrei ... 6 Adar I (leap years only), 7 Adar (Adar II
    /// in a leap year), 8 Nisan ... 13 Elul.
    case hebrew
    case chinese

    /// ICU's name of the calendar for this calendar's year `year` (nil: today's rule). Umm al-Qura's table back
    /// to 1300 AH applies today's rule to years that Saudi Arabia counted by earlier ones,
    /// and is a day later than the days Duckling's corpus gives for Eid al-Fitr 1975 and 1988,
    /// Eid al-Adha 1966 and 1974 and Ramadan 1977, which the astronomical calendar gives.
    private func icuName(year: Int? = nil) -> String {
        switch self {
        case .islamic: (year ?? .max) >= 1420 ? "islamic-umalqura" : "islamic"
        case .hebrew: "hebrew"
        case .chinese: "chinese"
        }
    }

    /// The Gregorian day of `day` of `month` (1-based, as above) in this calendar's year
    /// `year`, nil if ICU cannot convert it.
    func gregorian(year: Int, month: Int, day: Int) -> CalendarDay? {
        var gregorianYear: Int32 = 0, gregorianMonth: Int32 = 0, gregorianDay: Int32 = 0, status: Int32 = 0
        icub_calendar_to_gregorian(icuName(year: year), Int32(year), Int32(month - 1), Int32(day),
                                   &gregorianYear, &gregorianMonth, &gregorianDay, &status)
        guard status <= 0 else { return nil }
        return CalendarDay(year: Int(gregorianYear), month: Int(gregorianMonth), day: Int(gregorianDay))
    }

    /// This calendar's year on a Gregorian day.
    func year(on day: CalendarDay) -> Int? {
        var status: Int32 = 0
        // The year's number is the same in both Islamic calendars but for a day at its edges,
        // which `first(month:day:in:)` covers by trying the next year too.
        let year = icub_calendar_year(icuName(), Int32(day.year), Int32(day.month), Int32(day.day), &status)
        return status <= 0 ? Int(year) : nil
    }

    /// The first Gregorian day in `gregorianYear` that is `day` of `month` in this calendar
    /// (an Islamic year is 11 days shorter, so a holiday can come twice in one Gregorian year).
    func first(month: Int, day: Int, in gregorianYear: Int) -> CalendarDay? {
        guard let newYear = CalendarDay(year: gregorianYear, month: 1, day: 1), let year = year(on: newYear) else { return nil }
        return (year...year + 1).lazy.compactMap { gregorian(year: $0, month: month, day: day) }
            .first { $0.year == gregorianYear }
    }
}
