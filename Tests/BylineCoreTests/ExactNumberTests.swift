import BylineCore
import Testing

@Suite struct ExactNumberTests {
    @Test(arguments: [
        ("1674.5", "1674.5"), ("-3", "-3"), (".5", "0.5"), ("1e6", "1000000"), ("2.50", "2.5"),
        ("2/3", "2/3"), ("4/6", "2/3"), ("-0.125", "-0.125"), ("0", "0"),
    ])
    func parsesAndWritesExactly(text: String, written: String) throws {
        let value = try #require(ExactNumber(parsing: text))
        #expect(value.description == written)
    }

    @Test(arguments: ["", ".", "1.2.3", "1,000", "abc", "1/0", "99999999999999999999", "1e40", "--1"])
    func rejectsWhatIsNotAPlainNumber(text: String) {
        #expect(ExactNumber(parsing: text) == nil)
    }

    @Test func scaleWordsStayExact() throws {
        // 1.1 million is exactly 1100000, which binary floating point cannot promise.
        let value = try #require(ExactNumber(parsing: "1.1")?.multiplied(by: ExactNumber(1_000_000)))
        #expect(value == ExactNumber(1_100_000))
        #expect(try #require(ExactNumber(parsing: "2.5")?.scaled(byPowerOfTen: 9)).description == "2500000000")
    }

    @Test func arithmeticIsInLowestTermsAndReportsOverflow() throws {
        let third = try #require(ExactNumber(numerator: 1, denominator: 3))
        let sum = try #require(third.adding(third))
        #expect(sum == ExactNumber(numerator: 4, denominator: 6))
        #expect(sum.description == "2/3")
        #expect(ExactNumber(Int64.max).multiplied(by: ExactNumber(2)) == nil)
        #expect(ExactNumber(5).divided(by: ExactNumber(0)) == nil)
        #expect(ExactNumber(numerator: 3, denominator: -6)?.description == "-0.5")
    }

    @Test func ordersByValue() throws {
        let values = ["1/3", "0.3", "-2", "5/2"].compactMap { ExactNumber(parsing: $0) }
        #expect(values.sorted().map(\.description) == ["-2", "0.3", "1/3", "2.5"])
    }
}
