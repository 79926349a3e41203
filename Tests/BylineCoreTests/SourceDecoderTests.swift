import BylineCore
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Decodes and returns the error, failing the test if decoding succeeded.
private func decodeError<Bytes: Collection<UInt8>>(
    _ input: Bytes, lossy: Bool = false, file: String = "in.txt", sourceLocation: SourceLocation = #_sourceLocation
) -> InputError? where Bytes.Index == Int {
    do {
        let decoded = try SourceDecoder(lossy: lossy).decode(input, file: file)
        Issue.record("expected an error, decoded \(decoded.text.debugDescription)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func count(of scalar: Unicode.Scalar, in text: String) -> Int {
    text.unicodeScalars.lazy.filter { $0 == scalar }.count
}

@Suite("SourceDecoder")
struct SourceDecoderTests {
    @Test func emptyFileIsAnError() throws {
        let error = try #require(decodeError([], file: "empty.txt"))
        #expect(error == InputError(file: "empty.txt", message: "the file is empty"))
        #expect(error.line == nil && error.byteOffset == nil)
        #expect(error.description == "empty.txt: the file is empty")
        // Lossy mode does not make an empty file acceptable.
        #expect(decodeError([], lossy: true) != nil)
    }

    @Test func nulByteMeansBinary() throws {
        // Line 2, byte 5: "ab\ncd" then NUL.
        let error = try #require(decodeError(bytes("ab\ncd") + [0] + bytes("ef"), file: "data.bin"))
        #expect(error.file == "data.bin")
        #expect(error.line == 2)
        #expect(error.byteOffset == 5)
        #expect(error.message.contains("binary"))
        #expect(error.description.hasPrefix("data.bin:2 (byte 5): "))
        // Lossy mode still rejects binary data (NUL is valid UTF-8, so it would slip through).
        let lossy = try #require(decodeError([0x41, 0x00], lossy: true))
        #expect(lossy.byteOffset == 1 && lossy.line == 1)
    }

    /// The NUL search has a fast path over contiguous bytes and the generic one for the rest:
    /// both give the collection's own index, a slice's counted from its parent's start.
    @Test func nulIsFoundInSlicesAndNonContiguousBytes() throws {
        let parent = bytes("abc\ndef") + [0] + bytes("g")
        let slice = parent[2...]
        #expect(slice.startIndex == 2)
        let error = try #require(decodeError(slice))
        #expect(error.byteOffset == 7 && error.line == 2)
        #expect(try #require(decodeError(repeatElement(UInt8(0), count: 3))).byteOffset == 0)
        #expect(try SourceDecoder().decode(parent[..<7], file: "in.txt").text == "abc\ndef")
    }

    @Test func nulAtTheVeryStart() throws {
        let error = try #require(decodeError([0, 0x41]))
        #expect(error.byteOffset == 0)
        #expect(error.line == 1)
    }

    /// (input, byte offset of the first bad sequence, 1-based line, its first byte in hex,
    /// U+FFFD count after lossy decoding per Unicode's "maximal subpart" practice).
    static let invalidCases: [(name: String, input: [UInt8], offset: Int, line: Int, hex: String, replacements: Int)] = [
        ("lone 0xFF", bytes("hello\nw") + [0xFF] + bytes("rld"), 7, 2, "FF", 1),
        ("truncated 3-byte sequence at end", bytes("ab\nc\n\n") + [0xE2, 0x82], 6, 4, "E2", 1),
        ("truncated 4-byte sequence mid-line", bytes("x") + [0xF0, 0x9F, 0x98] + bytes("y"), 1, 1, "F0", 1),
        ("overlong C0 AF", bytes("a/b\n") + [0xC0, 0xAF] + bytes("c"), 4, 2, "C0", 2),
        ("surrogate ED A0 80", bytes("1\n2\n3") + [0xED, 0xA0, 0x80], 5, 3, "ED", 3),
        ("stray continuation byte", bytes("é") + [0x80], 2, 1, "80", 1),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 0, 1, "F4", 4),
    ]

    @Test(arguments: invalidCases.indices)
    func invalidUTF8NamesByteOffsetAndLine(index: Int) throws {
        let c = Self.invalidCases[index]
        let error = try #require(decodeError(c.input, file: "bad.txt"), "\(c.name)")
        #expect(error.file == "bad.txt", "\(c.name)")
        #expect(error.byteOffset == c.offset, "\(c.name)")
        #expect(error.line == c.line, "\(c.name)")
        #expect(error.message.contains("invalid UTF-8"), "\(c.name)")
        #expect(error.message.contains("0x\(c.hex)"), "\(c.name): \(error.message)")
        #expect(error.message.contains("--lossy"), "\(c.name): the message says how to get past it")
        #expect(error.description.hasPrefix("bad.txt:\(c.line) (byte \(c.offset)): "), "\(c.name)")
    }

    @Test(arguments: invalidCases.indices)
    func lossyModeReplacesAndWarns(index: Int) throws {
        let c = Self.invalidCases[index]
        let decoded = try SourceDecoder(lossy: true).decode(c.input, file: "bad.txt")
        #expect(count(of: "\u{FFFD}", in: decoded.text) == c.replacements, "\(c.name)")
        #expect(decoded.text == String(decoding: c.input, as: UTF8.self), "\(c.name)")
        let warning = try #require(decoded.warning, "\(c.name)")
        #expect(warning.byteOffset == c.offset && warning.line == c.line, "\(c.name)")
        let noun = c.replacements == 1 ? "sequence" : "sequences"
        #expect(warning.message.contains("replaced \(c.replacements) invalid \(noun) with U+FFFD"),
                "\(c.name): \(warning.message)")
    }

    @Test func lossyWarningCountsEverySequenceAndPointsAtTheFirst() throws {
        let input = bytes("line one\nline ") + [0xFF] + bytes(" two\n") + [0xC3] + bytes("x\n") + [0xFE, 0xFE]
        let decoded = try SourceDecoder(lossy: true).decode(input, file: "f")
        #expect(decoded.text == "line one\nline \u{FFFD} two\n\u{FFFD}x\n\u{FFFD}\u{FFFD}")
        let warning = try #require(decoded.warning)
        #expect(warning.line == 2)
        #expect(warning.byteOffset == 14)
        #expect(warning.message.contains("replaced 4 invalid sequences"))
    }

    @Test func validInputDecodesUnchanged() throws {
        let samples = [
            "plain ASCII\n",
            "Crème brûlée, 世界, 😀👍🏽, \u{FEFF}BOM inside\r\n",
            "\u{FEFF}leading BOM kept by the decoder",
            "e\u{301} stays decomposed",
            "an actual \u{FFFD} in the file is not a warning",
            "\u{10FFFF}\u{E000}",
        ]
        for sample in samples {
            for lossy in [false, true] {
                let decoded = try SourceDecoder(lossy: lossy).decode(Array(sample.utf8), file: "ok")
                #expect(decoded.text.utf8.elementsEqual(sample.utf8), "\(sample.debugDescription)")
                #expect(decoded.warning == nil)
            }
        }
    }

    @Test func decodesAnyIntIndexedCollection() throws {
        // ArraySlice starting at 0 and UnsafeBufferPointer are accepted as well as Array.
        let input = Array("naïve".utf8)
        #expect(try SourceDecoder().decode(input[...], file: "s").text == "naïve")
        let viaPointer = try input.withUnsafeBufferPointer { try SourceDecoder().decode($0, file: "p") }
        #expect(viaPointer.text == "naïve")
    }
}

@Suite("SourceDecoder line numbers")
struct SourceDecoderLineTests {
    /// LF, CRLF and old Mac CR-only files all number the line of an invalid byte the same way.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndCounts(lineEnd: String) {
        let bytes = Array("one\(lineEnd)two\(lineEnd)".utf8) + [0xFF]
        do {
            _ = try SourceDecoder().decode(bytes, file: "f.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.line == 3)
            #expect(error.byteOffset == bytes.count - 1)
        }
    }
}
