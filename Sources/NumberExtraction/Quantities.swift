import BylineCore

/// Quantities: a number (digits or words) with what is written against it: a currency before,
/// a sign, a scale word, a percent or currency word after, a second number making a range, a
/// time unit, a trailing bound ("or more").
extension SentenceScanner {
    func quantity(at start: Int, allowRange: Bool) -> Reading? {
        guard start < end else { return nil }
        var position = start
        var currency: String? = nil
        var negative = false
        if let (code, next) = currencyPrefix(at: position) { currency = code; position = next }
        if position < end, let next = signed(at: position) {
            negative = true
            position = next
            if currency == nil, let (code, afterCurrency) = currencyPrefix(at: position) { currency = code; position = afterCurrency }
        }
        guard position < end, var reading = core(at: position) else { return nil }
        if position > start { reading.start = start }
        countFromTheEnd(&reading)
        if negative {
            guard reading.kind == .cardinal || reading.kind == .fraction, let value = reading.value else { return nil }
            reading.value = value.negated
            reading.isPlainInteger = false
        }
        if let currency {
            guard reading.kind == .cardinal || reading.kind == .range,
                  reading.unit == nil || reading.millionOrMetres else { return nil }
            reading.millionOrMetres = false
            reading.unit = currency
            if reading.kind == .cardinal { reading.kind = .money }
            reading.isPlainInteger = false
        } else {
            unitAfter(&reading)
        }
        minorUnits(&reading)
        if allowRange { rangeTail(&reading) }
        proportion(&reading)
        timeUnit(&reading)
        compoundDuration(&reading)
        boundAfter(&reading)
        return reading
    }

    // MARK: - Prefixes

    /// "$", "€", "USD", "US$", "Rs": the currency and the token after it.
    func currencyPrefix(at index: Int) -> (String, Int)? {
        let token = table[index]
        guard token.roles.contains(.starter) else { return nil }
        if index + 1 < end, table.isByte(index + 1, "$"), !table[index + 1].spaceBefore,
           let code = lexicon.dollarPrefixes[token.word], token.shape != .lower {
            return (code, index + 2)
        }
        guard token.roles.contains(.currencyPrefix), let code = lexicon.words[Int(token.word)].currency else { return nil }
        // Letter codes are written in capitals ("USD 5"); "Rs" is the one capitalized prefix.
        if token.shape == .lower || (token.shape == .capitalized && code != "INR") { return nil }
        guard index + 1 < end, table[index + 1].shape == .digit || table.isByte(index + 1, ".") else { return nil }
        return (code, index + 1)
    }

    /// "-3" (a hyphen or U+2212 against digits, not after a word), "minus five", "negative 5":
    /// the token where the number begins.
    func signed(at index: Int) -> Int? {
        guard index + 1 < end else { return nil }
        if table.isMinus(index) {
            let next = table[index + 1]
            guard next.shape == .digit, table[index].spaceBefore || index == first || table.isByte(index - 1, "(") else { return nil }
            // "fell to - 1 4/5": a spaced sign first or after a preposition or a verb. After anything
            // else a spaced dash is a separator ("Attendance - 18,661", "order book - 14 - 13", "3 - 2").
            if next.spaceBefore {
                let signWords: WordRoles = [.preposition, .auxiliary, .changeVerb]
                guard index == first || table[index - 1].shape == .lower && !table[index - 1].roles.isDisjoint(with: signWords)
                else { return nil }
            }
            return index + 1
        }
        let id = table[index].word
        guard id == k.minus || id == k.negative else { return nil }
        let next = table[index + 1]
        guard next.shape == .digit || (next.word != noWord && lexicon.words[Int(next.word)].atom != nil) else { return nil }
        return index + 1
    }

    // MARK: - The number itself

    func core(at index: Int) -> Reading? {
        let token = table[index]
        switch token.shape {
        case .digit: return digits(at: index)
        case .other:
            if table.isByte(index, "."), index + 1 < end, table[index + 1].shape == .digit, !table[index + 1].spaceBefore,
               token.spaceBefore || index == first {
                let next = table[index + 1]
                guard case .number(let numeral) = DigitReader.read(table.bytes, next.start, next.end), numeral.isPlain,
                      let value = numeral.value.scaled(byPowerOfTen: -numeral.integerDigits) else { return nil }
                return Reading(tokens: index..<(index + 2), kind: .cardinal, value: value)
            }
            if let fraction = DigitReader.standaloneFraction(table.bytes, token.start, token.end) {
                return Reading(tokens: index..<(index + 1), kind: .fraction, value: fraction)
            }
            return nil
        case .lower, .capitalized, .upper:
            if token.word == noWord, let (code, digits) = lexicon.currencyGluedToDigits(table.bytes, token.start, token.end) {
                guard let value = amount(DigitReader.read(table.bytes, digits, token.end)) else { return nil }
                var reading = Reading(tokens: index..<(index + 1), kind: .money, value: value)
                reading.unit = code
                return reading
            }
            return words(at: index)
        }
    }

    /// The value of a plain or scaled number ("3.14", "5bn"), for amounts read inside a token.
    private func amount(_ form: DigitForm) -> ExactNumber? {
        switch form {
        case .number(let numeral): return numeral.value
        case .scaled(let numeral, let scale, _): return numeral.value.multiplied(by: ExactNumber(scale))
        default: return nil
        }
    }

