import BylineCore

/// Read-only UTF-8 bytes with the character questions the splitter and tokenizer ask.
///
/// ASCII is answered from the byte; other scalars are decoded in place and answered from the
/// standard library's Unicode properties. Nothing here allocates.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }
    subscript(offset: Int) -> UInt8 { bytes[offset] }

    func scalar(at offset: Int) -> Unicode.Scalar { UTF8Scalar.decode(bytes, at: offset) }

    /// The offset just past the scalar starting at `offset`.
    func next(after offset: Int) -> Int { offset + UTF8Scalar.length(lead: bytes[offset]) }

    /// The offset of the scalar that ends at `offset`.
    func previous(before offset: Int) -> Int {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    func isSpace(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) }
        switch scalar(at: offset).value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Letters, digits and combining marks: the characters words are made of.
    func isWordCharacter(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return Abbreviations.isASCIILetter(byte) || isDigit(byte) }
        let properties = scalar(at: offset).properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    func isUppercase(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        let properties = scalar(at: offset).properties
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    func isLowercase(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return scalar(at: offset).properties.isLowercase
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The first offset at or after `offset` that is not a space (or `end`).
    func skipSpaces(from offset: Int, to end: Int) -> Int {
        var position = offset
        while position < end && isSpace(at: position) { position = next(after: position) }
        return position
    }

    /// The offset just after the last non-space before `offset` (or `start`).
    func skipSpacesBackward(from offset: Int, to start: Int) -> Int {
        var position = offset
        while position > start {
            let previous = previous(before: position)
            guard isSpace(at: previous) else { break }
            position = previous
        }
        return position
    }

    /// The end of the run of non-space characters starting at `offset`.
    func chunkEnd(from offset: Int, to end: Int) -> Int {
        var position = offset
        while position < end && !isSpace(at: position) { position = next(after: position) }
        return position
    }

    /// The start of the run of non-space characters ending at `offset`.
    func chunkStart(before offset: Int, from start: Int) -> Int {
        var position = offset
        while position > start {
            let previous = previous(before: position)
            if isSpace(at: previous) { break }
            position = previous
        }
        return position
    }

    func slice(_ start: Int, _ end: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[start..<end] }
}
