import Foundation
import Segmentation
import Testing

// Unicode's own boundary tests (UAX #29), run through ICUBreakIterator over UTF-8.
//
// Files from Debian's unicode-data package. If one is missing the test fails and says to
// `apt-get install unicode-data`, unless BYLINE_SKIP_UNICODE_DATA is set: then it is skipped.
// Everything in this file is private: the rest of this test target belongs to other files.

private enum BreakTestFile {
    static let directory = "/usr/share/unicode/auxiliary"
    static let sentence = "\(directory)/SentenceBreakTest.txt"
    static let word = "\(directory)/WordBreakTest.txt"

    static func shouldRun(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
            || ProcessInfo.processInfo.environment["BYLINE_SKIP_UNICODE_DATA"] == nil
    }

    static let skipComment: Comment =
        "skipped: BYLINE_SKIP_UNICODE_DATA is set and the Unicode break test file is missing (apt-get install unicode-data)"

    struct Case {
        let lineNumber: Int
        let text: String
        /// Expected boundaries as UTF-8 byte offsets, 0 and the end included.
        let boundaries: [Int]
        let comment: Substring
    }

    /// Parses `÷ 0001 × 0308 ÷ ...  # comment` lines; nil after recording why the file is unreadable.
    static func load(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> (version: String, cases: [Case])? {
        guard FileManager.default.fileExists(atPath: path) else {
            Issue.record("\(path) is missing: run `apt-get install unicode-data` (or set BYLINE_SKIP_UNICODE_DATA=1 to skip this test)",
                         sourceLocation: sourceLocation)
            return nil
        }
        let contents: String
        do { contents = try String(contentsOfFile: path, encoding: .utf8) } catch {
            Issue.record("cannot read \(path): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        var version = ""
        var cases: [Case] = []
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // "# SentenceBreakTest-15.0.0.txt"
            if index == 0, let dash = line.lastIndex(of: "-") {
                version = String(line[line.index(after: dash)...].prefix { $0.isNumber || $0 == "." }).trimmingCharacters(in: ["."])
            }
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let body = parts[0]
            guard !body.allSatisfy(\.isWhitespace) else { continue }
            var text = ""
            var boundaries: [Int] = []
            var offset = 0
            for token in body.split(whereSeparator: \.isWhitespace) {
                switch token {
                case "÷": boundaries.append(offset)
                case "×": break
                default:
                    let scalar = Unicode.Scalar(UInt32(token, radix: 16)!)!
                    text.unicodeScalars.append(scalar)
                    offset += UTF8.width(scalar)
                }
            }
            cases.append(Case(lineNumber: index + 1, text: text, boundaries: boundaries,
                              comment: parts.count > 1 ? parts[1] : ""))
        }
        return (version, cases)
    }
}

private func scalarsHex(_ text: String) -> String {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
}

/// Checks a deviation from the test file, returning nil if it is one that is explained.
private typealias DeviationCheck = (_ text: String, _ actual: [Int], _ expected: [Int]) -> Bool

private func runConformance(_ path: String, kind: ICUBreakIterator.Kind, locale: String,
                            explainedDeviation: DeviationCheck? = nil,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let (version, cases) = BreakTestFile.load(path, sourceLocation: sourceLocation) else { return }
    #expect(cases.count > 400, sourceLocation: sourceLocation)
    // The test file and ICU's data must describe the same Unicode version, or mismatches
    // below would be version drift rather than bugs.
    #expect(version.hasPrefix(ICUBreakIterator.unicodeVersion) && !ICUBreakIterator.unicodeVersion.isEmpty,
            "ICU implements Unicode \(ICUBreakIterator.unicodeVersion), the test file is \(version)",
            sourceLocation: sourceLocation)

    let iterator = try ICUBreakIterator(kind: kind, locale: locale)
    var failures: [String] = []
    for testCase in cases {
        let actual = try iterator.boundaries(in: testCase.text)
        guard actual != testCase.boundaries else { continue }
        if let explainedDeviation, explainedDeviation(testCase.text, actual, testCase.boundaries) { continue }
        failures.append("line \(testCase.lineNumber) [\(scalarsHex(testCase.text))]: ICU \(actual), expected \(testCase.boundaries)\n   \(testCase.comment.prefix(300))")
    }
    #expect(failures.count == 0,
            "locale \(locale): \(failures.count) of \(cases.count) lines differ:\n\(failures.prefix(20).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

/// The colons that CLDR 42 / ICU 72 took out of Word_Break=MidLetter in the root locale.
private let tailoredColons: Set<Unicode.Scalar> = ["\u{3A}", "\u{FE55}", "\u{FF1A}"]

/// ICU 72 deliberately breaks around colons between letters ("a:b" is three words, UAX #29
/// says one): ICU-22112, following CLDR-15910, removed U+003A, U+FE55 and U+FF1A from
/// MidLetter in the root word-break rules and kept them only in tailorings for Finnish and
/// Swedish (where "S:t" abbreviates "Sankt"). ICU 77 reverted this (ICU-22941).
///
/// Accepts a result only if it is the expected one plus extra boundaries right before a colon
/// or right after a colon and the Extend/Format characters that WB4 attaches to it.
private func isColonTailoring(_ text: String, actual: [Int], expected: [Int]) -> Bool {
    guard Set(expected).isSubset(of: actual) else { return false }
    var scalarsEndingAt: [Int: [Unicode.Scalar]] = [:]  // offset -> scalars before it
    var startsAt: [Int: Unicode.Scalar] = [:]
    var offset = 0, before: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
        startsAt[offset] = scalar
        before.append(scalar)
        offset += UTF8.width(scalar)
        scalarsEndingAt[offset] = before
    }
    func ignoredByWB4(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(scalar.properties.generalCategory)
    }
    for extra in Set(actual).subtracting(expected) {
        if let next = startsAt[extra], tailoredColons.contains(next) { continue }
        let previous = (scalarsEndingAt[extra] ?? []).reversed().first { !ignoredByWB4($0) }
        if let previous, tailoredColons.contains(previous) { continue }
        return false
    }
    return true
}

@Suite("ICU boundaries: Unicode conformance (UAX #29 test files)")
struct ICUConformanceTests {
    @Test(.enabled(if: BreakTestFile.shouldRun(BreakTestFile.sentence), BreakTestFile.skipComment))
    func sentenceBreakTest() throws {
        try runConformance(BreakTestFile.sentence, kind: .sentence, locale: "en")
    }

