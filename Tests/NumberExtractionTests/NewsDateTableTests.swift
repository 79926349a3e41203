import Byline
import Testing
import TestSupport

/// A second blind table of news sentences with dates and date ranges, written before any
/// change to the reader for issue 10, of forms the first table (`TimeExpressionTests`) does
/// not cover: explicit dates in every common written form, years and decades, ranges, nth
/// weekdays of a month, weekends, weeks of a month, weekday abbreviations, clock ranges, parts
/// of a day, "a week from Friday", "the day before yesterday", "since"/"until", and negatives.
/// Scored as `TimeExpressionTests` scores its table (every dated mention's span and value).
///
/// Conventions chosen while writing (TIMEX3 where it decides): decades `199X`, a century its
/// two digits (`18` for the 19th); "fiscal 2024" is the year written (a fiscal year's months
/// are the company's, not in the text); "since"/"until" stay out of the span, their month or
/// year is the value; "the past two years", "within a week" are durations, no calendar value;
/// a weekend is `YYYY-Www-WE` of the ISO week it falls in; a clock range crossing midnight
/// ends on the next day; a sports "third quarter" is no date.
///
/// First run, before any change for issue 10: 90 of 133 (67.7%). Misses: "the 5th" alone,
/// "the 3rd of May" (span without "the", wrong year), "fiscal" outside the span, day ranges
/// "between March 3 and 5" and "12-14 June" (year), "from Monday through Wednesday", nth
/// weekday of a month, weeks of a month, weekends, weekday abbreviations, clock ranges, the
/// "ET" zone, "a week from Friday", "October last year", "the first half of the year", "the
/// fourth quarter of last year", and three negatives (a game's quarter, the surname "Sunday",
/// a house number read as a year). One slip of the table itself: "The second Sunday of May
/// 2022 was Mother's Day" lists no value for "Mother's Day" (2022-05-08); kept as written.
@Suite struct NewsDateTableTests {
    static let thursday = TimeExpressionTests.thursday

