import BylineCore

/// The first stage: makes `Document.text` from `Document.source` and records the alignment.
///
/// In order: a leading byte-order mark is dropped; CRLF, CR and the other line separators among
/// the controls (vertical tab, form feed, NEL) become LF; the other control characters but tab
/// are removed; the text is put in the chosen normalization form;
/// typographic quotes, apostrophes, dashes and ellipses are folded to ASCII.
///
/// Text is cut in front of every scalar that normalization cannot join to what precedes it
/// (every ASCII byte among them), and each piece is normalized alone. The alignment is
/// therefore exact at every such cut, and pure-ASCII runs are copied without calling utf8proc.
public struct Normalizer: Stage {
    public let form: NormalizationForm
    public let foldPunctuation: Bool

    public init(form: NormalizationForm = .nfc, foldPunctuation: Bool = true) {
        self.form = form
        self.foldPunctuation = foldPunctuation
    }

    public var name: String { "normalize" }
    public var requires: Set<Layer> { [] }
    public var produces: Set<Layer> { [.text] }

    public func process(_ document: inout Document) throws {
        var source = document.source
        let (text, alignment) = try source.withUTF8 { try normalize($0) }
        document.text = text ?? document.source
        document.alignment = alignment
    }

    /// The normalized text (nil when it equals the source) and its alignment.
    func normalize(_ bytes: UnsafeBufferPointer<UInt8>) throws -> (String?, Alignment) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var alignment = Alignment()
        let count = bytes.count
        var position = 0
        var identityStart = 0

        func flushIdentity() {
            alignment.appendIdentity(length: position - identityStart)
        }

        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            alignment.appendReplacement(sourceLength: 3, textLength: 0)
            position = 3
            identityStart = 3
        }

        while position < count {
            let byte = bytes[position]
            // A control after this byte is deleted, so what follows it may still combine with this.
            let nextIsASCII = position + 1 == count
                || bytes[position + 1] < 0x80 && !Self.isControl(bytes, at: position + 1) || bytes[position + 1] == 0x0D
            // Tab and newline never combine with what follows, so they need not look ahead.
            if byte >= 0x20 && byte < 0x7F && nextIsASCII || byte == 0x09 || byte == 0x0A {
                output.append(byte)
                position += 1
                continue
            }
            flushIdentity()
            if byte == 0x0D {
                let length = position + 1 < count && bytes[position + 1] == 0x0A ? 2 : 1
                output.append(0x0A)
                alignment.appendReplacement(sourceLength: length, textLength: 1)
                position += length
            } else if let length = Self.lineSeparatorLength(bytes, at: position) {
                // White space in Unicode and ICU: deleting it would join the words around it.
                output.append(0x0A)
                alignment.appendReplacement(sourceLength: length, textLength: 1)
                position += length
            } else if Self.isControl(bytes, at: position) {
                let length = byte < 0x80 ? 1 : 2  // C0 and DEL, or C1 (U+0080–U+009F: C2 80–C2 9F)
                alignment.appendReplacement(sourceLength: length, textLength: 0)
                position += length
            } else {
                let end = nextBoundary(in: bytes, after: position)
                let piece = UnsafeBufferPointer(rebasing: bytes[position..<end])
                var normalized = try Self.withoutControls(piece) { try UnicodeNormalizer.normalize($0, form: form) }
                if foldPunctuation { normalized = Self.fold(normalized) }
                if normalized.elementsEqual(piece) {
                    alignment.appendIdentity(length: piece.count)
                } else if Self.withoutControls(piece, { normalized.elementsEqual($0) }) {
                    // Only controls went: keep the alignment exact around each of them.
                    Self.appendControlDeletions(in: piece, to: &alignment)
                } else {
                    alignment.appendReplacement(sourceLength: piece.count, textLength: normalized.count)
                }
                output.append(contentsOf: normalized)
                position = end
            }
            identityStart = position
        }
        flushIdentity()
        // Most text comes through unchanged: nil tells the caller to share the source's storage.
        if alignment.isIdentity { return (nil, alignment) }
        return (String(decoding: output, as: UTF8.self), alignment)
    }

    /// The controls removed from the text: C0 controls but tab, newline and the line separators,
    /// DEL, and C1 controls but NEL.
    static func isControl(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let byte = bytes[position]
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A && lineSeparatorLength(bytes, at: position) == nil }
        if byte == 0x7F { return true }
        return byte == 0xC2 && position + 1 < bytes.count && (0x80...0x9F).contains(bytes[position + 1])
            && lineSeparatorLength(bytes, at: position) == nil
    }

    /// The length of the vertical tab, form feed (one byte) or NEL (U+0085, two) at `position`,
    /// the controls that are white space and break a line; nil for anything else. CR is handled
    /// on its own, since CRLF is one break.
    static func lineSeparatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        switch bytes[position] {
        case 0x0B, 0x0C: return 1
        case 0xC2 where position + 1 < bytes.count && bytes[position + 1] == 0x85: return 2
        default: return nil
        }
    }

    /// Calls `body` with the piece, its control characters removed (a copy only when it has any).
    private static func withoutControls<Result>(
        _ piece: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        guard piece.indices.contains(where: { isControl(piece, at: $0) }) else { return try body(piece) }
        var kept: [UInt8] = []
        var position = 0
        while position < piece.count {
            if isControl(piece, at: position) {
                position += piece[position] < 0x80 ? 1 : 2
            } else {
                kept.append(piece[position])
                position += 1
            }
        }
        return try kept.withUnsafeBufferPointer(body)
    }

    /// Aligns a piece whose only change is its deleted controls: identity runs between deletions.
    private static func appendControlDeletions(in piece: UnsafeBufferPointer<UInt8>, to alignment: inout Alignment) {
        var position = 0
        while position < piece.count {
            if isControl(piece, at: position) {
                let length = piece[position] < 0x80 ? 1 : 2
                alignment.appendReplacement(sourceLength: length, textLength: 0)
                position += length
            } else {
                alignment.appendIdentity(length: 1)
                position += 1
            }
        }
    }

    /// The offset of the first normalization boundary after the scalar at `start`. Controls
    /// (other than CR, which becomes a newline) are deleted, so they are looked through.
    private func nextBoundary(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
        var position = start + UTF8Scalar.length(lead: bytes[start])
        while position < bytes.count {
            if bytes[position] != 0x0D && Self.isControl(bytes, at: position) {
                position += bytes[position] < 0x80 ? 1 : 2
                continue
            }
            if bytes[position] < 0x80 { return position }
            if UnicodeNormalizer.isNormalizationBoundary(UTF8Scalar.decode(bytes, at: position), form: form) {
                return position
            }
            position += UTF8Scalar.length(lead: bytes[position])
        }
        return bytes.count
    }

    private static func fold(_ bytes: [UInt8]) -> [UInt8] {
        // Folded characters are all three-byte sequences starting E2 (or ʼ, CA BC): skip the
        // decode for pieces that hold neither.
        guard bytes.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return bytes }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if let replacement = PunctuationFolding.folded(scalar) {
                folded.append(contentsOf: replacement.utf8)
            } else {
                folded.append(contentsOf: String(scalar).utf8)
            }
        }
        return folded
    }
}
