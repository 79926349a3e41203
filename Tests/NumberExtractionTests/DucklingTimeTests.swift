import Byline
import Foundation
import Testing

/// Duckling's English time corpus (`allExamples`) as a development suite: each text is
/// annotated with the corpus's reference day, Tuesday 2013-02-12, as the document date, and
/// is resolved when one time mention covers it and its value is Duckling's at Duckling's grain.
///
/// Duckling answers an assistant ("thursday" is the coming one, "at 4pm" the next 4pm after
/// the reference time 04:30); Byline reads news. The cases where the conventions differ on
/// purpose are named by `Convention.differing` and scored apart.
@Suite struct DucklingTimeTests {
    static let reference = "2013-02-12"

    /// One Duckling value: a point or an interval, at a grain.
    struct Expected {
        var start: [Int]
        var end: [Int]?
        var grain: String
        var isOpen: Bool

        /// `datetime (2013, 2, 15, 0, 0, 0) Day`, `datetimeHoliday (…) Day "Thanksgiving Day"`,
        /// `datetimeInterval ((…), (…)) Hour`, `datetimeOpenInterval After (…) Minute`.
        init?(_ value: String) {
            let numbers = value.split(whereSeparator: { !($0.isNumber || $0 == "-") }).compactMap { Int($0) }
            let words = value.split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let head = words.first, numbers.count == 6 || numbers.count == 12 else { return nil }
            isOpen = head == "datetimeOpenInterval"
            start = Array(numbers.prefix(6))
            end = numbers.count == 12 ? Array(numbers.suffix(6)) : nil
            let grains = ["Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year"]
            guard let grain = words.dropFirst().first(where: grains.contains) else { return nil }
            self.grain = grain
        }

        /// The TIMEX3 value Byline would write: the point at the grain, an interval's ends
        /// inclusive (Duckling's end is exclusive: one grain is taken off).
        var timex: String {
            guard let end else { return Self.format(start, grain) }
            return Self.format(start, grain) + "/" + Self.format(Self.minusOneGrain(end, grain), grain)
        }

        static func format(_ time: [Int], _ grain: String) -> String {
            let day = CalendarDay(year: time[0], month: time[1], day: time[2])
            let date = day?.description ?? "?"
            let pad = { (value: Int) in CalendarDay.pad(value, 2) }
            switch grain {
            case "Year": return CalendarDay.pad(time[0], 4)
            case "Quarter": return CalendarDay.pad(time[0], 4) + "-Q\((time[1] - 1) / 3 + 1)"
            case "Month": return CalendarDay.pad(time[0], 4) + "-" + pad(time[1])
            case "Week": return day.map(isoWeek) ?? "?"
            case "Day": return date
            case "Hour": return date + "T" + pad(time[3]) + ":00"
            case "Minute": return date + "T" + pad(time[3]) + ":" + pad(time[4])
            default: return date + "T" + pad(time[3]) + ":" + pad(time[4]) + ":" + pad(time[5])
            }
        }

        static func minusOneGrain(_ time: [Int], _ grain: String) -> [Int] {
            guard let day = CalendarDay(year: time[0], month: time[1], day: time[2]) else { return time }
            var seconds = time[3] * 3600 + time[4] * 60 + time[5]
            var shifted = day
            switch grain {
            case "Day": shifted = day.adding(days: -1)
            case "Week": shifted = day.adding(days: -7)
            case "Month", "Quarter", "Year":
                let months = grain == "Month" ? 1 : grain == "Quarter" ? 3 : 12
                let index = time[0] * 12 + time[1] - 1 - months
                return [index / 12, index % 12 + 1, 1, 0, 0, 0]
            default:
                seconds -= grain == "Hour" ? 3600 : grain == "Minute" ? 60 : 1
                if seconds < 0 { seconds += 86_400; shifted = day.adding(days: -1) }
            }
            return [shifted.year, shifted.month, shifted.day, seconds / 3600, seconds / 60 % 60, seconds % 60]
        }

        static func isoWeek(_ day: CalendarDay) -> String {
            let thursday = day.adding(days: 4 - day.weekday)
            let newYear = CalendarDay(year: thursday.year, month: 1, day: 1)!
            return CalendarDay.pad(thursday.year, 4) + "-W" + CalendarDay.pad((thursday.dayNumber - newYear.dayNumber) / 7 + 1, 2)
        }
    }

    /// Where Byline's news convention differs from Duckling's assistant convention on purpose.
    enum Convention: String, CaseIterable {
        /// "thursday", "on wed": Duckling takes the coming one; news the one the tense picks,
        /// the nearest without a tense (docs/numbers.md).
        case bareWeekday = "a weekday without last/next/this: Duckling takes the coming one, Byline the nearest (or by tense)"
        /// "march", "in september", "summer", "christmas": Duckling the next; Byline the nearest.
        case bareMonthSeasonHoliday = "a month, season or holiday without a year: Duckling takes the next, Byline the nearest (or by tense)"
        /// "at 4pm", "noon": Duckling the next such time after 04:30 (maybe tomorrow); Byline
        /// the document's day, which has no time of its own.
        case bareClockTime = "a clock time without a day: Duckling takes the next after the reference hour, Byline the document's day"
        /// "3pm GMT": Duckling converts to the reference zone (UTC-2); Byline keeps the zone written.
        case zoneConversion = "a time zone: Duckling converts to its reference zone, Byline writes the written zone's offset"
        /// "next wednesday": Duckling the Wednesday of next week; Byline the first after the date.
        case nextWeekday = "next + weekday: Duckling the one in next week, Byline the first after the document date"

