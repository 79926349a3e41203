import Byline
import Testing
import TestSupport

/// Time expressions resolved against the document's date: a table of news sentences written
/// before the resolver (each scored on the span text and the ISO 8601 / TIMEX3 value of every
/// mention that has a calendar value; a sentence passes when they are exactly those listed),
/// and one test per convention rule.
@Suite struct TimeExpressionTests {
    /// A Thursday: the date the seeds were written.
    static let thursday = "2023-12-07"

    typealias Case = (sentence: String, date: String?, expected: [String])

    /// `"<span>=<value>"` per dated mention, in text order.
    static let cases: [Case] = [
        // Weekdays: past clause → on or before the document date, future clause → after it.
        ("The minister resigned on Thursday.", thursday, ["Thursday=2023-12-07"]),
        ("Lawmakers voted on Monday to approve the budget.", thursday, ["Monday=2023-12-04"]),
        ("The council will vote on Monday.", thursday, ["Monday=2023-12-11"]),
        ("Monday's vote was postponed.", thursday, ["Monday=2023-12-04"]),
        ("The talks are due to resume on Tuesday.", thursday, ["Tuesday=2023-12-12"]),
        ("Police said the man was arrested on Sunday.", thursday, ["Sunday=2023-12-03"]),
        ("The results will be announced next Friday.", thursday, ["next Friday=2023-12-08"]),
        ("The strike began last Wednesday.", thursday, ["last Wednesday=2023-12-06"]),
        ("The summit is scheduled for Saturday.", thursday, ["Saturday=2023-12-09"]),
        ("She died on Friday at the age of 87.", thursday, ["Friday=2023-12-01"]),
        ("Voters will go to the polls on Sunday.", thursday, ["Sunday=2023-12-10"]),
        ("The deal was signed on Tuesday, officials said.", thursday, ["Tuesday=2023-12-05"]),
        ("The trial opens on Wednesday.", thursday, ["Wednesday=2023-12-13"]),
        ("Prime Minister Rishi Sunak will travel to Brussels on Friday.", thursday, ["Friday=2023-12-08"]),
        ("The storm hit the coast on Saturday.", thursday, ["Saturday=2023-12-02"]),
        ("On Monday, the central bank raised rates.", thursday, ["Monday=2023-12-04"]),
        ("The agency announced Tuesday that it had approved the drug.", thursday, ["Tuesday=2023-12-05"]),
        ("The match was played last Sunday.", thursday, ["last Sunday=2023-12-03"]),
        ("The new law comes into force this Friday.", thursday, ["this Friday=2023-12-08"]),
        ("The board met on Thursday and will meet again next Thursday.", thursday,
         ["Thursday=2023-12-07", "next Thursday=2023-12-14"]),
        ("Tuesday's announcement surprised investors.", thursday, ["Tuesday=2023-12-05"]),
        ("The summit ends Friday.", thursday, ["Friday=2023-12-08"]),
        ("The vote is scheduled for next Tuesday.", thursday, ["next Tuesday=2023-12-12"]),
        ("The building collapsed on Wednesday night.", thursday, ["Wednesday night=2023-12-06TNI"]),
        ("The minister resigned on Thursday.", nil, ["Thursday=XXXX-WXX-4"]),
        ("The council will vote on Monday.", nil, ["Monday=XXXX-WXX-1"]),
        // Months and seasons without a year.
        ("The offensive began in September.", thursday, ["September=2023-09"]),
        ("Elections will be held in March.", thursday, ["March=2024-03"]),
        ("Prices rose sharply in December.", thursday, ["December=2023-12"]),
        ("The trial will begin in December.", thursday, ["December=2023-12"]),
        ("The law takes effect in January.", thursday, ["January=2024-01"]),
        ("Inflation slowed in mid-November.", thursday, ["mid-November=2023-11"]),
        ("The merger closed in late November.", thursday, ["late November=2023-11"]),
        ("The spending plan was approved in October.", thursday, ["October=2023-10"]),
        ("The referendum will be held in October.", thursday, ["October=2024-10"]),
        ("The company expects to hire in February.", thursday, ["February=2024-02"]),
        ("In June, the government announced new taxes.", thursday, ["June=2023-06"]),
        ("Flooding in July killed 40 people.", thursday, ["July=2023-07"]),
        ("She may travel in May.", thursday, ["May=2024-05"]),
        ("The offensive began in September, officials said, and will end in March.", thursday,
         ["September=2023-09", "March=2024-03"]),
        ("Fighting resumed in October after a lull.", thursday, ["October=2023-10"]),
        ("The festival ran between June and August.", thursday, ["between June and August=2023-06/2023-08"]),
        ("The offensive began in September.", nil, ["September=XXXX-09"]),
        ("The company was founded in the fall of 2020.", thursday, ["the fall of 2020=2020-FA"]),
        ("The company was founded in the fall of 2020.", nil, ["the fall of 2020=2020-FA"]),
        ("He retired in the summer of 2019.", thursday, ["the summer of 2019=2019-SU"]),
        ("The plan was unveiled in autumn 2022.", thursday, ["autumn 2022=2022-FA"]),
        ("Construction will begin in the spring.", thursday, ["the spring=2024-SP"]),
        ("Last winter, gas prices soared.", thursday, ["Last winter=2022-WI"]),
        ("The summer was the hottest on record.", thursday, ["The summer=2023-SU"]),
        ("The war in the early 1990s left thousands dead.", thursday, ["early 1990s=199X"]),
        ("Unemployment rose in the 1980s.", thursday, ["1980s=198X"]),
        ("Growth picked up in early 2023.", thursday, ["early 2023=2023"]),
        ("The factory reopened in mid-2021.", thursday, ["mid-2021=2021"]),
        ("Profits fell late last year.", thursday, ["late last year=2022"]),
        // Relative days, weeks, months and years.
        ("The bank collapsed yesterday.", thursday, ["yesterday=2023-12-06"]),
        ("The vote is today.", thursday, ["today=2023-12-07"]),
        ("The minister will visit Paris tomorrow.", thursday, ["tomorrow=2023-12-08"]),
        ("The bank collapsed yesterday.", nil, ["yesterday=XXXX-XX-XX"]),
        ("Sales dropped last week.", thursday, ["last week=2023-W48"]),
        ("Officials met this week.", thursday, ["this week=2023-W49"]),
        ("The firm will report earnings next week.", thursday, ["next week=2023-W50"]),
        ("Sales were flat last month.", thursday, ["last month=2023-11"]),
        ("The plant will close next month.", thursday, ["next month=2024-01"]),
        ("Inflation peaked this month.", thursday, ["this month=2023-12"]),
        ("Growth has slowed this year.", thursday, ["this year=2023"]),
        ("The law was passed last year.", thursday, ["last year=2022"]),
        ("The tournament will take place next year.", thursday, ["next year=2024"]),
        ("The ship sank two days ago.", thursday, ["two days ago=2023-12-05"]),
        ("The attack happened three weeks ago.", thursday, ["three weeks ago=2023-W46"]),
        ("The company was founded 20 years ago.", thursday, ["20 years ago=2003"]),
        ("A month ago, nobody knew his name.", thursday, ["A month ago=2023-11"]),
        ("The election was held a year ago.", thursday, ["a year ago=2022"]),
        ("The rules take effect in three weeks.", thursday, ["in three weeks=2023-W52"]),
        ("The results are expected in two weeks.", thursday, ["in two weeks=2023-W51"]),
        ("The bill will be debated in five days.", thursday, ["in five days=2023-12-12"]),
        ("Exports had risen sharply the previous year.", thursday, ["the previous year=2022"]),
        ("Earlier this month, the court ruled against him.", thursday, ["Earlier this month=2023-12"]),
        ("The company cut jobs earlier this year.", thursday, ["earlier this year=2023"]),
        ("The economy will recover later this year.", thursday, ["later this year=2023"]),
        ("The rally took place this morning.", thursday, ["this morning=2023-12-07TMO"]),
        ("Gunfire was heard last night.", thursday, ["last night=2023-12-06TNI"]),
        ("The court will rule tonight.", thursday, ["tonight=2023-12-07TNI"]),
        // Quarters and halves.
        ("Revenue grew in the third quarter.", thursday, ["the third quarter=2023-Q3"]),
        ("Revenue grew in the third quarter.", nil, ["the third quarter=XXXX-Q3"]),
        ("The product launches in Q3 2024.", thursday, ["Q3 2024=2024-Q3"]),
        ("Exports fell in the first quarter.", thursday, ["the first quarter=2023-Q1"]),
        ("The bank expects growth in the fourth quarter of 2024.", thursday, ["the fourth quarter of 2024=2024-Q4"]),
        ("Profits doubled in Q2.", thursday, ["Q2=2023-Q2"]),
        ("Earnings fell last quarter.", thursday, ["last quarter=2023-Q3"]),
        ("Workers were paid less in the second half of 2022.", thursday, ["the second half of 2022=2022-H2"]),
        // Holidays.
        ("Shops were busy at Christmas.", thursday, ["Christmas=2022-12-25"]),
        ("Families will gather for Christmas.", thursday, ["Christmas=2023-12-25"]),
        ("The fireworks on New Year's Day drew crowds.", thursday, ["New Year's Day=2023-01-01"]),
        ("Turkey prices rose before Thanksgiving.", thursday, ["Thanksgiving=2023-11-23"]),
        ("The church will hold services at Easter.", thursday, ["Easter=2024-03-31"]),
        ("The market rallied on Christmas Eve.", thursday, ["Christmas Eve=2022-12-24"]),
        ("Parties are planned for New Year's Eve.", thursday, ["New Year's Eve=2023-12-31"]),
        ("The shooting took place on Thanksgiving 2021.", thursday, ["Thanksgiving 2021=2021-11-25"]),
        ("The pope celebrated Easter Sunday mass.", thursday, ["Easter Sunday=2023-04-09"]),
        // Clock times.
        ("The blast happened at 3 p.m. GMT.", thursday, ["3 p.m. GMT=2023-12-07T15:00Z"]),
        ("The blast happened at 3 p.m. GMT.", nil, ["3 p.m. GMT=XXXX-XX-XXT15:00Z"]),
        ("The polls close at 20:00.", thursday, ["20:00=2023-12-07T20:00"]),
        ("The ceasefire took effect at noon.", thursday, ["noon=2023-12-07T12:00"]),
        ("The curfew starts at midnight.", thursday, ["midnight=2023-12-07T24:00"]),
        ("The president spoke at 9 a.m.", thursday, ["9 a.m.=2023-12-07T09:00"]),
        ("The launch is set for 10:30 a.m. EST.", thursday, ["10:30 a.m. EST=2023-12-07T10:30-05:00"]),
        ("Voting ends at 6 p.m. on Sunday.", thursday, ["6 p.m. on Sunday=2023-12-10T18:00"]),
        // Ranges.
        ("The exhibition ran from January to April 2015.", thursday, ["from January to April 2015=2015-01/2015-04"]),
        ("Output grew between 2007 and 2009.", thursday, ["between 2007 and 2009=2007/2009"]),
        ("The meeting ran from Monday to Wednesday.", thursday, ["from Monday to Wednesday=2023-12-04/2023-12-06"]),
        ("He served as mayor from 2010 to 2015.", thursday, ["from 2010 to 2015=2010/2015"]),
        // The dateline is the reference when no date is given.
        ("LONDON, Dec. 7, 2023 - The minister resigned on Thursday.", nil,
         ["Dec. 7, 2023=2023-12-07", "Thursday=2023-12-07"]),
        // Ordinary words and names are no dates.
        ("Shares may fall further.", thursday, []),
        ("Protesters march through the city.", thursday, []),
        ("They march every year.", thursday, []),
        ("The Fall released a new album.", thursday, []),
        ("She writes for the Sunday Times.", thursday, []),
        ("He will spring into action.", thursday, []),
    ]

