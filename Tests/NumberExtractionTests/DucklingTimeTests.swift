import Byline
import Foundation
import Testing

/// Duckling's English time corpus (`allExamples`) as a development suite: each text is
/// annotated with the corpus's reference time, Tuesday 2013-02-12 04:30 (local), as the
/// document's date and time (a timestamp, as a JSONL `date` can give), and
/// is resolved when one time mention covers it and its value is Duckling's at Duckling's grain.
///
/// Duckling answers an assistant ("thursday" is the coming one, "at 4pm" the next 4pm after
/// the reference time 04:30); Byline reads news. The cases where the conventions differ on
/// purpose are named by `Convention.differing` and scored apart.
@Suite struct DucklingTimeTests {
    static let reference = "2013-02-12T04:30:00"

    /// One Duckling value: a point or an interval, at a grain.
    struct Expected {
        var start: [Int]
        var end: [Int]?
        var grain: String
        /// An open interval's side: "After" (start only) or "Before" (end only).
        var openSide: String?
        var isOpen: Bool { openSide != nil }

        /// `datetime (2013, 2, 15, 0, 0, 0) Day`, `datetimeHoliday (…) Day "Thanksgiving Day"`,
        /// `datetimeInterval ((…), (…)) Hour`, `datetimeOpenInterval After (…) Minute`.
        init?(_ value: String) {
            let numbers = value.split(whereSeparator: { !($0.isNumber || $0 == "-") }).compactMap { Int($0) }
            let words = value.split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let head = words.first, numbers.count == 6 || numbers.count == 12 else { return nil }
            openSide = head == "datetimeOpenInterval" ? words.dropFirst().first : nil
            start = Array(numbers.prefix(6))
            end = numbers.count == 12 ? Array(numbers.suffix(6)) : nil
            let grains = ["Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year"]
            guard let grain = words.dropFirst().first(where: grains.contains) else { return nil }
            self.grain = grain
        }

        /// The TIMEX3 value Byline would write: the point at the grain, an interval's ends
        /// inclusive (Duckling's end is exclusive: one grain is taken off); an open interval's
        /// one end (its side is the mention's modifier).
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
        /// "march", "march 3", "in september", "christmas": Duckling the next; Byline the
        /// nearest (a yearless date: the year that puts it nearest the document date).
        case bareMonthSeasonHoliday = "a month, yearless date or holiday without a year: Duckling takes the next, Byline the nearest (or by tense)"
        /// "at 4pm", "noon": Duckling the next such time after 04:30 (maybe tomorrow); Byline
        /// the document's day, which has no time of its own.
        case bareClockTime = "a clock time without a day: Duckling takes the next after the reference hour, Byline the document's day"
        /// "3pm GMT": Duckling converts to the reference zone (UTC-2); Byline keeps the zone written.
        case zoneConversion = "a time zone: Duckling converts to its reference zone, Byline writes the written zone's offset"
        /// "next wednesday", "this monday": Duckling the one of next week (or the coming one);
        /// Byline the first after the date, and "this" the one in the date's own week.
        case nextWeekday = "next/this + weekday: Duckling the one in next week, Byline the first after the document date (this: in its week)"
        /// "three months ago", "in 1 week": Duckling keeps the day (or hour); Byline writes the
        /// unit's grain, as TIMEX3 does (2012-11, 2013-W08).
        case relativeGrain = "N units ago / in N units: Duckling keeps the day, Byline the grain of the unit (TIMEX3)"
        /// "this summer": Duckling an interval of days between solstices and equinoxes; Byline
        /// TIMEX3's season code (2013-SU).
        case season = "a season: Duckling an interval of astronomical days, Byline TIMEX3's season code"
        /// "yesterday evening", "tonight": Duckling an interval of hours; Byline TIMEX3's part
        /// of the day (2013-02-11TEV).
        case partOfDay = "a part of the day: Duckling an interval of hours, Byline TIMEX3's code (TMO, TAF, TEV, TNI)"
        /// "last two weeks", "next 3 days": Duckling an interval; Byline a duration (TIMEX3
        /// DURATION), the `duration` kind of the number layer.
        case spanOfUnits = "last/next/past N units: Duckling an interval, Byline a duration"
        /// "end of 2012", "beginning of next week": Duckling a sub-interval of its own making;
        /// Byline the period's value (TIMEX3 keeps the period and marks the part with a modifier).
        case partOfPeriod = "beginning/end/rest of a period: Duckling a sub-interval, Byline the period's value"
        /// "yom kippur 2018", "passover 2018": Duckling starts a Jewish holiday on its eve (it
        /// begins at sundown); Byline gives the holiday's own days by the Hebrew calendar, as
        /// calendars and news listings date them (Yom Kippur 2018: September 19).
        case jewishHolidayEve = "a Jewish holiday: Duckling starts it on the eve, Byline on its own day by the Hebrew calendar"
        /// "this past weekend", "last weekend of October": Duckling an interval of hours from
        /// Friday 18:00 to Sunday 23:00; Byline TIMEX3's weekend of an ISO week (2013-W06-WE).
        case weekend = "a weekend: Duckling Friday 18:00 to Sunday 23:00, Byline TIMEX3's -WE of an ISO week"
        /// "first week of october 2014": Duckling the first week that begins in the month
        /// (2014-W41); Byline the first ISO week whose Thursday is in it (2014-W40), as an ISO
        /// week belongs to its Thursday's year.
        case weekOfMonth = "nth week of a month: Duckling the nth week beginning in it, Byline the nth whose Thursday is in it"
        /// "chinese new year", "new year's eve", "mlk day": the rule of `bareMonthSeasonHoliday`
        /// for holidays its word list lacked (Duckling the next, Byline the nearest).
        case otherHolidayWithoutYear = "a holiday the month rule's list lacked, without a year: Duckling the next, Byline the nearest"