    private func digits(at index: Int) -> Reading? {
        let token = table[index]
        var reading = Reading(tokens: index..<(index + 1), kind: .cardinal)
        if let (value, last) = scientific(at: index) {
            reading.value = value
            reading.end = last + 1
            reading.coreEnd = last + 1
            return reading
        }
        switch DigitReader.read(table.bytes, token.start, token.end) {
        case .number(var numeral):
            // "1 234 567", "45 000": thousands groups in separate tokens end at the last group.
            var last = index
            if let (joined, lastGroup) = spacedThousands(at: index, numeral) {
                numeral = joined
                last = lastGroup
                reading.end = last + 1
                reading.coreEnd = last + 1
            }
            if last == index, isSpacedScore(at: index) || inDigitRun(at: index) { return nil }
            reading.value = numeral.value
            reading.integerDigits = numeral.integerDigits
            reading.isPlainInteger = numeral.isPlain
            if let spelledOut = spelled.read(from: last, numeral: numeral.value), spelledOut.kind != .ordinal,
               spelledOut.rest == nil {
                reading.value = spelledOut.value
                reading.kind = spelledOut.kind == .fraction ? .fraction : .cardinal
                reading.end = spelledOut.end
                reading.coreEnd = spelledOut.end
                reading.scale = spelledOut.scale
                reading.isPlainInteger = false
            } else if numeral.value.isInteger, last == index, index + 1 < end, table[index + 1].shape == .digit,
                      case .fraction(let fraction) = DigitReader.read(table.bytes, table[index + 1].start, table[index + 1].end),
                      let sum = numeral.value.adding(fraction) {
                reading.value = sum
                reading.end = index + 2
                reading.coreEnd = index + 2
                reading.isPlainInteger = false
            } else if let scale = separateScale(at: last + 1), let scaled = numeral.value.multiplied(by: ExactNumber(scale)) {
                reading.value = scaled
                reading.scale = scale
                reading.end = last + 2
                reading.coreEnd = last + 2
                reading.isPlainInteger = false
            }
        case .scaled(let numeral, let scale, let isM):
            guard let value = numeral.value.multiplied(by: ExactNumber(scale)) else { return nil }
            reading.value = value
            reading.scale = scale
            reading.millionOrMetres = isM
        case .money(let numeral, let code):
            reading.kind = .money
            reading.value = numeral.value
            reading.unit = code
        case .duration(let value, let unit):
            reading.kind = .duration
            reading.value = value
            reading.unit = unit
            reading.isPlainInteger = false
        case .measured(let numeral, let unit):
            reading.value = numeral.value
            reading.unit = unit
            if unit == "percent" { reading.kind = .percent }
        case .ordinal(let value):
            reading.kind = .ordinal
            reading.value = ExactNumber(value)
        case .decade(let year, let twoDigits):
            return decade(at: index, year: year, twoDigits: twoDigits)
        case .fraction(let value):
            reading.kind = .fraction
            reading.value = value
        case .range(let low, let high):
            guard !isScore(at: index) else { return nil }
            reading.kind = .range
            reading.low = low
            reading.high = high
            if let scale = separateScale(at: index + 1) ?? spelledScale(at: index + 1),
               let scaledLow = low.multiplied(by: ExactNumber(scale)), let scaledHigh = high.multiplied(by: ExactNumber(scale)) {
                reading.low = scaledLow
                reading.high = scaledHigh
                reading.scale = scale
                reading.end = index + 2
                reading.coreEnd = index + 2
            }
        case .yearRange(let low, let high):
            reading.kind = .range
            reading.low = ExactNumber(low)
            reading.high = ExactNumber(high)
            reading.calendar = CalendarDate.pad(Int(low), 4) + "/" + CalendarDate.pad(Int(high), 4)
        case .date, .yearMonth, .identifier:
            return nil
        case .compound(let head, let rest):
            guard var headReading = compoundHead(head, at: index) else { return nil }
            return compound(&headReading, rest: rest, tokenEnd: token.end) ? headReading : nil
        }
        return reading
    }

    /// "1 234 567", "45\u{A0}000", "12\u{202F}500", "250\u{2009}000": one to three digits, then
    /// groups of exactly three, each after one space, no-break space, narrow no-break space or
    /// thin space. A digit token just before or after ("+41 44 668 18 00") makes it a phone
    /// number or a list, and nothing is joined.
    private func spacedThousands(at index: Int, _ head: Numeral) -> (Numeral, Int)? {
        guard head.isPlain, head.integerDigits <= 3, index + 1 < end, table[index + 1].shape == .digit,
              index == first || table[index - 1].shape != .digit else { return nil }
        var value = head.value
        var last = index
        while last + 1 < end, table.length(last + 1) == 3, isThinGap(last), table[last + 1].shape == .digit {
            // Plain spaces join at most two groups: more is a table row ("219 216 220 216").
            if table.bytes[table[last].end] == 0x20, last - index >= 2 { return nil }
            let group = table[last + 1]
            guard (group.start..<group.end).allSatisfy({ DigitReader.isDigit(table.bytes[$0]) }),
                  let shifted = value.multiplied(by: ExactNumber(1000)),
                  let sum = shifted.adding(ExactNumber(Int64(table.bytes[group.start] - 48) * 100
                      + Int64(table.bytes[group.start + 1] - 48) * 10 + Int64(table.bytes[group.start + 2] - 48)))
            else { break }
            value = sum
            last += 1
        }
        guard last > index, last + 1 >= end || table[last + 1].shape != .digit else { return nil }
        return (Numeral(value: value, isPlain: false, integerDigits: head.integerDigits + 3 * (last - index)), last)
    }