    static func annotated(_ sentence: String, date: String?) throws -> Document {
        var document = Document(id: "-", source: sentence)
        document.dateStamp = date.flatMap(DocumentDate.init(iso:))
        try NumberRendering.full.get().annotate(&document)
        return document
    }

    /// `"<span>=<value>"` per dated mention; with `withModifier`, `" <modifier>"` after the
    /// value when the mention has one (the side of a date bounded on one side).
    static func rendered(_ sentence: String, date: String?, withModifier: Bool = false) throws -> [String] {
        let document = try annotated(sentence, date: date)
        return document.numbers.compactMap { mention in
            mention.calendar.map { calendar in
                let modifier = withModifier ? mention.modifier.map { " " + $0.rawValue } ?? "" : ""
                return NumberRendering.text(mention.tokens, in: document) + "=" + calendar + modifier
            }
        }
    }

    /// Scores a table of sentences, printing the share and every failing sentence under `name`.
    static func score(_ cases: [Case], name: String, withModifier: Bool = false) throws -> (passed: Int, rate: Double) {
        var failures: [String] = []
        for (sentence, date, expected) in cases {
            let found = try rendered(sentence, date: date, withModifier: withModifier)
            if found != expected {
                failures.append("\(sentence) [\(date ?? "no date")]\n    expected \(expected)\n    found    \(found)")
            }
        }
        let passed = cases.count - failures.count
        let rate = Double(passed) / Double(cases.count)
        print("\(name) table: \(passed) of \(cases.count) sentences pass (\(Int((rate * 1000).rounded()) / 10)%)")
        if !failures.isEmpty { print("\(name) failures:\n" + failures.joined(separator: "\n")) }
        return (passed, rate)
    }

