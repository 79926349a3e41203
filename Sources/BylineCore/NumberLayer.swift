/// What kind of quantity a number mention is (the `kind` field of the number layer).
public enum NumberKind: String, Sendable, Hashable, CaseIterable {
    case cardinal, ordinal, fraction, percent, money, range, approximate
    case year, decade, century, duration, date
    /// A clock time ("3 p.m. GMT"), its date and time in `calendar`.
    case time
}

/// How the text qualifies a number ("more than 100,000", "about 40", "up to 5").
public enum NumberModifier: String, Sendable, Hashable, CaseIterable {
    case approximately
    case moreThan = "more_than"
    case atLeast = "at_least"
    case lessThan = "less_than"
    case atMost = "at_most"
    case nearly
    case exactly
}

/// A number mention over a run of tokens, resolved to what it means.
///
/// `value` is the quantity (for a percent, the percentage: 12% is 12; for money, the amount;
/// for a vague magnitude, the magnitude implied: "tens of thousands" is 10000). A range or a
/// bound keeps its ends in `low`/`high`. Years, decades, centuries and dates carry their ISO
/// 8601 form in `calendar` ("2023-12-07", "199X" for the 1990s, "20" for the 21st century).
/// `unit` is an ISO 4217 currency code for money, "percent", "percentage_point", or a time
/// unit for durations ("day", "week", "year"). `counted` is the noun phrase the number
/// counts, when the text says it.
public struct NumberMention: Hashable, Sendable {
    public var tokens: Range<Int>
    public var kind: NumberKind
    public var value: ExactNumber?
    public var low: ExactNumber?
    public var high: ExactNumber?
    public var modifier: NumberModifier?
    public var unit: String?
    public var calendar: String?
    public var counted: Range<Int>?

    public init(tokens: Range<Int>, kind: NumberKind, value: ExactNumber? = nil,
                low: ExactNumber? = nil, high: ExactNumber? = nil, modifier: NumberModifier? = nil,
                unit: String? = nil, calendar: String? = nil, counted: Range<Int>? = nil) {
        self.tokens = tokens
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.modifier = modifier
        self.unit = unit
        self.calendar = calendar
        self.counted = counted
    }
}