    /// "3 - 2": a result written with a spaced hyphen between two small whole numbers, on
    /// either number; not inside a longer row of dashes ("- 14 - 13 - 11 -").
    private func isSpacedScore(at index: Int) -> Bool {
        func isSpacedHyphen(_ at: Int) -> Bool {
            at > first && at + 1 < end && table.isByte(at, "-") && table[at].spaceBefore && table[at + 1].spaceBefore
        }
        func isSmallWhole(_ at: Int) -> Bool {
            at >= first && at < end && table.length(at) <= 2
                && (table[at].start..<table[at].end).allSatisfy { DigitReader.isDigit(table.bytes[$0]) }
        }
        func score(_ low: Int) -> Bool {
            isSmallWhole(low) && isSpacedHyphen(low + 1) && isSmallWhole(low + 2)
                && !(low - 1 >= first && table.isDash(low - 1)) && !(low + 3 < end && table.isDash(low + 3))
        }
        return score(index) || score(index - 2)
    }

    /// "+41 44 668 18 00": three or more runs of digits a space apart, after a "+" or with a
    /// leading zero ("00", "020"), are a telephone number. Without either they are counts, as in
    /// a league table ("Ajax 13 5 4 4 20").
    private func inDigitRun(at index: Int) -> Bool {
        var low = index, high = index
        while low > first, table[low - 1].shape == .digit, isThinGap(low - 1) { low -= 1 }
        while high + 1 < end, table[high + 1].shape == .digit, isThinGap(high) { high += 1 }
        guard high - low >= 2 else { return false }
        if low > first, table.isByte(low - 1, "+"), !table[low].spaceBefore { return true }
        return (low...high).contains { run in
            let token = table[run]
            return token.end - token.start > 1 && table.bytes[token.start] == UInt8(ascii: "0")
                && (token.start..<token.end).allSatisfy { DigitReader.isDigit(table.bytes[$0]) }
        }
    }

    /// "1.3e6" is read by `DigitReader`; "1.3x10^6" and "6.23×10⁻⁴" span several tokens
    /// written together: the value and the last token.
    private func scientific(at index: Int) -> (ExactNumber, Int)? {
        let token = table[index]
        // Cheap test first: an "x" or "*" in the token, or a "×" (C3 97) right after it.
        let timesAfter = token.end < table.bytes.count && table.bytes[token.end] == 0xC3
        guard timesAfter || (token.start..<token.end).contains(where: {
            table.bytes[$0] == UInt8(ascii: "x") || table.bytes[$0] == UInt8(ascii: "*")
        }) else { return nil }
        guard let (mantissa, stop) = DigitReader.numeral(table.bytes, token.start, token.end) else { return nil }
        var offset = stop
        let bytes = table.bytes
        let limit = bytes.count
        func at(_ ahead: Int) -> UInt8 { offset + ahead < limit ? bytes[offset + ahead] : 0 }
        if at(0) == UInt8(ascii: "x") || at(0) == UInt8(ascii: "*") { offset += 1 } else if at(0) == 0xC3, at(1) == 0x97 { offset += 2 } else { return nil }
        guard at(0) == UInt8(ascii: "1"), at(1) == UInt8(ascii: "0") else { return nil }
        offset += 2
        var negative = false
        var power = 0
        var digits = 0
        if at(0) == UInt8(ascii: "^") {
            offset += 1
            if at(0) == UInt8(ascii: "-") { negative = true; offset += 1 }
            while DigitReader.isDigit(at(0)) { power = power * 10 + Int(at(0) - 48); digits += 1; offset += 1 }
        } else {
            if at(0) == 0xE2, at(1) == 0x81, at(2) == 0xBB { negative = true; offset += 3 }
            while let digit = Self.superscriptDigit(at(0), at(1), at(2)) {
                power = power * 10 + digit.value
                digits += 1
                offset += digit.length
            }
        }
        guard digits > 0, digits <= 2, let value = mantissa.value.scaled(byPowerOfTen: negative ? -power : power) else { return nil }
        // The tokens written against each other up to the exponent's end.
        var last = index
        while table[last].end < offset, last + 1 < end, !table[last + 1].spaceBefore { last += 1 }
        return table[last].end == offset ? (value, last) : nil
    }

    /// ⁰ ¹ ² ³ ⁴ … ⁹ in UTF-8: the digit and its length in bytes.
    private static func superscriptDigit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> (value: Int, length: Int)? {
        if a == 0xC2, b == 0xB9 { return (1, 2) }
        if a == 0xC2, b == 0xB2 || b == 0xB3 { return (Int(b - 0xB0), 2) }
        if a == 0xE2, b == 0x81, c == 0xB0 || (0xB4...0xB9).contains(c) { return (Int(c - 0xB0), 3) }
        return nil
    }

