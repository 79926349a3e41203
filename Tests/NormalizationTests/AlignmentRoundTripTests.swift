import BylineCore
import Normalization
import Testing

/// Random-ish documents through the Normalizer: every span of the normalized text maps to a
/// well-formed span of the source, and text the normalizer copied maps back to itself.
@Suite("Normalizer alignment round trip")
struct AlignmentRoundTripTests {
    /// Pieces the generator draws from. ASCII words are drawn from `marker(_:)` instead, so each
    /// occurs once and can be found again in the normalized text.
    static let pieces: [String] = [
        " ", " ", " ", ", ", ". ", "\n", "\t", "\r\n", "\r", "\r\r\n",
        "\u{1}", "\u{7F}", "\u{85}", "\u{9F}", "\u{1B}[0m",              // controls (removed)
        "\u{301}", "\u{323}", "\u{308}\u{301}", "e\u{301}", "\u{E9}", "a\u{307}\u{323}",  // combining marks
        "‘", "’", "“", "”", "„", "–", "—", "…", "\u{2BC}",              // folded punctuation
        "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\u{FE0F}",                        // emoji
        "世界", "東京", "\u{1100}\u{1161}", "\u{11A8}", "\u{AC00}",      // CJK and Hangul jamo
        "\u{FB01}", "Ａ", "\u{2126}", "\u{A0}", "\u{FF76}\u{FF9E}",     // compatibility characters
        "\u{FEFF}", "\u{0B47}", "\u{0B3E}", "Ελλάδα", "Zürich",
        "e", "a", "o\u{1}", "u\u{85}", "\u{1100}\u{7F}", "i\u{9F}\u{7F}",  // letters, some before a control
    ]

    /// A unique ASCII word: "Q" then base-26 lower-case letters.
    static func marker(_ index: Int) -> String {
        var word = "Q", n = index
        repeat { word.append(Character(Unicode.Scalar(UInt8(97 + n % 26)))); n /= 26 } while n > 0
        return word
    }

