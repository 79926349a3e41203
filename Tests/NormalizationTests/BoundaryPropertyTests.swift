import Normalization
import Testing

/// `UnicodeNormalizer.isNormalizationBoundary` checked against the Unicode Character Database
/// itself (not against utf8proc): a scalar is a boundary exactly when the first scalar of its
/// full decomposition has canonical combining class 0 and is not NFC_QC=Maybe (NFKC_QC=Maybe
/// for NFKC), i.e. cannot be the second half of a canonical composition.
@Suite("Normalization boundaries",
       .enabled(if: UCDFile.shouldRun(UCDFile.unicodeData, UCDFile.derivedNormalizationProps), UCDFile.skipComment))
struct BoundaryPropertyTests {
    struct Database {
        var combiningClass: [UInt32: Int] = [:]
        /// Decomposition mappings; `compatibility` when the mapping has a <tag>.
        var decomposition: [UInt32: (compatibility: Bool, mapping: [UInt32])] = [:]
        var nfcMaybe: Set<UInt32> = []
        var nfkcMaybe: Set<UInt32> = []

        /// The first scalar of the full canonical (or compatibility) decomposition.
        func firstOfDecomposition(_ value: UInt32, compatibility: Bool) -> UInt32 {
            if (0xAC00...0xD7A3).contains(value) { return 0x1100 + (value - 0xAC00) / 588 }  // Hangul L
            var first = value
            while let entry = decomposition[first], compatibility || !entry.compatibility {
                first = entry.mapping[0]
            }
            return first
        }

        func expectedBoundary(_ value: UInt32, form: NormalizationForm) -> Bool {
            let compatibility = form == .nfkc || form == .nfkd
            let first = firstOfDecomposition(value, compatibility: compatibility)
            let maybe = compatibility ? nfkcMaybe.contains(first) : nfcMaybe.contains(first)
            return (combiningClass[first] ?? 0) == 0 && !maybe
        }
    }

    static func load() -> Database? {
        guard let unicodeData = UCDFile.read(UCDFile.unicodeData),
              let derived = UCDFile.read(UCDFile.derivedNormalizationProps) else { return nil }
        var database = Database()
        for line in unicodeData.split(separator: "\n") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            let value = UInt32(fields[0], radix: 16)!
            if let ccc = Int(fields[3]), ccc != 0 { database.combiningClass[value] = ccc }
            let mapping = fields[5]
            guard !mapping.isEmpty else { continue }
            let compatibility = mapping.hasPrefix("<")
            let codes = mapping.split(separator: " ").filter { !$0.hasPrefix("<") }.map { UInt32($0, radix: 16)! }
            database.decomposition[value] = (compatibility, codes)
        }
        for line in derived.split(separator: "\n") {
            let content = line.prefix { $0 != "#" }
            let fields = content.split(separator: ";").map { $0.trimmingPrefix(" ").split(separator: " ").joined() }
            guard fields.count == 3, fields[2] == "M", fields[1] == "NFC_QC" || fields[1] == "NFKC_QC" else { continue }
            let bounds = fields[0].split(separator: ".", omittingEmptySubsequences: true).map { UInt32($0, radix: 16)! }
            for value in bounds[0]...bounds[bounds.count - 1] {
                if fields[1] == "NFC_QC" { database.nfcMaybe.insert(value) } else { database.nfkcMaybe.insert(value) }
            }
        }
        return database
    }

    @Test(arguments: [NormalizationForm.nfc, .nfkc])
    func boundariesMatchTheCharacterDatabase(form: NormalizationForm) throws {
        guard let database = Self.load() else { return }
        #expect(database.nfcMaybe.contains(0x0301) && database.nfcMaybe.contains(0x1161))
        #expect(database.combiningClass[0x0301] == 230)
        var unsafe = FailureLog()      // said to be a boundary, but can combine with what precedes
        var needless = FailureLog()    // said not to be, but can never combine
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let scalar = Unicode.Scalar(value)!
            let actual = UnicodeNormalizer.isNormalizationBoundary(scalar, form: form)
            let expected = database.expectedBoundary(value, form: form)
            if actual && !expected { unsafe.add("U+\(String(value, radix: 16, uppercase: true))") }
            if !actual && expected { needless.add("U+\(String(value, radix: 16, uppercase: true))") }
        }
        unsafe.expectEmpty("\(form.rawValue) boundaries that would cut text wrongly:")
        needless.expectEmpty("\(form.rawValue) needless non-boundaries:")
    }
}

/// Cases that need no data file.
@Suite("Normalization boundaries: known cases")
struct KnownBoundaryTests {
    @Test func wellKnownCases() {
        for form in [NormalizationForm.nfc, .nfkc] {
            #expect(UnicodeNormalizer.isNormalizationBoundary("a", form: form))
            #expect(UnicodeNormalizer.isNormalizationBoundary("\u{E9}", form: form))
            #expect(UnicodeNormalizer.isNormalizationBoundary("\u{4E16}", form: form))
            #expect(UnicodeNormalizer.isNormalizationBoundary("\u{1F600}", form: form))
            #expect(UnicodeNormalizer.isNormalizationBoundary("\u{1100}", form: form), "Hangul L starts a syllable")
            #expect(UnicodeNormalizer.isNormalizationBoundary("\u{AC00}", form: form))
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{301}", form: form), "combining mark")
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{1161}", form: form), "Hangul V")
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{11A8}", form: form), "Hangul T")
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{0B3E}", form: form), "Oriya AA composes with E")
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{0344}", form: form), "decomposes to two marks")
            #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{0F73}", form: form), "ccc 0, but decomposes to marks")
        }
        #expect(UnicodeNormalizer.isNormalizationBoundary("\u{FF9E}", form: .nfc), "half-width voiced mark is a starter in NFC")
        #expect(!UnicodeNormalizer.isNormalizationBoundary("\u{FF9E}", form: .nfkc), "but is U+3099 in NFKC")
    }
}
