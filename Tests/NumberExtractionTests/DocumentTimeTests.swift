import Testing

/// Clock-relative expressions ("in two hours", "30 minutes ago") are resolved against the
/// document's time when its date came as a timestamp, and keep `X` placeholders without one;
/// clocks written in words, with the minutes run into the hour, or as "15h30" are clock times.
@Suite struct DocumentTimeTests {
    static let published = "2023-12-07T04:30:00"

    func value(_ sentence: String, _ date: String? = published) throws -> [String] {
        try TimeExpressionTests.rendered(sentence, date: date, withModifier: true)
    }

    @Test func hoursKeepTheMinuteAndMinutesTheSecond() throws {
        #expect(try value("Polls close in two hours.") == ["in two hours=2023-12-07T06:30"])
        #expect(try value("The results come in 15 minutes.") == ["in 15 minutes=2023-12-07T04:45:00"])
        #expect(try value("The launch is in a minute.") == ["in a minute=2023-12-07T04:31:00"])
        #expect(try value("It will be decided in half an hour.") == ["in half an hour=2023-12-07T05:00:00"])
        #expect(try value("Voting ends in 2.5 hours.") == ["in 2.5 hours=2023-12-07T07:00:00"])
        #expect(try value("The ceasefire starts in a quarter of an hour.") == ["in a quarter of an hour=2023-12-07T04:45:00"])
    }

    @Test func agoAndFromNowCountBackAndAhead() throws {
        #expect(try value("The blast came three hours ago, police said.") == ["three hours ago=2023-12-07T01:30"])
        #expect(try value("An hour ago the fire was out.") == ["An hour ago=2023-12-07T03:30"])
        #expect(try value("The vote is 30 minutes from now.") == ["30 minutes from now=2023-12-07T05:00:00"])
        // Days still go by the day: the time changes nothing.
        #expect(try value("The talks ended two days ago.") == ["two days ago=2023-12-05"])
    }

    @Test func theDayChangesAcrossMidnightAndTheZoneIsKept() throws {
        #expect(try value("The ship sank 40 minutes ago.", "2023-12-07T00:10:00Z") == ["40 minutes ago=2023-12-06T23:30:00Z"])
        #expect(try value("Markets open in six hours.", "2023-12-31T22:00+05:30") == ["in six hours=2024-01-01T04:00+05:30"])
    }

    @Test func aBoundBeforeTheCountIsTheModifier() throws {
        #expect(try value("A verdict is expected in about three hours.") == ["in about three hours=2023-12-07T07:30 approximately"])
        #expect(try value("Rescuers will arrive in less than an hour.") == ["in less than an hour=2023-12-07T05:30 less_than"])
        #expect(try value("The quake struck about 40 minutes ago.") == ["about 40 minutes ago=2023-12-07T03:50:00 approximately"])
        #expect(try value("The party was founded more than two years ago.") == [])
    }

    @Test func withoutATimeTheClockIsUnknown() throws {
        #expect(try value("Polls close in two hours.", "2023-12-07") == ["in two hours=XXXX-XX-XXTXX:XX"])
        #expect(try value("The blast came 20 seconds ago.", nil) == ["20 seconds ago=XXXX-XX-XXTXX:XX:XX"])
    }

    @Test func spansAndIdiomsAreNoPoints() throws {
        #expect(try value("Shares fell 5% in two hours.") == [])
        #expect(try value("The record was the biggest rise in a year.") == [])
        #expect(try value("They cut the budget in half.") == [])
    }

    @Test func clocksInWordsRunTogetherOrWithAnH() throws {
        #expect(try value("The rally starts at seven thirty p.m. on Friday.") == ["seven thirty p.m. on Friday=2023-12-08T19:30"])
        #expect(try value("Doors open at seven p.m.") == ["seven p.m.=2023-12-07T19:00"])
        #expect(try value("The quake struck at four twenty-three a.m. local time.") == ["four twenty-three a.m.=2023-12-07T04:23"])
        #expect(try value("He was one of seven a m i d the crowd.") == [])
        #expect(try value("The train left at 330 p.m.") == ["330 p.m.=2023-12-07T15:30"])
        #expect(try value("The summit opens at 15h30.") == ["15h30=2023-12-07T15:30"])
        #expect(try value("Seven people were hurt and 1030 homes lost power.") == [])
        #expect(try value("He ran the race in 24h.") == [])
    }

    @Test func diwaliDaysAreCountedFromItsMainDay() throws {
        #expect(try value("Gold sales peak on Dhanteras 2019.", "2023-12-07") == ["Dhanteras 2019=2019-10-25"])
        #expect(try value("Kali Chaudas 2019 fell on a Saturday.", "2023-12-07") == ["Kali Chaudas 2019=2019-10-26"])
    }
}
