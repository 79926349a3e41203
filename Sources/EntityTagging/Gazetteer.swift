import BylineCore

/// Name lists as typed evidence: which lists a run of tokens is an entry of.
///
/// Entries are matched case-insensitively (ASCII), token by token; each list gets its own
/// category so the model learns how far to trust it (a city that is also a surname, a country
/// that is a sports team in CoNLL). Matching is greedy longest-first per category, as
/// Ratinov & Roth 2009 match their dictionaries.
struct Gazetteer: Sendable {
    /// List names, e.g. "census1990_first.PER.first"; bit i of a table value is category i.
    let categories: [String]
    /// Phrase hashes to their categories, and to `continues` when a longer entry starts with
    /// the phrase (a phrase that is only the start of entries has `continues` alone).
    let table: HashTable
    static let maxTokens = 6
    static let maxCategories = 63
    /// The table value's bit for "a longer entry starts with this phrase": matching stops at
    /// the first phrase without it, so most tokens cost one look-up instead of six.
    static let continues: UInt64 = 1 << 63

    init(categories: [String], table: HashTable) {
        self.categories = categories
        self.table = table
    }

    /// Builds from lists of entries: (category name, entries), at most `maxCategories`.
    init(lists: [(name: String, entries: [String])]) {
        var rows: [(key: UInt64, value: UInt64)] = []
        for (category, list) in lists.prefix(Self.maxCategories).enumerated() {
            for entry in list.entries {
                let words = entry.split(separator: " ", omittingEmptySubsequences: true)
                guard !words.isEmpty, words.count <= Self.maxTokens else { continue }
                var hash = ByteHash.seed
                for (index, word) in words.enumerated() {
                    if index > 0 { rows.append((hash, Self.continues)) }
                    hash = Self.extend(hash, ByteHash.bytes(word.utf8, lowercased: true))
                }
                rows.append((hash, 1 << UInt64(category)))
            }
        }
        self.init(categories: lists.prefix(Self.maxCategories).map(\.name), table: HashTable(rows))
    }

    /// The phrase hash after one more token (given as its lowercase hash).
    @inline(__always)
    static func extend(_ phrase: UInt64, _ token: UInt64) -> UInt64 { ByteHash.combine(phrase, token) }

    /// For each token of a document, the (category, BILOU position) codes of the longest match
    /// per category covering it, as `category * 4 + position`; matches stay within a sentence.
    func matches(lowercaseHashes tokens: [UInt64], sentences: [Range<Int>]) -> NameListCodes {
        var codes = NameListCodes(tokens: tokens.count, categories: categories.count)
        guard !categories.isEmpty else { return codes }
        // Where each category's last match ends: a category's matches do not overlap.
        var coveredUntil = [Int](repeating: 0, count: categories.count)
        withUnsafeTemporaryAllocation(of: (length: Int, mask: UInt64).self, capacity: Self.maxTokens) { found in
            for sentence in sentences where sentence.upperBound <= tokens.count {
                for start in sentence {
                    var foundCount = 0, anyCategory: UInt64 = 0
                    var hash = ByteHash.seed
                    for length in 1...min(Self.maxTokens, sentence.upperBound - start) {
                        hash = Self.extend(hash, tokens[start + length - 1])
                        guard let value = table.value(hash) else { break }
                        let mask = value & ~Self.continues
                        if mask != 0 {
                            found[foundCount] = (length, mask)
                            foundCount += 1
                            anyCategory |= mask
                        }
                        guard value & Self.continues != 0 else { break }
                    }
                    var remaining = anyCategory
                    while remaining != 0 {
                        let category = remaining.trailingZeroBitCount
                        remaining &= remaining - 1
                        guard coveredUntil[category] <= start else { continue }
                        let bit = UInt64(1) << UInt64(category)
                        var longest = foundCount - 1
                        while found[longest].mask & bit == 0 { longest -= 1 }
                        let length = found[longest].length
                        coveredUntil[category] = start + length
                        let code = UInt16(category * 4)
                        if length == 1 {
                            codes.append(code + UInt16(BILOU.Position.unit.rawValue), token: start)
                        } else {
                            codes.append(code + UInt16(BILOU.Position.begin.rawValue), token: start)
                            for inner in start + 1..<start + length - 1 {
                                codes.append(code + UInt16(BILOU.Position.inside.rawValue), token: inner)
                            }
                            codes.append(code + UInt16(BILOU.Position.last.rawValue), token: start + length - 1)
                        }
                    }
                }
            }
        }
        return codes
    }
}

/// The name-list codes of each token of a document, in the order they were found, in one
/// buffer: a token has at most one code per category.
struct NameListCodes {
    private let stride: Int
    private var codes: [UInt16]
    private var counts: [UInt8]

    init(tokens: Int, categories: Int) {
        stride = categories
        codes = [UInt16](repeating: 0, count: tokens * categories)
        counts = [UInt8](repeating: 0, count: categories > 0 ? tokens : 0)
    }

    mutating func append(_ code: UInt16, token: Int) {
        codes[token * stride + Int(counts[token])] = code
        counts[token] += 1
    }

    /// Calls `body` with each code of `token`.
    @inline(__always)
    func forEach(token: Int, _ body: (UInt16) -> Void) {
        guard stride > 0 else { return }
        for index in token * stride..<token * stride + Int(counts[token]) { body(codes[index]) }
    }
}

/// Word clusters: each word's cluster at several granularities, coarse to fine, which let the
/// tagger generalize from words it saw in training to words it did not (Ratinov & Roth 2009
/// used Brown clusters the same way).
struct WordClusters: Sendable {
    /// Cluster ids + 1 packed 16 bits each, coarsest in the low bits; 0 = no cluster.
    let table: HashTable
    let levels: Int

    init(table: HashTable, levels: Int) {
        self.table = table
        self.levels = levels
    }

    /// Parses `word<TAB>id<TAB>id...` lines (`#` lines are comments), at most 4 levels.
    init(tsv: String) {
        var rows: [(key: UInt64, value: UInt64)] = []
        var levels = 0
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            var packed: UInt64 = 0
            for (level, field) in fields.dropFirst().prefix(4).enumerated() {
                guard let id = UInt64(field), id < 0xFFFF else { continue }
                packed |= (id + 1) << UInt64(16 * level)
            }
            levels = max(levels, min(4, fields.count - 1))
            rows.append((ByteHash.bytes(fields[0].utf8), packed))
        }
        self.init(table: HashTable(rows, merge: { first, _ in first }), levels: levels)
    }

    @inline(__always)
    func clusters(_ wordHash: UInt64) -> UInt64? { table.value(wordHash) }
}
