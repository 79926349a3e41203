/// A lowercased ASCII word of at most 16 bytes packed into two integers: an exact dictionary
/// key for the lexicons, made from a token's bytes without building a `String` per token.
struct WordKey: Hashable, Sendable {
    static let maximumLength = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `bytes` lowercased, a typographic apostrophe (’ ‘, in text that was not
    /// normalized) read as `'`; nil when they are empty, longer than 16 bytes or otherwise not
    /// ASCII (no lexicon word is).
    init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var length = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            var byte = bytes[index]
            index = bytes.index(after: index)
            if byte >= 0x80 {
                // ’ and ‘ are E2 80 99 and E2 80 98.
                guard byte == 0xE2, index != bytes.endIndex, bytes[index] == 0x80 else { return nil }
                let third = bytes.index(after: index)
                guard third != bytes.endIndex, bytes[third] == 0x99 || bytes[third] == 0x98 else { return nil }
                index = bytes.index(after: third)
                byte = 0x27
            }
            guard length < Self.maximumLength else { return nil }
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if length < 8 {
                low |= lowered << (8 * UInt64(length))
            } else {
                high |= lowered << (8 * UInt64(length - 8))
            }
            length += 1
        }
        guard length > 0 else { return nil }
    }

    /// The key of a lexicon entry written in the source code.
    init(_ word: String) {
        guard let key = WordKey(Array(word.utf8)) else {
            preconditionFailure("lexicon word '\(word)' is not ASCII or is longer than \(Self.maximumLength) bytes")
        }
        self = key
    }
}
