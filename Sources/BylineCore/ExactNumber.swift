/// An exact rational value: what a number in the text means, with no binary floating point
/// drift ("1.1 million" is exactly 1100000, "two thirds" exactly 2/3).
///
/// Always in lowest terms with a positive denominator, so equal values compare equal.
public struct ExactNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ integer: Int64) {
        numerator = integer
        denominator = 1
    }

    /// nil when the denominator is zero or the reduced value overflows 64 bits.
    public init?(numerator: Int64, denominator: Int64) {
        guard denominator != 0, numerator != .min, denominator != .min else { return nil }
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    /// Parses a decimal ("1674.5", "-3", ".5", "1e6") or a fraction ("2/3"); digits only, no
    /// separators. nil when the text is not such a number or does not fit.
    public init?<S: StringProtocol>(parsing text: S) {
        if let slash = text.firstIndex(of: "/") {
            guard let top = ExactNumber(parsing: text[..<slash]), top.denominator == 1,
                  let bottom = ExactNumber(parsing: text[text.index(after: slash)...]), bottom.denominator == 1,
                  let value = ExactNumber(numerator: top.numerator, denominator: bottom.numerator)
            else { return nil }
            self = value
            return
        }
        var digits = Substring(text)
        var exponent = 0
        if let e = digits.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let power = Int(digits[digits.index(after: e)...]), abs(power) <= 18 else { return nil }
            exponent = power
            digits = digits[..<e]
        }
        var negative = false
        if digits.first == "-" || digits.first == "+" {
            negative = digits.first == "-"
            digits = digits.dropFirst()
        }
        var significand: Int64 = 0
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        for character in digits {
            if character == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if let digit = character.wholeNumberValue, character.isASCII {
                let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int64(digit))
                guard !overflow1, !overflow2 else { return nil }
                significand = sum
                seenDigit = true
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        guard let value = ExactNumber(negative ? -significand : significand)
            .scaled(byPowerOfTen: exponent - scale) else { return nil }
        self = value
    }

    /// self × 10^power, nil on overflow.
    public func scaled(byPowerOfTen power: Int) -> ExactNumber? {
        guard power != 0 else { return self }
        var factor: Int64 = 1
        for _ in 0..<abs(power) {
            let (next, overflow) = factor.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            factor = next
        }
        return power > 0 ? multiplied(by: ExactNumber(factor)) : divided(by: ExactNumber(factor))
    }

    public func adding(_ other: ExactNumber) -> ExactNumber? {
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (top, o3) = left.addingReportingOverflow(right)
        let (bottom, o4) = denominator.multipliedReportingOverflow(by: other.denominator)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return ExactNumber(numerator: top, denominator: bottom)
    }

    public func multiplied(by other: ExactNumber) -> ExactNumber? {
        // Cross-reduce first so products of large scales still fit.
        let a = Int64(Self.gcd(numerator.magnitude, other.denominator.magnitude))
        let b = Int64(Self.gcd(other.numerator.magnitude, denominator.magnitude))
        let (top, o1) = (numerator / a).multipliedReportingOverflow(by: other.numerator / b)
        let (bottom, o2) = (denominator / b).multipliedReportingOverflow(by: other.denominator / a)
        guard !o1, !o2 else { return nil }
        return ExactNumber(numerator: top, denominator: bottom)
    }

    public func divided(by other: ExactNumber) -> ExactNumber? {
        guard other.numerator != 0 else { return nil }
        return multiplied(by: ExactNumber(numerator: other.denominator, denominator: other.numerator)!)
    }

    public var negated: ExactNumber { ExactNumber(numerator: -numerator, denominator: denominator)! }
    public var isInteger: Bool { denominator == 1 }

    /// Plain decimal notation when the value has a finite decimal expansion ("1100000",
    /// "0.5", "-3.25"), else the reduced fraction ("2/3").
    public var description: String {
        var powersOfTwo = 0, powersOfFive = 0
        var rest = denominator
        while rest % 2 == 0 { rest /= 2; powersOfTwo += 1 }
        while rest % 5 == 0 { rest /= 5; powersOfFive += 1 }
        guard rest == 1 else { return "\(numerator)/\(denominator)" }
        let places = max(powersOfTwo, powersOfFive)
        guard places > 0 else { return String(numerator) }
        // numerator/denominator × 10^places is an integer; write it with a decimal point.
        guard let shifted = scaled(byPowerOfTen: places), shifted.isInteger else {
            return "\(numerator)/\(denominator)"
        }
        var digits = String(shifted.numerator.magnitude)
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        return (numerator < 0 ? "-" : "") + digits
    }

    public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        // Compare a/b < c/d as a·d < c·b in 128 bits, which cannot overflow.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }
}