    /// One space between two tokens: " ", U+00A0, U+202F or U+2009.
    private func isThinGap(_ index: Int) -> Bool {
        let from = table[index].end, to = table[index + 1].start
        switch to - from {
        case 1: return table.bytes[from] == 0x20
        case 2: return table.bytes[from] == 0xC2 && table.bytes[from + 1] == 0xA0
        case 3:
            return table.bytes[from] == 0xE2 && table.bytes[from + 1] == 0x80
                && (table.bytes[from + 2] == 0xAF || table.bytes[from + 2] == 0x89)
        default: return false
        }
    }

    /// "beat them 6-3 1-6", "(3-4)", "Tolley 4-68": a result or a record, not a range.
    private func isScore(at index: Int) -> Bool {
        func isDigitPair(_ other: Int) -> Bool {
            guard other >= first, other < end, table[other].shape == .digit else { return false }
            let token = table[other]
            return (token.start..<token.end).contains { table.bytes[$0] == UInt8(ascii: "-") }
        }
        if isDigitPair(index - 1) || isDigitPair(index + 1) { return true }
        if index + 1 < end, table.isByte(index + 1, "%") || word(index + 1) == k.percent { return false }
        if index + 1 < end, table[index + 1].roles.contains(.scoreCue) { return true }  // "a 2-3 loss"
        guard index > first else { return false }
        let before = table[index - 1]
        if before.roles.contains(.scoreCue) { return true }
        if table.isByte(index - 1, "("), index + 1 < end, table.isByte(index + 1, ")") { return true }
        return before.shape == .capitalized && before.roles.isEmpty
    }

    /// "bn", "mln" as their own token after digits.
    private func separateScale(at index: Int) -> Int64? {
        guard index < end else { return nil }
        let id = table[index].word
        guard id != noWord else { return nil }
        let scale = lexicon.words[Int(id)].scale
        return scale > 0 ? scale : nil
    }

    /// "million", "thousand" after a digit range ("3-5 million").
    private func spelledScale(at index: Int) -> Int64? {
        guard index < end, let atom = entry(index)?.atom, atom.atomClass == .scale else { return nil }
        return atom.value
    }

    private func compoundHead(_ head: DigitForm, at index: Int) -> Reading? {
        var reading = Reading(tokens: index..<(index + 1), kind: .cardinal)
        switch head {
        case .number(let numeral):
            reading.value = numeral.value
        case .scaled(let numeral, let scale, _):
            reading.value = numeral.value.multiplied(by: ExactNumber(scale))
            reading.scale = scale
        case .ordinal(let value):
            reading.kind = .ordinal
            reading.value = ExactNumber(value)
        case .decade(let year, let twoDigits):
            return decade(at: index, year: year, twoDigits: twoDigits)
        default:
            return nil
        }
        return reading.value == nil ? nil : reading
    }

    /// Classifies the words after a hyphen ("5-year-old", "three-day", "21st-century",
    /// "5,000-strong", "40-odd", "3-to-5"); false when the whole is no number ("one-off").
    func compound(_ reading: inout Reading, rest: Int, tokenEnd: Int) -> Bool {
        var pieces: [WordID] = []
        var pieceStart = rest
        var offset = rest
        while offset <= tokenEnd {
            if offset == tokenEnd || table.bytes[offset] == UInt8(ascii: "-") {
                pieces.append(pieceStart < offset ? lexicon.lookup(table.bytes, pieceStart, offset) : noWord)
                pieceStart = offset + 1
            }
            offset += 1
        }
        let head = pieces[0]
        let entry = head == noWord ? nil : lexicon.words[Int(head)]
        switch reading.kind {
        case .ordinal:
            if head == k.century || head == k.centuries { makeCentury(&reading) }
            if head == k.to, pieces.count == 2, pieces[1] == k.last, let value = reading.value { reading.value = value.negated }
            return true
        case .decade, .century:
            return true
        default:
            break
        }
        guard let value = reading.value else { return false }
        if let unit = entry?.timeUnit {
            reading.kind = .duration
            reading.unit = unit
            return true
        }
        if head == k.odd { reading.modifier = .approximately; return true }
        if head == k.plus { reading.modifier = .atLeast; return true }
        if head == k.percent { reading.kind = .percent; reading.unit = "percent"; return true }
        if let atom = entry?.atom, atom.atomClass == .scale, let scaled = value.multiplied(by: ExactNumber(atom.value)) {
            reading.value = scaled
            reading.scale = atom.value
            return true
        }
        if let code = entry?.currency, !(entry?.roles.contains(.currencyPrefix) ?? false) {
            reading.kind = .money
            reading.unit = code
            return true
        }
        // "one-off", "one-sided", "half-brother": idioms, not quantities.
        if reading.kind == .fraction || (reading.isSpelled && value == ExactNumber(1)) { return false }
        // "3-to-5" and the like: too rare to read, not to be taken for 3.
        if head == k.to { return false }
        return true
    }

    // MARK: - Words