    /// Every line matches except those with a colon between letters, where ICU 72's root
    /// rules deliberately differ from UAX #29 (see `isColonTailoring`); those must differ in
    /// exactly that way and no other.
    @Test(.enabled(if: BreakTestFile.shouldRun(BreakTestFile.word), BreakTestFile.skipComment))
    func wordBreakTest() throws {
        try runConformance(BreakTestFile.word, kind: .word, locale: "en", explainedDeviation: isColonTailoring)
    }

    /// The Swedish tailoring keeps the colons in MidLetter, so with it ICU 72 passes every
    /// line, the colon lines included: the deviation above is that tailoring and nothing else.
    @Test(.enabled(if: BreakTestFile.shouldRun(BreakTestFile.word), BreakTestFile.skipComment))
    func wordBreakTestWithColonsInMidLetter() throws {
        try runConformance(BreakTestFile.word, kind: .word, locale: "sv")
    }

    @Test func deviationCheckAcceptsOnlyBreaksAroundColons() {
        #expect(isColonTailoring("a:A", actual: [0, 1, 2, 3], expected: [0, 3]))
        #expect(isColonTailoring("a:\u{308}A", actual: [0, 1, 4, 5], expected: [0, 5]))
        #expect(!isColonTailoring("ab", actual: [0, 1, 2], expected: [0, 2]), "an extra break away from any colon")
        #expect(!isColonTailoring("a:b c", actual: [0, 1, 2, 5], expected: [0, 3, 4, 5]), "a missing break")
        #expect(!isColonTailoring("a.b", actual: [0, 1, 2, 3], expected: [0, 3]), "full stop is not tailored")
    }

