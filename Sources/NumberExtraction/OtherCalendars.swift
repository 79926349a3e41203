internal import ICUBridge
import BylineCore

/// The calendars besides the Gregorian that news holidays are fixed in, computed by ICU.
enum OtherCalendar: String, Sendable {
    /// Umm al-Qura, Saudi Arabia's official calendar (ICU's tables run 1300–1600 AH); the
    /// holidays of other countries, fixed by sighting the moon, can fall a day apart.
    case islamic = "islamic-umalqura"
    /// Months as ICU numbers them: 1 Tishrei ... 6 Adar I (leap years only), 7 Adar (Adar II
    /// in a leap year), 8 Nisan ... 13 Elul.
    case hebrew
    case chinese

    /// The Gregorian day of `day` of `month` (1-based, as above) in this calendar's year
    /// `year`, nil if ICU cannot convert it.
    func gregorian(year: Int, month: Int, day: Int) -> CalendarDay? {
        var gregorianYear: Int32 = 0, gregorianMonth: Int32 = 0, gregorianDay: Int32 = 0, status: Int32 = 0
        icub_calendar_to_gregorian(rawValue, Int32(year), Int32(month - 1), Int32(day),
                                   &gregorianYear, &gregorianMonth, &gregorianDay, &status)
        guard status <= 0 else { return nil }
        return CalendarDay(year: Int(gregorianYear), month: Int(gregorianMonth), day: Int(gregorianDay))
    }

    /// This calendar's year on a Gregorian day.
    func year(on day: CalendarDay) -> Int? {
        var status: Int32 = 0
        let year = icub_calendar_year(rawValue, Int32(day.year), Int32(day.month), Int32(day.day), &status)
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
