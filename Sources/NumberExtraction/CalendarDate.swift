import BylineCore

/// A calendar date as the text writes it: the month always, the day and the year when written
/// (a day range "December 7-8" keeps its last day). Resolved to ISO 8601 once the document's
/// reference date is known.
struct CalendarDate: Equatable {
    var year: Int?
    var month: Int
    var day: Int?
    var lastDay: Int? = nil

    static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isValid(month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth[month - 1]
    }

    /// A date with year, month and day: what a dateline gives.
    var isComplete: Bool { year != nil && day != nil }

    /// Which year a yearless date means, by the tense of its clause (news convention: "was
    /// signed on Jan. 18" under a December 2023 date is 2023's, "will begin on Nov. 30" 2024's).
    var direction: TimeDirection = .nearest

    /// The weekday written with the date ("Monday, Jan. 8"; ISO, Monday 1), which can pick its year.
    var weekday: Int? = nil

    /// The year of a yearless date against `reference`: by `direction`, the nearest without one
    /// ("November 20" under a December 2023 dateline is 2023; "January 5" under it is 2024).
    /// A weekday written with it that the nearest year's date falls on outweighs the tense
    /// ("was postponed to Monday, Jan. 8" under 2023-12-07 is 2024's: the writer named the day);
    /// one the nearest year does not fit leaves the tense to decide (a slip of the weekday is
    /// likelier than a date a year off the dateline).
    func year(near reference: CalendarDate) -> Int {
        guard let referenceYear = reference.year else { return 0 }
        func position(_ year: Int, _ month: Int, _ day: Int) -> Int { year * 372 + (month - 1) * 31 + day }
        let target = position(referenceYear, reference.month, reference.day ?? 1)
        let nearest = [referenceYear, referenceYear - 1, referenceYear + 1].min {
            abs(position($0, month, day ?? 1) - target) < abs(position($1, month, day ?? 1) - target)
        }!
        if let weekday, let day, CalendarDay(year: nearest, month: month, day: day)?.weekday == weekday { return nearest }
        let same = position(referenceYear, month, day ?? 1)
        switch direction {
        case .past: return same <= target ? referenceYear : referenceYear - 1
        case .future: return same >= target ? referenceYear : referenceYear + 1
        case .last: return same < target ? referenceYear : referenceYear - 1
        case .next: return same > target ? referenceYear : referenceYear + 1
        case .this: return referenceYear
        case .nearest: return nearest
        }
    }

    /// ISO 8601: "2023-12-07", "--12-07" without a year, "2023-12" without a day, and
    /// "start/end" for a range of days.
    func iso(reference: CalendarDate?) -> String {
        var year = self.year
        if year == nil, day != nil, let reference, reference.isComplete { year = self.year(near: reference) }
        func format(_ day: Int?) -> String {
            let monthDay = Self.pad(month, 2) + (day.map { "-" + Self.pad($0, 2) } ?? "")
            guard let year else { return "--" + monthDay }
            return Self.pad(year, 4) + "-" + monthDay
        }
        guard let lastDay else { return format(day) }
        return format(day) + "/" + format(lastDay)
    }

    static func pad(_ value: Int, _ width: Int) -> String { CalendarDay.pad(value, width) }
}
