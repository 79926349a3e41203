import Testing

/// A fifth blind table of news sentences, written in session 9 before any change to the
/// reader, of the forms Duckling's corpus still showed missed: dates bounded on one side
/// ("since 2014", "after 8 p.m.", "before noon", "until Friday", "by March", "till 3 p.m."),
/// clock ranges with "till" or "to" and their day, the weekday of a shifted week ("last week's
/// Friday"), and holidays with a shift or a counted year. Scored as `TimeExpressionTests`
/// scores its tables, with the mention's modifier after the value when it has one; document
/// date the Thursday 2023-12-07.
///
/// Conventions chosen while writing: a date bounded on one side keeps its span and value (the
/// signal word stays out of the span, as the earlier tables have it) and carries the side in
/// the modifier, as TIMEX3's `mod` does: "since" at_least (on or after), "after" more_than,
/// "before" less_than, "until", "till", "through" and "by" at_most (on or before); only right
/// before the date ("after the 2014 election" and "before the vote on Tuesday" bound nothing);
/// "sometime before 2025" is "before 2025"; "until after 10 p.m." is after it.
///
/// First run, before any change to the reader: 9 of 30 (30.0%). Misses: every one-sided date
/// (16: no modifier), the two clock ranges with "till", and the three weekdays of a shifted week.
/// Added after it, each group written and committed before its code ran: India's holidays by
/// other names, first run 3 of 4 (with its code: "falls on a Wednesday" also dated the
/// indefinite weekday); the (nth) last day of a month, first run 0 of 4 (before its code);
/// India's state holidays, first run 4 of 4 (with its code); "by"/"until" before a possessive
/// date, first run 1 of 3 (before its code); "no later than", "starting Monday", "the 20th of
/// next month", "mid day", first run 0 of 8 (before its code); twelve more, first run 9 of 12
/// (before their code: "since the 1990s", "14April 2015", "3 a.m. local time on Tuesday"
/// missed). Now 65 of 65 (tuned on since).
@Suite struct NewsDateOpenFormsTableTests {
    static let thursday = TimeExpressionTests.thursday

