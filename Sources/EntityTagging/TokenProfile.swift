import BylineCore

/// What the features need to know of one token, hashed once per document so no string is
/// built per token or per feature.
struct TokenProfile {
    var form: UInt64 = 0
    var lower: UInt64 = 0
    /// The word shape with runs cut at four ("Xxxx" for Washington, "dd,ddd" for 10,000)...
    var shape: UInt64 = 0
    /// ...and with runs collapsed ("Xx", "d,d").
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Packed cluster ids (see `WordClusters`), 0 when the word has none.
    var clusters: UInt64 = 0
    var flags: Flags = []

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let initialCapital = Flags(rawValue: 1)
        static let allCapitals = Flags(rawValue: 2)
        static let hasDigit = Flags(rawValue: 4)
        static let hasLetter = Flags(rawValue: 8)
        static let sentenceStart = Flags(rawValue: 16)
        /// The token is in a sentence written all in capitals (a headline).
        static let capitalsSentence = Flags(rawValue: 32)
    }

    init() {}

    /// Every token's profile, from the document's normalized text.
    static func profiles(of document: Document) -> [TokenProfile] { reading(document) { Array($0) } }

    /// The document's token profiles, each made as `body` reaches it.
    static func reading<Result>(_ document: Document, _ body: (LazyMapSequence<[Token], TokenProfile>) -> Result) -> Result {
        var text = document.text
        return text.withUTF8 { utf8 in
            body(document.tokens.lazy.map { TokenProfile(UnsafeBufferPointer(rebasing: utf8[$0.span.start..<$0.span.end])) })
        }
    }

    /// Profiles a token's bytes (the normalized text, so typographic quotes are ASCII).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var form = ByteHash.seed, lower = ByteHash.seed
        var shape = ByteHash.seed, shortShape = ByteHash.seed
        var previousClass: UInt8 = 0, run = 0
        var uppers = 0, lowers = 0, digits = 0
        var index = 0
        var first = true
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var characterClass: UInt8
            if byte < 0x80 {
                switch byte {
                case 0x41...0x5A: characterClass = UInt8(ascii: "X"); uppers += 1
                case 0x61...0x7A: characterClass = UInt8(ascii: "x"); lowers += 1
                case 0x30...0x39: characterClass = UInt8(ascii: "d"); digits += 1
                default: characterClass = byte
                }
            } else {
                length = min(UTF8Scalar.length(lead: byte), bytes.count - index)
                let properties = UTF8Scalar.decode(bytes, at: index).properties
                if properties.isUppercase { characterClass = UInt8(ascii: "X"); uppers += 1 }
                else if properties.isLowercase || properties.isAlphabetic { characterClass = UInt8(ascii: "x"); lowers += 1 }
                else if properties.numericType != nil { characterClass = UInt8(ascii: "d"); digits += 1 }
                else { characterClass = UInt8(ascii: "u") }
            }
            for offset in index..<min(bytes.count, index + length) {
                let raw = bytes[offset]
                form = ByteHash.add(form, raw)
                lower = ByteHash.add(lower, ByteHash.asciiLower(raw))
            }
            if first && characterClass == UInt8(ascii: "X") { flags.insert(.initialCapital) }
            first = false
            if characterClass == previousClass { run += 1 } else { run = 1; shortShape = ByteHash.add(shortShape, characterClass) }
            if run <= 4 { shape = ByteHash.add(shape, characterClass) }
            previousClass = characterClass
            index += length
        }
        self.form = form
        self.lower = lower
        self.shape = shape
        self.shortShape = shortShape
        if uppers > 0 && lowers == 0 { flags.insert(.allCapitals) }
        if uppers + lowers > 0 { flags.insert(.hasLetter) }
        if digits > 0 { flags.insert(.hasDigit) }
        prefixes = Self.affixes(bytes, fromEnd: false)
        suffixes = Self.affixes(bytes, fromEnd: true)
    }

    /// Hashes of the first (or last) 1 to 4 bytes, lowercased; 0 when the word is shorter.
    private static func affixes(_ bytes: UnsafeBufferPointer<UInt8>, fromEnd: Bool) -> (UInt64, UInt64, UInt64, UInt64) {
        var hash = ByteHash.seed
        func extended(_ length: Int) -> UInt64 {
            guard length <= bytes.count else { return 0 }
            hash = ByteHash.add(hash, ByteHash.asciiLower(fromEnd ? bytes[bytes.count - length] : bytes[length - 1]))
            return hash
        }
        return (extended(1), extended(2), extended(3), extended(4))
    }
}