        /// The convention a text falls under, if any.
        static func differing(_ text: String) -> Convention? {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != ":" }).map(String.init)
            let has = { (list: [String]) in words.contains(where: list.contains) }
            let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"]
            let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter",
                          "christmas", "xmas", "halloween", "thanksgiving", "easter", "valentine"]
            let shifts = ["last", "next", "this", "previous", "coming", "following", "ago", "after", "before", "from", "now"]
            let zones = ["gmt", "utc", "est", "pst", "cet", "cst", "edt", "pdt", "ist", "bst", "mst", "cest", "z"]
            let hasYear = words.contains { Int($0).map { (1000...2100).contains($0) } ?? false }
            let hasDayNumber = words.contains { word in
                let digits = word.prefix { $0.isNumber }
                return !digits.isEmpty && Int(digits).map { (1...31).contains($0) } ?? false && !word.contains(":")
            }
            if has(zones) { return .zoneConversion }
            if has(["next"]), has(weekdays) { return .nextWeekday }
            if has(weekdays), !has(shifts), !hasYear, !hasDayNumber || !has(months) { return .bareWeekday }
            if has(months), !has(shifts), !hasYear, !hasDayNumber { return .bareMonthSeasonHoliday }
            let clock = words.contains { $0.contains(":") || $0.hasSuffix("am") || $0.hasSuffix("pm") || $0.hasSuffix("h") }
                || has(["noon", "midnight", "oclock", "o", "am", "pm", "morning", "afternoon", "evening", "tonight"])
            let day = has(weekdays) || has(months) || has(["today", "tomorrow", "yesterday"]) || hasDayNumber && text.contains("/")
            if clock, !day { return .bareClockTime }
            return nil
        }
    }

    struct Outcome {
        var text: String
        var expected: String
        var found: [String]
        var resolved: Bool
        var convention: Convention?
    }

    /// Prepositions a Duckling text may begin with that a TIMEX3 span leaves out.
    static let leadingWords: Set<String> = ["on", "at", "in", "for", "during", "by", "around"]

    static func run() throws -> [Outcome] {
        let corpus = try DucklingCorpus.load("Time")
        let annotator = try NumberRendering.plain.get()
        var outcomes: [Outcome] = []
        for group in corpus.examples {
            let expected = Expected(group.value)
            for text in group.texts {
                var document = Document(id: "duckling", source: text)
                document.date = CalendarDay(iso: reference)
                try annotator.annotate(&document)
                let words = document.tokens.indices.filter { index in
                    let token = String(document.text(document.tokens[index].span))
                    return !(index == 0 && leadingWords.contains(token.lowercased())) && token.contains(where: { $0.isLetter || $0.isNumber })
                }
                let found = document.numbers.compactMap { mention -> String? in
                    mention.calendar.map { NumberRendering.text(mention.tokens, in: document) + "=" + $0 }
                }
                let covering = document.numbers.first { mention in
                    guard let first = words.first, let last = words.last else { return false }
                    return mention.tokens.contains(first) && mention.tokens.contains(last)
                }
                let value = expected.map { $0.isOpen ? "(open interval)" : $0.timex } ?? "(unread value)"
                let resolved = expected?.isOpen == false && covering?.calendar == value
                outcomes.append(Outcome(text: text, expected: value, found: found, resolved: resolved,
                                        convention: Convention.differing(text)))
            }
        }
        return outcomes
    }

    @Test func shareOfTheTimeCorpus() throws {
        let outcomes = try Self.run()
        let agreeing = outcomes.filter { $0.convention == nil }
        let resolvedAll = outcomes.filter(\.resolved).count
        let resolvedAgreeing = agreeing.filter(\.resolved).count
        func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.1f%%", 100 * Double(part) / Double(max(whole, 1))) }
        print("Duckling time: \(resolvedAll) of \(outcomes.count) resolved (\(percent(resolvedAll, outcomes.count))); "
              + "where the conventions agree \(resolvedAgreeing) of \(agreeing.count) (\(percent(resolvedAgreeing, agreeing.count)))")
        for convention in Convention.allCases {
            let cases = outcomes.filter { $0.convention == convention }
            print("  differs on purpose, \(cases.count) cases (\(cases.filter(\.resolved).count) agree anyway): \(convention.rawValue)")
        }
        if ProcessInfo.processInfo.environment["DUCKLING_TIME_FAILURES"] != nil {
            for outcome in agreeing where !outcome.resolved {
                print("  miss: \(outcome.text) expected \(outcome.expected) found \(outcome.found)")
            }
        }
        #expect(outcomes.count > 900)
        #expect(Double(resolvedAgreeing) / Double(agreeing.count) >= 0.0)
    }

    @Test func theConventionRulesNameTheirCases() {
        #expect(Convention.differing("thursday") == .bareWeekday)
        #expect(Convention.differing("Monday, Feb 18") == nil)
        #expect(Convention.differing("in september") == .bareMonthSeasonHoliday)
        #expect(Convention.differing("at 4pm") == .bareClockTime)
        #expect(Convention.differing("3pm GMT") == .zoneConversion)
        #expect(Convention.differing("next wednesday") == .nextWeekday)
        #expect(Convention.differing("last week") == nil)
        #expect(Convention.differing("tomorrow at 5pm") == nil)
    }
}
