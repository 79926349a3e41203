import BylineCore
import Normalization
import Testing

/// Runs the Normalizer stage and returns the document.
func normalizedDocument(_ source: String, form: NormalizationForm = .nfc, fold: Bool = true) throws -> Document {
    var document = Document(id: "t", source: source)
    try Normalizer(form: form, foldPunctuation: fold).process(&document)
    return document
}

/// The normalized text's scalars: compared as scalars because String's `==` ignores the
/// difference between composed and decomposed text.
func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

@Suite("Normalizer behaviour")
struct NormalizerBehaviourTests {
    @Test func isTheFirstStage() throws {
        let stage = Normalizer()
        #expect(stage.name == "normalize")
        #expect(stage.requires.isEmpty)
        #expect(stage.produces == [.text])
        #expect(stage.form == .nfc && stage.foldPunctuation)
        let pipeline = try Pipeline(stages: [stage], available: [])
        var document = Document(id: "d", source: "a\r\nb")
        try pipeline.run(&document)
        #expect(document.text == "a\nb")
        #expect(document.source == "a\r\nb", "the source is kept as read")
    }

    @Test func plainASCIIIsCopiedAsIdentity() throws {
        let source = "The cat sat.\n\tOn the mat!"
        let document = try normalizedDocument(source)
        #expect(document.text == source)
        #expect(document.alignment == .identity(length: source.utf8.count))
    }

    @Test func emptySource() throws {
        let document = try normalizedDocument("")
        #expect(document.text.isEmpty)
        #expect(document.alignment.textLength == 0 && document.alignment.sourceLength == 0)
    }

    @Test func lineEndingsBecomeLF() throws {
        let document = try normalizedDocument("a\r\nb\rc\nd\r\r\ne\r")
        #expect(scalars(document.text) == scalars("a\nb\nc\nd\n\ne\n"))
        // "b" is text 2..<3, source 3..<4; the LF after it came from a lone CR.
        #expect(document.sourceSpan(TextSpan(2, 3)) == TextSpan(3, 4))
        #expect(document.sourceSpan(TextSpan(1, 2)) == TextSpan(1, 3), "LF maps back to CRLF")
        #expect(document.sourceText(TextSpan(3, 4)) == "\r")
        #expect(document.sourceSpan(TextSpan(0, document.text.utf8.count)) == TextSpan(0, document.source.utf8.count))
    }

    @Test func leadingBOMIsDroppedButALaterOneIsKept() throws {
        let leading = try normalizedDocument("\u{FEFF}Hello")
        #expect(scalars(leading.text) == scalars("Hello"))
        #expect(leading.sourceSpan(TextSpan(0, 5)) == TextSpan(3, 8))
        #expect(leading.sourceText(TextSpan(0, 5)) == "Hello")

        let inner = try normalizedDocument("Hello\u{FEFF}world")
        #expect(scalars(inner.text) == scalars("Hello\u{FEFF}world"))

        let twice = try normalizedDocument("\u{FEFF}\u{FEFF}x")
        #expect(scalars(twice.text) == scalars("\u{FEFF}x"), "only the first BOM is a byte-order mark")

        let alone = try normalizedDocument("\u{FEFF}")
        #expect(alone.text.isEmpty)
        #expect(alone.alignment.sourceLength == 3)
    }

    @Test func controlCharactersAreRemoved() throws {
        let removed = Array(0x00...0x08) + Array(0x0E...0x1F) + [0x7F] + Array(0x80...0x84) + Array(0x86...0x9F)
        for value in removed {
            let control = Character(Unicode.Scalar(UInt32(value))!)
            let document = try normalizedDocument("ab\(control)cd")
            #expect(scalars(document.text) == scalars("abcd"), "U+\(String(value, radix: 16)) is removed")
            #expect(document.sourceSpan(TextSpan(0, 2)) == TextSpan(0, 2))
            let afterControl = document.sourceSpan(TextSpan(2, 4))
            #expect(document.source.slice(afterControl) == "cd", "U+\(String(value, radix: 16)): \(afterControl)")
        }
        // Tab and newline stay; so do the neighbours of the C1 range and other format characters.
        let kept = "a\tb\nc\u{A0}d\u{AD}e\u{200B}f\u{2028}g"
        #expect(scalars(try normalizedDocument(kept).text) == scalars(kept))
        // Several controls in a row, and controls at both ends.
        #expect(try normalizedDocument("\u{1}\u{2}x\u{7F}\u{84}\u{9F}y\u{1B}").text == "xy")
    }

    @Test func lineSeparatingControlsBecomeNewlines() throws {
        // Vertical tab, form feed and NEL are white space: removing them would join two words.
        for separator in ["\u{0B}", "\u{0C}", "\u{85}"] {
            let document = try normalizedDocument("said-\(separator)123")
            #expect(document.text == "said-\n123")
            let after = document.sourceSpan(TextSpan(6, 9))
            #expect(document.source.slice(after) == "123")
            #expect(document.sourceText(TextSpan(5, 6)) == separator)
        }
        #expect(try normalizedDocument("a\u{0C}\u{1}b").text == "a\nb", "a control after one is still removed")
    }

