import BylineCore

/// The symbolic inputs of the neural tagger for each token of a document: which GloVe row
/// its lowercased form has, its casing class, and its name-list bits. They must be what
/// scripts/train-ner-neural.py computes (`Encoder.sentence`), or the network reads inputs it
/// was not trained on; NeuralModelTests compares the tags of both on dev sentences.
struct NeuralFeatures {
    /// Casing classes, one-hot in the input; the input after them is the "no vector" bit,
    /// then a begin and an inside bit per name list.
    static let casingCount = 7
    static let firstNameListColumn = casingCount + 1

    /// Per token: the vocabulary row + 1 of its lowercased form, 0 when GloVe has none.
    private(set) var wordRows: [Int32]
    /// Per token: the columns of the 0/1 inputs that are 1 (casing, no vector, name-list
    /// bits), counted from the first of them, as the range `activeStarts[i]..<activeStarts[i + 1]`
    /// of `activeColumns`.
    private(set) var activeStarts: [Int32]
    private(set) var activeColumns: [Int32]
    /// The ASCII spelling the network reads (vocabulary, casing, bytes) of each token written
    /// with typographic punctuation; the other tokens are read as written (`asciiSpelling`).
    private let spellings: [Int: [UInt8]]

    init(_ document: Document, vocabulary: HashTable, gazetteer: Gazetteer) {
        let tokens = document.tokens
        var wordRows = [Int32](repeating: 0, count: tokens.count)
        var lowercaseHashes = [UInt64](repeating: 0, count: tokens.count)
        var casings = [UInt8](repeating: 0, count: tokens.count)
        var spellings: [Int: [UInt8]] = [:]
        var text = document.text
        text.withUTF8 { utf8 in
            for (index, token) in tokens.enumerated() {
                let written = UnsafeBufferPointer(rebasing: utf8[token.span.start..<token.span.end])
                lowercaseHashes[index] = ByteHash.bytes(written, lowercased: true)
                func read(_ bytes: UnsafeBufferPointer<UInt8>, asciiHash: UInt64) {
                    let row = vocabulary.value(Self.lowercaseHash(bytes, asciiHash: asciiHash)) ?? 0
                    wordRows[index] = Int32(truncatingIfNeeded: row)
                    casings[index] = Self.casing(bytes)
                }
                if let spelling = Self.asciiSpelling(written) {
                    spellings[index] = spelling
                    spelling.withUnsafeBufferPointer { read($0, asciiHash: ByteHash.bytes($0, lowercased: true)) }
                } else {
                    read(written, asciiHash: lowercaseHashes[index])
                }
            }
        }
        let codes = gazetteer.matches(lowercaseHashes: lowercaseHashes, sentences: document.sentences.map(\.tokens))
        var activeStarts = [Int32](repeating: 0, count: tokens.count + 1)
        var activeColumns: [Int32] = []
        activeColumns.reserveCapacity(tokens.count * 2)
        for index in tokens.indices {
            activeColumns.append(Int32(casings[index]))
            if wordRows[index] == 0 { activeColumns.append(Int32(Self.casingCount)) }
            codes.forEach(token: index) { code in
                // A match's first token sets the begin bit, its later tokens the inside bit.
                let position = BILOU.Position(rawValue: Int(code % 4))
                let first = position == .begin || position == .unit
                activeColumns.append(Int32(Self.firstNameListColumn + 2 * Int(code / 4) + (first ? 0 : 1)))
            }
            activeStarts[index + 1] = Int32(activeColumns.count)
        }
        self.wordRows = wordRows
        self.activeStarts = activeStarts
        self.activeColumns = activeColumns
        self.spellings = spellings
    }

    /// CoNLL-2003 is ASCII; news has curly quotes and apostrophes, dashes and ellipses. The
    /// network reads them as CoNLL writes them, or it meets bytes it never saw in training
    /// (the first 128-unit model tagged a lone em dash MISC). The script's `TYPOGRAPHIC` is
    /// the same table. Nil when the token has none of them.
    static func asciiSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Every character of the table is U+00AB, U+00BB or in U+2010...U+2033: lead byte C2 or E2.
        guard bytes.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return nil }
        var spelling: [UInt8] = [], changed = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if let ascii = typographic[scalar] {
                spelling += ascii.utf8
                changed = true
            } else {
                spelling += String(scalar).utf8
            }
        }
        return changed ? spelling : nil
    }

    /// Calls `body` with the bytes the network reads of a token: its ASCII spelling, or the
    /// token as written in the document's UTF-8 text.
    func withNetworkBytes<Result>(of token: Int, spans: [Token], utf8: UnsafeBufferPointer<UInt8>,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if !spellings.isEmpty, let spelling = spellings[token] { return spelling.withUnsafeBufferPointer(body) }
        let span = spans[token].span
        return body(UnsafeBufferPointer(rebasing: utf8[span.start..<span.end]))
    }

    static let typographic: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2033}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-",
        "\u{2026}": "...",
    ]

    /// The hash of the word lowercased as Python's `str.lower` does: ASCII bytes fold
    /// directly, anything else goes through Unicode's full lowercase mapping.
    private static func lowercaseHash(_ bytes: UnsafeBufferPointer<UInt8>, asciiHash: UInt64) -> UInt64 {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return asciiHash }
        return ByteHash.bytes(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// 0 digits only, 1 mostly digits, 2 all lowercase, 3 all capitals (2+ letters),
    /// 4 initial capital, 5 has a digit, 6 anything else; by Unicode general category.
    static func casing(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts = CharacterCounts()
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII's categories without decoding: most news tokens are ASCII.
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): counts.add(.decimalNumber)
                case UInt8(ascii: "a")...UInt8(ascii: "z"): counts.add(.lowercaseLetter)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): counts.add(.uppercaseLetter)
                default: counts.add(.otherPunctuation)
                }
            }
        } else {
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars { counts.add(scalar.properties.generalCategory) }
        }
        return counts.casing
    }

    private struct CharacterCounts {
        var count = 0, digits = 0, letters = 0, lowers = 0, uppers = 0
        var first: Unicode.GeneralCategory? = nil

        mutating func add(_ category: Unicode.GeneralCategory) {
            if first == nil { first = category }
            count += 1
            switch category {
            case .decimalNumber: digits += 1
            case .lowercaseLetter: letters += 1; lowers += 1
            case .uppercaseLetter, .titlecaseLetter: letters += 1; uppers += 1
            case .modifierLetter, .otherLetter: letters += 1
            default: break
            }
        }

        var casing: UInt8 {
            if digits == count { return 0 }
            if digits * 2 > count { return 1 }
            if letters > 0 && lowers == letters && first == .lowercaseLetter { return 2 }
            if letters >= 2 && uppers == letters { return 3 }
            if first == .uppercaseLetter || first == .titlecaseLetter { return 4 }
            if digits > 0 { return 5 }
            return 6
        }
    }
}
