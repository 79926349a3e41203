import Testing

/// A seventh blind table of news sentences with dates and date ranges (session 12), our
/// estimate of issue 10's held-back date suite: 90 sentences written before the reader was run
/// on them, in phrasings the earlier tables do not use (wire headlines, attributive weekdays
/// "the Tuesday speech", the date opening the sentence, "the day before yesterday", minutes to
/// a clock, "FY2024", "07.12.2023", "between 7am and 10pm", "through February"), of every kind
/// a news reader meets: weekdays by tense, months, seasons, relative days, weeks, months and
/// years, quarters and halves, holidays, clock times with zones, minutes past and to a clock,
/// date and time together, ranges, one-sided dates, digit dates, decades, centuries, fiscal
/// years, and look-alikes that date nothing. Document dates: mostly the Thursday 2023-12-07,
/// also the Thursday 2024-02-29 (a leap day), the Sunday 2023-12-31 (New Year's Eve), the
/// Tuesday 2021-05-18, the Saturday 2022-10-01, the Friday 2025-08-15, the Monday 2019-03-04,
/// and none. Scored as `TimeExpressionTests` scores its tables, with the modifier after the
/// value.
///
/// Expected values follow docs/numbers.md: "ten past nine" has no clock after "past" (the docs:
/// the clock after it needs what a clock needs alone), so only "this morning" is dated; "the
/// second half of next year" is a half of a counted year; "The previous month" is relative to
/// the document date; "will rule on Monday" on a Monday is the next one, strictly after; "8 p.m.
/// local time" leaves "local time" out. Where the docs are silent, what a news reader would
/// want: "the day before yesterday" and "the day after tomorrow" are two days off; "FY2024" is
/// the year 2024, as "fiscal 2024"; a wire headline's "decision expected Friday" is future (the
/// decision is not yet taken); "through the weekend" in a past clause is the weekend gone by,
/// no side (it says during, not until); "the end of January" after "until" keeps its position
/// words in the span and takes at_most; "2020-21" is the two years, as "2019/20"; "this New
/// Year's Eve" is the coming one; "shortly before midnight" bounds the midnight (less_than),
/// "shortly" outside the span.
///
/// First run, before any change to the reader (sentences and values committed in 3e315c4):
/// **85 of 90 (94.4%)**. Misses: "FY2024" (nothing), "after Diwali" (more_than: the table's
/// slip, docs/numbers.md bounds a date after the word right before it, "after 8 p.m."),
/// "over 2020-21" ("over" read as the bound more_than and kept in the span), "through the
/// weekend" (at_most, where it says during), and "the late 18th century" (the span lost
/// "late"). Fixed since, each as a general rule with its own test in `TimeExpressionTests`:
/// "FY2024", "FY24", "FY 2025" are the year; "over" before years or a date says during and
/// bounds nothing ("over 2,000" still does); "through the weekend" is read by the weekend rule,
/// no side; a century takes position words ("the early 20th century") and, like a decade,
/// leaves its article outside when a side word bounds it. "after Diwali" was the table's slip
/// against docs/numbers.md ("after 8 p.m." is more_than): its expectation now follows the docs.
/// Now 90 of 90 (no longer blind).
@Suite struct NewsDateBlind2TableTests {
    static let thursday = TimeExpressionTests.thursday
    static let leapDay = "2024-02-29"
    static let newYearsEve = "2023-12-31"
    static let tuesday = "2021-05-18"
    static let saturday = "2022-10-01"
    static let friday = "2025-08-15"
    static let monday = "2019-03-04"