    private func words(at index: Int) -> Reading? {
        let token = table[index]
        if hasHyphenedDigits(index) { return prefixedDigits(at: index) }
        if let fromTheEnd = ordinalFromTheEnd(at: index) { return fromTheEnd }
        if let single = aCurrencyUnit(at: index) ?? aTimeUnitAndMore(at: index) { return single }
        if token.word != noWord {
            let entry = lexicon.words[Int(token.word)]
            if entry.vague > 0 { return vague(at: index, magnitude: entry.vague) }
            if entry.decade > 0 { return decade(at: index, year: entry.decade, twoDigits: true, spelled: true) }
            if let few = approximateScale(at: index) { return few }
        }
        guard let number = spelled.read(from: index) else { return nil }
        // "I second that": a verb after a pronoun.
        if number.kind == .ordinal, number.value == ExactNumber(2), number.end == index + 1, index > first,
           table[index - 1].roles.contains(.pronoun), table[index - 1].roles.isDisjoint(with: .possessive) { return nil }
        var reading = Reading(tokens: index..<number.end, kind: number.kind, value: number.value)
        reading.isSpelled = true
        reading.scale = number.scale
        reading.isLoneOne = number.end == index + 1 && number.rest == nil && token.word == k.one
        if number.articleFraction, looksLikeNounWord(number.end) {
            // "a third term": an ordinal after an article.
            let ordinalToken = number.end - 1
            guard let ordinal = entry(ordinalToken)?.ordinal else { return nil }
            reading = Reading(tokens: ordinalToken..<number.end, kind: .ordinal, value: ExactNumber(ordinal.value))
            reading.isSpelled = true
            return reading
        }
        if reading.kind == .fraction, number.end == index + 2, token.word == k.one, index > first, word(index - 1) == k.the,
           word(number.end) != k.of, looksLikeNounWord(number.end),
           let ordinal = entry(number.end - 1)?.ordinal, ordinal.value >= 100 {
            // "the one millionth visitor": a rank after "the", before a noun ("one millionth of a
            // second" stays a fraction).
            reading.kind = .ordinal
            reading.value = ExactNumber(ordinal.value)
            return reading
        }
        if let rest = number.rest {
            return compound(&reading, rest: rest, tokenEnd: table[number.end - 1].end) ? reading : nil
        }
        if reading.kind == .fraction, number.end == index + 1, token.word == k.half, !halfIsAFraction(at: index) {
            return nil
        }
        let last = word(number.end - 1)
        if last == k.couple || last == k.pair || last == k.dozen, word(number.end) == k.of {
            reading.end += 1
            reading.coreEnd += 1
        }
        return reading
    }

    /// "the last but one" (-2), "penultimate" (-2), "antepenultimate" (-3): ordinals counted
    /// from the end have negative values, -1 being the last (so "second to last" is -2).
    private func ordinalFromTheEnd(at index: Int) -> Reading? {
        let id = table[index].word
        var stop = index + 1
        var value: Int64
        switch id {
        case k.penultimate: value = -2
        case k.antepenultimate: value = -3
        case k.last:
            guard word(index + 1) == k.but, let atom = entry(index + 2)?.atom, atom.atomClass == .unit,
                  atom.value <= 3 else { return nil }
            value = -(atom.value + 1)
            stop = index + 3
        default: return nil
        }
        var reading = Reading(tokens: index..<stop, kind: .ordinal, value: ExactNumber(value))
        reading.isSpelled = true
        return reading
    }

    /// Seconds per time unit, and months per calendar unit, to add the parts of a compound
    /// duration in the smaller unit (a month is 30 days and a year 365 days across the two).
    private static let secondsPerUnit: [String: Int64] = [
        "second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "week": 604_800, "fortnight": 1_209_600,
        "month": 2_592_000, "year": 31_536_000,
    ]
    private static let monthsPerUnit: [String: Int64] = ["month": 1, "year": 12, "decade": 120, "century": 1200]

    /// "2 years and 3 months" (27 months), "1 year, 2 days, 3 hours and 4 seconds", "an hour
    /// and 45 minutes", "an hour and a half": the parts of one duration, in its smallest unit.
    private func compoundDuration(_ reading: inout Reading) {
        guard reading.kind == .duration, reading.modifier == nil else { return }
        while var total = reading.value, let unit = reading.unit, reading.end < end {
            var at = reading.end
            if table.isByte(at, ",") { at += 1 }
            if word(at) == k.and { at += 1 }
            // "and a half".
            if at > reading.end, word(at) == k.a || at < end && table[at].word == k.half {
                let half = word(at) == k.half ? at : at + 1
                guard word(half) == k.half, word(half + 1) != k.of, let sum = total.adding(ExactNumber(numerator: 1, denominator: 2)!) else { return }
                reading.value = sum
                reading.end = half + 1
                return
            }
            guard at < end, var part = core(at: at) else { return }
            timeUnit(&part)
            guard part.kind == .duration, let partValue = part.value, let partUnit = part.unit, partUnit != unit else { return }
            let table = Self.monthsPerUnit[unit] != nil && Self.monthsPerUnit[partUnit] != nil ? Self.monthsPerUnit : Self.secondsPerUnit
            guard let big = table[unit], let small = table[partUnit], small < big,
                  let scaled = total.multiplied(by: ExactNumber(big / small)), let sum = scaled.adding(partValue) else { return }
            total = sum
            reading.value = total
            reading.unit = partUnit
            reading.end = part.end
        }
    }

