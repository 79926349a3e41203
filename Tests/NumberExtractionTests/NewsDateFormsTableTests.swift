import Byline
import Testing
import TestSupport

/// A third blind table of news sentences, written for the redo of issue 10 before any change
/// to the reader, of the forms that issue still lists as missed: weekends by tense, the nth
/// weekday and the nth week of a month, "the 5th" alone, day ranges with one month, yearless
/// dates by tense, clock ranges, "October last year", "the fourth quarter of last year",
/// "three days after Easter", range ends ("until", "through", "since", "by"), the US zones ET,
/// CT, PT and their DST, digit forms ("2015-3-3", "2014/10", "2/2013", "3/3/15"), holidays in
/// news use (also Diwali and Chinese New Year), and negatives (a game's quarter, "Mr Sunday", a
/// house number, a fraction). Scored as `TimeExpressionTests` scores its table. Several document
/// dates besides the Thursday 2023-12-07, so no rule is tuned to one date.
///
/// Conventions chosen while writing: a weekend without "last"/"this"/"next" goes by tense like
/// a weekday (past: the last weekend that began on or before the document date; future: the
/// next one not yet over); the nth week of a month is the nth ISO week whose Thursday is in the
/// month ("the last week": the last such week), as an ISO week belongs to its Thursday's year;
/// "the 5th" alone is that day of the document's month, moved a month back (past) or on
/// (future) when the tense says so; a yearless date's year follows the tense like a month's;
/// ET/CT/MT/PT are standard or daylight time by the US rule on the day of the clock time;
/// "YYYY/MM" is a month unless MM is the next year's last two digits ("2019/20": two years);
/// with a two-digit year, "d/m/yy" and "m/d/yy" are read only when the order is clear (a part
/// above 12, or day and month equal; with a four-digit year US order decides, as before); a
/// two-digit year is 20yy (00-50 after the first run: 51-99 are 19yy).
///
/// First run, before any change to the reader: 35 of 89 (39.3%). Misses: weekends by tense,
/// nth weekday and week of a month, "the 5th" alone, yearless dates by tense (nearest before),
/// day and clock ranges, "October last year" and a quarter or half "of last year", days before
/// or after a holiday, the zones ET/CT/PT, every new digit form, Diwali and Chinese New Year,
/// and the negatives (a game's quarter, "Mr Sunday", two house numbers).
@Suite struct NewsDateFormsTableTests {
    static let thursday = TimeExpressionTests.thursday