        /// "2014 BC": Duckling -2014; Byline ISO 8601's astronomical year, where 1 BC is year 0
        /// (-2013), as the number layer writes every era ("44 BC" is -0043).
        case yearBeforeChrist = "a year BC: Duckling the year negated, Byline ISO 8601's astronomical year (1 BC is 0000)"

        /// "at 3p": Duckling 3 p.m.; Byline pence, as British papers write prices ("12p"; the
        /// number corpus's convention, docs/numbers.md).
        case pence = "digits glued to p: Duckling a clock (3 p.m.), Byline pence, as British prices are written"
        /// "in 15'", "in 1\"": Duckling minutes and seconds; Byline feet and inches (or a quote
        /// mark), the duration corpus's convention.
        case primeMarks = "' and \" after a number: Duckling minutes and seconds, Byline feet and inches"
        /// "at 1030", "around 1030": Duckling 10:30; Byline a year or a count, as four digits
        /// without a meridiem or a zone most often are in news ("1030 homes lost power").
        case fourDigitsAlone = "four digits without a meridiem or zone: Duckling a clock, Byline a number"

        /// The rules added in the redo of issue 10; they only name cases the earlier rules left
        /// as agreeing, so the earlier share can still be given.
        static let addedInIssue10Redo: Set<Convention> = [
            .weekend, .weekOfMonth, .otherHolidayWithoutYear, .yearBeforeChrist, .jewishHolidayEve,
        ]

        /// The convention a text falls under, if any.
        /// Rules of session 14 for cases Byline already read by the number corpora's conventions.
        static let addedInSession14: Set<Convention> = [.pence, .primeMarks, .fourDigitsAlone]