    static let cases: [TimeExpressionTests.Case] = [
        // Explicit dates in their written forms.
        ("The ceasefire was signed on Dec. 7, 2023, in Doha.", thursday, ["Dec. 7, 2023=2023-12-07"]),
        ("The treaty was signed on 7 December 2023 in Geneva.", thursday, ["7 December 2023=2023-12-07"]),
        ("The filing, dated 2023-12-07, was released on request.", thursday, ["2023-12-07=2023-12-07"]),
        ("The report, dated 12/7/2023, was leaked to reporters.", thursday, ["12/7/2023=2023-12-07"]),
        ("The company's shares fell 4% on the 5th, traders said.", thursday, ["the 5th=2023-12-05"]),
        ("The vote was held on the 3rd of May.", thursday, ["the 3rd of May=2023-05-03"]),
        ("The festival will open on May 3rd.", thursday, ["May 3rd=2024-05-03"]),
        ("Elections were held on March 15, 2022.", thursday, ["March 15, 2022=2022-03-15"]),
        ("The court will hear the case on Jan. 9.", thursday, ["Jan. 9=2024-01-09"]),
        ("The company was listed on Sept. 30, 2021.", thursday, ["Sept. 30, 2021=2021-09-30"]),
        ("The plane crashed on November 28.", thursday, ["November 28=2023-11-28"]),
        ("The decree of 1 March 2020 closed the borders.", thursday, ["1 March 2020=2020-03-01"]),
        ("The data were published on 2022-06-30.", thursday, ["2022-06-30=2022-06-30"]),
        ("Payments resume on 1/15/2024, the agency said.", thursday, ["1/15/2024=2024-01-15"]),
        ("He was born on Feb. 29, 1996.", thursday, ["Feb. 29, 1996=1996-02-29"]),
        ("The accord, signed Oct 12 2019, has expired.", thursday, ["Oct 12 2019=2019-10-12"]),
        ("On Monday, Dec. 4, the minister resigned.", thursday, ["Monday, Dec. 4=2023-12-04"]),
        ("The hearing is set for Tuesday, Jan. 16.", thursday, ["Tuesday, Jan. 16=2024-01-16"]),
        ("The strike started on the 1st.", thursday, ["the 1st=2023-12-01"]),
        ("The polls will open on the 14th.", thursday, ["the 14th=2023-12-14"]),
        ("Parliament was dissolved on 30 June.", thursday, ["30 June=2023-06-30"]),
        ("The deadline is June 30, 2024.", thursday, ["June 30, 2024=2024-06-30"]),
        ("By August 2021 the troops had left.", thursday, ["August 2021=2021-08"]),
        ("The plant opened in Sept. 2018.", thursday, ["Sept. 2018=2018-09"]),
        ("The ministry released data for November 2023.", thursday, ["November 2023=2023-11"]),
        ("The election is due on Nov. 5, 2024.", thursday, ["Nov. 5, 2024=2024-11-05"]),
        ("The vote was held on the 3rd of May.", nil, ["the 3rd of May=XXXX-05-03"]),
        // Years, decades, centuries.
        ("The company went public in 2019.", thursday, ["2019=2019"]),
        ("Crime fell sharply in the 1990s.", thursday, ["1990s=199X"]),
        ("The band was popular in the '90s.", thursday, ["'90s=199X"]),
        ("The group expects revenue to grow in fiscal 2024.", thursday, ["fiscal 2024=2024"]),
        ("Revenue fell in fiscal year 2023.", thursday, ["fiscal year 2023=2023"]),
        ("The law dates from the 1970s.", thursday, ["1970s=197X"]),
        ("Prices doubled in the late 2000s.", thursday, ["late 2000s=200X"]),
        ("In 2008, the bank collapsed.", thursday, ["2008=2008"]),
        ("The museum opened in the 1880s.", thursday, ["1880s=188X"]),
        ("The tax has been in place since 2016.", thursday, ["2016=2016"]),
        ("The ban will stay in place until 2030.", thursday, ["2030=2030"]),
        ("The scheme was introduced in the mid-1980s.", thursday, ["mid-1980s=198X"]),
        ("The team won three titles in the 2010s.", thursday, ["2010s=201X"]),
        ("The building dates to the 19th century.", thursday, ["19th century=18"]),
        ("The plant closed in 2019.", nil, ["2019=2019"]),
        // Ranges of years, months, days.
        ("Output fell in 2007-2009.", thursday, ["2007-2009=2007/2009"]),
        ("He led the company from 2010 through 2015.", thursday, ["from 2010 through 2015=2010/2015"]),
        ("The exhibition ran between March 3 and 5.", thursday, ["between March 3 and 5=2023-03-03/2023-03-05"]),
        ("The conference will be held March 3-5.", thursday, ["March 3-5=2024-03-03/2024-03-05"]),
        ("Sales rose from Jan. 1 to March 31.", thursday, ["from Jan. 1 to March 31=2023-01-01/2023-03-31"]),
        ("The talks ran from Nov. 27 to Dec. 1.", thursday, ["from Nov. 27 to Dec. 1=2023-11-27/2023-12-01"]),
        ("The summit will take place on 12-14 June.", thursday, ["12-14 June=2024-06-12/2024-06-14"]),
        ("The survey covered 2015 to 2020.", thursday, ["2015 to 2020=2015/2020"]),
        ("He served as governor between 1998 and 2004.", thursday, ["between 1998 and 2004=1998/2004"]),
        ("The strike lasted from Monday through Wednesday.", thursday, ["from Monday through Wednesday=2023-12-04/2023-12-06"]),
        ("Fighting raged from late October to mid-November.", thursday, ["from late October to mid-November=2023-10/2023-11"]),
        ("The war lasted from 1914 to 1918.", thursday, ["from 1914 to 1918=1914/1918"]),
        ("Flights were suspended from June to September 2021.", thursday, ["from June to September 2021=2021-06/2021-09"]),
        ("The offer ends on Jan. 31.", thursday, ["Jan. 31=2024-01-31"]),
        ("The market will be open Dec. 15-17.", thursday, ["Dec. 15-17=2023-12-15/2023-12-17"]),
        ("Prices were frozen from 2020 until 2022.", thursday, ["from 2020 until 2022=2020/2022"]),
        // Nth weekday of a month, weeks of a month.
        ("The primary was held on the third Tuesday of September.", thursday, ["the third Tuesday of September=2023-09-19"]),
        ("The next vote will be on the first Monday of March.", thursday, ["the first Monday of March=2024-03-04"]),
        ("The parade was held on the last Saturday of October.", thursday, ["the last Saturday of October=2023-10-28"]),
        ("The second Sunday of May 2022 was Mother's Day.", thursday, ["The second Sunday of May 2022=2022-05-08"]),
        ("The vote is planned for the first week of May.", thursday, ["the first week of May=2024-W18"]),
        ("Sales slumped in the last week of November.", thursday, ["the last week of November=2023-W48"]),
        ("Talks will resume in the second week of January.", thursday, ["the second week of January=2024-W02"]),
        // Weekends.
        ("Protests spread over the weekend.", thursday, ["the weekend=2023-W48-WE"]),
        ("The talks will continue this weekend.", thursday, ["this weekend=2023-W49-WE"]),
        ("Thousands marched last weekend.", thursday, ["last weekend=2023-W48-WE"]),
        ("The storm is expected to arrive at the weekend.", thursday, ["the weekend=2023-W49-WE"]),
        ("Talks resumed over the weekend.", nil, ["the weekend=XXXX-WXX-WE"]),
        // Weekday abbreviations.
        ("The bill passed the Senate on Tues. after a long debate.", thursday, ["Tues.=2023-12-05"]),
        ("Markets closed lower Thu as investors sold.", thursday, ["Thu=2023-12-07"]),
        ("Trading resumed Wed. morning.", thursday, ["Wed. morning=2023-12-06TMO"]),
        ("The vote is set for Fri., officials said.", thursday, ["Fri.=2023-12-08"]),
        ("The leaders met on Sun. in Rome.", thursday, ["Sun.=2023-12-03"]),
        ("The court adjourned on Mon until further notice.", thursday, ["Mon=2023-12-04"]),
        // Clock times and clock ranges.
        ("Polls are open from 7 a.m. to 8 p.m. on election day.", thursday, ["from 7 a.m. to 8 p.m.=2023-12-07T07:00/2023-12-07T20:00"]),
        ("The curfew runs from 10 p.m. to 5 a.m. in the capital.", thursday, ["from 10 p.m. to 5 a.m.=2023-12-07T22:00/2023-12-08T05:00"]),
        ("The meeting will run between 2 and 4 p.m. on Friday.", thursday, ["between 2 and 4 p.m. on Friday=2023-12-08T14:00/2023-12-08T16:00"]),
        ("Trading was halted from 9:30 to 11:00.", thursday, ["from 9:30 to 11:00=2023-12-07T09:30/2023-12-07T11:00"]),
        ("Roads will be closed 8-10 a.m. for the parade.", thursday, ["8-10 a.m.=2023-12-07T08:00/2023-12-07T10:00"]),
        ("The polls close at 8 p.m. ET.", thursday, ["8 p.m. ET=2023-12-07T20:00-05:00"]),
        ("The verdict was read at 10:15 a.m. on Tuesday.", thursday, ["10:15 a.m. on Tuesday=2023-12-05T10:15"]),
        ("The quake struck at 04:17 local time.", thursday, ["04:17=2023-12-07T04:17"]),
        ("The shooting happened at about 11:30 p.m.", thursday, ["11:30 p.m.=2023-12-07T23:30"]),
        // Parts of a day.
        ("Protesters gathered this afternoon outside parliament.", thursday, ["this afternoon=2023-12-07TAF"]),
        ("The president will address the nation tonight.", thursday, ["tonight=2023-12-07TNI"]),
        ("The minister spoke to reporters this morning.", thursday, ["this morning=2023-12-07TMO"]),
        ("The announcement came late Tuesday.", thursday, ["late Tuesday=2023-12-05"]),
        ("The blast was heard early Wednesday.", thursday, ["early Wednesday=2023-12-06"]),
        ("Fighting broke out on Monday evening.", thursday, ["Monday evening=2023-12-04TEV"]),
        ("Rescuers will resume the search tomorrow morning.", thursday, ["tomorrow morning=2023-12-08TMO"]),
        ("The bomb went off yesterday afternoon.", thursday, ["yesterday afternoon=2023-12-06TAF"]),
        ("The rally is planned for this evening.", thursday, ["this evening=2023-12-07TEV"]),
        ("The shop was looted on Saturday night.", thursday, ["Saturday night=2023-12-02TNI"]),
        // Relative days and periods.
        ("The court will rule a week from Friday.", thursday, ["a week from Friday=2023-12-15"]),
        ("The fire started the day before yesterday.", thursday, ["the day before yesterday=2023-12-05"]),
        ("The results will be known the day after tomorrow.", thursday, ["the day after tomorrow=2023-12-09"]),
        ("Prices have risen over the past two years.", thursday, []),
        ("The company has lost money for the past three quarters.", thursday, []),
        ("The deal will be signed within a week.", thursday, []),
        ("Unemployment has fallen since January.", thursday, ["January=2023-01"]),
        ("The rules will apply until March.", thursday, ["March=2024-03"]),
        ("The plant closed four months ago.", thursday, ["four months ago=2023-08"]),
        ("The law was passed two years ago.", thursday, ["two years ago=2021"]),
        ("The vote is scheduled for the end of the month.", thursday, ["the end of the month=2023-12"]),
        ("Talks collapsed earlier this week.", thursday, ["earlier this week=2023-W49"]),
        ("The drought began in the spring of 2021.", thursday, ["the spring of 2021=2021-SP"]),
        ("The bridge will reopen next spring.", thursday, ["next spring=2024-SP"]),
        ("The rebels attacked last summer.", thursday, ["last summer=2023-SU"]),
        ("Inflation hit a peak in October last year.", thursday, ["October last year=2022-10"]),
        ("The firm will cut jobs by mid-2024.", thursday, ["mid-2024=2024"]),
        ("The unrest began in the first half of the year.", thursday, ["the first half of the year=2023-H1"]),
        ("Sales were weak in the fourth quarter of last year.", thursday, ["the fourth quarter of last year=2022-Q4"]),
        ("The law took effect on New Year's Day 2020.", thursday, ["New Year's Day 2020=2020-01-01"]),
        ("Markets were closed on Christmas Day.", thursday, ["Christmas Day=2022-12-25"]),
        // Other document dates.
        ("The bank cut rates yesterday.", "2024-03-01", ["yesterday=2024-02-29"]),
        ("The trial will start next month.", "2024-12-15", ["next month=2025-01"]),
        ("Sales rose last year.", "2024-01-02", ["last year=2023"]),
        ("The strike began on Monday.", "2024-01-03", ["Monday=2024-01-01"]),
        ("The summit will be held in February.", "2024-11-20", ["February=2025-02"]),
        // Negatives: names, scores, codes, amounts and durations are no dates.
        ("He scored 12 points in the third quarter of the game.", thursday, []),
        ("Grace Sunday, 34, was charged with fraud.", thursday, []),
        ("Police arrested April Jones, a teacher.", thursday, []),
        ("The 747 landed safely.", thursday, []),
        ("Flight 2023 from Boston was delayed.", thursday, []),
        ("The 24/7 helpline was suspended.", thursday, []),
        ("He lives at 1600 Pennsylvania Avenue.", thursday, []),
        ("The score was 3-5 at halftime.", thursday, []),
        ("Ford recalled 1,998 cars.", thursday, []),
        ("Tuesday Weld starred in the film.", thursday, []),
        ("He spent 20 years in prison.", thursday, []),
        ("She said she would march on parliament.", thursday, []),
    ]

    @Test func blindTablePasses() throws {
        // First run 90 of 133; the level reached in the redo of issue 10 (130), less a little.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date", atLeast: 0.95, minimumCases: 120)
    }
}
