import BylineCore
import Testing

/// Reference: the number of scalars that start before `byteOffset`, counted the slow way.
private func referenceScalarOffset(_ string: String, _ byteOffset: Int) -> Int {
    string.utf8.prefix(byteOffset).lazy.filter { $0 & 0xC0 != 0x80 }.count
}

private func expectMatchesReference(_ string: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let offsets = ScalarOffsets(string)
    var mismatches: [String] = []
    for byteOffset in 0...string.utf8.count {
        let expected = referenceScalarOffset(string, byteOffset)
        let actual = offsets.scalarOffset(byteOffset)
        if actual != expected { mismatches.append("byte \(byteOffset): \(actual), expected \(expected)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))", sourceLocation: sourceLocation)
}

@Suite("ScalarOffsets")
struct ScalarOffsetsTests {
    @Test func emptyString() {
        #expect(ScalarOffsets("").scalarOffset(0) == 0)
    }

    @Test func asciiOffsetsAreBytes() {
        let offsets = ScalarOffsets("hello")
        #expect((0...5).map(offsets.scalarOffset) == Array(0...5))
    }

    @Test func multiByteScalars() {
        // a (1 byte) é (2) 世 (3) 😀 (4) b (1): scalar starts at bytes 0, 1, 3, 6, 10; end 11.
        let offsets = ScalarOffsets("aé世😀b")
        #expect(offsets.scalarOffset(0) == 0)
        #expect(offsets.scalarOffset(1) == 1)
        #expect(offsets.scalarOffset(3) == 2)
        #expect(offsets.scalarOffset(6) == 3)
        #expect(offsets.scalarOffset(10) == 4)
        #expect(offsets.scalarOffset(11) == 5)
        // Inside a scalar: counts the scalar whose lead byte came before.
        #expect(offsets.scalarOffset(2) == 2)
        #expect(offsets.scalarOffset(8) == 4)
    }

    @Test func combiningMarksAndClustersCountAsSeparateScalars() {
        // "e" + U+0301 is one Character but two scalars; a flag is two scalars.
        let offsets = ScalarOffsets("e\u{301}🇫🇷x")
        #expect(offsets.scalarOffset(3) == 2)
        #expect(offsets.scalarOffset(11) == 4)
        #expect(offsets.scalarOffset(12) == 5)
    }

    @Test func offsetsAcrossTheCheckpointStride() {
        // A two-byte scalar straddling byte 64, a four-byte one straddling 128, and a long tail.
        let straddling = String(repeating: "a", count: 63) + "é" + String(repeating: "b", count: 62) + "😀" + "tail"
        #expect(straddling.utf8.count > 128)
        expectMatchesReference(straddling)
        let offsets = ScalarOffsets(straddling)
        #expect(offsets.scalarOffset(63) == 63)
        #expect(offsets.scalarOffset(64) == 64, "the é that starts at 63 is counted at 64")
        #expect(offsets.scalarOffset(65) == 64)
    }

    @Test func exactMultipleOfTheStrideAndTheEnd() {
        for length in [63, 64, 65, 127, 128, 129, 192] {
            let ascii = String(repeating: "x", count: length)
            #expect(ScalarOffsets(ascii).scalarOffset(length) == length, "ASCII of \(length) bytes")
        }
        let multiByte = String(repeating: "世", count: 64)  // 192 bytes, 64 scalars
        #expect(ScalarOffsets(multiByte).scalarOffset(192) == 64)
        #expect(ScalarOffsets(multiByte).scalarOffset(129) == 43)
        expectMatchesReference(multiByte)
    }

    @Test func longMixedTextMatchesReferenceEverywhere() {
        let pieces = ["word ", "é", "世界", "😀", "\u{301}", "\r\n", "👨‍👩‍👧", "–", "Ω", "\t"]
        var text = ""
        for index in 0..<300 { text += pieces[(index * 7 + index / 3) % pieces.count] }
        #expect(text.utf8.count > 1000)
        expectMatchesReference(text)
        #expect(ScalarOffsets(text).scalarOffset(text.utf8.count) == text.unicodeScalars.count)
    }
}

@Suite("TextSpan")
struct TextSpanTests {
    @Test func basics() {
        let span = TextSpan(3, 8)
        #expect(span.start == 3 && span.end == 8)
        #expect(span.length == 5)
        #expect(!span.isEmpty)
        #expect(TextSpan(4, 4).isEmpty)
        #expect(TextSpan(4, 4).length == 0)
        #expect(span.description == "3..<8")
    }

    @Test func orderIsByStartThenEnd() {
        let spans = [TextSpan(5, 9), TextSpan(0, 3), TextSpan(5, 6), TextSpan(0, 0), TextSpan(2, 10)]
        #expect(spans.sorted() == [TextSpan(0, 0), TextSpan(0, 3), TextSpan(2, 10), TextSpan(5, 6), TextSpan(5, 9)])
        #expect(TextSpan(1, 2) < TextSpan(1, 3))
        #expect(!(TextSpan(1, 3) < TextSpan(1, 3)))
        #expect(Set([TextSpan(1, 2), TextSpan(1, 2), TextSpan(2, 1 + 1)]).count == 2)
    }

    @Test func sliceUsesUTF8ByteOffsets() {
        let text = "aé世😀b"
        #expect(text.slice(TextSpan(0, 1)) == "a")
        #expect(text.slice(TextSpan(1, 6)) == "é世")
        #expect(text.slice(TextSpan(6, 10)) == "😀")
        #expect(text.slice(TextSpan(10, 11)) == "b")
        #expect(text.slice(TextSpan(0, 11)) == text[...])
        #expect(text.slice(TextSpan(3, 3)).isEmpty)
        #expect(text.slice(TextSpan(11, 11)).isEmpty)
    }

    @Test func sliceKeepsDecomposedScalarsApart() {
        let text = "e\u{301}x"
        #expect(Array(text.slice(TextSpan(0, 1)).unicodeScalars) == ["e"])
        #expect(Array(text.slice(TextSpan(1, 3)).unicodeScalars) == ["\u{301}"])
    }

    @Test func sliceOfASubstringBasedString() {
        // A String built from a larger one: offsets are relative to the new string.
        let whole = "prefix 世界 suffix"
        let inner = String(whole.dropFirst(7))
        #expect(inner.slice(TextSpan(0, 6)) == "世界")
    }

    @Test func invertedSpanTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = TextSpan(5, 3)
        }
    }
}