    static let cases: [TimeExpressionTests.Case] = [
        // Weekends by tense, also from a Monday and a Sunday.
        ("Protesters clashed with police over the weekend.", thursday, ["the weekend=2023-W48-WE"]),
        ("The fighting at the weekend killed 12 people.", thursday, ["the weekend=2023-W48-WE"]),
        ("The leaders will meet at the weekend.", thursday, ["the weekend=2023-W49-WE"]),
        ("Thousands marched last weekend.", "2024-01-08", ["last weekend=2024-W01-WE"]),
        ("Rescuers worked through the weekend.", "2024-03-10", ["the weekend=2024-W10-WE"]),
        ("Fans will gather next weekend.", thursday, ["next weekend=2023-W50-WE"]),
        ("This weekend's vote could decide the race.", thursday, ["This weekend=2023-W49-WE"]),
        // The nth weekday of a month.
        ("The primary will be held on the first Monday in May.", thursday, ["the first Monday in May=2024-05-06"]),
        ("Markets fell on the last Friday of November.", thursday, ["the last Friday of November=2023-11-24"]),
        ("The holiday falls on the fourth Thursday of November 2021.", thursday,
         ["the fourth Thursday of November 2021=2021-11-25"]),
        ("The board meets on the second Tuesday of next month.", thursday, ["the second Tuesday of next month=2024-01-09"]),
        ("The race took place on the first Sunday of October.", "2024-06-05", ["the first Sunday of October=2023-10-01"]),
        ("Parliament returns on the first Monday of September.", "2024-06-05", ["the first Monday of September=2024-09-02"]),
        // The nth week of a month.
        ("The talks will take place in the first week of March.", thursday, ["the first week of March=2024-W10"]),
        ("Sales slumped in the last week of October.", thursday, ["the last week of October=2023-W43"]),
        ("Snow fell in the third week of January 2022.", thursday, ["the third week of January 2022=2022-W03"]),
        ("Shoppers returned in the first week of December.", thursday, ["the first week of December=2023-W49"]),
        // A day of the month alone.
        ("The deal was signed on the 4th.", thursday, ["the 4th=2023-12-04"]),
        ("Voting will end on the 20th.", thursday, ["the 20th=2023-12-20"]),
        ("The attack happened on the 28th.", thursday, ["the 28th=2023-11-28"]),
        ("The results will be announced on the 2nd.", thursday, ["the 2nd=2024-01-02"]),
        ("The court met again on the 15th.", "2024-03-20", ["the 15th=2024-03-15"]),
        ("He was the 5th person to resign this year.", thursday, ["this year=2023"]),
        // Day ranges within one month.
        ("The festival will run from July 12 to 14.", thursday, ["from July 12 to 14=2024-07-12/2024-07-14"]),
        ("The strike lasted Nov. 20-24.", thursday, ["Nov. 20-24=2023-11-20/2023-11-24"]),
        ("Talks were held between 10 and 12 October.", thursday, ["between 10 and 12 October=2023-10-10/2023-10-12"]),
        ("The fair will be open June 3 to 5.", thursday, ["June 3 to 5=2024-06-03/2024-06-05"]),
        // A yearless date's year by tense.
        ("The law was passed on Jan. 18.", thursday, ["Jan. 18=2023-01-18"]),
        ("The trial will begin on Nov. 30.", thursday, ["Nov. 30=2024-11-30"]),
        ("The summit ended on Feb. 2.", "2024-01-15", ["Feb. 2=2023-02-02"]),
        ("The new rules take effect on March 1.", thursday, ["March 1=2024-03-01"]),
        // Clock ranges.
        ("Polls will be open from 8 a.m. to 6 p.m. on Sunday.", thursday,
         ["from 8 a.m. to 6 p.m. on Sunday=2023-12-10T08:00/2023-12-10T18:00"]),
        ("Trading was halted from 9:30 to 11:00 on Thursday.", thursday,
         ["from 9:30 to 11:00 on Thursday=2023-12-07T09:30/2023-12-07T11:00"]),
        ("The office is open 3-5 p.m.", thursday, ["3-5 p.m.=2023-12-07T15:00/2023-12-07T17:00"]),
        ("Power was cut between 1 p.m. and 3 p.m.", thursday, ["between 1 p.m. and 3 p.m.=2023-12-07T13:00/2023-12-07T15:00"]),
        ("The museum will open from noon to 4 p.m. tomorrow.", thursday,
         ["from noon to 4 p.m. tomorrow=2023-12-08T12:00/2023-12-08T16:00"]),
        ("Voting was slow between 9 and 11 a.m.", thursday, ["between 9 and 11 a.m.=2023-12-07T09:00/2023-12-07T11:00"]),
        // A month, quarter or half of a shifted year; days from a holiday.
        ("Inflation peaked in October last year.", "2024-06-05", ["October last year=2023-10"]),
        ("The plant will reopen in March next year.", thursday, ["March next year=2024-03"]),
        ("Sales rose in July this year.", thursday, ["July this year=2023-07"]),
        ("Profits fell in the fourth quarter of last year.", "2024-06-05", ["the fourth quarter of last year=2023-Q4"]),
        ("Growth will pick up in the first quarter of next year.", thursday, ["the first quarter of next year=2024-Q1"]),
        ("Exports slowed in the second half of last year.", thursday, ["the second half of last year=2022-H2"]),
        ("The riots began three days after Easter.", thursday, ["three days after Easter=2023-04-12"]),
        ("The sale starts two days before Christmas.", thursday, ["two days before Christmas=2023-12-23"]),
        ("Shops reopened the day after Thanksgiving.", thursday, ["the day after Thanksgiving=2023-11-24"]),
        ("The deal will close early next week.", thursday, ["early next week=2023-W50"]),
        ("Results are due later this month.", thursday, ["later this month=2023-12"]),
        ("The report will be published by the end of next week.", thursday, ["the end of next week=2023-W50"]),
        // Range ends: the word stays out of the span.
        ("The ban will last until Feb. 15.", thursday, ["Feb. 15=2024-02-15"]),
        ("The exhibition runs through March.", thursday, ["March=2024-03"]),
        ("Prices have risen since Monday.", thursday, ["Monday=2023-12-04"]),
        ("Since March 2020, the border has been closed.", thursday, ["March 2020=2020-03"]),
        ("The report is due by Friday.", thursday, ["Friday=2023-12-08"]),
        ("The offer is valid through Dec. 31.", thursday, ["Dec. 31=2023-12-31"]),
        // US zones, standard and daylight time.
        ("The polls close at 9 p.m. PT.", thursday, ["9 p.m. PT=2023-12-07T21:00-08:00"]),
        ("The speech begins at 10 a.m. ET.", "2024-07-10", ["10 a.m. ET=2024-07-10T10:00-04:00"]),
        ("Markets open at 9:30 a.m. EST.", thursday, ["9:30 a.m. EST=2023-12-07T09:30-05:00"]),
        ("The launch is set for 6 p.m. PST on Friday.", thursday, ["6 p.m. PST on Friday=2023-12-08T18:00-08:00"]),
        ("The market closes at noon ET.", thursday, ["noon ET=2023-12-07T12:00-05:00"]),
        ("The meeting starts at 2 p.m. CT.", "2024-07-10", ["2 p.m. CT=2024-07-10T14:00-05:00"]),
        // Digit forms.
        ("The filing, dated 2015-3-3, was made public.", thursday, ["2015-3-3=2015-03-03"]),
        ("Output in 2014/10 was the lowest on record.", thursday, ["2014/10=2014-10"]),
        ("Revenue fell in the 2019/20 season.", thursday, ["2019/20=2019/2020"]),
        ("The index fell in 2/2013, the data show.", thursday, ["2/2013=2013-02"]),
        ("The memo was dated 3/3/15.", thursday, ["3/3/15=2015-03-03"]),
        ("The contract was signed on 25/12/22.", thursday, ["25/12/22=2022-12-25"]),
        ("He won 2/3 of the vote.", thursday, []),
        // Holidays.
        ("The shops will close on Christmas Eve.", thursday, ["Christmas Eve=2023-12-24"]),
        ("Fireworks are planned for New Year's Eve.", thursday, ["New Year's Eve=2023-12-31"]),
        ("The ceasefire collapsed on Labor Day.", thursday, ["Labor Day=2023-09-04"]),
        ("The parade will be held on Memorial Day.", thursday, ["Memorial Day=2024-05-27"]),
        ("The bill was signed on Veterans Day.", thursday, ["Veterans Day=2023-11-11"]),
        ("The museum will reopen on Good Friday.", thursday, ["Good Friday=2024-03-29"]),
        ("Flowers were sold out before Valentine's Day.", "2024-02-20", ["Valentine's Day=2024-02-14"]),
        ("Markets will be closed on MLK Day.", thursday, ["MLK Day=2024-01-15"]),
        ("Crowds gathered on Halloween.", thursday, ["Halloween=2023-10-31"]),
        ("The stores opened on Boxing Day.", "2024-01-05", ["Boxing Day=2023-12-26"]),
        ("Families will celebrate Chinese New Year in February.", thursday,
         ["Chinese New Year=2024-02-10", "February=2024-02"]),
        ("Fireworks were set off on Diwali.", thursday, ["Diwali=2023-11-12"]),
        ("The bodies were found late Friday night.", thursday, ["late Friday night=2023-12-01TNI"]),
        // Negatives, and their dated look-alikes.
        ("The Bears led 21-7 in the third quarter.", thursday, []),
        ("She scored 30 points in the fourth quarter.", thursday, []),
        ("The company posted record profits in the third quarter.", thursday, ["the third quarter=2023-Q3"]),
        ("Mr Sunday said he was innocent.", thursday, []),
        ("Police found the body at 1600 Main Street.", thursday, []),
        ("The family lives at 2020 Oak Avenue.", thursday, []),
        ("He was sentenced in 1998 to life in prison.", thursday, ["1998=1998"]),
        ("May said the talks had failed.", thursday, []),
    ]

    @Test func blindTablePasses() throws {
        // First run 35 of 89; the level reached since (89), less a little.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date forms", atLeast: 0.95, minimumCases: 60)
    }
}
