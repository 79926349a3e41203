import BylineCore

/// A number written in digits, with or without separators ("7", "100,000", "1,674.5").
struct Numeral {
    var value: ExactNumber
    /// Digits only: no group separator and no decimal point ("2023", not "2,023" or "20.5").
    var isPlain: Bool
    var integerDigits: Int
}

/// What one token that begins with a digit says.
indirect enum DigitForm {
    case number(Numeral)
    /// "10k", "2.5bn"; `isM` for "m", million only next to a currency (else metres).
    case scaled(Numeral, scale: Int64, isM: Bool)
    /// A quantity with a unit written against it ("5km").
    case measured(Numeral, unit: String)
    /// An ISO 4217 code or "Rs" written against the digits ("42MYR", "20Rs").
    case money(Numeral, code: String)
    /// A time unit written against a number or a fraction ("24h", "1/2h", "10min"): a duration
    /// of that many of the unit (its singular name, as `LexiconTables.timeUnits` has it).
    case duration(ExactNumber, unit: String)
    case ordinal(Int64)
    /// "1990s" (1990, four digits) or "'90s"/"90s" (90, two digits).
    case decade(Int64, twoDigits: Bool)
    case fraction(ExactNumber)
    case range(ExactNumber, ExactNumber)
    case yearRange(Int64, Int64)
    case date(year: Int, month: Int, day: Int)
    /// "2014/10", "2/2013": a month of a year.
    case yearMonth(year: Int, month: Int)
    /// A number joined by a hyphen to words ("5-year-old", "5,000-strong"): the head and the byte
    /// offset where the words begin.
    case compound(DigitForm, rest: Int)
    /// Not a quantity: a score, a phone number, a code, a time.
    case identifier
}

/// Reads digit tokens byte by byte.
enum DigitReader {
    /// Video formats' lines ("480p", "720p"), which are no pence.
    static let videoLines: Set<Int64> = [240, 360, 480, 576, 720]
    static let commonDenominators: Set<Int> = [2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100, 1000]

    static let measurementUnits: [String: String] = [
        "km": "km", "cm": "cm", "mm": "mm", "kg": "kg", "g": "g", "mg": "mg", "lb": "lb", "lbs": "lb", "ft": "ft",
        "mph": "mph", "kph": "km/h", "kmh": "km/h", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
        "gwh": "GWh", "ghz": "GHz", "mhz": "MHz", "gb": "GB", "mb": "MB", "tb": "TB", "ml": "ml", "oz": "oz",
        "ha": "ha", "x": "times", "sq": "sq", "t": "t", "bpd": "bpd", "c": "°C", "f": "°F",
    ]

