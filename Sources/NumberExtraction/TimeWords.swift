/// What a word means in a time expression.
enum TimeWord: Equatable, Sendable {
    /// "yesterday" -1, "today" 0, "tomorrow" 1; "tonight" is today's night.
    case relativeDay(Int, part: String?)
    /// "last", "next", "this" (not after "the": "the last week of November" is no shift),
    /// "previous", "following", "coming", "upcoming", "current" (also after it); "past" only
    /// before a calendar unit.
    case shift(TimeDirection, Int, afterThe: Bool)
    /// "spring" … "winter": TIMEX3's season code.
    case season(String)
    /// "early", "mid", "late", "earlier", "later": part of the span, not of the value.
    case position
    /// "end", "beginning", "start", "middle" before "of": likewise.
    case partOf
    /// "morning", "night": TIMEX3's part-of-day code.
    case partOfDay(String)
    /// A time zone ("GMT": "Z", "EST": "-05:00", "ET": US Eastern by the day's season).
    case zone(ClockZone)
    /// "noon" 12:00, "midnight" 24:00 (TIMEX3's end of the day).
    case clockWord(Int)
    /// "Q1" … "Q4".
    case quarterLabel(Int)
    /// "H1", "H2": a year's halves, as financial news writes them.
    case halfLabel(Int)
    /// "quarter" and "half": periods numbered by an ordinal before them.
    case period(quarters: Int)
    /// "ago": ends "two days ago".
    case ago
    /// "weekend": after "last", "this", "next" (TIMEX3's `-WE` of an ISO week).
    case weekend
    /// "fiscal": "fiscal 2024", "fiscal year 2023" are the year written (the company's months
    /// are not in the text).
    case fiscal
    /// Holds a time expression together: "in" (three weeks), "a"/"an" (month ago), "the".
    case glue
}

extension TimeWord {
    /// Zones, parts of the day, periods and "ago" only follow other words.
    var canBegin: Bool {
        switch self {
        case .zone, .partOfDay, .period, .ago, .weekend: return false
        default: return true
        }
    }
}

/// The tense a word gives the clause it is in.
enum Tense: Sendable {
    case past, future
    /// "scheduled", "expected", "due", "set": future after "is"/"are"/"be", else no cue (a
    /// participle in a past sentence: "talks scheduled for November").
    case futureAfterBe
}

extension LexiconBuilder {
    static let timeWords: [(String, TimeWord)] = [
        ("yesterday", .relativeDay(-1, part: nil)), ("today", .relativeDay(0, part: nil)),
        ("tomorrow", .relativeDay(1, part: nil)), ("tonight", .relativeDay(0, part: "NI")),
        ("last", .shift(.last, -1, afterThe: false)), ("next", .shift(.next, 1, afterThe: false)),
        ("this", .shift(.this, 0, afterThe: false)), ("previous", .shift(.last, -1, afterThe: true)),
        ("following", .shift(.next, 1, afterThe: true)), ("coming", .shift(.next, 1, afterThe: true)),
        ("current", .shift(.this, 0, afterThe: true)), ("upcoming", .shift(.next, 1, afterThe: true)),
        // Only before a calendar unit ("past week"); "the past week" is the span up to now.
        ("past", .shift(.last, -1, afterThe: false)),
        ("spring", .season("SP")), ("summer", .season("SU")), ("autumn", .season("FA")), ("fall", .season("FA")),
        ("winter", .season("WI")),
        ("early", .position), ("mid", .position), ("late", .position), ("earlier", .position), ("later", .position),
        ("end", .partOf), ("beginning", .partOf), ("start", .partOf), ("middle", .partOf),
        ("morning", .partOfDay("MO")), ("afternoon", .partOfDay("AF")), ("evening", .partOfDay("EV")),
        ("night", .partOfDay("NI")),
        ("gmt", .zone(.fixed("Z"))), ("utc", .zone(.fixed("Z"))), ("bst", .zone(.fixed("+01:00"))), ("cet", .zone(.fixed("+01:00"))),
        ("cest", .zone(.fixed("+02:00"))), ("est", .zone(.fixed("-05:00"))), ("edt", .zone(.fixed("-04:00"))), ("cst", .zone(.fixed("-06:00"))),
        ("cdt", .zone(.fixed("-05:00"))), ("mst", .zone(.fixed("-07:00"))), ("mdt", .zone(.fixed("-06:00"))), ("pst", .zone(.fixed("-08:00"))),
        ("pdt", .zone(.fixed("-07:00"))), ("jst", .zone(.fixed("+09:00"))),
        ("et", .zone(.usLocal(standardHours: -5))), ("ct", .zone(.usLocal(standardHours: -6))),
        ("mt", .zone(.usLocal(standardHours: -7))), ("pt", .zone(.usLocal(standardHours: -8))),
        ("noon", .clockWord(12)), ("midday", .clockWord(12)), ("mid-day", .clockWord(12)), ("midnight", .clockWord(24)),
        ("q1", .quarterLabel(1)), ("q2", .quarterLabel(2)), ("q3", .quarterLabel(3)), ("q4", .quarterLabel(4)),
        ("h1", .halfLabel(1)), ("h2", .halfLabel(2)),
        ("quarter", .period(quarters: 1)), ("quarters", .period(quarters: 1)), ("qtr", .period(quarters: 1)), ("half", .period(quarters: 2)),
        ("ago", .ago), ("weekend", .weekend), ("fiscal", .fiscal), ("fy", .fiscal), ("in", .glue), ("a", .glue), ("an", .glue), ("the", .glue),
    ]

    static let tenseWords: [(String, Tense)] = [
        ("will", .future), ("'ll", .future), ("shall", .future), ("wo", .future), ("would", .future),
        ("plans", .future), ("plan", .future), ("intends", .future), ("expects", .future), ("expect", .future),
        ("upcoming", .future),
        // News writes a scheduled event in the present: "the trial opens on Wednesday".
        ("opens", .future), ("begins", .future), ("starts", .future), ("resumes", .future), ("convenes", .future), ("scheduled", .futureAfterBe), ("expected", .futureAfterBe), ("due", .futureAfterBe),
        ("set", .futureAfterBe), ("planned", .futureAfterBe), ("slated", .futureAfterBe),
        ("was", .past), ("were", .past), ("had", .past), ("did", .past), ("has", .past), ("have", .past),
        ("ago", .past), ("yesterday", .past),
    ]

    /// Adds the time words and tense words; words that begin time expressions get `.timeStart`.
    mutating func addTimeWords() {
        for (text, meaning) in Self.timeWords {
            add(text) { word in
                word.time = meaning
                if meaning.canBegin { word.roles.insert(.timeStart) }
            }
        }
        for (text, tense) in Self.tenseWords { add(text) { $0.tense = tense } }
        // Quarters and halves are numbered by ordinals; holidays begin with their first word.
        add(["first", "second", "third", "fourth", "fifth", "from", "between", "day"]) { $0.roles.insert(.timeStart) }
        for (phrase, _) in Holiday.phrases {
            let words = phrase.split(separator: " ").map(String.init)
            add(words[0]) { $0.roles.insert(.timeStart) }
            for word in words.dropFirst() { add(word) { _ in } }
        }
        add(LexiconTables.weekdays.flatMap { $0 }) { $0.roles.insert(.timeStart) }
        for names in LexiconTables.months { add(names) { $0.roles.insert(.timeStart) } }
    }
}
