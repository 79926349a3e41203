import Testing

/// A fourth blind table of news sentences, written in session 8 before any change to the
/// reader, of the forms issue 10 still misses on Duckling's corpus, as news writes them:
/// "upcoming" and "this past" with a calendar unit, India's holidays of its optional list, the
/// whole "Day of Ashura", "2023Q4", "two Thursdays ago", "March after next", the nth weekday
/// after a holiday, "St. Paddy's Day", clock ranges with "until" and their day, and "for N days
/// from" a date. Scored as `TimeExpressionTests` scores its table; document date the Thursday
/// 2023-12-07 unless a row says otherwise.
///
/// Conventions chosen while writing: "the upcoming week" is next week, as "the coming week";
/// "the upcoming two weeks" and "the past week" (after "the") are spans ending or starting now,
/// durations without a calendar value, as "the past two years" already is; "this past week" is
/// the ISO week before the document's; India's holidays are the days the `holidays` package
/// lists for India (its optional list included), chosen by tense like Diwali; "N Thursdays ago"
/// counts back from the last Thursday before the document date; "March after next" is the March
/// after the next one; "the nth Monday after Easter" counts Mondays after Easter Sunday; "for 10
/// days from Dec. 18" is the ten days from the 18th, both ends inside (Dec. 18 to 27).
///
/// First run, before any change to the reader: 9 of 31 (29.0%). Misses: "the upcoming week",
/// "this past week", every India holiday of the table (13), "2023Q4", "two Thursdays ago",
/// "March after next", "the second Monday after Easter", "St. Paddy's Day", "for 10 days from".
/// Now 31 of 31 (tuned on since: the blind figure is the first run's).
@Suite struct NewsDateMoreFormsTableTests {
    static let thursday = TimeExpressionTests.thursday

    static let cases: [TimeExpressionTests.Case] = [
        // "upcoming", "past" and a calendar unit.
        ("Officials will decide in the upcoming week.", thursday, ["the upcoming week=2023-W50"]),
        ("Talks could end in the upcoming two weeks.", thursday, []),
        ("This past week, lawmakers voted twice.", thursday, ["This past week=2023-W48"]),
        ("He spent the past week in hospital.", thursday, []),
        ("Tomorrow's vote will be close.", thursday, ["Tomorrow=2023-12-08"]),
        ("The two upcoming elections will test the party.", thursday, []),
        // India's holidays, by tense.
        ("Markets will be shut for Makar Sankranti.", thursday, ["Makar Sankranti=2024-01-14"]),
        ("Farmers had celebrated Pongal with feasts.", thursday, ["Pongal=2023-01-15"]),
        ("Sikhs will mark Vaisakhi with processions.", thursday, ["Vaisakhi=2024-04-13"]),
        ("Schools were closed for Raksha Bandhan.", thursday, ["Raksha Bandhan=2023-08-30"]),
        ("Rabindra Jayanti will be marked in Kolkata.", thursday, ["Rabindra Jayanti=2024-05-08"]),
        ("Devotees will gather for Guru Ravidas Jayanti.", thursday, ["Guru Ravidas Jayanti=2024-02-24"]),
        ("Parsis celebrated Parsi New Year in August.", thursday, ["Parsi New Year=2023-08-16", "August=2023-08"]),
        ("Ugadi will fall in April.", thursday, ["Ugadi=2024-04-09", "April=2024-04"]),
        ("Bonfires will be lit on Holika Dahan.", thursday, ["Holika Dahan=2024-03-24"]),
        ("Mahavir Jayanti will be a bank holiday.", thursday, ["Mahavir Jayanti=2024-04-21"]),
        ("Families had exchanged gifts on Bhai Dooj.", thursday, ["Bhai Dooj=2023-11-14"]),
        ("Basant Panchami will be celebrated with kites.", thursday, ["Basant Panchami=2024-02-14"]),
        ("Valmiki Jayanti was observed across Punjab.", thursday, ["Valmiki Jayanti=2023-10-28"]),
        ("Crowds filled the ghats for Chhath Puja.", thursday, ["Chhath Puja=2023-11-19"]),
        ("Shiites marked the Day of Ashura in July.", thursday, ["the Day of Ashura=2023-07-28", "July=2023-07"]),
        // Digit quarters, counted weekdays and months, weekdays after a holiday.
        ("Earnings for 2023Q4 beat forecasts.", thursday, ["2023Q4=2023-Q4"]),
        ("The suspect was last seen two Thursdays ago.", thursday, ["two Thursdays ago=2023-11-23"]),
        ("The road will reopen in March after next.", thursday, ["March after next=2025-03"]),
        ("The trial will open on the second Monday after Easter.", thursday,
         ["the second Monday after Easter=2024-04-08"]),
        ("Markets will close next Martin Luther King Day.", thursday, ["next Martin Luther King Day=2024-01-15"]),
        ("Crowds will pack the pubs on St. Paddy's Day.", thursday, ["St. Paddy's Day=2024-03-17"]),
        // Clock ranges with "until" and their day; a count of days from a date.
        ("Traffic was stopped from 9:30 until 11:00 on Thursday.", thursday,
         ["from 9:30 until 11:00 on Thursday=2023-12-07T09:30/2023-12-07T11:00"]),
        ("On Friday from 10 a.m. until noon, the bridge will be shut.", thursday,
         ["Friday from 10 a.m. until noon=2023-12-08T10:00/2023-12-08T12:00"]),
        ("The festival will run for 10 days from Dec. 18.", thursday, ["10 days from Dec. 18=2023-12-18/2023-12-27"]),
        ("The verdict is due 10 days from Dec. 18.", thursday, ["10 days from Dec. 18=2023-12-28"]),
    ]

    @Test func blindTablePasses() throws {
        // First run 9 of 31; the level reached since (31), less a little.
        try TimeExpressionTests.expectShare(of: Self.cases, name: "news date more forms", atLeast: 0.9, minimumCases: 30)
    }
}