    /// "an hour and 45 minutes", "a month and a half": one unit that begins a compound
    /// duration. "a year" alone stays no number ("once a year").
    private func aTimeUnitAndMore(at index: Int) -> Reading? {
        let id = table[index].word
        guard id == k.a || id == k.an, let unit = entry(index + 1)?.timeUnit, word(index + 2) == k.and else { return nil }
        var reading = Reading(tokens: index..<(index + 2), kind: .duration, value: ExactNumber(1))
        reading.unit = unit
        compoundDuration(&reading)
        return reading.end > index + 2 ? reading : nil
    }

    /// "a dollar", "a euro": one unit of a currency named by its word ("a pound of" is a weight).
    private func aCurrencyUnit(at index: Int) -> Reading? {
        let id = table[index].word
        guard id == k.a || id == k.an, let currency = entry(index + 1), let code = currency.currency,
              currency.currencyDivisor == 1, !currency.roles.contains(.currencyPrefix), word(index + 2) != k.of else { return nil }
        var reading = Reading(tokens: index..<(index + 2), kind: .money, value: ExactNumber(1))
        reading.unit = code
        return reading
    }

    /// "second to last", "third to last": the ordinal read, counted from the end.
    private func countFromTheEnd(_ reading: inout Reading) {
        guard reading.kind == .ordinal, let value = reading.value, value > ExactNumber(0),
              word(reading.end) == k.to, word(reading.end + 1) == k.last else { return }
        reading.value = value.negated
        reading.end += 2
    }

    /// "half" is a quantity in "half of them", "half the country", "more than half", "in half
    /// an hour", but a noun in "the second half", "cut in half", "the other half".
    private func halfIsAFraction(at index: Int) -> Bool {
        guard index > first else { return true }
        let before = table[index - 1]
        // "in half an hour" is a fraction.
        let inHalf = before.word == k.in_ && word(index + 1) != k.a && word(index + 1) != k.an
        if before.word == k.the || before.word == k.other || inHalf || before.word == k.a
            || before.word == k.an || before.roles.contains(.possessive) { return false }
        if let ordinal = entry(index - 1)?.ordinal, ordinal.value <= 2 { return false }
        return true
    }

    /// "a few hundred", "several thousand", "a few dozen": a vague count of a scale.
    private func approximateScale(at index: Int) -> Reading? {
        let id = table[index].word
        var scaleIndex: Int
        if id == k.several {
            scaleIndex = index + 1
        } else if id == k.a, word(index + 1) == k.few {
            scaleIndex = index + 2
        } else {
            return nil
        }
        guard scaleIndex < end, let atom = entry(scaleIndex)?.atom,
              atom.atomClass == .hundred || atom.atomClass == .scale || atom.atomClass == .dozen else { return nil }
        scaleIndex += 1
        return Reading(tokens: index..<scaleIndex, kind: .approximate, value: ExactNumber(atom.value))
    }

    /// "dozens", "hundreds", "tens of thousands", "hundreds of millions": the magnitude implied.
    private func vague(at index: Int, magnitude: Int64) -> Reading? {
        var value = magnitude
        var stop = index + 1
        let needsOf = magnitude == 10 || magnitude == 20  // "tens", "scores" are nouns without "of"
        if needsOf { guard word(stop) == k.of else { return nil } }
        // "scores of 2-1 and 3-3" are results.
        if magnitude == 20, stop + 1 < end, table[stop + 1].shape == .digit { return nil }
        if word(stop) == k.of, let larger = entry(stop + 1)?.vague, larger >= 1_000, larger > magnitude {
            let (product, overflow) = value.multipliedReportingOverflow(by: larger)
            if !overflow {
                value = product
                stop += 2
            }
        }
        return Reading(tokens: index..<stop, kind: .approximate, value: ExactNumber(value))
    }

    /// "mid-1990s", "pre-2020", "mid-20th-century": a prefix on a decade, year or century.
    private func prefixedDigits(at index: Int) -> Reading? {
        let token = table[index]
        var digitsStart = token.start
        while digitsStart < token.end, table.bytes[digitsStart] != UInt8(ascii: "-") { digitsStart += 1 }
        digitsStart += 1
        let prefix = lexicon.lookup(table.bytes, token.start, digitsStart - 1)
        guard prefix != noWord, lexicon.timePrefixes.contains(prefix) else { return nil }
        var reading = Reading(tokens: index..<(index + 1), kind: .year)
        switch DigitReader.read(table.bytes, digitsStart, token.end) {
        case .decade(let year, let twoDigits):
            reading.kind = .decade
            reading.calendar = decadeCalendar(year, twoDigits: twoDigits)
        case .number(let numeral) where numeral.isPlain && numeral.integerDigits == 4:
            reading.calendar = CalendarDate.pad(Int(numeral.value.numerator), 4)
        case .compound(.ordinal(let value), let rest):
            reading.kind = .ordinal
            reading.value = ExactNumber(value)
            guard compound(&reading, rest: rest, tokenEnd: token.end), reading.kind == .century else { return nil }
        default:
            return nil
        }
        return reading
    }

    // MARK: - Decades and centuries