    static let cases: [TimeExpressionTests.Case] = [
        // One side of a date: the side in the modifier.
        ("Prices have climbed since 2014.", thursday, ["2014=2014 at_least"]),
        ("The border has been closed since March 2020.", thursday, ["March 2020=2020-03 at_least"]),
        ("No rain had fallen since Monday.", thursday, ["Monday=2023-12-04 at_least"]),
        ("Results are expected after 8 p.m.", thursday, ["8 p.m.=2023-12-07T20:00 more_than"]),
        ("The talks will not begin before noon.", thursday, ["noon=2023-12-07T12:00 less_than"]),
        ("The ceasefire will hold until Friday.", thursday, ["Friday=2023-12-08 at_most"]),
        ("The report is due by March.", thursday, ["March=2024-03 at_most"]),
        ("The plant will run until 2030.", thursday, ["2030=2030 at_most"]),
        ("The country aims to cut emissions to zero by 2050.", thursday, ["2050=2050 at_most"]),
        ("Sales slumped after Christmas.", thursday, ["Christmas=2022-12-25 more_than"]),
        ("The exhibition stays open through Sunday.", thursday, ["Sunday=2023-12-10 at_most"]),
        ("He had lived in Paris before 1990.", thursday, ["1990=1990 less_than"]),
        ("Trading will be suspended till 3 p.m.", thursday, ["3 p.m.=2023-12-07T15:00 at_most"]),
        ("Flights were grounded until Dec. 5.", thursday, ["Dec. 5=2023-12-05 at_most"]),
        ("The deal could be signed sometime before 2025.", thursday, ["2025=2025 less_than"]),
        ("Results are not expected until after 10 p.m.", thursday, ["10 p.m.=2023-12-07T22:00 more_than"]),
        // Look-alikes that bound no date.
        ("The team won by 2 points in 2014.", thursday, ["2014=2014"]),
        ("She joined the party after the 2014 election.", thursday, ["2014=2014"]),
        ("Since then, 2,000 people have left.", thursday, []),
        ("The law was passed in 2014.", thursday, ["2014=2014"]),
        ("Shares rose 5% before the vote on Tuesday.", thursday, ["Tuesday=2023-12-05"]),
        // "by" before a possessive date names an agent (added after the first run, written before their code ran).
        ("The rally was overshadowed by Monday's attack.", thursday, ["Monday=2023-12-04"]),
        ("Shares were lifted by 2023's rally in tech stocks.", thursday, ["2023=2023"]),
        ("The talks were delayed until Monday's summit.", thursday, ["Monday=2023-12-04 at_most"]),
        // "no later than", "no earlier than", "starting"; a day of a counted month; "mid day"
        // (added after the first run, written before their code ran).
        ("Applications must be filed no later than March 31.", thursday, ["March 31=2024-03-31 at_most"]),
        ("The vote will be held no earlier than 2025.", thursday, ["2025=2025 at_least"]),
        ("Starting Monday, masks will be required on buses.", thursday, ["Monday=2023-12-11 at_least"]),
        ("The hearing will take place on the 20th of this month.", thursday, ["the 20th of this month=2023-12-20"]),
        ("Payments resume on the 5th of next month.", thursday, ["the 5th of next month=2024-01-05"]),
        ("The order was issued on the 3rd of last month.", thursday, ["the 3rd of last month=2023-11-03"]),
        ("The protest began at mid day.", thursday, ["mid day=2023-12-07T12:00"]),
        ("Trading halted at mid-day.", thursday, ["mid-day=2023-12-07T12:00"]),
        // More one-sided dates and news forms (added after the first run, written before any code for them).
        ("The office has been closed since last week.", thursday, ["last week=2023-W48 at_least"]),
        ("Rates have been frozen since early 2022.", thursday, ["early 2022=2022 at_least"]),
        ("Since the 1990s, the city has doubled in size.", thursday, ["1990s=199X at_least"]),
        ("He has been missing since Christmas Eve.", thursday, ["Christmas Eve=2022-12-24 at_least"]),
        ("Before Thanksgiving, prices had risen.", thursday, ["Thanksgiving=2023-11-23 less_than"]),
        ("The festival runs through Jan. 5.", thursday, ["Jan. 5=2024-01-05 at_most"]),
        ("By mid-2024, rates will fall.", thursday, ["mid-2024=2024 at_most"]),
        ("The museum is closed until further notice.", thursday, []),
        ("The deadline is midnight Friday.", thursday, ["midnight Friday=2023-12-08T24:00"]),
        ("The peace deal was signed on 14April 2015.", thursday, ["14April 2015=2015-04-14"]),
        ("The rules apply from Jan. 1.", thursday, ["Jan. 1=2024-01-01"]),
        ("The blast happened at 3 a.m. local time on Tuesday.", thursday, ["3 a.m. local time on Tuesday=2023-12-05T03:00"]),
        // Clock ranges with "till" or "to" and their day.
        ("Polls will be open from 9 a.m. till noon on Friday.", thursday,
         ["from 9 a.m. till noon on Friday=2023-12-08T09:00/2023-12-08T12:00"]),
        ("The vote will be held Tuesday from 10 a.m. till 4 p.m.", thursday,
         ["Tuesday from 10 a.m. till 4 p.m.=2023-12-12T10:00/2023-12-12T16:00"]),
        ("Roads were closed on Sunday from 6 a.m. to 2 p.m.", thursday,
         ["Sunday from 6 a.m. to 2 p.m.=2023-12-03T06:00/2023-12-03T14:00"]),
        ("The market opens from 8:30 to 11:00 on Monday.", thursday,
         ["from 8:30 to 11:00 on Monday=2023-12-11T08:30/2023-12-11T11:00"]),
        // The weekday of a shifted week.
        ("Last week's Friday deadline passed quietly.", thursday, ["Last week's Friday=2023-12-01"]),
        ("This week's Tuesday meeting was cancelled.", thursday, ["This week's Tuesday=2023-12-05"]),
        ("Next week's Monday session will be televised.", thursday, ["Next week's Monday=2023-12-11"]),
        // Holidays with a shift or a counted year.
        ("Schools will close next Martin Luther King Day.", thursday, ["next Martin Luther King Day=2024-01-15"]),
        ("Parades were held on Civil Rights Day last year.", thursday, ["Civil Rights Day last year=2022-01-17"]),
        // India's holidays by other names (added after the first run, written before their code ran).
        ("Guru Gobind Singh Jayanti 2024 falls on a Wednesday.", thursday, ["Guru Gobind Singh Jayanti 2024=2024-01-17"]),
        ("Hindus in Guyana celebrated Phagwah with coloured powder.", thursday, ["Phagwah=2023-03-08"]),
        ("Women fasted for Karva Chauth.", thursday, ["Karva Chauth=2023-11-01"]),
        ("Kolkata marked Rabindranath Jayanti in 2022.", thursday, ["Rabindranath Jayanti in 2022=2022-05-09"]),
        // India's state holidays (added after the first run, written before their code ran).
        ("Maha Saptami 2021 fell on a Tuesday.", thursday, ["Maha Saptami 2021=2021-10-12"]),
        ("Farmers lit bonfires for Bhogi in 2019.", thursday, ["Bhogi in 2019=2019-01-14"]),
        ("Cattle were decorated for Mattu Pongal 2018.", thursday, ["Mattu Pongal 2018=2018-01-15"]),
        ("Families picnicked on Kaanum Pongal in 2018.", thursday, ["Kaanum Pongal in 2018=2018-01-16"]),
        // The last day of a month, and the nth last (added after the first run, written before their code ran).
        ("The offer expires on the last day of May.", thursday, ["the last day of May=2024-05-31"]),
        ("The deal was signed on the second last day of June.", thursday, ["the second last day of June=2023-06-29"]),
        ("Talks will end on the last day of the month.", thursday, ["the last day of the month=2023-12-31"]),
        ("Ballots are due on the last day of February 2024.", thursday, ["the last day of February 2024=2024-02-29"]),
    ]

    @Test func blindTablePasses() throws {
        // First run 9 of 30; the level reached since (65 of 65), less a little.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date open forms", atLeast: 0.95, minimumCases: 65,
                                            withModifier: true)
    }
}