        static func differing(_ text: String) -> Convention? {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != ":" }).map(String.init)
            let has = { (list: [String]) in words.contains(where: list.contains) }
            let weekdays = DucklingTimeTests.weekdays, months = DucklingTimeTests.monthsAndHolidays
            let jewishHolidays = DucklingTimeTests.jewishHolidays
            let shifts = ["last", "next", "this", "previous", "coming", "following", "ago", "after", "before", "from", "now"]
            let zones = ["gmt", "utc", "est", "pst", "cet", "cst", "edt", "pdt", "ist", "bst", "mst", "cest", "z"]
            let hasYear = words.contains { Int($0).map { (1000...2100).contains($0) } ?? false }
            let hasDayNumber = words.contains { word in
                let digits = word.prefix { $0.isNumber }
                return !digits.isEmpty && Int(digits).map { (1...31).contains($0) } ?? false && !word.contains(":")
            }
            let seasons = ["spring", "summer", "fall", "autumn", "winter", "season", "seasons"]
            let parts = ["morning", "afternoon", "evening", "night", "tonight"]
            let units = ["day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight"]
            let numbers = ["one", "two", "three", "four", "five", "few", "couple"]
            if has(["last", "next", "past"]), has(units) || has(["seconds", "minutes", "hours"]),
               words.contains(where: { Int($0) != nil || numbers.contains($0) }) { return .spanOfUnits }
            if has(["beginning", "end", "rest", "eoy", "eom", "eod", "bom", "boy", "start"]) { return .partOfPeriod }
            if words.contains(where: { $0.range(of: #"^\d+p$"#, options: .regularExpression) != nil }) { return .pence }
            if text.range(of: #"\d['"]"#, options: .regularExpression) != nil { return .primeMarks }
            let clockDigits = words.indices.contains { index in
                guard index > 0, ["at", "around", "approximately", "about"].contains(words[index - 1]),
                      words[index].count == 4, let value = Int(words[index]) else { return false }
                return !(1900...2100).contains(value) && value / 100 <= 23 && value % 100 < 60
            }
            if clockDigits, !has(weekdays), !has(months) { return .fourDigitsAlone }
            if has(jewishHolidays) { return .jewishHolidayEve }
            if has(zones) { return .zoneConversion }
            if has(seasons) { return .season }
            if has(parts) { return .partOfDay }
            if has(["next", "this"]), has(weekdays) { return .nextWeekday }
            if has(units), has(["ago", "hence", "in", "back"]), !has(months), !has(weekdays), !hasYear,
               !has(["last", "next", "this"]) { return .relativeGrain }
            if has(weekdays), !has(shifts), !hasYear, !hasDayNumber || !has(months) { return .bareWeekday }
            // "last friday of october" is the month's last Friday and "from August 27th - 29th"
            // a range, no shift: still a yearless date.
            let nthLast = words.indices.contains { words[$0] == "last" && $0 + 2 < words.count
                && weekdays.contains(words[$0 + 1]) && ["of", "in"].contains(words[$0 + 2]) }
            let rangeFrom = words.first == "from" && words.count > 1 && months.contains(words[1])
            let dateShifts = words.filter { shifts.contains($0) && !(nthLast && $0 == "last") && !(rangeFrom && $0 == "from") }
            if has(months), dateShifts.isEmpty, !hasYear { return .bareMonthSeasonHoliday }
            // "15h", "15h30", not "through" or "month"; "p.m." and "a m" split into two words.
            let splitMeridiem = words.indices.contains { ["a", "p"].contains(words[$0]) && $0 + 1 < words.count && words[$0 + 1] == "m" }
            let clock = words.contains { $0.contains(":") || $0.hasSuffix("am") || $0.hasSuffix("pm")
                || $0.range(of: #"^\d{1,2}h(\d{2})?$"#, options: .regularExpression) != nil }
                || has(["noon", "midnight", "oclock", "o", "am", "pm"]) || splitMeridiem
            let day = has(weekdays) || has(months) || has(["today", "tomorrow", "yesterday"]) || hasDayNumber && text.contains("/")
            if clock, !day { return .bareClockTime }
            if has(["weekend", "wkend"]) { return .weekend }
            if has(["bc", "bce"]) || text.lowercased().contains("b.c.") { return .yearBeforeChrist }
            let ordinals = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]
            if let week = words.firstIndex(of: "week"), week > 0, ordinals.contains(words[week - 1]),
               week + 2 < words.count, words[week + 1] == "of", months.contains(words[week + 2]) { return .weekOfMonth }
            let holidays = ["chinese", "lunar", "diwali", "deepavali", "ramadan", "eid", "passover", "hanukkah", "mlk",
                            "memorial", "labor", "boxing", "patrick", "patricks", "mardi", "vegan", "guru"]
            if has(holidays) || text.lowercased().contains("new year"), !has(shifts), !hasYear { return .otherHolidayWithoutYear }
            return nil
        }
    }

    /// Assistant forms that English news does not write: times relative to the current
    /// minute ("now", "in 2 minutes", "in a sec"), chat abbreviations ("ASAP", "ATM", "EOD"),
    /// clocks written "15h00", "3p", "330 p.m.", "1030" or in words ("three twenty").
    /// Counted in the share of all cases and left out of the share of news forms.
    static func isOutsideNews(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let has = { (list: [String]) in words.contains(where: list.contains) }
        if has(["now", "atm", "asap", "sec", "secs", "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours",
                "h", "ish", "tonite", "lunch", "hence", "back"]) { return true }
        let spelledClock = ["twenty", "thirty", "forty", "fifty", "fifteen", "half"]
        if words.contains(where: { $0.range(of: #"^\d{1,2}h(\d{2})?$|^\d+[ap]$|^\d{3,4}$"#, options: .regularExpression) != nil
            && !(Int($0).map { (1000...2100).contains($0) } ?? false) }) { return true }
        return has(spelledClock) && !has(["of"])
    }

    struct Outcome {
        var text: String
        var expected: String
        var found: [String]
        var resolved: Bool
        var convention: Convention?
        var outsideNews: Bool
    }

    /// Prepositions (and the article of "the 2nd of march") a Duckling text may begin with
    /// that a TIMEX3 span leaves out.
    static let leadingWords: Set<String> = ["on", "at", "in", "for", "during", "by", "around", "the", "from"]

    /// The words that give an open interval its side ("since 2014", "sometimes before 2014"):
    /// TIMEX3 leaves them out of the span, and Byline writes the side as the mention's modifier.
    static let sideWords: Set<String> = ["since", "after", "before", "until", "till", "through", "by", "from",
                                         "anytime", "sometime", "sometimes"]

    /// The modifiers that write an open interval's side.
    static func modifiers(ofSide side: String) -> Set<NumberModifier> {
        side == "After" ? [.atLeast, .moreThan] : [.lessThan, .atMost]
    }

    /// Names news capitalizes and Duckling's typed texts do not ("thursday", "march 3",
    /// "christmas"). Byline reads a lowercase "may" or "march" as the verb on purpose, so the
    /// test writes these names as news does, and changes nothing else.
    static let names = Set(weekdays + weekdays.prefix(7).map { $0 + "s" } + monthsAndHolidays + jewishHolidays + indianHolidays
        + ["kippur", "hashanah", "mlk", "juneteenth"])

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                           "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"]
    /// Months and the first words of the holidays of docs/numbers.md's list.
    static let monthsAndHolidays = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "christmas", "xmas", "halloween", "thanksgiving", "easter", "valentine",
        "ramadan", "eid", "id", "bakr", "laylat", "ashura", "mawlid", "isra", "jumu", "jamat", "islamic",
        "chinese", "orthodox", "lent", "great", "pentecost", "whit", "trinity", "maundy", "palm", "shrove",
        "pancake", "mardi", "lazarus", "clean", "koningsdag", "king", "boss", "diwali", "deepavali", "holi",
    ]
    /// The first words of India's holidays of the `IndianHolidays` tables (a phrase is found
    /// from its capitalized first word).
    static let indianHolidays = [
        "dussehra", "vijayadashami", "maha", "ram", "janmashtami", "krishna", "gokulashtami", "buddha", "guru",
        "makar", "makara", "maghi", "pongal", "vaisakhi", "baisakhi", "vaishakhi", "vasakhi", "raksha", "rakhi",
        "rabindra", "parsi", "jamshedi", "ugadi", "yugadi", "chaitra", "gudi", "holika", "chhoti", "mahavir",
        "mahaveer", "bhai", "bhau", "basant", "vasant", "valmiki", "maharishi", "pargat", "chhath", "surya", "dala",
        "rath", "ratha", "ganesh", "vinayaka", "onam", "karwa", "govardhan", "rama", "samvatsaradi", "dhulandi",
        "vesak", "phagwah", "rabindranath", "karva", "mahasaptami", "bhogi", "bogi", "mattu", "maattu",
        "thiruvalluvar", "kaanum", "kanum", "kanni", "uzhavar", "dhanteras", "dhanatrayodashi", "kali", "naraka",
    ]
    /// The first words of the Jewish holidays (Duckling dates them from their eve).
    static let jewishHolidays = [
        "rosh", "yom", "sukkot", "succos", "shemini", "simchat", "hanukkah", "chanukah", "hanukah",
        "hannukkah", "tu", "purim", "shushan", "passover", "pesach", "lag", "shavuot", "tisha", "holocaust",
        "ingathering",
    ]

    /// Holidays of several words, each word capitalized as news writes them ("New Year's Eve").
    static let holidayPhrases = [
        "new year", "new years", "black friday", "good friday", "st patrick", "saint patrick", "st paddy",
        "saint paddy", "boxing day",
        "memorial day", "labor day", "mother's day", "father's day", "mardi gras", "martin luther king",
        "independence day", "veterans day", "columbus day", "presidents day", "earth day", "palm sunday",
        "ash wednesday", "easter monday", "lunar new year", "st. paddy", "white sunday", "branch sunday",
        "world vegan day", "civil rights day", "day of ashura", "prophet's ascension", "ascension to heaven",
        "sacrifice feast", "amun jadid", "kamudu pyre",
    ]

    static func newsCased(_ text: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            result += names.contains(word.lowercased()) ? word.prefix(1).uppercased() + word.dropFirst() : word
            word = ""
        }
        for character in text {
            if character.isLetter { word.append(character) } else { flush(); result.append(character) }
        }
        flush()
        for phrase in holidayPhrases {
            let capitalized = phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            result = result.replacingOccurrences(of: phrase, with: capitalized, options: .caseInsensitive)
        }
        return result
    }

    static func run() throws -> [Outcome] {
        let corpus = try DucklingCorpus.load("Time")
        let annotator = try NumberRendering.plain.get()
        var outcomes: [Outcome] = []
        for group in corpus.examples {
            let expected = Expected(group.value)
            for text in group.texts {
                var document = Document(id: "duckling", source: newsCased(text))
                document.dateStamp = DocumentDate(iso: reference)
                try annotator.annotate(&document)
                var words = document.tokens.indices.filter { index in
                    let token = String(document.text(document.tokens[index].span))
                    return !(index == 0 && leadingWords.contains(token.lowercased())) && token.contains(where: { $0.isLetter || $0.isNumber })
                }
                if expected?.isOpen == true {
                    words = Array(words.drop { sideWords.contains(document.text(document.tokens[$0].span).lowercased()) })
                }
                let found = document.numbers.compactMap { mention -> String? in
                    mention.calendar.map { NumberRendering.text(mention.tokens, in: document) + "=" + $0
                        + (mention.modifier.map { " " + $0.rawValue } ?? "") }
                }
                let covering = document.numbers.first { mention in
                    guard let first = words.first, let last = words.last else { return false }
                    return mention.tokens.contains(first) && mention.tokens.contains(last)
                }
                let value = expected.map { $0.timex + ($0.openSide.map { " " + $0 } ?? "") } ?? "(unread value)"
                let side = expected?.openSide.map(modifiers(ofSide:))
                let resolved = expected != nil && covering?.calendar == expected?.timex
                    && side.map { sides in covering?.modifier.map(sides.contains) ?? false } ?? true
                outcomes.append(Outcome(text: text, expected: value, found: found, resolved: resolved,
                                        convention: Convention.differing(text), outsideNews: isOutsideNews(text)))
            }
        }
        return outcomes
    }

    @Test func shareOfTheTimeCorpus() throws {
        let outcomes = try Self.run()
        let agreeing = outcomes.filter { $0.convention == nil }
        let resolvedAll = outcomes.filter(\.resolved).count
        let resolvedAgreeing = agreeing.filter(\.resolved).count
        let news = agreeing.filter { !$0.outsideNews }
        let resolvedNews = news.filter(\.resolved).count
        func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.1f%%", 100 * Double(part) / Double(max(whole, 1))) }
        let earlier = outcomes.filter { outcome in
            outcome.convention.map { Convention.addedInIssue10Redo.union(Convention.addedInSession14).contains($0) } ?? true
        }
        let resolvedEarlier = earlier.filter(\.resolved).count
        let beforeSession14 = outcomes.filter { $0.convention.map(Convention.addedInSession14.contains) ?? true }
        let resolvedBeforeSession14 = beforeSession14.filter(\.resolved).count
        print("Duckling time: \(resolvedAll) of \(outcomes.count) resolved (\(percent(resolvedAll, outcomes.count))); "
              + "where the conventions agree \(resolvedAgreeing) of \(agreeing.count) (\(percent(resolvedAgreeing, agreeing.count))); "
              + "without session 14's rules \(resolvedBeforeSession14) of \(beforeSession14.count) "
              + "(\(percent(resolvedBeforeSession14, beforeSession14.count))); "
              + "by the earlier rules \(resolvedEarlier) of \(earlier.count) (\(percent(resolvedEarlier, earlier.count))); "
              + "of those, the forms news writes \(resolvedNews) of \(news.count) (\(percent(resolvedNews, news.count)))")
        for convention in Convention.allCases {
            let cases = outcomes.filter { $0.convention == convention }
            print("  differs on purpose, \(cases.count) cases (\(cases.filter(\.resolved).count) agree anyway): \(convention.rawValue)")
        }
        if ProcessInfo.processInfo.environment["DUCKLING_TIME_FAILURES"] != nil {
            for outcome in agreeing where !outcome.resolved {
                let kind = outcome.outsideNews ? "miss (assistant form)" : "miss"
                print("  \(kind): \(outcome.text) expected \(outcome.expected) found \(outcome.found)")
            }
        }
        // The issue's goal where the conventions agree, and the other levels reached
        // (docs/numbers.md), less a little.
        #expect(outcomes.count > 900)
        #expect(Double(resolvedAll) / Double(outcomes.count) >= 0.50)
        #expect(Double(resolvedAgreeing) / Double(agreeing.count) >= 0.85)
        #expect(Double(resolvedBeforeSession14) / Double(beforeSession14.count) >= 0.82)
        #expect(Double(resolvedEarlier) / Double(earlier.count) >= 0.75)
        #expect(Double(resolvedNews) / Double(news.count) >= 0.88)
    }

    @Test func theConventionRulesNameTheirCases() {
        #expect(Convention.differing("thursday") == .bareWeekday)
        #expect(Convention.differing("at 3p.") == .pence && Convention.differing("at 3pm") != .pence)
        #expect(Convention.differing("in 15'") == .primeMarks && Convention.differing("in 1\"") == .primeMarks)
        #expect(Convention.differing("around 1030") == .fourDigitsAlone && Convention.differing("around 2014") == nil)
        #expect(Convention.differing("Monday, Feb 18") == .bareMonthSeasonHoliday)
        #expect(Convention.differing("last two weeks") == .spanOfUnits)
        #expect(Convention.differing("end of 2012") == .partOfPeriod)
        #expect(DucklingTimeTests.isOutsideNews("in 2 minutes") && DucklingTimeTests.isOutsideNews("at 15h00"))
        #expect(!DucklingTimeTests.isOutsideNews("the third quarter of 2014") && !DucklingTimeTests.isOutsideNews("at 3 p.m."))
        #expect(Convention.differing("in september") == .bareMonthSeasonHoliday)
        #expect(Convention.differing("at 4pm") == .bareClockTime)
        #expect(Convention.differing("3pm GMT") == .zoneConversion)
        #expect(Convention.differing("next wednesday") == .nextWeekday)
        #expect(Convention.differing("last week") == nil)
        #expect(Convention.differing("three months ago") == .relativeGrain)
        #expect(Convention.differing("this summer") == .season)
        #expect(Convention.differing("yesterday evening") == .partOfDay)
        #expect(DucklingTimeTests.newsCased("march 3rd, thursday 5pm") == "March 3rd, Thursday 5pm")
        #expect(Convention.differing("tomorrow at 5pm") == nil)
        #expect(Convention.differing("last weekend of October") == .weekend)
        #expect(Convention.differing("first week of october 2014") == .weekOfMonth)
        #expect(Convention.differing("the second last week of October 2018") != .weekOfMonth)
        #expect(Convention.differing("chinese new year") == .bareMonthSeasonHoliday)
        // The month's last Friday and a range from a yearless date are still yearless dates.
        #expect(Convention.differing("last friday of october") == .bareMonthSeasonHoliday)
        #expect(Convention.differing("from August 27th - 29th") == .bareMonthSeasonHoliday)
        #expect(Convention.differing("last friday of october 2015") == nil)
        #expect(Convention.differing("a week from Feb 3") == nil)
        #expect(Convention.differing("mlk day") == .otherHolidayWithoutYear)
        #expect(Convention.differing("chinese new year's day 2018") == nil)
        #expect(Convention.differing("in 2014 B.C.") == .yearBeforeChrist)
        #expect(Convention.differing("yom kippur 2018") == .jewishHolidayEve)
        // A word ending in "h" is no clock unless it begins with a digit.
        #expect(Convention.differing("through 2014") == nil && Convention.differing("at 15h") == .bareClockTime)
    }
}