    @Test func typographicPunctuationIsFolded() throws {
        let source = "‘a’ “b” „c‟ ‚d‛ x–y z—w ― wait… don\u{2BC}t 1\u{2212}2 co\u{2010}op"
        let document = try normalizedDocument(source)
        #expect(document.text == "'a' \"b\" \"c\" 'd' x-y z--w -- wait... don't 1-2 co-op")
        // The folded characters map back to the typographic ones in the source.
        let text = document.text
        let ellipsis = try #require(text.utf8.firstIndex(of: UInt8(ascii: ".")))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: ellipsis)
        #expect(document.sourceText(TextSpan(start, start + 3)) == "…")
        #expect(document.sourceText(TextSpan(0, 1)) == "‘")
        #expect(document.sourceText(TextSpan(1, 2)) == "a")
    }

    @Test func foldingCanBeTurnedOff() throws {
        let source = "‘a’ “b” x–y z—w wait…"
        let document = try normalizedDocument(source, fold: false)
        #expect(scalars(document.text) == scalars(source))
        #expect(document.alignment == .identity(length: source.utf8.count))
    }

    @Test func nfkcFoldsCompatibilityCharactersButNFCKeepsThem() throws {
        let source = "\u{FB01}ne ＡＢＣ１２ x\u{00B2} \u{2126}"
        let nfkc = try normalizedDocument(source, form: .nfkc)
        #expect(scalars(nfkc.text) == scalars("fine ABC12 x2 \u{3A9}"))
        #expect(nfkc.sourceText(TextSpan(0, 2)) == "\u{FB01}", "both letters of the folded ligature map to it")
        #expect(nfkc.sourceText(TextSpan(5, 8)) == "ＡＢＣ")

        let nfc = try normalizedDocument(source, form: .nfc)
        // NFC keeps the ligature, full-width letters and superscript; the Ohm sign is a
        // canonical singleton, so NFC does replace it by omega.
        #expect(scalars(nfc.text) == scalars("\u{FB01}ne ＡＢＣ１２ x\u{00B2} \u{3A9}"))
    }

    @Test func nfcComposesDecomposedAccents() throws {
        let document = try normalizedDocument("Cafe\u{301} cre\u{300}me")
        #expect(scalars(document.text) == scalars("Caf\u{E9} cr\u{E8}me"))
        #expect(document.text.utf8.count == "Café crème".utf8.count)
        // "Café" in the text maps back to the four letters and the combining accent.
        #expect(document.sourceSpan(TextSpan(0, 5)) == TextSpan(0, 6))
        #expect(scalars(String(document.sourceText(TextSpan(0, 5)))) == scalars("Cafe\u{301}"))
        // "crème" (text 6..<12) maps to source 7..<14.
        #expect(document.sourceSpan(TextSpan(6, 12)) == TextSpan(7, 14))
    }

    @Test func nfdDecomposes() throws {
        let document = try normalizedDocument("Caf\u{E9}", form: .nfd)
        #expect(scalars(document.text) == scalars("Cafe\u{301}"))
    }

    @Test func alreadyNormalizedNonASCIIIsIdentity() throws {
        let source = "Zürich, 東京, Ελλάδα 😀"
        let document = try normalizedDocument(source)
        #expect(scalars(document.text) == scalars(source))
        #expect(document.alignment == .identity(length: source.utf8.count))
    }

    /// The stage removes controls before normalizing (see the type's documentation), so a
    /// control between a letter and a combining mark must not keep them from composing: the
    /// text the stages read is always in the chosen form.
    @Test(arguments: [NormalizationForm.nfc, .nfkc])
    func removingAControlDoesNotLeaveTheTextUnnormalized(form: NormalizationForm) throws {
        let samples = [
            ("e\u{1}\u{301}", "\u{E9}"),
            ("e\u{7F}\u{301}x", "\u{E9}x"),
            ("e\u{84}\u{301}", "\u{E9}"),
            ("\u{E9}\u{1}\u{2}\u{323}", "\u{1EB9}\u{301}"),
            ("a\u{307}\u{1}\u{323}", "\u{1EA1}\u{307}"),
            ("\u{1100}\u{1161}\u{1}\u{11A8}", "\u{AC01}"),
            ("x\u{1}y", "xy"),
        ]
        for (source, expected) in samples {
            let document = try normalizedDocument(source, form: form)
            #expect(scalars(document.text) == scalars(expected), "\(hex(source)) gave \(hex(document.text))")
            #expect(document.alignment.textLength == document.text.utf8.count)
            #expect(document.alignment.sourceLength == source.utf8.count)
            #expect(document.sourceSpan(TextSpan(0, document.text.utf8.count)) == TextSpan(0, source.utf8.count))
        }
        // When only a control goes, the alignment stays exact on both sides of it.
        let document = try normalizedDocument("ab\u{1}cd", form: form)
        #expect(document.sourceSpan(TextSpan(0, 2)) == TextSpan(0, 2))
        #expect(document.sourceSpan(TextSpan(2, 4)) == TextSpan(3, 5))
        #expect(document.sourceSpan(TextSpan(1, 3)) == TextSpan(1, 4))
    }
}