    /// A document of `count` pieces; returns the source and the markers it holds between spaces.
    static func makeSource(_ generator: inout SplitMix64, count: Int) -> (String, [String]) {
        var source = generator.next() % 4 == 0 ? "\u{FEFF}" : ""
        var markers: [String] = []
        for _ in 0..<count {
            if generator.next() % 4 == 0 {
                let word = marker(markers.count)
                markers.append(word)
                source += " \(word) "
            } else {
                source += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
        }
        return (source, markers)
    }

    static func isScalarBoundary(_ utf8: [UInt8], _ offset: Int) -> Bool {
        offset == utf8.count || (offset >= 0 && offset < utf8.count && utf8[offset] & 0xC0 != 0x80)
    }

    struct Configuration: Sendable, CustomTestStringConvertible {
        let form: NormalizationForm
        let fold: Bool
        var testDescription: String { "\(form.rawValue), fold \(fold)" }
    }

    @Test(arguments: [
        Configuration(form: .nfc, fold: true), Configuration(form: .nfc, fold: false),
        Configuration(form: .nfkc, fold: true), Configuration(form: .nfkc, fold: false),
    ])
    func everySpanMapsToAWellFormedSourceSpan(configuration: Configuration) throws {
        var generator = SplitMix64(seed: configuration.form == .nfc ? 0xB71E : 0x5EED)
        var failures = FailureLog()
        var markersChecked = 0
        var failingSources: [String] = []
        for documentIndex in 0..<120 {
            let (source, markers) = Self.makeSource(&generator, count: 4 + Int(generator.next() % 24))
            var document = Document(id: "gen\(documentIndex)", source: source)
            try Normalizer(form: configuration.form, foldPunctuation: configuration.fold).process(&document)
            let label = "document \(documentIndex)"
            let failuresBefore = failures.count
            defer {
                if failures.count > failuresBefore && failingSources.count < 3 {
                    failingSources.append("\(label) source: \(hex(source))")
                }
            }
            let text = Array(document.text.utf8)
            let sourceBytes = Array(source.utf8)
            let alignment = document.alignment
            guard alignment.textLength == text.count, alignment.sourceLength == sourceBytes.count else {
                failures.add("\(label): alignment lengths \(alignment.textLength)/\(alignment.sourceLength), expected \(text.count)/\(sourceBytes.count)")
                continue
            }

            // The text is what the stage promises: in the chosen form, no CR, no controls but
            // tab and newline, no typographic punctuation when folding.
            let renormalized = Array(try UnicodeNormalizer.normalize(document.text, form: configuration.form).utf8)
            if renormalized != text { failures.add("\(label): text \(hex(text)) is not \(configuration.form.rawValue)") }
            for scalar in document.text.unicodeScalars {
                let value = scalar.value
                let isControl = value < 0x20 && value != 0x09 && value != 0x0A || (0x7F...0x9F).contains(value)
                let isTypographic = configuration.fold && [0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2013, 0x2014, 0x2026, 0x2BC].contains(value)
                if isControl || isTypographic { failures.add("\(label): U+\(String(value, radix: 16)) left in the text") }
            }

            // Per offset: both biases land on source scalar boundaries and never go backwards.
            // (.end may lie after .start: inside a replacement .start snaps back, .end forward.)
            let boundaries = (0...text.count).filter { Self.isScalarBoundary(text, $0) }
            var previous = (start: 0, end: 0)
            for offset in boundaries {
                let start = alignment.sourceOffset(offset, bias: .start)
                let end = alignment.sourceOffset(offset, bias: .end)
                if !Self.isScalarBoundary(sourceBytes, start) || !Self.isScalarBoundary(sourceBytes, end) {
                    failures.add("\(label): text offset \(offset) maps to \(start)/\(end), inside a source scalar")
                }
                if start < previous.start || end < previous.end {
                    failures.add("\(label): text offset \(offset) maps to \(start)/\(end), before \(previous)")
                }
                previous = (start, end)
            }
            if alignment.sourceOffset(0, bias: .end) != 0 || alignment.sourceOffset(text.count, bias: .start) != sourceBytes.count {
                failures.add("\(label): the ends of the text do not map to the ends of the source")
            }

            // Every span between scalar boundaries maps to a well-formed span whose text is a
            // piece of the source. (Checked before calling sourceSpan, whose TextSpan would trap.)
            for (i, lower) in boundaries.enumerated() {
                for upper in boundaries[i...] {
                    let span = TextSpan(lower, upper)
                    let expectedStart = alignment.sourceOffset(lower, bias: .start)
                    let expectedEnd = span.isEmpty ? expectedStart : alignment.sourceOffset(upper, bias: .end)
                    guard expectedStart <= expectedEnd else {
                        failures.add("\(label): \(span) would map to \(expectedStart)..<\(expectedEnd)")
                        continue
                    }
                    let mapped = document.sourceSpan(span)
                    if mapped != TextSpan(expectedStart, expectedEnd) {
                        failures.add("\(label): sourceSpan(\(span)) = \(mapped), offsets say \(expectedStart)..<\(expectedEnd)")
                    }
                    if mapped.start < 0 || mapped.end > sourceBytes.count {
                        failures.add("\(label): \(span) maps outside the source: \(mapped)")
                    }
                }
            }

            // Text copied from the source maps back to exactly itself.
            for word in markers {
                let needle = Array(" \(word) ".utf8)
                guard let at = firstRange(of: needle, in: text) else {
                    failures.add("\(label): marker \(word) not found in the text")
                    continue
                }
                let span = TextSpan(at + 1, at + 1 + word.utf8.count)
                markersChecked += 1
                let back = document.sourceText(span)
                if !back.utf8.elementsEqual(word.utf8) {
                    failures.add("\(label): \(word) at \(span) maps back to \(back.debugDescription)")
                }
                if !document.text(span).utf8.elementsEqual(word.utf8) {
                    failures.add("\(label): text(\(span)) is not \(word)")
                }
            }
        }
        #expect(markersChecked > 200)
        failures.expectEmpty("alignment round trip (\(configuration.testDescription))", context: failingSources)
    }
}

func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
        return start
    }
    return nil
}