    /// "1990s" (199X), "the '90s", "the nineties"; "in her 30s" is an age, 30 to 39.
    func decade(at index: Int, year: Int64, twoDigits: Bool, spelled: Bool = false) -> Reading? {
        var reading = Reading(tokens: index..<(index + 1), kind: .decade)
        if !twoDigits {
            if year % 100 == 0, year <= 1900 {
                reading.kind = .century
                reading.calendar = CalendarDate.pad(Int(year / 100), 2)
            } else {
                reading.calendar = decadeCalendar(year, twoDigits: false)
            }
            return reading
        }
        var before = index - 1
        if before >= first, table[before].roles.contains(.decadeQualifier), table[before].word != k.the { before -= 1 }
        let determined = before >= first
        if determined, table[before].roles.contains(.possessive) {
            reading.kind = .range
            reading.low = ExactNumber(year)
            reading.high = ExactNumber(year + 9)
            return reading
        }
        // A spelled decade needs "the" ("the nineties"); digits alone ("'90s", "90s") say it.
        if spelled { guard determined, table[before].word == k.the else { return nil } }
        reading.calendar = decadeCalendar(year, twoDigits: true)
        return reading
    }

    /// ISO 8601 decade: "199X"; a two-digit decade is of the 1900s, except "'00s" and "'10s".
    func decadeCalendar(_ year: Int64, twoDigits: Bool) -> String {
        let full = twoDigits ? (year < 20 ? 2000 + year : 1900 + year) : year
        return String(full / 10) + "X"
    }

    func makeCentury(_ reading: inout Reading) {
        guard let value = reading.value, value.isInteger, value.numerator >= 1, value.numerator <= 100 else { return }
        reading.kind = .century
        reading.calendar = CalendarDate.pad(Int(value.numerator) - 1, 2)
        reading.value = nil
    }

    // MARK: - After the number

    /// "%", "percent", "per cent", "percentage points", "basis points", "300 euros",
    /// "5 million US dollars", "40m" (million before a currency or a plural noun, "40m
    /// people"; metres otherwise, "the 100m final").
    private func unitAfter(_ reading: inout Reading) {
        defer {
            if reading.millionOrMetres, countedNoun(after: reading.end, plural: true) != nil {
                reading.millionOrMetres = false
            }
            if reading.millionOrMetres, let value = reading.value {
                reading.value = value.divided(by: ExactNumber(reading.scale))
                reading.scale = 1
                reading.unit = "m"
                reading.millionOrMetres = false
            }
        }
        guard reading.kind == .cardinal || reading.kind == .range || reading.kind == .fraction,
              reading.unit == nil || reading.millionOrMetres, reading.end < end else { return }
        var at = reading.end
        // "half a percent", "a quarter of a percentage point".
        if reading.kind == .fraction, word(at) == k.a || (word(at) == k.of && word(at + 1) == k.a) {
            let after = word(at) == k.a ? at + 1 : at + 2
            if word(after) == k.percent || word(after) == k.percentage || (word(after) == k.per && word(after + 1) == k.cent) {
                at = after
            }
        }
        let id = table[at].word
        var unit: String? = nil
        var stop = at
        if table.isByte(at, "%") || id == k.percent || id == k.pct {
            unit = "percent"
            stop = at + 1
        } else if id == k.per, word(at + 1) == k.cent {
            unit = "percent"
            stop = at + 2
        } else if id == k.percentage, word(at + 1) == k.points || word(at + 1) == k.point {
            unit = "percentage_point"
            stop = at + 2
        } else if id == k.basis, word(at + 1) == k.points || word(at + 1) == k.point {
            unit = "basis_point"
            stop = at + 2
        } else if id == k.bps {
            unit = "basis_point"
            stop = at + 1
        }
        if let unit {
            if unit == "percent", word(stop) == k.points || word(stop) == k.point {
                reading.unit = "percentage_point"
                stop += 1
            } else {
                reading.unit = unit
            }
            if reading.kind != .range { reading.kind = .percent }
            reading.end = stop
            reading.millionOrMetres = false
            reading.isPlainInteger = false
            return
        }
        guard reading.kind != .fraction, let (code, divisor, stopAfter) = currencyAfter(at) ?? wonAfter(reading, at) else { return }
        reading.millionOrMetres = false
        reading.unit = code
        reading.end = stopAfter
        reading.isPlainInteger = false
        if divisor > 1 {
            reading.value = reading.value?.divided(by: ExactNumber(divisor))
            reading.low = reading.low?.divided(by: ExactNumber(divisor))
            reading.high = reading.high?.divided(by: ExactNumber(divisor))
        }
        if reading.kind == .cardinal { reading.kind = .money }
    }