    /// The currency codes of `LexiconTables.currencyPrefixes` written in letters, lowercase.
    static let currencyCodes: [String: String] = Dictionary(
        LexiconTables.currencyPrefixes.filter { $0.0.allSatisfy { $0.isASCII && $0.isLetter } }, uniquingKeysWith: { a, _ in a })

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm {
        if bytes[start] == UInt8(ascii: "'") { return apostropheDecade(bytes, start, end) }
        if let duration = gluedTimeUnit(bytes, start, end) { return duration }
        var hyphen = -1, slash = -1
        for offset in start..<end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "-") { if hyphen < 0 { hyphen = offset } } else if byte == UInt8(ascii: "/") { if slash < 0 { slash = offset } }
        }
        if hyphen > start { return hyphenated(bytes, start, end) }
        if hyphen == start { return .identifier }
        if slash > start { return slashed(bytes, start, end) }
        return dotted(bytes, start, end) ?? simple(bytes, start, end)
    }

    /// Lowercase time units news writes against the count ("a 24h strike", "in 10min"); not
    /// "m" (million or metres) nor "s" (a decade), and not in capitals ("2H" is a half year).
    private static let gluedTimeUnits: [String: String] = [
        "h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
    ]

    /// "24h", "1.5h", "1/2h", "3/4hr", "10min": a whole, decimal or fraction, then a time unit.
    private static func gluedTimeUnit(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm? {
        var stop = end
        while stop > start, bytes[stop - 1] &- 97 < 26 { stop -= 1 }
        guard stop < end, end - stop <= 4, stop > start, isDigit(bytes[stop - 1]),
              let unit = gluedTimeUnits[String(decoding: UnsafeBufferPointer(rebasing: bytes[stop..<end]), as: UTF8.self)]
        else { return nil }
        switch read(bytes, start, stop) {
        case .number(let numeral): return .duration(numeral.value, unit: unit)
        case .fraction(let value): return .duration(value, unit: unit)
        default: return nil
        }
    }

    /// "31.10.2023", "7.12.2023": a date with points, as European writers put it, day first
    /// (no one writes the month first with points); the year in four digits, so a version
    /// number ("2.0.1") or a decimal stays what it is.
    private static func dotted(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm? {
        var points: [Int] = []
        for offset in start..<end where bytes[offset] == UInt8(ascii: ".") {
            points.append(offset)
            if points.count > 2 { return nil }
        }
        guard points.count == 2, (1...2).contains(points[0] - start), (1...2).contains(points[1] - points[0] - 1),
              end - points[1] - 1 == 4,
              let day = datePiece(bytes, start, points[0], leadingZero: true),
              let month = datePiece(bytes, points[0] + 1, points[1], leadingZero: true),
              let year = datePiece(bytes, points[1] + 1, end, leadingZero: false),
              day.isPlain, month.isPlain, year.isPlain, (1000...2100).contains(year.value.numerator) else { return nil }
        let (d, m) = (Int(day.value.numerator), Int(month.value.numerator))
        guard CalendarDate.isValid(month: m, day: d) else { return nil }
        return .date(year: Int(year.value.numerator), month: m, day: d)
    }

    /// "'90s": a decade of the twentieth century (or "'00s"/"'10s" of the twenty-first).
    private static func apostropheDecade(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm {
        guard end - start == 4, isDigit(bytes[start + 1]), bytes[start + 2] == UInt8(ascii: "0"),
              bytes[end - 1] == UInt8(ascii: "s") else { return .identifier }
        return .decade(Int64(bytes[start + 1] - 48) * 10, twoDigits: true)
    }

    /// A number then an optional suffix: ordinal, decade, scale, unit, vulgar fraction.
    static func simple(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm {
        guard let (numeral, stop) = numeral(bytes, start, end) else { return .identifier }
        if stop == end { return .number(numeral) }
        let suffixLength = end - stop
        var suffix: [UInt8] = []
        suffix.reserveCapacity(suffixLength)
        for offset in stop..<end { suffix.append(ByteHash.asciiLower(bytes[offset])) }
        if let fraction = vulgarFraction(suffix), numeral.value.isInteger,
           let value = numeral.value.adding(fraction) {
            return .number(Numeral(value: value, isPlain: false, integerDigits: numeral.integerDigits))
        }
        // "1.3e6": scientific notation.
        if suffix.count > 1, suffix.count <= 3, suffix[0] == UInt8(ascii: "e"), suffix.dropFirst().allSatisfy(isDigit),
           let power = Int(String(decoding: suffix.dropFirst(), as: UTF8.self)),
           let value = numeral.value.scaled(byPowerOfTen: power) {
            return .number(Numeral(value: value, isPlain: false, integerDigits: numeral.integerDigits))
        }
        guard suffix.allSatisfy({ $0 &- 97 < 26 }) else { return .identifier }
        let text = String(decoding: suffix, as: UTF8.self)
        // "10M", "$1MM": capitals are million, never metres or millimetres.
        if bytes[stop] == UInt8(ascii: "M"), text == "m" || (text == "mm" && bytes[stop + 1] == UInt8(ascii: "M")) {
            return .scaled(numeral, scale: 1_000_000, isM: false)
        }
        switch text {
        case "st", "nd", "rd", "th":
            guard numeral.value.isInteger, ordinalSuffixFits(numeral.value.numerator, text) else { return .identifier }
            return .ordinal(numeral.value.numerator)
        case "s":
            guard numeral.isPlain, numeral.value.numerator % 10 == 0 else { return .identifier }
            if numeral.integerDigits == 4, numeral.value.numerator >= 1000 { return .decade(numeral.value.numerator, twoDigits: false) }
            if numeral.integerDigits == 2 { return .decade(numeral.value.numerator, twoDigits: true) }
            return .identifier
        case "k": return .scaled(numeral, scale: 1_000, isM: false)
        case "m": return .scaled(numeral, scale: 1_000_000, isM: true)
        case "mn", "mln", "mil": return .scaled(numeral, scale: 1_000_000, isM: false)
        case "b", "bn", "bln": return .scaled(numeral, scale: 1_000_000_000, isM: false)
        case "tn", "trn", "tr", "tln": return .scaled(numeral, scale: 1_000_000_000_000, isM: false)
        // "38pc": per cent as British papers write it (lowercase; "2PC" would be no percentage).
        case "pc" where bytes[stop] == UInt8(ascii: "p"): return .measured(numeral, unit: "percent")
        // "12p", "345p": pence as British papers write prices; not a picture's lines ("720p").
        case "p" where bytes[stop] == UInt8(ascii: "p") && numeral.integerDigits <= 3
            && !(numeral.value.isInteger && videoLines.contains(numeral.value.numerator)):
            guard let pounds = numeral.value.divided(by: ExactNumber(100)) else { return .identifier }
            return .money(Numeral(value: pounds, isPlain: false, integerDigits: numeral.integerDigits), code: "GBP")
        default:
            // "5G", "3D": one capital letter names a generation or a format, not grams.
            if suffixLength == 1, bytes[stop] &- 65 < 26, text != "c", text != "f" { return .identifier }
            if let code = currencyCodes[text], bytes[stop] &- 65 < 26, text == "rs" || bytes[end - 1] &- 65 < 26 {
                return .money(numeral, code: code)
            }
            if let unit = measurementUnits[text] { return .measured(numeral, unit: unit) }
            return .identifier
        }
    }

    /// "3-5", "2023-12-07", "1980-81", "5-year-old", "117-111" (a score), "555-1234" (a phone).
    private static func hyphenated(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm {
        var pieces: [(Int, Int)] = []
        var pieceStart = start
        for offset in start...end where offset == end || bytes[offset] == UInt8(ascii: "-") {
            pieces.append((pieceStart, offset))
            pieceStart = offset + 1
        }
        guard pieces.allSatisfy({ $0.0 < $0.1 }) else { return .identifier }
        let (firstStart, firstEnd) = pieces[0]
        let head = simple(bytes, firstStart, firstEnd)
        let secondIsDigit = isDigit(bytes[pieces[1].0])
        // "10-3/8": a whole number and a fraction.
        if pieces.count == 2, secondIsDigit, case .number(let whole) = head, whole.isPlain,
           case .fraction(let fraction) = slashed(bytes, pieces[1].0, pieces[1].1), fraction < ExactNumber(1),
           let value = whole.value.adding(fraction) {
            return .number(Numeral(value: value, isPlain: false, integerDigits: whole.integerDigits))
        }
        if !secondIsDigit {
            switch head {
            case .number, .ordinal, .decade, .scaled: return .compound(head, rest: pieces[1].0)
            default: return .identifier
            }
        }
        var values: [Numeral] = []
        for (pieceStart, pieceEnd) in pieces {
            guard let value = datePiece(bytes, pieceStart, pieceEnd, leadingZero: pieces.count == 3) else { return .identifier }
            values.append(value)
        }
        if values.count == 3 {
            // "2015-3-3" as well as "2015-03-03".
            guard values.allSatisfy(\.isPlain), values[0].integerDigits == 4, values[1].integerDigits <= 2,
                  values[2].integerDigits <= 2 else { return .identifier }
            let (year, month, day) = (Int(values[0].value.numerator), Int(values[1].value.numerator),
                                      Int(values[2].value.numerator))
            guard CalendarDate.isValid(month: month, day: day) else { return .identifier }
            return .date(year: year, month: month, day: day)
        }
        guard values.count == 2 else { return .identifier }
        let (low, high) = (values[0], values[1])
        if low.isPlain && high.isPlain {
            let a = low.value.numerator, b = high.value.numerator
            if low.integerDigits == 4, (1000...2100).contains(a) {
                if high.integerDigits == 2 {
                    let full = a - a % 100 + b
                    // "2014-10" cannot be two years (they would end before they begin): a month.
                    // "2009-10" is two years.
                    if full <= a, (1...12).contains(b) { return .yearMonth(year: Int(a), month: Int(b)) }
                    return full > a ? .yearRange(a, full) : .identifier
                }
                if high.integerDigits == 4, (1000...2100).contains(b), b > a { return .yearRange(a, b) }
            }
            if looksLikePhone(bytes, pieces, low, high) { return .identifier }
        }
        return low.value < high.value ? .range(low.value, high.value) : .identifier
    }

    /// "555-1234", "555-0100", "020-7946": groups of a telephone number, not a range.
    private static func looksLikePhone(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [(Int, Int)],
                                       _ low: Numeral, _ high: Numeral) -> Bool {
        if bytes[pieces[0].0] == UInt8(ascii: "0") || bytes[pieces[1].0] == UInt8(ascii: "0") { return true }
        return low.integerDigits == 3 && high.integerDigits == 4 && low.value.numerator % 10 != 0
            && high.value.numerator % 10 != 0
    }

    /// A piece of a date written with separators: a number, the whole piece; with
    /// `leadingZero` (three pieces: a full date) a month or day may be written "04".
    private static func datePiece(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                  leadingZero: Bool) -> Numeral? {
        let zero = leadingZero && end - start == 2 && bytes[start] == UInt8(ascii: "0")
        guard start < end, let (value, stop) = numeral(bytes, zero ? start + 1 : start, end), stop == end else { return nil }
        return zero ? Numeral(value: value.value, isPlain: true, integerDigits: 2) : value
    }

    /// "3/4" (a fraction), "2021/22" (a season), "12/7/2023" and "04/11/2023" (a date, month
    /// first unless it cannot be).
    private static func slashed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DigitForm {
        var values: [Numeral] = []
        var pieceStart = start
        let isFullDate = (start..<end).filter({ bytes[$0] == UInt8(ascii: "/") }).count == 2
        for offset in start...end where offset == end || bytes[offset] == UInt8(ascii: "/") {
            guard let value = datePiece(bytes, pieceStart, offset, leadingZero: isFullDate), value.isPlain else { return .identifier }
            values.append(value)
            pieceStart = offset + 1
        }
        let integers = values.map { Int($0.value.numerator) }
        if integers.count == 3 {
            let (month, day) = integers[0] > 12 ? (integers[1], integers[0]) : (integers[0], integers[1])
            guard CalendarDate.isValid(month: month, day: day) else { return .identifier }
            if values[2].integerDigits == 4 { return .date(year: integers[2], month: month, day: day) }
            // "3/3/15", "25/12/22": a two-digit year only where the order of day and month is
            // clear (a part above 12, or both equal).
            guard values[2].integerDigits == 2, integers[0] > 12 || integers[1] > 12 || integers[0] == integers[1]
            else { return .identifier }
            return .date(year: fullYear(twoDigits: integers[2]), month: month, day: day)
        }
        guard integers.count == 2 else { return .identifier }
        let (top, bottom) = (integers[0], integers[1])
        if values[0].integerDigits == 4, (1000...2100).contains(top), values[1].integerDigits <= 2 {
            // "2021/22" is a season, "2014/10" a month.
            let full = top - top % 100 + bottom
            if values[1].integerDigits == 2, full == top + 1 { return .yearRange(Int64(top), Int64(full)) }
            return (1...12).contains(bottom) ? .yearMonth(year: top, month: bottom) : .identifier
        }
        if values[1].integerDigits == 4, (1000...2100).contains(bottom), values[0].integerDigits <= 2, (1...12).contains(top) {
            return .yearMonth(year: bottom, month: top)
        }
        // Fractions have the usual denominators; "9/11" and "12/25" are dates.
        guard top < bottom, commonDenominators.contains(bottom),
              let value = ExactNumber(numerator: Int64(top), denominator: Int64(bottom)) else { return .identifier }
        return .fraction(value)
    }

    /// The number at the start of `bytes[start..<end]` and where it stops: digits, valid
    /// thousands groups, an optional decimal part. nil for none or a leading zero ("007").
    static func numeral(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Numeral, Int)? {
        var offset = start
        while offset < end, isDigit(bytes[offset]) { offset += 1 }
        let integerEnd = offset
        guard integerEnd > start else { return nil }
        if offset + 1 < end, bytes[offset] == UInt8(ascii: "."), isDigit(bytes[offset + 1]) {
            offset += 1
            while offset < end, isDigit(bytes[offset]) { offset += 1 }
        }
        // Separators ("1,000", "1'000", "1.111,11"): the careful reading.
        if offset < end, isSeparator(bytes[offset]), offset + 1 < end, isDigit(bytes[offset + 1]) {
            return grouped(bytes, start, end)
        }
        if integerEnd - start > 1, bytes[start] == UInt8(ascii: "0") { return nil }
        return make(bytes, runs: [(start, integerEnd)], fraction: integerEnd < offset ? (integerEnd + 1, offset) : nil,
                    plain: integerEnd == offset, stop: offset)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
    }

    /// Digits with separators, read only where the grouping leaves no doubt: thousands by a
    /// comma or an apostrophe ("1,234,567", "1'000"), Indian lakh groups ("12,34,567.89"), a
    /// decimal point after them; European decimal commas after point groups ("1.111,11") or
    /// after one to three digits when one or two digits follow ("2,5", "4,75").
    private static func grouped(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Numeral, Int)? {
        var runs: [(Int, Int)] = []
        var separators: [UInt8] = []
        var runStart = start
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            if isDigit(byte) { offset += 1; continue }
            guard isSeparator(byte), offset > runStart, offset + 1 < end, isDigit(bytes[offset + 1]) else { break }
            runs.append((runStart, offset))
            separators.append(byte)
            offset += 1
            runStart = offset
        }
        guard offset > runStart else { return nil }
        runs.append((runStart, offset))
        let lengths = runs.map { $0.1 - $0.0 }
        if lengths[0] > 1, bytes[start] == UInt8(ascii: "0") { return nil }
        let last = separators.count - 1
        let inner = separators.dropLast()
        // "1.111,11": points group thousands, the comma is the decimal mark.
        if separators[last] == UInt8(ascii: ","), inner.allSatisfy({ $0 == UInt8(ascii: ".") }),
           (1...3).contains(lengths[0]), lengths.dropFirst().dropLast().allSatisfy({ $0 == 3 }),
           (1...2).contains(lengths[last + 1]) {
            return make(bytes, runs: Array(runs.dropLast()), fraction: runs[last + 1], plain: false, stop: offset)
        }
        // The decimal point, if any, comes last.
        let hasPoint = separators[last] == UInt8(ascii: ".")
        let groups = hasPoint ? Array(separators.dropLast()) : separators
        let integerLengths = hasPoint ? Array(lengths.dropLast()) : lengths
        guard let mark = groups.first, mark != UInt8(ascii: "."), groups.allSatisfy({ $0 == mark }) else { return nil }
        let rest = integerLengths.dropFirst()
        let western = (1...3).contains(integerLengths[0]) && rest.allSatisfy { $0 == 3 }
        let indian = mark == UInt8(ascii: ",") && (1...2).contains(integerLengths[0]) && rest.count >= 2
            && rest.last == 3 && rest.dropLast().allSatisfy { $0 == 2 }
        let integerRuns = hasPoint ? Array(runs.dropLast()) : runs
        if western || indian {
            return make(bytes, runs: integerRuns, fraction: hasPoint ? runs[last + 1] : nil, plain: false, stop: offset)
        }
        // "2,5": one comma and one or two digits cannot be a thousands group.
        if !hasPoint, mark == UInt8(ascii: ","), groups.count == 1, (1...3).contains(lengths[0]), (1...2).contains(lengths[1]) {
            return make(bytes, runs: [runs[0]], fraction: runs[1], plain: false, stop: offset)
        }
        return nil
    }

    /// The value of integer digit runs and an optional run of decimals.
    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, runs: [(Int, Int)], fraction: (Int, Int)?,
                             plain: Bool, stop: Int) -> (Numeral, Int)? {
        var significand: Int64 = 0
        var digits = 0
        func push(_ run: (Int, Int)) -> Bool {
            for offset in run.0..<run.1 {
                let (times, o1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int64(bytes[offset] - 48))
                guard !o1, !o2 else { return false }
                significand = sum
                digits += 1
            }
            return true
        }
        for run in runs { guard push(run) else { return nil } }
        let integerDigits = digits
        if let fraction { guard push(fraction) else { return nil } }
        let places = digits - integerDigits
        guard places <= 18 else { return nil }
        var denominator: Int64 = 1
        for _ in 0..<places { denominator *= 10 }
        guard let value = ExactNumber(numerator: significand, denominator: denominator) else { return nil }
        return (Numeral(value: value, isPlain: plain, integerDigits: integerDigits), stop)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

    /// A two-digit year in a date ("3/3/15", "18Q4"): 00-50 is 20yy, 51-99 19yy.
    static func fullYear(twoDigits year: Int) -> Int { year + (year <= 50 ? 2000 : 1900) }

    /// "2018Q4", "18q4": a year and a quarter in one token; nil for anything else.
    static func yearQuarter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (year: Int, quarter: Int)? {
        guard end - start >= 4, bytes[end - 2] | 0x20 == UInt8(ascii: "q"),
              (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[end - 1]),
              let year = yearDigits(bytes, start, end - 2) else { return nil }
        return (year, Int(bytes[end - 1] - 48))
    }

    /// "FY2024", "FY24": a fiscal year as company reports write it, capitals against the digits.
    static func fiscalYear(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 4, bytes[start] == UInt8(ascii: "F"), bytes[start + 1] == UInt8(ascii: "Y") else { return nil }
        return yearDigits(bytes, start + 2, end)
    }

    /// Two or four digits as a year (two as in "3/3/15"); nil for anything else.
    private static func yearDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let digits = end - start
        guard digits == 2 || digits == 4 else { return nil }
        var year = 0
        for offset in start..<end {
            guard isDigit(bytes[offset]) else { return nil }
            year = year * 10 + Int(bytes[offset] - 48)
        }
        return digits == 2 ? fullYear(twoDigits: year) : year
    }

    /// "1st", "2nd", "3rd", "11th", "21st": the suffix English uses for that number.
    private static func ordinalSuffixFits(_ value: Int64, _ suffix: String) -> Bool {
        let lastTwo = value % 100, last = value % 10
        if (11...13).contains(lastTwo) { return suffix == "th" }
        switch last {
        case 1: return suffix == "st"
        case 2: return suffix == "nd"
        case 3: return suffix == "rd"
        default: return suffix == "th"
        }
    }

    /// Every Unicode vulgar fraction by its scalar: ½ ¼ ¾ and U+2150...U+215E, ↉.
    private static let vulgarFractions: [UInt32: (Int64, Int64)] = [
        0xBD: (1, 2), 0xBC: (1, 4), 0xBE: (3, 4), 0x2150: (1, 7), 0x2151: (1, 9), 0x2152: (1, 10), 0x2153: (1, 3),
        0x2154: (2, 3), 0x2155: (1, 5), 0x2156: (2, 5), 0x2157: (3, 5), 0x2158: (4, 5), 0x2159: (1, 6),
        0x215A: (5, 6), 0x215B: (1, 8), 0x215C: (3, 8), 0x215D: (5, 8), 0x215E: (7, 8), 0x2189: (0, 3),
    ]

    /// A vulgar fraction written after an integer ("1½") or alone.
    private static func vulgarFraction(_ suffix: [UInt8]) -> ExactNumber? {
        let scalar: UInt32
        switch suffix.count {
        case 2 where suffix[0] == 0xC2: scalar = UInt32(suffix[1])
        case 3 where suffix[0] == 0xE2:
            scalar = (UInt32(suffix[0] & 0x0F) << 12) | (UInt32(suffix[1] & 0x3F) << 6) | UInt32(suffix[2] & 0x3F)
        default: return nil
        }
        guard let (top, bottom) = vulgarFractions[scalar] else { return nil }
        return ExactNumber(numerator: top, denominator: bottom)
    }

    /// A vulgar fraction written as its own token ("½").
    static func standaloneFraction(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ExactNumber? {
        guard end - start <= 3 else { return nil }
        return vulgarFraction((start..<end).map { bytes[$0] })
    }
}