    @Test func colonBetweenLettersIsTheKnownDeviation() throws {
        let english = try ICUBreakIterator(kind: .word, locale: "en").boundaries(in: "S:t Eriks")
        let swedish = try ICUBreakIterator(kind: .word, locale: "sv").boundaries(in: "S:t Eriks")
        #expect(swedish == [0, 3, 4, 9], "UAX #29 WB6/WB7: no break around a colon between letters")
        // ICU 72-76 break around the colon for English; ICU 77 follows UAX #29 again.
        #expect(english == [0, 1, 2, 3, 4, 9] || english == swedish, "\(english)")
    }

    @Test func unicodeVersionLooksLikeAVersion() {
        let version = ICUBreakIterator.unicodeVersion
        let parts = version.split(separator: ".")
        #expect(parts.count >= 2 && parts.allSatisfy { Int($0) != nil }, "\(version)")
    }

    @Test(arguments: [ICUBreakIterator.Kind.character, .word, .line, .sentence])
    func emptyTextHasTheSingleBoundaryZero(kind: ICUBreakIterator.Kind) throws {
        let iterator = try ICUBreakIterator(kind: kind)
        #expect(try iterator.boundaries(in: "") == [0])
        // The iterator is reusable after empty text, and empty text after real text.
        #expect(try iterator.boundaries(in: "a b").last == 3)
        #expect(try iterator.boundaries(in: "") == [0])
        let viaPointer = try [UInt8]().withUnsafeBufferPointer { try iterator.boundaries(in: $0) }
        #expect(viaPointer == [0])
    }

    @Test func boundariesAreUTF8ByteOffsets() throws {
        let words = try ICUBreakIterator(kind: .word)
        // "é" is 2 bytes, "世界" 6, "😀" 4.
        #expect(try words.boundaries(in: "é 世界 😀") == [0, 2, 3, 9, 10, 14])
        let sentences = try ICUBreakIterator(kind: .sentence)
        #expect(try sentences.boundaries(in: "Ça va. Très bien!") == [0, 8, 19])
    }

    @Test(arguments: ["", "zz_ZZ", "xx-invalid-locale", "!!!not a locale???", "en@ss=bogus", String(repeating: "q", count: 300)])
    func unusualLocalesDoNotCrash(locale: String) {
        let text = "Mr. Smith went to Washington. He arrived at 3 p.m. on Monday."
        do {
            let iterator = try ICUBreakIterator(kind: .sentence, locale: locale)
            // ICU falls back to the root locale: boundaries must still be sensible.
            let boundaries = try iterator.boundaries(in: text)
            #expect(boundaries.first == 0)
            #expect(boundaries.last == text.utf8.count)
            #expect(boundaries == boundaries.sorted() && Set(boundaries).count == boundaries.count)
            #expect(boundaries.count >= 2)
        } catch let error as ICUError {
            // Refusing the locale is also acceptable, as long as the error names ICU's status.
            #expect(error.name.hasPrefix("U_"), "\(error)")
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }

    @Test func abbreviationSuppressionsLocale() throws {
        let text = "Mr. Smith met Mrs. Jones. They left."
        let plain = try ICUBreakIterator(kind: .sentence, locale: "en").boundaries(in: text)
        let suppressed = try ICUBreakIterator(kind: .sentence, locale: "en@ss=standard").boundaries(in: text)
        #expect(plain.count > suppressed.count, "plain \(plain), with suppressions \(suppressed)")
        #expect(suppressed == [0, 26, text.utf8.count])
    }
}
