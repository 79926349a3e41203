import BylineCore

/// Bounds and ranges: "more than 100,000", "between 3 and 5", "from 10 to 20", "3 to 5 million",
/// "two or three weeks".
extension SentenceScanner {
    /// The bound written before a number and the token after it ("more than" → `.moreThan`).
    func preModifier(at index: Int) -> (NumberModifier, Int)? {
        guard let phrases = lexicon.modifierPhrases[table[index].word] else { return nil }
        for phrase in phrases where index + phrase.words.count < end {
            if phrase.words.indices.allSatisfy({ table[index + $0].word == phrase.words[$0] }) {
                return (phrase.modifier, index + phrase.words.count)
            }
        }
        return nil
    }

    /// "between 3 and 5", "between $3 million and $5 million".
    func between(at index: Int) -> Reading? {
        guard let low = quantity(at: index + 1, allowRange: false), low.end + 1 < end, word(low.end) == k.and,
              let high = quantity(at: low.end + 1, allowRange: false), var range = combine(low, high) else { return nil }
        range.start = index
        return range
    }

    /// "from 10 to 20", unless a verb of change makes it two numbers ("rose from 10 to 20").
    func fromTo(at index: Int) -> Reading? {
        guard !changeVerbBefore(index), let low = quantity(at: index + 1, allowRange: false), low.end + 1 < end,
              isRangeConnector(low.end, allowOr: false),
              let high = quantity(at: low.end + 1, allowRange: false), var range = combine(low, high) else { return nil }
        range.start = index
        return range
    }

    /// Extends a number to a range with a second number after "to", a dash or "or".
    func rangeTail(_ reading: inout Reading) {
        let at = reading.end
        guard reading.kind == .cardinal || reading.kind == .percent || reading.kind == .money, reading.modifier == nil,
              at + 1 < end, isRangeConnector(at, allowOr: true) else { return }
        guard let high = quantity(at: at + 1, allowRange: false), let range = combine(reading, high) else { return }
        if word(at) == k.to, changeVerbBefore(reading.start), !isRangeOfChange(reading, high) { return }
        if word(at) == k.or, !isAlternativeCount(reading, high) { return }
        reading = range
    }

    /// After a verb of change, "X to Y" is a change from X to Y ("fell 150 to 33,000"), except a
    /// bare number before a percentage without "from" ("could rise 3 to 5 percent"): the size of
    /// the change, given as a range.
    private func isRangeOfChange(_ low: Reading, _ high: Reading) -> Bool {
        low.kind == .cardinal && low.unit == nil && high.kind == .percent
            && (low.start == first || word(low.start - 1) != k.from)
    }

    /// "one in five", "three out of four": a proportion, read as the fraction.
    func proportion(_ reading: inout Reading) {
        let at = reading.end
        guard reading.kind == .cardinal, reading.unit == nil, let part = reading.value, part.isInteger,
              part.numerator >= 0, at + 1 < end else { return }
        var wholeStart = at + 1
        let over = word(at) == k.over
        if word(at) == k.out, word(at + 1) == k.of {
            wholeStart = at + 2
        } else if word(at) != k.in_, !(over && reading.isSpelled) {
            return
        }
        guard let whole = quantity(at: wholeStart, allowRange: false), whole.kind == .cardinal, whole.unit == nil,
              let total = whole.value, total.isInteger, part < total, total <= ExactNumber(1_000_000),
              !isYearLike(total, whole), let fraction = part.divided(by: total) else { return }
        // "one over three" is a fraction only spelled on both sides and with no noun after
        // ("won one over three rivals" is no ratio).
        if over, !whole.isSpelled || looksLikeNounWord(whole.end) { return }
        reading.kind = .fraction
        reading.value = fraction
        reading.end = whole.end
        reading.coreEnd = whole.coreEnd
        reading.isPlainInteger = false
        reading.isLoneOne = false
    }

    /// "one or two", "5 or 6", "10 or 20": close whole numbers written alike make a vague range;
    /// other alternatives ("0.5 or 1,674.5") are two numbers.
    private func isAlternativeCount(_ low: Reading, _ high: Reading) -> Bool {
        guard let a = low.value, let b = high.value, a.isInteger, b.isInteger, low.isSpelled == high.isSpelled,
              a.numerator > 0 else { return false }
        return b.numerator > a.numerator && b.numerator <= max(2, 2 * a.numerator)
    }

    private func isRangeConnector(_ index: Int, allowOr: Bool) -> Bool {
        let id = word(index)
        return id == k.to || (allowOr && id == k.or) || id == k.until || id == k.through || table.isDash(index)
    }

    /// Two numbers as one range: units agree (or one side has none), the first takes the
    /// second's scale when that keeps it below ("3 to 5 million"), and low < high.
    func combine(_ low: Reading, _ high: Reading) -> Reading? {
        let lowKinds: Set<NumberKind> = [.cardinal, .percent, .money]
        let highKinds: Set<NumberKind> = [.cardinal, .percent, .money, .duration]
        guard lowKinds.contains(low.kind), highKinds.contains(high.kind), let lowValue = low.value,
              let highValue = high.value, low.modifier == nil else { return nil }
        var unit = low.unit
        if let highUnit = high.unit {
            if let unit, unit != highUnit { return nil }
            unit = highUnit
        }
        var from = lowValue
        if low.scale == 1, high.scale > 1, let scaled = lowValue.multiplied(by: ExactNumber(high.scale)), scaled <= highValue {
            from = scaled
        }
        guard from < highValue else { return nil }
        // "for 1996 to 46 billion": a year does not begin a range of amounts.
        if isYearLike(lowValue, low), !isYearLike(highValue, high) { return nil }
        var range = Reading(tokens: low.start..<high.end, kind: .range)
        range.coreStart = low.coreStart
        range.coreEnd = high.coreEnd
        range.low = from
        range.high = highValue
        range.unit = unit
        range.scale = high.scale
        range.isSpelled = low.isSpelled
        range.modifier = high.modifier
        if unit == nil, low.isPlainInteger, high.isPlainInteger, isYearLike(lowValue, low), isYearLike(highValue, high) {
            range.calendar = CalendarDate.pad(Int(lowValue.numerator), 4) + "/" + CalendarDate.pad(Int(highValue.numerator), 4)
        }
        return range
    }

    func isYearLike(_ value: ExactNumber, _ reading: Reading) -> Bool {
        reading.isPlainInteger && reading.integerDigits == 4 && value >= ExactNumber(1000) && value <= ExactNumber(2100)
    }
}
