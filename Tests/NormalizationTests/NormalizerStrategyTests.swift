import BylineCore
import Normalization
import Testing

/// The Normalizer cuts the text in front of every scalar that `isNormalizationBoundary` says
/// cannot combine with what precedes it, and normalizes each piece alone. That is only correct
/// if the boundaries are right: these tests compare it with normalizing the whole text at once.
@Suite("Normalizer piecewise strategy")
struct NormalizerStrategyTests {
    /// The normalizer's text for `source`, or a description of an inconsistent alignment.
    static func normalizerOutput(_ source: String, form: NormalizationForm) throws -> [UInt8] {
        var document = Document(id: "t", source: source)
        try Normalizer(form: form, foldPunctuation: false).process(&document)
        guard document.alignment.textLength == document.text.utf8.count,
              document.alignment.sourceLength == source.utf8.count else {
            return Array("alignment lengths \(document.alignment.textLength)/\(document.alignment.sourceLength) do not match text/source".utf8)
        }
        return Array(document.text.utf8)
    }

    @Test(.enabled(if: UCDFile.shouldRun(UCDFile.normalizationTest), UCDFile.skipComment),
          arguments: [NormalizationForm.nfc, .nfkc])
    func piecewiseEqualsWholeTextOnEveryTestLine(form: NormalizationForm) throws {
        guard let data = NormalizationTestData.load() else { return }
        let lines = data.lines
        let strings = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
        var failures = FailureLog()
        var checked = 0
        for (index, line) in lines.enumerated() {
            let c = line.columns.map(strings)
            // Neighbouring lines (part 1 lists consecutive code points, parts 0, 2 and 3 list
            // combining sequences), so pieces of different lines meet without an ASCII byte between.
            let next = lines[(index + 1) % lines.count].columns.map(strings)
            let afterNext = lines[(index + 2) % lines.count].columns.map(strings)
            let candidates = [
                "x" + c[0] + "y" + c[2] + c[4],
                c[4] + c[0] + next[0] + next[2] + afterNext[0],
                c[1] + next[4] + afterNext[3] + "z",
            ]
            for whole in candidates {
                let expected = Array(try UnicodeNormalizer.normalize(whole, form: form).utf8)
                let actual = try Self.normalizerOutput(whole, form: form)
                checked += 1
                if actual != expected {
                    failures.add("line \(line.lineNumber): \(form.rawValue) of \(hex(whole)) gave \(hex(actual)), whole-text \(hex(expected))")
                }
            }
        }
        #expect(checked > 50_000)
        failures.expectEmpty("piecewise \(form.rawValue)")
    }

    /// Hand-picked sequences where a wrong boundary changes the result.
    @Test(arguments: [NormalizationForm.nfc, .nfkc])
    func piecewiseEqualsWholeTextOnTrickySequences(form: NormalizationForm) throws {
        let samples = [
            "e\u{301}",                         // composes with the ASCII before it
            "a\u{307}\u{323}",                  // marks reorder, then compose: U+1EA1 U+0307
            "\u{1E0A}\u{323}",                  // precomposed then a mark that reorders into it
            "\u{1100}\u{1161}\u{11A8}",         // Hangul L V T -> one syllable
            "\u{AC00}\u{11A8}",                 // Hangul LV + T
            "\u{1100}\u{AC00}",                 // L then a syllable: no composition
            "\u{0B47}\u{0B3E}",                 // Oriya: two starters compose (second is NFC_QC=Maybe)
            "\u{09C7}\u{09BE}x\u{09C7}\u{09D7}",// Bengali two-part vowels
            "\u{0CC6}\u{0CC2}\u{0CD5}",         // Kannada: composes twice
            "\u{0DD9}\u{0DCF}\u{0DCA}",         // Sinhala: composes twice
            "\u{FF76}\u{FF9E}",                 // half-width katakana + voiced mark (NFKC: ガ)
            "\u{30AB}\u{3099}",                 // katakana + combining voiced mark
            "\u{FB01}\u{301}",                  // ligature then a mark: NFKC makes "fí"
            "\u{2126}\u{301}",                  // Ohm sign (singleton) then a mark
            "\u{0344}x\u{0F73}\u{0F71}",        // decompositions that start with non-starters
            "<\u{338}=\u{338}>\u{338}",         // ASCII that composes with a following mark
            "x\u{1D15E}\u{1D165}",              // musical symbols (composition exclusions)
            "\u{05D0}\u{05B7}\u{05BC}",
            "\u{0627}\u{0653}\u{0654}",         // Arabic: alef with madda / hamza
            "\u{1F600}\u{0301}\u{4E16}\u{0308}",
        ]
        for sample in samples {
            let expected = Array(try UnicodeNormalizer.normalize(sample, form: form).utf8)
            let actual = try Self.normalizerOutput(sample, form: form)
            #expect(actual == expected, "\(form.rawValue) of \(hex(sample)): \(hex(actual)) vs \(hex(expected))")
        }
    }
}
