import Normalization
import Testing

private func normalized(_ bytes: [UInt8], _ form: NormalizationForm) throws -> [UInt8] {
    try bytes.withUnsafeBufferPointer { try UnicodeNormalizer.normalize($0, form: form) }
}

/// Collects failures and reports the first few with one issue, so a broken normalizer gives a
/// readable message instead of thousands of issues.
struct FailureLog {
    private(set) var count = 0
    private(set) var examples: [String] = []

    mutating func add(_ message: @autoclosure () -> String) {
        count += 1
        if examples.count < 15 { examples.append(message()) }
    }

    func expectEmpty(_ what: String, context: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(count == 0, "\(count) \(what) failures, first:\n\((examples + context).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }
}

/// Unicode's own conformance test for normalization (UAX #15), run against utf8proc through
/// `UnicodeNormalizer`. Strings are compared as UTF-8 bytes: Swift's `==` on String would
/// treat canonically equivalent strings as equal and hide every NFC/NFD difference.
@Suite("Unicode normalization conformance (NormalizationTest.txt)",
       .enabled(if: UCDFile.shouldRun(UCDFile.normalizationTest), UCDFile.skipComment))
struct ConformanceTests {
    @Test func utf8procImplementsTheSameUnicodeVersionAsTheTestFile() throws {
        guard let text = UCDFile.read(UCDFile.normalizationTest) else { return }
        // "# NormalizationTest-15.0.0.txt"
        let header = try #require(text.split(separator: "\n").first)
        #expect(header.hasSuffix("-\(UnicodeNormalizer.unicodeVersion).txt"),
                "utf8proc's tables are Unicode \(UnicodeNormalizer.unicodeVersion); the test file is \(header)")
    }

    @Test func everyTestLineSatisfiesTheInvariants() throws {
        guard let data = NormalizationTestData.load() else { return }
        #expect(data.lines.count > 19_000)
        #expect(Set(data.lines.map(\.part)) == [0, 1, 2, 3])

        var failures = FailureLog()
        func check(_ line: NormalizationTestData.Line, _ form: NormalizationForm,
                   expected column: Int, from sources: [Int]) throws {
            let c = line.columns
            for source in sources {
                let actual = try normalized(c[source], form)
                if actual != c[column] {
                    failures.add("line \(line.lineNumber): \(form.rawValue)(c\(source + 1)) = \(hex(actual)), expected c\(column + 1) = \(hex(c[column]))")
                }
            }
        }
        for line in data.lines {
            // NFC: c2 == toNFC(c1) == toNFC(c2) == toNFC(c3); c4 == toNFC(c4) == toNFC(c5)
            try check(line, .nfc, expected: 1, from: [0, 1, 2])
            try check(line, .nfc, expected: 3, from: [3, 4])
            // NFD: c3 == toNFD(c1) == toNFD(c2) == toNFD(c3); c5 == toNFD(c4) == toNFD(c5)
            try check(line, .nfd, expected: 2, from: [0, 1, 2])
            try check(line, .nfd, expected: 4, from: [3, 4])
            // NFKC: c4 == toNFKC(c1..c5); NFKD: c5 == toNFKD(c1..c5)
            try check(line, .nfkc, expected: 3, from: [0, 1, 2, 3, 4])
            try check(line, .nfkd, expected: 4, from: [0, 1, 2, 3, 4])
        }
        failures.expectEmpty("normalization invariant")
    }

    /// Part 1's rule: every code point not listed in part 1 normalizes to itself in every form.
    ///
    /// Code points are normalized in batches separated by "|": U+007C is a starter that composes
    /// with nothing on either side, so normalizing "|a|b|c|" changes it iff some piece changes.
    /// A changed batch is rechecked code point by code point to name the culprits.
    @Test(arguments: NormalizationForm.allCases)
    func unlistedCodePointsAreStable(form: NormalizationForm) throws {
        guard let data = NormalizationTestData.load() else { return }
        #expect(data.part1Scalars.count > 10_000)
        let separator = UInt8(ascii: "|")
        var unlisted: [Unicode.Scalar] = []
        unlisted.reserveCapacity(0x110000)
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) && !data.part1Scalars.contains(value) {
            unlisted.append(Unicode.Scalar(value)!)
        }
        #expect(unlisted.count > 1_000_000)

        var failures = FailureLog()
        var batch: [UInt8] = []
        for start in stride(from: 0, to: unlisted.count, by: 4096) {
            let scalars = unlisted[start..<min(start + 4096, unlisted.count)]
            batch.removeAll(keepingCapacity: true)
            batch.append(separator)
            for scalar in scalars {
                batch.append(contentsOf: UTF8.encode(scalar)!)
                batch.append(separator)
            }
            guard try normalized(batch, form) != batch else { continue }
            let before = failures.count
            for scalar in scalars {
                let alone = Array(UTF8.encode(scalar)!)
                let result = try normalized(alone, form)
                if result != alone { failures.add("\(form.rawValue)(\(hex(alone))) = \(hex(result))") }
            }
            if failures.count == before {
                failures.add("the batch from \(hex(UTF8.encode(scalars.first!)!)) changed, but no code point alone did")
            }
        }
        failures.expectEmpty("\(form.rawValue) stability")
    }
}