    /// Scores a table and expects the share it has reached (docs/numbers.md), less a little.
    static func expectShare(of cases: [Case], name: String, atLeast share: Double, minimumCases: Int,
                            withModifier: Bool = false) throws {
        let (passed, rate) = try score(cases, name: name, withModifier: withModifier)
        #expect(cases.count >= minimumCases)
        #expect(rate >= share, "\(passed) of \(cases.count) pass")
    }

    @Test func blindTablePasses() throws {
        try Self.expectShare(of: Self.cases, name: "time expression", atLeast: 0.85, minimumCases: 100)
    }

    // MARK: - One test per convention rule

    /// The value of the only dated mention of a sentence.
    static func value(_ sentence: String, _ date: String?) throws -> String? {
        let document = try annotated(sentence, date: date)
        return document.numbers.compactMap(\.calendar).first
    }

    @Test func pastWeekdayIsTheLastOnOrBeforeTheDocumentDate() throws {
        // Every weekday from a Thursday: the same day, or up to six days back.
        let expected = ["2023-12-04", "2023-12-05", "2023-12-06", "2023-12-07", "2023-12-01", "2023-12-02", "2023-12-03"]
        for (index, name) in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].enumerated() {
            #expect(try Self.value("The minister resigned on \(name).", Self.thursday) == expected[index], "\(name)")
        }
    }

    @Test func futureWeekdayIsTheNextAfterTheDocumentDate() throws {
        let expected = ["2023-12-11", "2023-12-12", "2023-12-13", "2023-12-14", "2023-12-08", "2023-12-09", "2023-12-10"]
        for (index, name) in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].enumerated() {
            #expect(try Self.value("The minister will resign on \(name).", Self.thursday) == expected[index], "\(name)")
            #expect(try Self.value("The vote is due to take place on \(name).", Self.thursday) == expected[index], "\(name)")
        }
    }

    @Test func countedWeekdaysAndTheOneAfterNext() throws {
        #expect(try Self.value("He left three Mondays ago.", Self.thursday) == "2023-11-20")
        #expect(try Self.value("The vote comes two Fridays from now.", Self.thursday) == "2023-12-15")
        #expect(try Self.value("The vote is on Wednesday next week.", Self.thursday) == "2023-12-13")
        #expect(try Self.value("The shop opens on Thursdays.", Self.thursday) == nil)
        #expect(try Self.value("The vote is on Friday after next.", Self.thursday) == "2023-12-15")
        #expect(try Self.value("The law takes effect in May after next.", Self.thursday) == "2025-05")
        #expect(try Self.value("Talks will start upcoming three days.", Self.thursday) == "2023-12-10")
        #expect(try Self.value("Rain is forecast for the upcoming three days.", Self.thursday) == nil)
    }

    @Test func nextAndLastOverrideTheTense() throws {
        #expect(try Self.value("The minister resigned, and his successor starts next Monday.", Self.thursday) == "2023-12-11")
        #expect(try Self.value("He said last Thursday he will go.", Self.thursday) == "2023-11-30")
    }

    @Test func weekdayAbbreviationsAreWeekdaysAndWordLikeOnesNeedTheirPeriod() throws {
        #expect(try Self.value("The bill passed on Tues. after a debate.", Self.thursday) == "2023-12-05")
        #expect(try Self.value("Markets closed lower Thu as investors sold.", Self.thursday) == "2023-12-07")
        #expect(try Self.value("The leaders met on Sun. in Rome.", Self.thursday) == "2023-12-03")
        // "Sun" and "Sat" without a period are a surname and a verb.
        #expect(try Self.value("Sun said the talks had failed.", Self.thursday) == nil)
        #expect(try Self.value("Sat down, the minister said nothing.", Self.thursday) == nil)
    }

    @Test func aShiftedWeekendIsTheWeekendOfTheShiftedISOWeek() throws {
        #expect(try Self.value("Thousands marched last weekend.", Self.thursday) == "2023-W48-WE")
        #expect(try Self.value("The talks will continue this weekend.", Self.thursday) == "2023-W49-WE")
        #expect(try Self.value("The talks resume next weekend.", Self.thursday) == "2023-W50-WE")
        #expect(try Self.value("Thousands marched last weekend.", nil) == "XXXX-WXX-WE")
    }

    /// Seconds are read and written when a clock has them, with a meridiem, a day or a date
    /// after them; a clock without them keeps the minute grain. A one-digit hour with seconds
    /// and no meridiem or zone is a race's time, not a clock.
    @Test func aClockKeepsItsSeconds() throws {
        let tuesday = "2013-02-12"
        #expect(try Self.rendered("The earthquake struck at 08:15:32 local time on Monday.", date: tuesday)
            == ["08:15:32 local time on Monday=2013-02-11T08:15:32"])
        #expect(try Self.rendered("The quake hit at 3:05:12 p.m.", date: tuesday) == ["3:05:12 p.m.=2013-02-12T15:05:12"])
        #expect(try Self.rendered("The launch is set for 2015-03-28 17:00:00.", date: tuesday)
            == ["2015-03-28 17:00:00=2015-03-28T17:00:00"])
        #expect(try Self.rendered("The quake hit at 3:05 p.m.", date: tuesday) == ["3:05 p.m.=2013-02-12T15:05"])
        #expect(try Self.rendered("The window ran from 08:15:30 to 08:20:00 on Monday.", date: tuesday)
            == ["from 08:15:30 to 08:20:00 on Monday=2013-02-11T08:15:30/2013-02-11T08:20:00"])
        #expect(try Self.rendered("The score was 3:05:99 at the end.", date: tuesday).allSatisfy { !$0.contains(":99") })
        // A race's time is no clock.
        #expect(try Self.rendered("She won the marathon in 2:01:09 on Sunday.", date: tuesday) == ["Sunday=2013-02-10"])
        #expect(try Self.rendered("The record stands at 1:59:40.", date: tuesday) == [])
    }

    /// A clock bounded on both sides is one range on the day written after it; the word before
    /// its start stays out of the span, as a side's word does; midnight ends it as T24:00, as it
    /// ends "from 6 p.m. to midnight". One side alone keeps its modifier.
    @Test func aClockBoundedOnBothSidesIsOneRange() throws {
        let tuesday = "2013-02-12"
        #expect(try Self.rendered("The vote will be held after 9:30 but before 11:00 on Thursday.", date: tuesday)
            == ["9:30 but before 11:00 on Thursday=2013-02-14T09:30/2013-02-14T11:00"])
        #expect(try Self.rendered("Shops stay open later than 6 p.m. and before midnight.", date: tuesday)
            == ["6 p.m. and before midnight=2013-02-12T18:00/2013-02-12T24:00"])
        #expect(try Self.rendered("The vote began after 9:30 and the count before 11:00.", date: tuesday, withModifier: true)
            == ["9:30=2013-02-12T09:30 more_than", "11:00=2013-02-12T11:00 less_than"])
        #expect(try Self.rendered("Doors open at 9:30 but before 11:00 no one may enter.", date: tuesday, withModifier: true)
            == ["9:30=2013-02-12T09:30", "11:00=2013-02-12T11:00 less_than"])
    }

    @Test func withoutATenseTheNearestDayIsTaken() throws {
        #expect(try Self.value("Talks on Friday.", Self.thursday) == "2023-12-08")
        #expect(try Self.value("Talks on Monday.", Self.thursday) == "2023-12-04")
    }

    @Test func theNearestTenseWordDecidesInEachClause() throws {
        let document = try Self.annotated("Police arrested him on Monday and a judge will hear the case on Monday.", date: Self.thursday)
        #expect(document.numbers.compactMap(\.calendar) == ["2023-12-04", "2023-12-11"])
    }

    @Test func withoutADocumentDateWeekdaysKeepPlaceholders() throws {
        for (index, name) in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].enumerated() {
            #expect(try Self.value("The minister resigned on \(name).", nil) == "XXXX-WXX-\(index + 1)")
        }
    }

    @Test func pastMonthIsTheLastOnOrBeforeAndFutureTheNextOnOrAfter() throws {
        #expect(try Self.value("The plant closed in December.", Self.thursday) == "2023-12")
        #expect(try Self.value("The plant closed in January.", Self.thursday) == "2023-01")
        #expect(try Self.value("The plant will close in December.", Self.thursday) == "2023-12")
        #expect(try Self.value("The plant will close in November.", Self.thursday) == "2024-11")
    }

    @Test func theDatelineIsTheReferenceAndAGivenDateWinsOverIt() throws {
        #expect(try Self.rendered("Paris, Dec 7 2023. Talks ended on Monday.", date: nil).last == "Monday=2023-12-04")
        #expect(try Self.rendered("Paris, Dec 7 2023. Talks ended on Monday.", date: "2024-01-10").last == "Monday=2024-01-08")
    }

    @Test func easterFollowsTheComputus() throws {
        // Western Easter Sundays, from published tables.
        let easters = [2000: "2000-04-23", 2008: "2008-03-23", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25"]
        for (year, day) in easters {
            #expect(try Self.value("Easter \(year) was late.", Self.thursday) == day)
        }
    }

    /// Holidays of other calendars, from published calendars (written before the code ran):
    /// Islamic by Umm al-Qura, Jewish on the holiday's own days (not the eve), Orthodox Easter
    /// by the Julian computus, the Chinese New Year.
    @Test(arguments: [
        ("Orthodox Easter 2019", "2019-04-28"), ("Orthodox Easter 2021", "2021-05-02"), ("Orthodox Easter 2023", "2023-04-16"),
        ("Orthodox Easter 2024", "2024-05-05"), ("Orthodox Easter 2025", "2025-04-20"),
        ("Chinese New Year 2020", "2020-01-25"), ("Chinese New Year 2021", "2021-02-12"), ("Lunar New Year 2022", "2022-02-01"),
        ("Chinese New Year 2023", "2023-01-22"), ("Chinese New Year 2024", "2024-02-10"),
        ("Eid al-Fitr 2022", "2022-05-02"), ("Eid al-Fitr 2023", "2023-04-21"), ("Eid al-Fitr 2024", "2024-04-10"),
        ("Eid al-Adha 2023", "2023-06-28"), ("Eid al-Adha 2024", "2024-06-16"), ("Ramadan 2024", "2024-03-11/2024-04-09"),
        ("Yom Kippur 2022", "2022-10-05"), ("Yom Kippur 2023", "2023-09-25"), ("Yom Kippur 2024", "2024-10-12"),
        ("Rosh Hashanah 2023", "2023-09-16/2023-09-17"), ("Hanukkah 2023", "2023-12-08/2023-12-15"),
        ("Passover 2024", "2024-04-23/2024-04-30"), ("Purim 2024", "2024-03-24"),
    ])
    func otherCalendarsHolidays(_ holiday: String, _ day: String) throws {
        #expect(try Self.value("\(holiday) was quiet.", Self.thursday) == day)
    }

    /// Umm al-Qura took its present rule in 1420 AH (1999); earlier Islamic years are counted
    /// by ICU's astronomical calendar, a day earlier in both years here (1 Shawwal 1400 and
    /// 1419), and the first Eid al-Fitr of 2000 (1 Shawwal 1420) is Umm al-Qura's again.
    @Test(arguments: [("Eid al-Fitr 1980", "1980-08-11"), ("Eid al-Fitr 1999", "1999-01-18"), ("Eid al-Fitr 2000", "2000-01-08")])
    func islamicYearsBeforeUmmAlQurasRuleAreAstronomical(_ holiday: String, _ day: String) throws {
        #expect(try Self.value("\(holiday) was quiet.", Self.thursday) == day)
    }

    @Test func theLongestHolidayNameWins() throws {
        // "King's Day" (the Netherlands, April 27) is the end of "Martin Luther King's Day".
        #expect(try Self.rendered("Martin Luther King's Day 2024 was cold.", date: Self.thursday) == ["Martin Luther King's Day 2024=2024-01-15"])
        #expect(try Self.rendered("King's Day 2024 was warm.", date: Self.thursday) == ["King's Day 2024=2024-04-27"])
    }

    @Test func aHolidayOfSeveralDaysIsPickedByTenseLikeOneDay() throws {
        #expect(try Self.value("They met during Hanukkah.", Self.thursday) == "2022-12-19/2022-12-26")
        #expect(try Self.value("The family will celebrate Hanukkah.", Self.thursday) == "2023-12-08/2023-12-15")
        #expect(try Self.value("Ramadan began.", Self.thursday) == "2023-03-23/2023-04-20")
    }

    @Test func thanksgivingIsTheFourthThursdayOfNovember() throws {
        for (year, day) in [2013: "2013-11-28", 2018: "2018-11-22", 2023: "2023-11-23", 2024: "2024-11-28"] {
            #expect(try Self.value("Thanksgiving \(year) was quiet.", Self.thursday) == day)
        }
    }

    @Test func clockTimeZonesBecomeOffsets() throws {
        #expect(try Self.value("It starts at 3 p.m. GMT.", Self.thursday) == "2023-12-07T15:00Z")
        #expect(try Self.value("It starts at 3 p.m. UTC.", Self.thursday) == "2023-12-07T15:00Z")
        #expect(try Self.value("It starts at 9 a.m. EST.", Self.thursday) == "2023-12-07T09:00-05:00")
        #expect(try Self.value("It starts at 15:00 CET.", Self.thursday) == "2023-12-07T15:00+01:00")
        #expect(try Self.value("It starts at 12 a.m.", Self.thursday) == "2023-12-07T00:00")
        #expect(try Self.value("It starts at 12 p.m.", Self.thursday) == "2023-12-07T12:00")
    }

    // MARK: - Rules added in the redo of issue 10 (docs/numbers.md)

    @Test func aYearlessDateTakesItsYearByTense() throws {
        #expect(try Self.value("The law was passed on Jan. 18.", Self.thursday) == "2023-01-18")
        #expect(try Self.value("The trial will begin on Nov. 30.", Self.thursday) == "2024-11-30")
        // Without a tense, the nearest: January 18 is six weeks ahead.
        #expect(try Self.value("Talks on Jan. 18.", Self.thursday) == "2024-01-18")
    }

    @Test func aWeekendWithoutAShiftGoesByTense() throws {
        #expect(try Self.value("Protesters marched at the weekend.", Self.thursday) == "2023-W48-WE")
        #expect(try Self.value("Protesters will march at the weekend.", Self.thursday) == "2023-W49-WE")
        // On a Sunday the past weekend is the one under way.
        #expect(try Self.value("Protesters marched at the weekend.", "2023-12-10") == "2023-W49-WE")
        // "over the weekend" without a tense word is one gone by.
        #expect(try Self.value("Protests spread over the weekend.", Self.thursday) == "2023-W48-WE")
    }

    @Test func theNthWeekOfAMonthIsTheNthISOWeekWithItsThursdayInIt() throws {
        // March 2024 begins on a Friday: its first Thursday is March 7, in 2024-W10.
        #expect(try Self.value("Talks resume in the first week of March 2024.", Self.thursday) == "2024-W10")
        // November 2023's last Thursday is the 30th, in 2023-W48.
        #expect(try Self.value("Sales fell in the last week of November.", Self.thursday) == "2023-W48")
        #expect(try Self.value("Sales fell on the last Friday of November.", Self.thursday) == "2023-11-24")
        #expect(try Self.value("The vote is on the fifth Monday of February 2024.", Self.thursday) == "XXXX-XX-XX")
    }

    @Test func aDayOfTheMonthAloneIsInTheDocumentMonthByTense() throws {
        #expect(try Self.value("Shares fell on the 5th.", Self.thursday) == "2023-12-05")
        #expect(try Self.value("Shares fell on the 20th.", Self.thursday) == "2023-11-20")
        #expect(try Self.value("Shares will open on the 2nd.", Self.thursday) == "2024-01-02")
        // A month without the day gives way to the one before that has it.
        #expect(try Self.value("Shares fell on the 31st.", "2023-12-07") == "2023-10-31")
        #expect(try Self.value("He was the 5th person to resign.", Self.thursday) == nil)
    }

    @Test func aDayOfACountedMonthNeedsNoPrepositionAndMayBeCardinal() throws {
        #expect(try Self.rendered("Rents are due 5th of next month.", date: Self.thursday) == ["5th of next month=2024-01-05"])
        #expect(try Self.rendered("It closed the 3rd day of the previous month.", date: Self.thursday)
                == ["the 3rd day of the previous month=2023-11-03"])
        #expect(try Self.rendered("Pay by 28 of this month.", date: Self.thursday) == ["28 of this month=2023-12-28"])
        #expect(try Self.rendered("The 10th of the next month is a Wednesday.", date: Self.thursday) == ["The 10th of the next month=2024-01-10"])
        // No counted month after "of": a count of things.
        #expect(try Self.rendered("20 of them left.", date: Self.thursday) == [])
        #expect(try Self.rendered("He won 20 of this month's games.", date: Self.thursday) == ["this month=2023-12"])
        #expect(try Self.rendered("The 40th of next month never comes.", date: Self.thursday) == ["next month=2024-01"])
    }

    @Test func minutesCountedFromAClockTime() throws {
        let date = "2013-02-12"
        #expect(try Self.rendered("They met at a quarter past 3pm.", date: date) == ["a quarter past 3pm=2013-02-12T15:15"])
        #expect(try Self.rendered("It starts at half past 3 p.m. GMT.", date: date) == ["half past 3 p.m. GMT=2013-02-12T15:30Z"])
        #expect(try Self.rendered("We land 20 minutes to 2pm tomorrow.", date: date) == ["20 minutes to 2pm tomorrow=2013-02-13T13:40"])
        #expect(try Self.rendered("Twenty past noon, they left.", date: date) == ["Twenty past noon=2013-02-12T12:20"])
        #expect(try Self.rendered("It ended a quarter to midnight on Sunday.", date: date) == ["a quarter to midnight on Sunday=2013-02-10T23:45"])
        // Without "minutes", a count before "to" is a range and before "after" a count of things.
        #expect(try Self.rendered("Police arrested 12 after 9 p.m.", date: date) == ["9 p.m.=2013-02-12T21:00"])
        #expect(try Self.rendered("It ended at ten to five p.m.", date: date) == ["five p.m.=2013-02-12T17:00"])
    }

    @Test func aClockRangePastMidnightEndsTheNextDay() throws {
        #expect(try Self.value("The curfew runs from 10 p.m. to 5 a.m.", Self.thursday) == "2023-12-07T22:00/2023-12-08T05:00")
        #expect(try Self.value("Polls close between 2 and 4 p.m.", Self.thursday) == "2023-12-07T14:00/2023-12-07T16:00")
        #expect(try Self.value("Polls close between 11 and 1 p.m.", Self.thursday) == "2023-12-07T11:00/2023-12-07T13:00")
    }

    @Test func usZonesWithoutTheirSeasonFollowTheUSDaylightRule() throws {
        // 2024: daylight time from March 10 to November 3.
        #expect(try Self.value("It starts at 9 a.m. ET.", "2024-03-09") == "2024-03-09T09:00-05:00")
        #expect(try Self.value("It starts at 9 a.m. ET.", "2024-03-10") == "2024-03-10T09:00-04:00")
        #expect(try Self.value("It starts at 9 a.m. PT.", "2024-11-02") == "2024-11-02T09:00-07:00")
        #expect(try Self.value("It starts at 9 a.m. PT.", "2024-11-03") == "2024-11-03T09:00-08:00")
        // 2006: from the first Sunday of April (the 2nd).
        #expect(try Self.value("It starts at 9 a.m. CT.", "2006-03-20") == "2006-03-20T09:00-06:00")
        #expect(try Self.value("It starts at 9 a.m. CT.", "2006-04-02") == "2006-04-02T09:00-05:00")
    }

    @Test func digitDatesAreReadWhereTheirOrderIsClear() throws {
        #expect(try Self.value("It was dated 2015-3-3.", Self.thursday) == "2015-03-03")
        #expect(try Self.value("Output in 2014/10 fell.", Self.thursday) == "2014-10")
        #expect(try Self.value("Output in 2014-10 fell.", Self.thursday) == "2014-10")
        #expect(try Self.value("Output in 10/2014 fell.", Self.thursday) == "2014-10")
        #expect(try Self.value("Output in 2010/11 fell.", Self.thursday) == "2010/2011")
        #expect(try Self.value("It was dated 25/12/22.", Self.thursday) == "2022-12-25")
        #expect(try Self.value("It was dated 3/3/99.", Self.thursday) == "1999-03-03")
        // "4/5/19" is April 5 or May 4: no date.
        #expect(try Self.value("It was dated 4/5/19.", Self.thursday) == nil)
    }

    @Test func aHouseNumberIsNoYearButAYearAfterInIs() throws {
        #expect(try Self.value("He lives at 1600 Pennsylvania Avenue.", Self.thursday) == nil)
        // The year stays a year only while the entity tagger leaves it out of the street's name
        // (session 11's model took "2020 Main Street" for a LOC, session 12's does not).
        #expect(try Self.value("In 2020 Main Street shops closed.", Self.thursday) == "2020")
    }

    @Test func theWeekOfADateIsItsISOWeek() throws {
        #expect(try Self.value("Results are expected in the week of March 4.", Self.thursday) == "2024-W10")
        #expect(try Self.value("Talks were held the week of Nov. 27.", Self.thursday) == "2023-W48")
    }

    @Test func aClockTimeAfterADateAndACommaIsOnThatDate() throws {
        #expect(try Self.value("The strike began on Monday, Dec. 4, at 6 a.m.", Self.thursday) == "2023-12-04T06:00")
    }

    /// The tense nearest the whole expression decides, not the one nearest its last word: in
    /// "resumed on the third Tuesday of September and will end", "resumed" is nearer "the
    /// third Tuesday" than "will" is, though "will" is nearer "September".
    @Test func theTenseIsTheOneNearestTheWholeExpression() throws {
        #expect(try Self.value("The talks resumed on the third Tuesday of September and will end in May.", Self.thursday) == "2023-09-19")
        #expect(try Self.value("The talks will resume on the third Tuesday of September, officials said.", Self.thursday) == "2024-09-17")
        #expect(try Self.value("Fighting broke out over the weekend, and talks will resume.", Self.thursday) == "2023-W48-WE")
    }

    @Test func aShiftedWeekdayKeepsItsPartOfTheDay() throws {
        #expect(try Self.value("It happened last Thursday night.", Self.thursday) == "2023-11-30TNI")
    }

    @Test func aQuarterInASentenceAboutAGameIsNoDate() throws {
        #expect(try Self.value("The Bears led in the third quarter.", Self.thursday) == nil)
        #expect(try Self.value("Profits rose in the third quarter.", Self.thursday) == "2023-Q3")
        #expect(try Self.value("The Bears led in the third quarter of 2022.", Self.thursday) == "2022-Q3")
    }

    @Test func indiasHolidaysComeFromTheirTable() throws {
        // Published dates (India's holiday lists).
        #expect(try Self.value("Diwali 2023 fell on a Sunday.", Self.thursday) == "2023-11-12")
        #expect(try Self.value("Holi 2024 was in March.", Self.thursday) == "2024-03-25")
        #expect(try Self.value("Crowds gathered for Dussehra last year.", Self.thursday) == "2022-10-05")
        #expect(try Self.value("Families will celebrate Diwali.", Self.thursday) == "2024-10-31")
        // Outside the table's years only the year written is known: no guess at the day.
        #expect(try Self.value("Diwali 2050 will be late.", Self.thursday) == "2050")
    }

    @Test func orthodoxEasterFollowsTheJulianComputus() throws {
        // Published dates of Orthodox Easter.
        for (year, day) in [2018: "2018-04-08", 2023: "2023-04-16", 2024: "2024-05-05", 2025: "2025-04-20"] {
            #expect(try Self.value("Orthodox Easter \(year) was late.", Self.thursday) == day)
        }
    }

    /// Seed 000 has no dateline: its weekdays keep their placeholders until the document date
    /// is given, and then every date reference in it resolves.
    @Test func theFirstSeedResolvesOnceItsDateIsGiven() throws {
        let seed = try #require(try Fixtures.seeds().first { $0.lastPathComponent.hasPrefix("000_") })
        let text = try Fixtures.text(seed)
        let undated = try Self.rendered(text, date: nil)
        #expect(undated.contains("Thursday=XXXX-WXX-4"))
        let dated = try Self.rendered(text, date: Self.thursday)
        #expect(dated.allSatisfy { !$0.contains("XX") }, "\(dated)")
        #expect(dated == ["Thursday, December 7=2023-12-07", "September=2023-09", "Thursday=2023-12-07",
                          "Thursday=2023-12-07", "Today=2023-12-07", "Thursday=2023-12-07", "September=2023-09",
                          "early 1990s=199X", "the fall of 2020=2020-FA", "Monday=2023-12-04", "mid-November=2023-11",
                          "November=2023-11", "December=2023-12", "October=2023-10"])
    }

    // MARK: - Rules from the session-10 blind table's misses

    @Test func aWeekdayWrittenWithADatePicksItsYear() throws {
        // January 8 is a Monday in 2024 only (of 2022-2024): the weekday outweighs the past tense.
        #expect(try Self.value("The hearing was postponed to Monday, Jan. 8.", Self.thursday) == "2024-01-08")
        #expect(try Self.value("The deal was signed on Friday, Jan. 6.", Self.thursday) == "2023-01-06")
        // The nearest year has it on another weekday: the tense decides, as without a weekday
        // (a slip of the weekday is likelier than a date a year off: "Labor Day, Monday,
        // September 1" under 1996-08-22 stays 1996's, where September 1 was a Sunday).
        #expect(try Self.value("The hearing was held on Tuesday, Jan. 8.", Self.thursday) == "2023-01-08")
        #expect(try Self.value("Markets will shut on Monday, September 1.", "1996-08-22") == "1996-09-01")
    }

    @Test func wordsThatEndANounPhraseGiveNoTenseUnlessPast() throws {
        // "work" ends a noun phrase, but it is no past form.
        #expect(try Self.value("Strikers will return to work on Monday.", Self.thursday) == "2023-12-11")
        #expect(try Self.value("Strikers Will Return To Work On Monday", Self.thursday) == "2023-12-11")
        #expect(try Self.value("Miners worked on Monday.", Self.thursday) == "2023-12-04")
    }

    @Test func monthsJoinedNameAQuarterOrARange() throws {
        #expect(try Self.value("Growth slowed in the April-June quarter.", Self.thursday) == "2023-Q2")
        #expect(try Self.value("Profits rose in the Oct-Dec quarter of 2022.", Self.thursday) == "2022-Q4")
        #expect(try Self.value("The drought lasted June-August.", Self.thursday) == "2023-06/2023-08")
        // The last month picks the year, the first shares it: not next January to this April.
        #expect(try Self.value("Exports rose in Jan-April.", "1996-08-22") == "1996-01/1996-04")
        #expect(try Self.value("Exports rose in Jan-April.", nil) == "XXXX-01/XXXX-04")
        #expect(try Self.value("The January-April 1995 figure was revised.", "1996-08-22") == "1995-01/1995-04")
        // Not a calendar quarter's months: no quarter, the months.
        #expect(try Self.value("Sales fell in the May-July period.", Self.thursday) == "2023-05/2023-07")
        #expect(try Self.value("Prices rose in mid-November.", Self.thursday) == "2023-11")
    }

    @Test func halfLabelsNeedAYear() throws {
        #expect(try Self.value("Sales in H2 2023 were strong.", Self.thursday) == "2023-H2")
        #expect(try Self.value("He holds an H1 visa.", Self.thursday) == nil)
        #expect(try Self.value("Ford posts 77 percent net drop in H1 96.", Self.thursday) == "1996-H1")
        #expect(try Self.rendered("Sales rose in Q3 23 percent.", date: Self.thursday) == ["Q3=2023-Q3"])
    }

    @Test func wireAndBritishClocks() throws {
        #expect(try Self.value("Trading resumed at 0600 GMT.", Self.thursday) == "2023-12-07T06:00Z")
        #expect(try Self.value("The deadline is 2359 UTC.", Self.thursday) == "2023-12-07T23:59Z")
        // Four digits without a zone, or no hour of the clock, stay numbers.
        #expect(try Self.value("He paid 1420 dollars.", Self.thursday) == nil)
        #expect(try Self.value("It cost 2500 GMT shares.", Self.thursday) == nil)
        #expect(try Self.value("Doors open at 9.30am.", Self.thursday) == "2023-12-07T09:30")
        #expect(try Self.value("The match kicks off at 7.45 p.m. on Friday.", Self.thursday) == "2023-12-08T19:45")
        #expect(try Self.value("The index rose 9.30 points.", Self.thursday) == nil)
        #expect(try Self.value("Offices will open 9:00-17:30 on Monday.", Self.thursday) == "2023-12-11T09:00/2023-12-11T17:30")
    }

    @Test func digitDatesWithPointsOrLeadingZeros() throws {
        #expect(try Self.value("The order was dated 31.10.2023.", Self.thursday) == "2023-10-31")
        #expect(try Self.value("The order was dated 7.12.2023.", Self.thursday) == "2023-12-07")
        #expect(try Self.value("The memo was dated 04/11/2023.", Self.thursday) == "2023-04-11")
        #expect(try Self.value("Release 2.0.1 shipped.", Self.thursday) == nil)
        #expect(try Self.value("The order was dated 31.02.2023.", Self.thursday) == nil)
    }

    @Test func fromADateOnwardsIsBoundedBelow() throws {
        #expect(try Self.rendered("Attacks rose from 2021 onwards.", date: Self.thursday, withModifier: true) == ["2021=2021 at_least"])
        #expect(try Self.rendered("The rules apply from Monday onward.", date: Self.thursday, withModifier: true)
                == ["Monday=2023-12-04 at_least"])
        #expect(try Self.rendered("Attacks rose from 2021.", date: Self.thursday, withModifier: true) == ["2021=2021"])
    }

    // MARK: - Rules from the session-12 blind table's misses

    @Test func theDayOfACountedMonthAfterAPreposition() throws {
        // Session 11 read "20th of next month" without "the" and lost it with "the" (found in
        // session 12: the open-forms table fell to 62 of 65 under its floor).
        #expect(try Self.rendered("The hearing will take place on the 20th of this month.", date: Self.thursday)
                == ["the 20th of this month=2023-12-20"])
        #expect(try Self.rendered("The order was issued on the 3rd of last month.", date: Self.thursday)
                == ["the 3rd of last month=2023-11-03"])
        #expect(try Self.rendered("Payments stop on the 5th.", date: Self.thursday) == ["the 5th=2023-12-05"])
    }

    @Test func fiscalYearLabels() throws {
        #expect(try Self.rendered("FY2024 revenue rose 12%.", date: Self.thursday) == ["FY2024=2024"])
        #expect(try Self.rendered("The FY24 outlook was cut.", date: Self.thursday) == ["FY24=2024"])
        #expect(try Self.rendered("Its FY 2025 guidance disappointed.", date: Self.thursday) == ["FY 2025=2025"])
        // Lowercase, or other digits, is no fiscal year.
        #expect(try Self.rendered("The fy2024 file was lost.", date: Self.thursday) == [])
        #expect(try Self.rendered("The FY123 form was filed.", date: Self.thursday) == [])
    }

    @Test func overBeforeYearsSaysDuringNotMoreThan() throws {
        #expect(try Self.rendered("Average prices fell 2% over 2020-21.", date: Self.thursday, withModifier: true)
                == ["2020-21=2020/2021"])
        #expect(try Self.rendered("Output grew over 2019-2022.", date: Self.thursday, withModifier: true) == ["2019-2022=2019/2022"])
        // A count stays bounded: "over 2,000" is more than 2,000.
        #expect(try NumberRendering.mentions("Over 2,000 people fled.") == ["Over 2,000: cardinal 2000 more_than -> people"])
    }

    @Test func throughTheWeekendSaysDuring() throws {
        #expect(try Self.rendered("Talks continued through the weekend.", date: Self.thursday, withModifier: true)
                == ["the weekend=2023-W48-WE"])
        // Before a day, "through" still bounds it.
        #expect(try Self.rendered("The offer is valid through Sunday.", date: Self.thursday, withModifier: true)
                == ["Sunday=2023-12-10 at_most"])
    }

    @Test func positionWordsAndSidesOfACentury() throws {
        #expect(try Self.rendered("The chapel dates to the late 18th century.", date: Self.thursday) == ["late 18th century=17"])
        #expect(try Self.rendered("It was built in the early 20th century.", date: Self.thursday) == ["early 20th century=19"])
        // A century's article stays outside, as a decade's, and the word before it bounds it.
        #expect(try Self.rendered("The town has stood since the 12th century.", date: Self.thursday, withModifier: true)
                == ["12th century=11 at_least"])
    }
}
