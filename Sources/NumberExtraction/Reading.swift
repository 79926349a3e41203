import BylineCore

/// A number found in a sentence while the scanner still weighs its context: the mention's
/// tokens, the tokens of the number itself inside them, and what it resolves to so far.
struct Reading {
    /// The mention's tokens (bounds, currency and units included).
    var start: Int
    var end: Int
    /// The number's own tokens ("100,000" in "more than 100,000"), checked against names.
    var coreStart: Int
    var coreEnd: Int
    var kind: NumberKind
    var value: ExactNumber?
    var low: ExactNumber? = nil
    var high: ExactNumber? = nil
    var modifier: NumberModifier? = nil
    var unit: String? = nil
    var calendar: String? = nil
    /// A date still to be resolved against the document's reference date.
    var date: CalendarDate? = nil
    /// A time expression still to be resolved against the document's date.
    var time: TimeValue? = nil
    var counted: Range<Int>? = nil
    /// The scale word or suffix used ("3 million": 1000000), so "3 to 5 million" scales both ends.
    var scale: Int64 = 1
    /// One token of bare digits ("2020", not "2,020" or "20.5"): a year, a label or a count.
    var isPlainInteger = false
    var integerDigits = 0
    var isSpelled = false
    /// "one" alone, which may be a pronoun ("no one", "the one who").
    var isLoneOne = false
    /// "40m": million next to a currency, metres otherwise.
    var millionOrMetres = false

    init(tokens: Range<Int>, kind: NumberKind, value: ExactNumber? = nil) {
        start = tokens.lowerBound
        end = tokens.upperBound
        coreStart = tokens.lowerBound
        coreEnd = tokens.upperBound
        self.kind = kind
        self.value = value
    }

    var mention: NumberMention {
        NumberMention(tokens: start..<end, kind: kind, value: value, low: low, high: high, modifier: modifier,
                      unit: unit, calendar: calendar, counted: counted)
    }

    /// Kinds that count something, so the noun after them is looked for.
    var countsThings: Bool {
        switch kind {
        case .cardinal, .approximate: return unit == nil
        case .range: return unit == nil && calendar == nil
        default: return false
        }
    }
}