    /// A currency named after the amount: its code, units per whole, and the token after it.
    private func currencyAfter(_ at: Int) -> (String, Int64, Int)? {
        for qualifier in lexicon.currencyQualifiers where word(at) == qualifier.words[0] {
            let count = qualifier.words.count
            guard at + count < end, (0..<count).allSatisfy({ word(at + $0) == qualifier.words[$0] }),
                  word(at + count) == qualifier.currencyWord || pluralOf(qualifier.currencyWord, at + count) else { continue }
            return (qualifier.code, 1, at + count + 1)
        }
        guard let entry = entry(at), let code = entry.currency else { return nil }
        if entry.roles.contains(.currencyPrefix) {
            // Letter codes after the amount ("5 million USD") must be capitals; a symbol follows
            // against the digits ("20€", "10$") or spaced ("3,50 €"), unless digits come right
            // after it: then it begins the next amount ("in 2019 $5 billion").
            let symbolAfter = table[at].shape == .other
                && (!table[at].spaceBefore || at + 1 >= end || table[at + 1].shape != .digit)
            guard table[at].shape == .upper || symbolAfter else { return nil }
            return (code, 1, at + 1)
        }
        // "5 pounds of sugar" is a weight.
        if code == "GBP", entry.currencyDivisor == 1, word(at + 1) == k.of { return nil }
        var stop = at + 1
        if code == "GBP", word(stop) == k.sterling { stop += 1 }
        return (code, entry.currencyDivisor, stop)
    }

    /// "4.2 trillion won", "50,000 won": South Korea's currency without its country, only after
    /// an amount of a thousand or more (a won is about a 1,300th of a dollar) and before no word
    /// the verb "won" could take ("1,200 won seats"): the clause's end, a mark, a preposition,
    /// "and" or "or".
    private func wonAfter(_ reading: Reading, _ at: Int) -> (String, Int64, Int)? {
        guard word(at) == k.won, let amount = reading.value ?? reading.high, amount >= ExactNumber(1000) else { return nil }
        let next = at + 1
        guard next >= end || !table[next].shape.isWord || table[next].roles.contains(.preposition)
                || word(next) == k.and || word(next) == k.or else { return nil }
        return ("KRW", 1, next)
    }

    /// "dollar" for a qualifier listed with "dollars".
    private func pluralOf(_ currencyWord: WordID, _ index: Int) -> Bool {
        guard let entry = entry(index), let code = entry.currency else { return false }
        return code == lexicon.words[Int(currencyWord)].currency && entry.currencyDivisor == 1
    }

    /// "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence": an amount under a hundred of a
    /// hundredth unit after a whole amount adds to it, whatever the hundredth is called.
    private func minorUnits(_ reading: inout Reading) {
        guard reading.kind == .money, let whole = reading.value, whole.isInteger, reading.end < end else { return }
        var at = reading.end
        if word(at) == k.and { at += 1 }
        guard at < end, let part = core(at: at), part.kind == .cardinal, let count = part.value, count.isInteger,
              count < ExactNumber(100) else { return }
        var stop = part.end
        // "43c" next to an amount is cents, not degrees.
        let glued = part.unit == "°C" && table.endsWith(part.end - 1, "c")
        if !glued {
            // A word ("cents", "pence", "sen"); a symbol ("10¢") is an amount of its own.
            guard part.unit == nil, stop < end, table[stop].shape.isWord, let entry = entry(stop), entry.currencyDivisor == 100 else { return }
            stop += 1
        }
        guard let hundredths = count.divided(by: ExactNumber(100)), let sum = whole.adding(hundredths) else { return }
        reading.value = sum
        reading.end = stop
    }

    /// "6 weeks", "three decades", "half an hour", "two to three weeks"; "21st century".
    private func timeUnit(_ reading: inout Reading) {
        let at = reading.end
        guard at < end else { return }
        let id = table[at].word
        guard id != noWord else { return }
        if reading.kind == .ordinal, id == k.century || id == k.centuries {
            makeCentury(&reading)
            if reading.kind == .century { reading.end = at + 1 }
            return
        }
        guard reading.unit == nil, reading.kind == .cardinal || reading.kind == .fraction || reading.kind == .range else { return }
        var unitIndex = at
        if reading.kind == .fraction, id == k.a || id == k.an { unitIndex = at + 1 }  // "half an hour"
        // "a quarter of an hour", "three-quarters of a second".
        if reading.kind == .fraction, id == k.of, word(at + 1) == k.a || word(at + 1) == k.an { unitIndex = at + 2 }
        if id == k.more || id == k.additional || id == k.extra || id == k.further { unitIndex = at + 1 }  // "2 more minutes"
        guard unitIndex < end, let unit = entry(unitIndex)?.timeUnit else { return }
        if reading.kind != .range { reading.kind = .duration }
        reading.unit = unit
        reading.end = unitIndex + 1
        reading.isPlainInteger = false
    }

    /// "or more", "or so", "or fewer", "40+".
    private func boundAfter(_ reading: inout Reading) {
        let at = reading.end
        guard reading.modifier == nil, at < end, reading.kind != .ordinal, reading.kind != .year,
              reading.kind != .decade, reading.kind != .date, reading.kind != .century else { return }
        if table.isByte(at, "+"), !table[at].spaceBefore {
            reading.modifier = .atLeast
            reading.end = at + 1
            return
        }
        let next = word(at + 1)
        if word(at) == k.or {
            switch next {
            case k.more, k.above, k.over: reading.modifier = .atLeast
            case k.so: reading.modifier = .approximately
            case k.less, k.fewer, k.under: reading.modifier = .atMost
            default: return
            }
        } else if word(at) == k.and, next == k.above || next == k.over || next == k.up {
            reading.modifier = .atLeast
        } else {
            return
        }
        reading.end = at + 2
        reading.isPlainInteger = false
    }
}
