import BylineCore

/// A holiday in common news use, by the rule that gives its days in a year.
indirect enum Holiday: Equatable, Sendable {
    /// The same day every year (Christmas: 12-25).
    case fixed(month: Int, day: Int)
    /// The nth weekday of a month (Thanksgiving: the 4th Thursday of November); n = -1 is the
    /// last; `offset` days after it (Black Friday: Thanksgiving + 1).
    case nthWeekday(month: Int, weekday: Int, n: Int, offset: Int = 0)
    /// Days from Western Easter Sunday (Good Friday: -2).
    case easter(offset: Int)
    /// Days from Orthodox Easter Sunday (the Julian computus).
    case orthodoxEaster(offset: Int)
    /// A day of a month of another calendar (Eid al-Fitr: 1 Shawwal).
    case other(OtherCalendar, month: Int, day: Int)
    /// A whole month of another calendar (Ramadan).
    case month(OtherCalendar, Int)
    /// The last such weekday of a month of another calendar (Jumu'atul-Wida: Ramadan's last Friday).
    case lastWeekday(Int, month: Int, OtherCalendar)
    /// A holiday of several days from its first (Hanukkah: 8).
    case lasting(Holiday, days: Int)
    /// Kept on another day when it falls on these weekdays (Yom HaShoah: from a Friday to the
    /// Thursday before, -1; King's Day: from a Sunday to the Saturday).
    case moved(Holiday, [Int: Int])
    /// A holiday of a calendar ICU does not have (Diwali, of the Hindu lunisolar calendars):
    /// its day by year from a table (`IndianHolidays`).
    case table(HolidayTable)
    /// Days from another holiday's first day (Dhanteras: two days before Diwali, -2).
    case daysFrom(Holiday, Int)

    /// The holiday's phrases as the text writes them (tokens as the tokenizer splits them).
    static let phrases: [(String, Holiday)] = [
        ("christmas eve", .fixed(month: 12, day: 24)), ("christmas day", .fixed(month: 12, day: 25)),
        ("christmas", .fixed(month: 12, day: 25)), ("boxing day", .fixed(month: 12, day: 26)),
        ("new year 's eve", .fixed(month: 12, day: 31)), ("new year 's day", .fixed(month: 1, day: 1)),
        ("new year 's", .fixed(month: 1, day: 1)), ("valentine 's day", .fixed(month: 2, day: 14)),
        ("halloween", .fixed(month: 10, day: 31)), ("independence day", .fixed(month: 7, day: 4)),
        ("thanksgiving day", .nthWeekday(month: 11, weekday: 4, n: 4)),
        ("thanksgiving", .nthWeekday(month: 11, weekday: 4, n: 4)),
        ("labor day", .nthWeekday(month: 9, weekday: 1, n: 1)), ("memorial day", .nthWeekday(month: 5, weekday: 1, n: -1)),
        ("easter sunday", .easter(offset: 0)), ("easter monday", .easter(offset: 1)), ("easter", .easter(offset: 0)),
        ("good friday", .easter(offset: -2)), ("palm sunday", .easter(offset: -7)), ("branch sunday", .easter(offset: -7)),
        ("ash wednesday", .easter(offset: -46)), ("mardi gras", .easter(offset: -47)), ("pentecost", .easter(offset: 49)),
        ("black friday", .nthWeekday(month: 11, weekday: 4, n: 4, offset: 1)),
        ("martin luther king day", .nthWeekday(month: 1, weekday: 1, n: 3)), ("mlk day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("mlk jr. day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther king 's day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther king jr. day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("martin luther kings day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        // Its name in Arizona and New Hampshire until 1999.
        ("civil rights day", .nthWeekday(month: 1, weekday: 1, n: 3)),
        ("presidents ' day", .nthWeekday(month: 2, weekday: 1, n: 3)), ("presidents day", .nthWeekday(month: 2, weekday: 1, n: 3)),
        ("mother 's day", .nthWeekday(month: 5, weekday: 7, n: 2)), ("father 's day", .nthWeekday(month: 6, weekday: 7, n: 3)),
        ("columbus day", .nthWeekday(month: 10, weekday: 1, n: 2)),
        ("st. patrick 's day", .fixed(month: 3, day: 17)), ("st patrick 's day", .fixed(month: 3, day: 17)),
        ("st. paddy 's day", .fixed(month: 3, day: 17)), ("st paddy 's day", .fixed(month: 3, day: 17)),
        ("saint paddy 's day", .fixed(month: 3, day: 17)),
        ("saint patrick 's day", .fixed(month: 3, day: 17)),
        ("veterans day", .fixed(month: 11, day: 11)), ("remembrance day", .fixed(month: 11, day: 11)),
        ("armistice day", .fixed(month: 11, day: 11)), ("juneteenth", .fixed(month: 6, day: 19)),
        ("bastille day", .fixed(month: 7, day: 14)), ("canada day", .fixed(month: 7, day: 1)),
        ("australia day", .fixed(month: 1, day: 26)), ("may day", .fixed(month: 5, day: 1)),
        ("international women 's day", .fixed(month: 3, day: 8)), ("earth day", .fixed(month: 4, day: 22)),
        ("world vegan day", .fixed(month: 11, day: 1)),
        ("king 's day", .moved(.fixed(month: 4, day: 27), [7: -1])), ("koningsdag", .moved(.fixed(month: 4, day: 27), [7: -1])),
        ("boss 's day", .moved(.fixed(month: 10, day: 16), [6: -1, 7: 1])), ("orthodox christmas", .fixed(month: 1, day: 7)),
        // Western Easter's cycle.
        ("maundy thursday", .easter(offset: -3)), ("holy thursday", .easter(offset: -3)), ("holy saturday", .easter(offset: -1)),
        ("shrove tuesday", .easter(offset: -47)), ("pancake day", .easter(offset: -47)),
        ("lent", .lasting(.easter(offset: -46), days: 46)), ("ascension day", .easter(offset: 39)),
        ("whit sunday", .easter(offset: 49)), ("whitsunday", .easter(offset: 49)), ("white sunday", .easter(offset: 49)), ("whit monday", .easter(offset: 50)),
        ("trinity sunday", .easter(offset: 56)),
        // Orthodox Easter's: Great Lent runs from Clean Monday for 40 days, before Lazarus Saturday.
        ("orthodox easter sunday", .orthodoxEaster(offset: 0)), ("orthodox easter", .orthodoxEaster(offset: 0)),
        ("orthodox good friday", .orthodoxEaster(offset: -2)), ("orthodox great friday", .orthodoxEaster(offset: -2)),
        ("clean monday", .orthodoxEaster(offset: -48)), ("lazarus saturday", .orthodoxEaster(offset: -8)),
        ("great lent", .lasting(.orthodoxEaster(offset: -48), days: 40)), ("great fast", .lasting(.orthodoxEaster(offset: -48), days: 40)),
        // Islamic, by the Umm al-Qura calendar (months: 1 Muharram ... 9 Ramadan, 10 Shawwal, 12 Dhu al-Hijjah).
        ("ramadan", .month(.islamic, 9)), ("eid al-fitr", .other(.islamic, month: 10, day: 1)),
        ("eid ul-fitr", .other(.islamic, month: 10, day: 1)), ("eid al-adha", .other(.islamic, month: 12, day: 10)),
        ("eid ul-adha", .other(.islamic, month: 12, day: 10)), ("id ul-adha", .other(.islamic, month: 12, day: 10)),
        ("bakr id", .other(.islamic, month: 12, day: 10)), ("feast of the sacrifice", .other(.islamic, month: 12, day: 10)),
        ("feast of sacrifice", .other(.islamic, month: 12, day: 10)), ("sacrifice feast", .other(.islamic, month: 12, day: 10)),
        ("laylat al-qadr", .other(.islamic, month: 9, day: 27)), ("lailat al-qadr", .other(.islamic, month: 9, day: 27)),
        ("laylat al-kadr", .other(.islamic, month: 9, day: 27)), ("laylat al kadr", .other(.islamic, month: 9, day: 27)),
        ("laylat al qadr", .other(.islamic, month: 9, day: 27)),
        ("islamic new year", .other(.islamic, month: 1, day: 1)), ("hijri new year", .other(.islamic, month: 1, day: 1)),
        ("amun jadid", .other(.islamic, month: 1, day: 1)),
        ("ashura", .other(.islamic, month: 1, day: 10)), ("day of ashura", .other(.islamic, month: 1, day: 10)),
        ("mawlid", .other(.islamic, month: 3, day: 12)), ("mawlid al-nabi", .other(.islamic, month: 3, day: 12)),
        ("mawlid al-nabawi", .other(.islamic, month: 3, day: 12)), ("isra and mi'raj", .other(.islamic, month: 7, day: 27)),
        ("prophet 's ascension", .other(.islamic, month: 7, day: 27)), ("ascension to heaven", .other(.islamic, month: 7, day: 27)),
        ("jumu'atul-wida", .lastWeekday(5, month: 9, .islamic)), ("jamat ul-vida", .lastWeekday(5, month: 9, .islamic)),
        // Jewish, on the holiday's own days (each begins at the sundown before; see docs/numbers.md),
        // as kept outside Israel (Passover 8 days, Shavuot 2).
        ("rosh hashanah", .lasting(.other(.hebrew, month: 1, day: 1), days: 2)),
        ("rosh hashana", .lasting(.other(.hebrew, month: 1, day: 1), days: 2)),
        ("yom kippur", .other(.hebrew, month: 1, day: 10)), ("sukkot", .lasting(.other(.hebrew, month: 1, day: 15), days: 7)),
        ("succot", .lasting(.other(.hebrew, month: 1, day: 15), days: 7)),
        ("succos", .lasting(.other(.hebrew, month: 1, day: 15), days: 7)),
        ("shemini atzeret", .other(.hebrew, month: 1, day: 22)), ("simchat torah", .other(.hebrew, month: 1, day: 23)),
        ("hanukkah", .lasting(.other(.hebrew, month: 3, day: 25), days: 8)),
        ("chanukah", .lasting(.other(.hebrew, month: 3, day: 25), days: 8)),
        ("hanukah", .lasting(.other(.hebrew, month: 3, day: 25), days: 8)),
        ("tu bishvat", .other(.hebrew, month: 5, day: 15)), ("tu b'shevat", .other(.hebrew, month: 5, day: 15)),
        ("purim", .other(.hebrew, month: 7, day: 14)), ("shushan purim", .other(.hebrew, month: 7, day: 15)),
        ("passover", .lasting(.other(.hebrew, month: 8, day: 15), days: 8)),
        ("pesach", .lasting(.other(.hebrew, month: 8, day: 15), days: 8)),
        ("yom hashoah", .moved(.other(.hebrew, month: 8, day: 27), [5: -1, 7: 1])),
        ("yom ha'atzmaut", .moved(.other(.hebrew, month: 9, day: 5), [5: -1, 6: -2, 1: 1])),
        ("yom haatzmaut", .moved(.other(.hebrew, month: 9, day: 5), [5: -1, 6: -2, 1: 1])),
        ("lag baomer", .other(.hebrew, month: 9, day: 18)), ("lag b'omer", .other(.hebrew, month: 9, day: 18)),
        ("shavuot", .lasting(.other(.hebrew, month: 10, day: 6), days: 2)),
        ("tisha b'av", .moved(.other(.hebrew, month: 12, day: 9), [6: 1])),
        // Chinese.
        ("chinese new year", .other(.chinese, month: 1, day: 1)), ("lunar new year", .other(.chinese, month: 1, day: 1)),
        ("chinese new year 's day", .other(.chinese, month: 1, day: 1)),
        ("chinese lunar new year", .other(.chinese, month: 1, day: 1)),
        ("chinese lunar new year 's day", .other(.chinese, month: 1, day: 1)),
        ("lantern festival", .other(.chinese, month: 1, day: 15)), ("dragon boat festival", .other(.chinese, month: 5, day: 5)),
        ("chinese new years", .other(.chinese, month: 1, day: 1)), ("lunar new year 's day", .other(.chinese, month: 1, day: 1)),
        ("mid-autumn festival", .other(.chinese, month: 8, day: 15)),
        // India's, as India keeps them.
        ("diwali", .table(IndianHolidays.diwali)), ("deepavali", .table(IndianHolidays.diwali)),
        // The days of Diwali's five that India's lists leave out, counted from its main day.
        ("dhanteras", .daysFrom(.table(IndianHolidays.diwali), -2)), ("dhanatrayodashi", .daysFrom(.table(IndianHolidays.diwali), -2)),
        ("kali chaudas", .daysFrom(.table(IndianHolidays.diwali), -1)), ("naraka chaturdashi", .daysFrom(.table(IndianHolidays.diwali), -1)),
        ("chhoti diwali", .daysFrom(.table(IndianHolidays.diwali), -1)),
        ("holi", .table(IndianHolidays.holi)), ("dhulandi", .table(IndianHolidays.holi)), ("phagwah", .table(IndianHolidays.holi)), ("dussehra", .table(IndianHolidays.dussehra)),
        ("vijayadashami", .table(IndianHolidays.dussehra)), ("maha shivaratri", .table(IndianHolidays.mahaShivaratri)),
        ("ram navami", .table(IndianHolidays.ramNavami)), ("rama navami", .table(IndianHolidays.ramNavami)), ("janmashtami", .table(IndianHolidays.janmashtami)),
        ("krishna janmashtami", .table(IndianHolidays.janmashtami)), ("gokulashtami", .table(IndianHolidays.janmashtami)),
        ("buddha purnima", .table(IndianHolidays.buddhaPurnima)),
        ("vesak", .table(IndianHolidays.buddhaPurnima)), ("buddha day", .table(IndianHolidays.buddhaPurnima)), ("guru nanak jayanti", .table(IndianHolidays.guruNanakJayanti)),
        ("makar sankranti", .table(IndianHolidays.makarSankranti)), ("makara sankranti", .table(IndianHolidays.makarSankranti)),
        ("makara sankranthi", .table(IndianHolidays.makarSankranti)), ("maghi", .table(IndianHolidays.makarSankranti)),
        ("pongal", .table(IndianHolidays.pongal)), ("thai pongal", .table(IndianHolidays.pongal)),
        ("vaisakhi", .table(IndianHolidays.vaisakhi)), ("baisakhi", .table(IndianHolidays.vaisakhi)),
        ("vaishakhi", .table(IndianHolidays.vaisakhi)), ("vasakhi", .table(IndianHolidays.vaisakhi)),
        ("raksha bandhan", .table(IndianHolidays.rakshaBandhan)), ("rakhi", .table(IndianHolidays.rakshaBandhan)),
        ("rabindra jayanti", .table(IndianHolidays.rabindraJayanti)), ("rabindranath jayanti", .table(IndianHolidays.rabindraJayanti)),
        ("guru ravidas jayanti", .table(IndianHolidays.guruRavidasJayanti)),
        ("guru ravidass jayanti", .table(IndianHolidays.guruRavidasJayanti)),
        ("guru ravidas birthday", .table(IndianHolidays.guruRavidasJayanti)),
        ("guru ravidass birthday", .table(IndianHolidays.guruRavidasJayanti)),
        ("parsi new year", .table(IndianHolidays.parsiNewYear)), ("jamshedi navroz", .table(IndianHolidays.parsiNewYear)),
        ("ugadi", .table(IndianHolidays.ugadi)), ("yugadi", .table(IndianHolidays.ugadi)),
        ("chaitra sukladi", .table(IndianHolidays.ugadi)),
        ("chaitra sukhladi", .table(IndianHolidays.ugadi)), ("samvatsaradi", .table(IndianHolidays.ugadi)), ("gudi padwa", .table(IndianHolidays.ugadi)),
        ("holika dahan", .table(IndianHolidays.holikaDahan)), ("chhoti holi", .table(IndianHolidays.holikaDahan)),
        ("kamudu pyre", .table(IndianHolidays.holikaDahan)),
        ("mahavir jayanti", .table(IndianHolidays.mahavirJayanti)), ("mahavir janma kalyanak", .table(IndianHolidays.mahavirJayanti)),
        ("mahaveer janma kalyanak", .table(IndianHolidays.mahavirJayanti)),
        ("bhai dooj", .table(IndianHolidays.bhaiDooj)), ("bhai duj", .table(IndianHolidays.bhaiDooj)),
        ("bhau beej", .table(IndianHolidays.bhaiDooj)),
        ("basant panchami", .table(IndianHolidays.basantPanchami)), ("vasant panchami", .table(IndianHolidays.basantPanchami)),
        ("valmiki jayanti", .table(IndianHolidays.valmikiJayanti)),
        ("maharishi valmiki jayanti", .table(IndianHolidays.valmikiJayanti)),
        ("pargat diwas", .table(IndianHolidays.valmikiJayanti)),
        ("chhath puja", .table(IndianHolidays.chhathPuja)), ("chhath", .table(IndianHolidays.chhathPuja)),
        ("surya shashthi", .table(IndianHolidays.chhathPuja)), ("dala puja", .table(IndianHolidays.chhathPuja)),
        ("rath yatra", .table(IndianHolidays.rathYatra)), ("ratha yatra", .table(IndianHolidays.rathYatra)),
        ("ratha-yatra", .table(IndianHolidays.rathYatra)),
        ("ganesh chaturthi", .table(IndianHolidays.ganeshChaturthi)), ("vinayaka chaturthi", .table(IndianHolidays.ganeshChaturthi)),
        ("onam", .table(IndianHolidays.onam)), ("karwa chauth", .table(IndianHolidays.karwaChauth)),
        ("karva chauth", .table(IndianHolidays.karwaChauth)), ("govardhan puja", .table(IndianHolidays.govardhanPuja)),
        ("guru gobind singh jayanti", .table(IndianHolidays.guruGobindSinghJayanti)),
        ("guru govind singh jayanti", .table(IndianHolidays.guruGobindSinghJayanti)),
        ("guru gobind singh birthday", .table(IndianHolidays.guruGobindSinghJayanti)),
        ("guru gobind singh 's birthday", .table(IndianHolidays.guruGobindSinghJayanti)),
        ("maha saptami", .table(IndianHolidays.mahaSaptami)), ("mahasaptami", .table(IndianHolidays.mahaSaptami)),
        ("bhogi", .table(IndianHolidays.bhogi)), ("bogi", .table(IndianHolidays.bhogi)),
        ("bhogi pandigai", .table(IndianHolidays.bhogi)), ("bogi pandigai", .table(IndianHolidays.bhogi)),
        ("mattu pongal", .table(IndianHolidays.mattuPongal)), ("maattu pongal", .table(IndianHolidays.mattuPongal)),
        ("thiruvalluvar day", .table(IndianHolidays.mattuPongal)),
        ("kaanum pongal", .table(IndianHolidays.kaanumPongal)), ("kanum pongal", .table(IndianHolidays.kaanumPongal)),
        ("kanni pongal", .table(IndianHolidays.kaanumPongal)), ("uzhavar thirunal", .table(IndianHolidays.kaanumPongal)),
    ]

    /// The holiday's first and last day in a Gregorian year; nil where another calendar's
    /// day does not fall in it or ICU cannot convert it.
    func days(in year: Int) -> ClosedRange<CalendarDay>? {
        switch self {
        case .fixed(let month, let day):
            return CalendarDay(year: year, month: month, day: day).map { $0...$0 }
        case .nthWeekday(let month, let weekday, let n, let offset):
            let day: CalendarDay
            if n < 0 {
                let last = CalendarDay(year: year, month: month, day: CalendarDay.days(inMonth: month, year: year))!
                day = last.adding(days: offset - (last.weekday - weekday + 7) % 7)
            } else {
                let first = CalendarDay(year: year, month: month, day: 1)!
                day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1) + offset)
            }
            return day...day
        case .easter(let offset):
            let day = Self.easterSunday(year).adding(days: offset)
            return day...day
        case .orthodoxEaster(let offset):
            let day = Self.orthodoxEasterSunday(year).adding(days: offset)
            return day...day
        case .other(let calendar, let month, let day):
            return calendar.first(month: month, day: day, in: year).map { $0...$0 }
        case .month(let calendar, let month):
            guard let first = calendar.first(month: month, day: 1, in: year),
                  let year = calendar.year(on: first),
                  let next = month == 12 ? calendar.gregorian(year: year + 1, month: 1, day: 1)
                                         : calendar.gregorian(year: year, month: month + 1, day: 1) else { return nil }
            return first...next.adding(days: -1)
        case .lastWeekday(let weekday, let month, let calendar):
            guard let whole = Holiday.month(calendar, month).days(in: year) else { return nil }
            let day = whole.upperBound.adding(days: -((whole.upperBound.weekday - weekday + 7) % 7))
            return day...day
        case .lasting(let holiday, let count):
            return holiday.days(in: year).map { $0.lowerBound...$0.lowerBound.adding(days: count - 1) }
        case .table(let table):
            return table.day(in: year).map { $0...$0 }
        case .daysFrom(let holiday, let offset):
            return holiday.days(in: year).map { $0.lowerBound.adding(days: offset)...$0.lowerBound.adding(days: offset) }
        case .moved(let holiday, let moves):
            guard let days = holiday.days(in: year) else { return nil }
            let shift = moves[days.lowerBound.weekday] ?? 0
            return days.lowerBound.adding(days: shift)...days.upperBound.adding(days: shift)
        }
    }

    /// Western Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }

    /// Orthodox Easter Sunday: Meeus's Julian computus, moved to the Gregorian calendar by
    /// the days between the two (13 from 1900 to 2099).
    static func orthodoxEasterSunday(_ year: Int) -> CalendarDay {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let julianGap = year / 100 - year / 400 - 2
        return CalendarDay(year: year, month: 3, day: 1)!.adding(days: (month - 3) * 31 + day - 1 + julianGap)
    }

    /// The holiday's day (or first and last day) in the written year, or in the year the
    /// direction picks around the document date; without either, the month and day of a fixed
    /// holiday only.
    func resolved(year: Int?, _ direction: TimeDirection, _ reference: CalendarDay?) -> String {
        if let year { return days(in: year).map(Self.timex) ?? CalendarDay.pad(year, 4) }
        guard let reference else {
            if case .fixed(let month, let day) = self { return "XXXX-" + CalendarDay.pad(month, 2) + "-" + CalendarDay.pad(day, 2) }
            return "XXXX-XX-XX"
        }
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap(days(in:))
        let starts = candidates.map(\.lowerBound)
        let chosen: ClosedRange<CalendarDay>?
        switch direction {
        case .past: chosen = candidates.last { $0.lowerBound <= reference }
        case .last: chosen = candidates.last { $0.lowerBound < reference }
        case .future: chosen = candidates.first { $0.lowerBound >= reference }
        case .next: chosen = candidates.first { $0.lowerBound > reference }
        case .this: chosen = candidates.first { $0.lowerBound.year == reference.year }
        case .nearest:
            chosen = starts.indices.min { abs(starts[$0].dayNumber - reference.dayNumber) < abs(starts[$1].dayNumber - reference.dayNumber) }
                .map { candidates[$0] }
        }
        return chosen.map(Self.timex) ?? "XXXX-XX-XX"
    }

    /// "2018-06-15" for one day, "2018-05-16/2018-06-14" for several.
    private static func timex(_ days: ClosedRange<CalendarDay>) -> String {
        days.lowerBound == days.upperBound ? days.lowerBound.description : "\(days.lowerBound)/\(days.upperBound)"
    }
}

/// One holiday's days, year by year from `firstYear`, each as MMDD (1112: November 12); 0 for
/// a year the source lists no day.
struct HolidayTable: Equatable, Sendable {
    let firstYear: Int
    let days: [Int]

    func day(in year: Int) -> CalendarDay? {
        let index = year - firstYear
        guard days.indices.contains(index), days[index] > 0 else { return nil }
        return CalendarDay(year: year, month: days[index] / 100, day: days[index] % 100)
    }
}
