/// A time of day to the second, with the UTC offset its timestamp wrote, if any: when a
/// document was written, which clock-relative expressions ("in two hours", "30 minutes ago",
/// "now") are resolved against.
public struct ClockTime: Hashable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// "Z" or "+05:30" as written; empty for a local time.
    public let zone: String

    public init?(hour: Int, minute: Int, second: Int = 0, zone: String = "") {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
        self.zone = zone
    }

    public var secondOfDay: Int { hour * 3600 + minute * 60 + second }

    /// `hh:mm:ss` and the zone.
    public var description: String {
        CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2) + ":" + CalendarDay.pad(second, 2) + zone
    }
}

/// A document's date as inputs and outputs write it (`--document-date`, the JSONL `date`
/// field, CoNLL-U's `# date =`): a day, `YYYY-MM-DD`, or a timestamp of the day and a time,
/// `YYYY-MM-DDThh:mm[:ss]`, with `Z` or an offset `±hh:mm` if the time is not local.
public struct DocumentDate: Hashable, Sendable, CustomStringConvertible {
    public let day: CalendarDay
    public let time: ClockTime?

    public init(day: CalendarDay, time: ClockTime? = nil) {
        self.day = day
        self.time = time
    }

    /// Reads a day or a timestamp exactly; nil for anything else ("2023-12-07 15:00",
    /// "2023-12-07T25:00", a zone without its minutes).
    public init?(iso text: String) {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let day = CalendarDay(iso: String(parts[0])) else { return nil }
        guard parts.count == 2 else {
            self.init(day: day)
            return
        }
        guard let time = Self.time(Array(parts[1].utf8)) else { return nil }
        self.init(day: day, time: time)
    }

    /// `hh:mm`, `hh:mm:ss`, then nothing, `Z` or `±hh:mm`.
    private static func time(_ bytes: [UInt8]) -> ClockTime? {
        func number(_ at: Int) -> Int? {
            guard at + 2 <= bytes.count, bytes[at..<at + 2].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(bytes[at] - 0x30) * 10 + Int(bytes[at + 1] - 0x30)
        }
        let colon = UInt8(ascii: ":")
        guard let hour = number(0), bytes.count >= 5, bytes[2] == colon, let minute = number(3) else { return nil }
        var at = 5
        var second = 0
        if at < bytes.count, bytes[at] == colon {
            guard let seconds = number(at + 1) else { return nil }
            second = seconds
            at += 3
        }
        let zone = String(decoding: bytes[at...], as: UTF8.self)
        let isOffset = zone.utf8.count == 6 && (zone.first == "+" || zone.first == "-")
            && number(at + 1) != nil && bytes[at + 3] == colon && number(at + 4) != nil
        guard zone.isEmpty || zone == "Z" || isOffset else { return nil }
        return ClockTime(hour: hour, minute: minute, second: second, zone: zone)
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm:ss` and the zone.
    public var description: String { day.description + (time.map { "T\($0)" } ?? "") }
}

extension Document {
    /// The document's date and, when its input gave a timestamp, its time, as one value:
    /// what readers fill in and writers write.
    public var dateStamp: DocumentDate? {
        get { date.map { DocumentDate(day: $0, time: time) } }
        set {
            date = newValue?.day
            time = newValue?.time
        }
    }
}
