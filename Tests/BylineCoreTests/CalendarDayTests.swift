import BylineCore
import Testing

@Suite struct CalendarDayTests {
    @Test func readsOnlyValidISODates() {
        #expect(CalendarDay(iso: "2024-02-29")?.description == "2024-02-29")
        for bad in ["2023-02-29", "1900-02-29", "2023-00-10", "2023-04-31", "2023-4-01", "２０２３-01-01", "2023-01-01T00", ""] {
            #expect(CalendarDay(iso: bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(iso: "2000-02-29") != nil)
    }

    @Test func dayNumbersAndWeekdays() throws {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        let seedDate = try #require(CalendarDay(iso: "2023-12-07"))
        #expect(seedDate.weekday == 4)  // a Thursday
        #expect(try #require(CalendarDay(iso: "2013-02-12")).weekday == 2)  // Duckling's Tuesday
        #expect(seedDate.adding(days: 25).description == "2024-01-01")
        #expect(seedDate.adding(days: -365).description == "2022-12-07")
        // Every day from 1600 to 2400 goes to its number and back, one apart, weekdays in turn.
        var previous = try #require(CalendarDay(iso: "1600-01-01"))
        for number in (previous.dayNumber + 1)...(try #require(CalendarDay(iso: "2400-12-31"))).dayNumber {
            let day = CalendarDay(dayNumber: number)
            #expect(day.dayNumber == number)
            #expect(CalendarDay(year: day.year, month: day.month, day: day.day) == day)
            #expect(day.weekday == previous.weekday % 7 + 1)
            if day.dayNumber != number || day.weekday != previous.weekday % 7 + 1 { break }
            previous = day
        }
    }
}