    static let cases: [TimeExpressionTests.Case] = [
        // Weekdays by tense: wire style, attributive, possessive, headline.
        ("Police said the gunman opened fire shortly after dawn on Wednesday.", thursday, ["Wednesday=2023-12-06"]),
        ("Voters head to the polls Sunday in a race seen as too close to call.", thursday, ["Sunday=2023-12-10"]),
        ("The prime minister's Tuesday speech drew jeers from the back benches.", thursday, ["Tuesday=2023-12-05"]),
        ("Talks are set to resume Monday in Geneva.", thursday, ["Monday=2023-12-11"]),
        ("Lender weighs sale of card unit, decision expected Friday -sources", thursday, ["Friday=2023-12-08"]),
        ("A car bomb on Saturday killed five soldiers near the border, the army said.", thursday, ["Saturday=2023-12-02"]),
        ("The jury will resume its deliberations on Thursday.", tuesday, ["Thursday=2021-05-20"]),
        ("Last Thursday's vote was the closest in the assembly's history.", thursday, ["Last Thursday=2023-11-30"]),
        ("Next Tuesday's hearing has been postponed.", thursday, ["Next Tuesday=2023-12-12"]),
        ("The company said on Wednesday it would cut 500 jobs.", leapDay, ["Wednesday=2024-02-28"]),
        ("The strike ended on Friday after nine days.", newYearsEve, ["Friday=2023-12-29"]),
        ("The tribunal will rule on Monday.", monday, ["Monday=2019-03-11"]),
        // Months and seasons.
        ("Inflation peaked in October at 6.2%.", thursday, ["October=2023-10"]),
        ("The new rules come into force in March.", thursday, ["March=2024-03"]),
        ("Construction of the bridge began last spring.", thursday, ["last spring=2023-SP"]),
        ("Exports slumped during the summer.", thursday, ["the summer=2023-SU"]),
        ("The harvest is forecast to recover by autumn 2024.", thursday, ["autumn 2024=2024-FA at_most"]),
        ("Mid-January is the earliest the court could rule.", thursday, ["Mid-January=2024-01"]),
        ("The Boeing 737 MAX was grounded in March 2019.", thursday, ["March 2019=2019-03"]),
        // Relative days, weeks, months and years.
        ("The deal, signed the day before yesterday, runs for five years.", thursday, ["the day before yesterday=2023-12-05"]),
        ("Parliament will vote the day after tomorrow.", thursday, ["the day after tomorrow=2023-12-09"]),
        ("Four days ago, the rebels seized the airport.", thursday, ["Four days ago=2023-12-03"]),
        ("A decision is due in two months.", thursday, ["in two months=2024-02"]),
        ("Earlier this month, the regulator fined the bank.", thursday, ["Earlier this month=2023-12"]),
        ("The previous month, exports had fallen 3%.", thursday, ["The previous month=2023-11"]),
        ("Unemployment will rise next year before easing in 2026.", thursday, ["next year=2024", "2026=2026"]),
        ("Later this week, ministers meet in Brussels.", thursday, ["Later this week=2023-W49"]),
        ("The policy has been in place since last year.", thursday, ["last year=2022 at_least"]),
        ("Rainfall this month could break records.", saturday, ["this month=2022-10"]),
        ("The prime minister resigned this week.", saturday, ["this week=2022-W39"]),
        ("Markets were closed yesterday for a holiday.", friday, ["yesterday=2025-08-14"]),
        ("Last month's figures showed a rebound in hiring.", tuesday, ["Last month=2021-04"]),
        ("Next year's budget is already in deficit.", newYearsEve, ["Next year=2024"]),
        ("Tomorrow, the clocks of the old town hall will chime again.", leapDay, ["Tomorrow=2024-03-01"]),
        // Quarters, halves and fiscal years.
        ("Shipments rose in the second quarter of 2023 but fell in Q3.", thursday,
         ["the second quarter of 2023=2023-Q2", "Q3=2023-Q3"]),
        ("The bank expects a recovery in the second half of next year.", thursday, ["the second half of next year=2024-H2"]),
        ("Q1 2024 results are due on Jan. 25.", thursday, ["Q1 2024=2024-Q1", "Jan. 25=2024-01-25"]),
        ("The government's fiscal 2025 budget runs to 900 pages.", thursday, ["fiscal 2025=2025"]),
        ("FY2024 revenue rose 12%.", thursday, ["FY2024=2024"]),
        // Holidays.
        ("Shoppers spent a record $9.8 billion online on Black Friday.", thursday, ["Black Friday=2023-11-24"]),
        ("Fireworks are banned this New Year's Eve.", thursday, ["this New Year's Eve=2023-12-31"]),
        ("Over Easter, the rail line will be shut.", thursday, ["Easter=2024-03-31"]),
        ("Two turkeys were pardoned ahead of Thanksgiving.", thursday, ["Thanksgiving=2023-11-23"]),
        ("Air quality in Delhi worsened sharply after Diwali.", thursday, ["Diwali=2023-11-12 more_than"]),
        ("Florists said sales on Valentine's Day were the best in years.", leapDay, ["Valentine's Day=2024-02-14"]),
        ("Labor Day traffic is expected to be heavy.", friday, ["Labor Day=2025-09-01"]),
        // Clock times and zones.
        ("The polls close at 8 p.m. local time.", thursday, ["8 p.m.=2023-12-07T20:00"]),
        ("The launch window opens at 10:42 a.m. EDT.", thursday, ["10:42 a.m. EDT=2023-12-07T10:42-04:00"]),
        ("The explosion happened at 2.15am.", thursday, ["2.15am=2023-12-07T02:15"]),
        ("Flights resume at 0600 GMT on Saturday.", thursday, ["0600 GMT on Saturday=2023-12-09T06:00Z"]),
        ("The speech is scheduled for 1900 CET.", thursday, ["1900 CET=2023-12-07T19:00+01:00"]),
        ("Trading in the shares was halted at 11:58 ET.", thursday, ["11:58 ET=2023-12-07T11:58-05:00"]),
        ("Crowds will gather at midnight to watch the fireworks.", newYearsEve, ["midnight=2023-12-31T24:00"]),
        // Minutes past and to a clock.
        ("Service resumed at ten past nine this morning.", thursday, ["this morning=2023-12-07TMO"]),
        ("The vote was called at a quarter to 6pm.", thursday, ["a quarter to 6pm=2023-12-07T17:45"]),
        ("Doors open at half past 7 p.m. on Friday.", thursday, ["half past 7 p.m. on Friday=2023-12-08T19:30"]),
        ("The verdict came at 25 minutes to noon.", thursday, ["25 minutes to noon=2023-12-07T11:35"]),
        // Date and time together.
        ("The ceasefire took effect at 7 a.m. on Dec. 4.", thursday, ["7 a.m. on Dec. 4=2023-12-04T07:00"]),
        ("The statement was released on 5 December 2023 at 14:30 GMT.", thursday,
         ["5 December 2023 at 14:30 GMT=2023-12-05T14:30Z"]),
        ("Tomorrow at noon, the results will be announced.", thursday, ["Tomorrow at noon=2023-12-08T12:00"]),
        ("Late Wednesday night, troops crossed the river.", thursday, ["Late Wednesday night=2023-12-06TNI"]),
        // Ranges.
        ("The festival runs from Dec. 26 through Jan. 2.", thursday, ["from Dec. 26 through Jan. 2=2023-12-26/2024-01-02"]),
        ("Polling stations are open between 7am and 10pm.", thursday, ["between 7am and 10pm=2023-12-07T07:00/2023-12-07T22:00"]),
        ("Between Monday and Wednesday, more than 300 flights were cancelled.", thursday,
         ["Between Monday and Wednesday=2023-12-04/2023-12-06"]),
        ("The 2019-2022 drought was the worst on record.", thursday, ["2019-2022=2019/2022"]),
        ("Average prices fell 2% over 2020-21.", thursday, ["2020-21=2020/2021"]),
        ("Voting runs 3-5 March.", leapDay, ["3-5 March=2024-03-03/2024-03-05"]),
        ("From Jan. 8 to 12, the museum will be closed.", thursday, ["From Jan. 8 to 12=2024-01-08/2024-01-12"]),
        // Dates bounded on one side.
        ("No trains will run after 9 p.m. on Sunday.", thursday, ["9 p.m. on Sunday=2023-12-10T21:00 more_than"]),
        ("Applications must be filed by Jan. 15.", thursday, ["Jan. 15=2024-01-15 at_most"]),
        ("Refugees have been arriving since Oct. 2.", thursday, ["Oct. 2=2023-10-02 at_least"]),
        ("Until 1994, the country was ruled by a single party.", thursday, ["1994=1994 at_most"]),
        ("Fighting eased shortly before midnight.", thursday, ["midnight=2023-12-07T24:00 less_than"]),
        ("The exhibition ran through February.", thursday, ["February=2023-02 at_most"]),
        ("Roadworks will continue until the end of January.", thursday, ["the end of January=2024-01 at_most"]),
        ("Talks continued through the weekend.", thursday, ["the weekend=2023-W48-WE"]),
        // Digit dates.
        ("Filed 2023-11-30, the complaint names six officers.", thursday, ["2023-11-30=2023-11-30"]),
        ("The memo, dated 11/28/2023, was leaked to reporters.", thursday, ["11/28/2023=2023-11-28"]),
        ("The notice, posted 07.12.2023, gave residents a week to leave.", thursday, ["07.12.2023=2023-12-07"]),
        ("The ban has applied since 25/12/22.", thursday, ["25/12/22=2022-12-25 at_least"]),
        // Decades and centuries.
        ("Crime rates have fallen since the mid-1990s.", thursday, ["mid-1990s=199X at_least"]),
        ("The chapel dates to the late 18th century.", thursday, ["late 18th century=17"]),
        ("Sales of vinyl are back to 1980s levels.", thursday, ["1980s=198X"]),
        // No document date: placeholders, a written year still resolves.
        ("Thursday's resignation stunned the capital.", nil, ["Thursday=XXXX-WXX-4"]),
        ("The summit opens in September.", nil, ["September=XXXX-09"]),
        ("The plant closed in the spring of 2009.", nil, ["the spring of 2009=2009-SP"]),
        // Look-alikes that date nothing.
        ("The Sunday Telegraph reported the deal.", thursday, []),
        ("Theresa May said she would step down.", thursday, []),
        ("The 24/7 helpline took 3,000 calls.", thursday, []),
        ("Within a month, the fund had lost half its value.", thursday, []),
    ]

    @Test func blindTablePasses() throws {
        // First run 85 of 90 (94.4%); now 90 of 90, the floor a little under it.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date blind 2", atLeast: 0.95, minimumCases: 90,
                                            withModifier: true)
    }
}
