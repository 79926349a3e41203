import BylineCore

/// The words the number stage knows, found by their bytes with ASCII case folded, so a token
/// is looked up without building a String (one hash and one dictionary probe per word token).
///
/// The tables themselves are in `LexiconTables.swift`; this type only indexes them.
final class Lexicon: Sendable {
    static let shared = Lexicon()

    let words: [Word]
    /// Multi-word bounds ("more than", "at least"), grouped by their first word.
    let modifierPhrases: [WordID: [ModifierPhrase]]
    /// Head nouns that keep an `of` complement as part of a lexicalized noun ("prisoners of war").
    let lexicalizedOf: [WordID: [[WordID]]]
    /// Words before a currency word that name the country of the currency ("Canadian dollars").
    let currencyQualifiers: [CurrencyQualifier]
    /// Letters written against "$" ("US$", "A$") and the dollar they name.
    let dollarPrefixes: [WordID: String]
    /// Prefixes joined to a year or decade by a hyphen ("mid-1990s", "pre-2020").
    let timePrefixes: Set<WordID>
    let keywords: Keywords
    /// Holiday names ("New Year's Day"), longest first, grouped by their first word.
    let holidays: [WordID: [(words: [WordID], holiday: Holiday)]]
    private let slots: [UInt64: WordID]

    private init() {
        var builder = LexiconBuilder()
        builder.addTables()
        words = builder.words
        slots = builder.slots
        let find = { (text: String) -> WordID in builder.id(text) }
        var phrases: [WordID: [ModifierPhrase]] = [:]
        for (text, modifier) in LexiconTables.modifierPhrases {
            let ids = text.split(separator: " ").map { find(String($0)) }
            phrases[ids[0], default: []].append(ModifierPhrase(words: ids, modifier: modifier))
        }
        // Longest first, so "no more than" wins over "no".
        modifierPhrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var lexicalized: [WordID: [[WordID]]] = [:]
        for phrase in LexiconTables.lexicalizedOf {
            let ids = phrase.split(separator: " ").map { find(String($0)) }
            lexicalized[ids[0], default: []].append(Array(ids.dropFirst()))
        }
        lexicalizedOf = lexicalized
        currencyQualifiers = LexiconTables.currencyQualifiers.map { qualifier, currencyWord, code in
            CurrencyQualifier(words: qualifier.split(separator: " ").map { find(String($0)) },
                              currencyWord: find(currencyWord), code: code)
        }
        dollarPrefixes = Dictionary(LexiconTables.dollarPrefixes.map { (find($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
        timePrefixes = Set(LexiconTables.timePrefixes.map(find))
        keywords = Keywords(find)
        var holidays: [WordID: [(words: [WordID], holiday: Holiday)]] = [:]
        for (text, holiday) in Holiday.phrases {
            let ids = text.split(separator: " ").map { find(String($0)) }
            holidays[ids[0], default: []].append((ids, holiday))
        }
        self.holidays = holidays.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The word spelled by `bytes[start..<end]` (ASCII letters in any case), or `noWord`.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordID {
        guard end - start <= LexiconBuilder.longestWord, end > start else { return noWord }
        guard let id = slots[LexiconBuilder.key(bytes, start, end)] else { return noWord }
        let text = words[Int(id)].text
        guard text.count == end - start else { return noWord }
        for offset in 0..<text.count where ByteHash.asciiLower(bytes[start + offset]) != text[offset] {
            return noWord
        }
        return id
    }

    @inline(__always)
    subscript(id: WordID) -> Word { words[Int(id)] }

    /// "USD3.14", "RM42", "Rs20": a currency code (capitals, or "Rs") written against digits:
    /// the code and where the digits begin.
    func currencyGluedToDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int)? {
        var digits = start
        while digits < end, digits - start <= 3, bytes[digits] &- 65 < 26 || bytes[digits] &- 97 < 26 { digits += 1 }
        guard digits - start >= 2, digits - start <= 3, digits < end, bytes[digits] &- 48 < 10 else { return nil }
        let id = lookup(bytes, start, digits)
        guard id != noWord, words[Int(id)].roles.contains(.currencyPrefix), let code = words[Int(id)].currency else { return nil }
        let capitals = (start..<digits).allSatisfy { bytes[$0] &- 65 < 26 }
        return capitals || code == "INR" && bytes[start] == UInt8(ascii: "R") ? (code, digits) : nil
    }

    /// "twentyfifth", "thirtythree": a tens word written against a unit word or unit ordinal,
    /// as the two words.
    func concatenatedTens(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (WordID, WordID)? {
        guard end - start >= 8, end - start <= 14 else { return nil }
        // The first two letters of a tens word: tw th fo fi si se ei ni.
        let pair = (ByteHash.asciiLower(bytes[start]), ByteHash.asciiLower(bytes[start + 1]))
        switch pair {
        case (116, 119), (116, 104), (102, 111), (102, 105), (115, 105), (115, 101), (101, 105), (110, 105): break
        default: return nil
        }
        for length in 5...7 {
            let tens = lookup(bytes, start, start + length)
            guard tens != noWord, words[Int(tens)].atom?.atomClass == .tens else { continue }
            let unit = lookup(bytes, start + length, end)
            guard unit != noWord else { return nil }
            let word = words[Int(unit)]
            return word.atom?.atomClass == .unit || word.ordinal?.atomClass == .unit ? (tens, unit) : nil
        }
        return nil
    }
}

/// An index into `Lexicon.words`; `noWord` for a token the lexicon does not hold.
typealias WordID = Int32
let noWord: WordID = -1

/// What a number word contributes to a number spelled in words.
enum AtomClass: UInt8, Sendable {
    case zero, unit, teen, tens, hundred, scale, dozen
}

struct Atom: Sendable {
    var atomClass: AtomClass
    var value: Int64
}

/// The roles a word plays around numbers; a word may have several ("over" is a bound and a
/// preposition, "second" an ordinal and a time unit).
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt32
    static let determiner = WordRoles(rawValue: 1 << 0)
    static let possessive = WordRoles(rawValue: 1 << 1)
    static let preposition = WordRoles(rawValue: 1 << 2)
    static let conjunction = WordRoles(rawValue: 1 << 3)
    static let auxiliary = WordRoles(rawValue: 1 << 4)
    static let pronoun = WordRoles(rawValue: 1 << 5)
    /// Adverbs and particles that end a noun phrase ("ago", "also", "each").
    static let adverb = WordRoles(rawValue: 1 << 6)
    /// Irregular past forms that end a noun phrase ("fled", "left"); they make a clause past.
    static let pastVerb = WordRoles(rawValue: 1 << 7)
    /// Other verbs and words that end a noun phrase ("says", "according"), of no tense.
    static let phraseVerb = WordRoles(rawValue: 1 << 23)
    /// Verbs of change: "rose from 10 to 20" is two numbers, not a range.
    static let changeVerb = WordRoles(rawValue: 1 << 8)
    /// Nouns that make the number after them a label ("No. 5", "Flight 370", "page 12").
    static let label = WordRoles(rawValue: 1 << 9)
    /// Plural nouns without a plural -s ("people", "dead").
    static let irregularPlural = WordRoles(rawValue: 1 << 10)
    /// Words before "one" that make it a pronoun ("no one", "each one", "this one").
    static let oneBlocker = WordRoles(rawValue: 1 << 11)
    /// Words after a number that make it a clock time ("5 p.m.", "10 o'clock").
    static let timeOfDay = WordRoles(rawValue: 1 << 12)
    /// "early", "mid", "late" before a decade.
    static let decadeQualifier = WordRoles(rawValue: 1 << 13)
    /// Words after "one of the" that make "one" a pronoun ("one of the few", "one of the best").
    static let superlative = WordRoles(rawValue: 1 << 14)
    /// The first word of a bound ("more than", "about").
    static let modifierStart = WordRoles(rawValue: 1 << 15)
    /// Words that can begin a mention: number words, months, weekdays, currency symbols, bounds.
    static let starter = WordRoles(rawValue: 1 << 16)
    /// A currency symbol or an ISO 4217 code written before the amount.
    static let currencyPrefix = WordRoles(rawValue: 1 << 17)
    /// Words before a result ("beat ... 3-1", "a 52-48 vote"): "a-b" after them is a score.
    static let scoreCue = WordRoles(rawValue: 1 << 18)
    /// Words that can begin a time expression without being numbers ("last", "the", "noon").
    static let timeStart = WordRoles(rawValue: 1 << 19)
    /// Words of a game ("scored", "touchdown"): a quarter or half in their sentence is the game's.
    static let gameCue = WordRoles(rawValue: 1 << 20)
    /// Street words ("Street", "Avenue"): "1600 Pennsylvania Avenue" is a house number.
    static let streetWord = WordRoles(rawValue: 1 << 21)
    /// Titles before a surname ("Mr", "Dr"): "Mr Sunday" is no weekday.
    static let personTitle = WordRoles(rawValue: 1 << 22)

    /// Words that end the noun phrase after a number.
    static let phraseEnd: WordRoles = [.determiner, .possessive, .preposition, .conjunction, .auxiliary,
                                       .pronoun, .adverb, .pastVerb, .phraseVerb, .timeOfDay]
}

/// One word of the lexicon and everything it can mean around numbers.
struct Word: Sendable {
    /// The lowercase bytes.
    let text: [UInt8]
    var roles: WordRoles = []
    /// Its meaning as part of a cardinal ("twenty", "thousand").
    var atom: Atom? = nil
    /// Its meaning as an ordinal ("twentieth": tens, 20), which ends a number.
    var ordinal: Atom? = nil
    /// The denominator it names in a fraction ("third": 3, "half": 2), and whether it is plural.
    var denominator: Int64 = 0
    var pluralDenominator = false
    /// A vague plural magnitude ("dozens": 12, "thousands": 1000).
    var vague: Int64 = 0
    /// A decade word ("nineties": 90).
    var decade: Int64 = 0
    /// 1...12 for a month name or abbreviation.
    var month: Int = 0
    /// 1...7 (ISO: Monday 1) for a weekday name or abbreviation.
    var weekday: Int = 0
    /// 1...7 for a weekday's plural ("Thursdays"), which counts weekdays ("two Thursdays ago")
    /// and is no date itself ("on Thursdays").
    var pluralWeekday: Int = 0
    /// The singular time unit it names ("weeks" → "week").
    var timeUnit: String? = nil
    /// The ISO 4217 code of a currency word or symbol, and the units per whole (cents: 100).
    var currency: String? = nil
    var currencyDivisor: Int64 = 1
    /// A scale written as its own token ("bn", "mln").
    var scale: Int64 = 0
    /// What it means in a time expression ("last", "spring", "noon", "GMT").
    var time: TimeWord? = nil
    /// The tense it gives its clause ("will": future, "was": past).
    var tense: Tense? = nil

    var isNumberWord: Bool { atom != nil || ordinal != nil || denominator != 0 || vague != 0 }
}

struct ModifierPhrase: Sendable {
    let words: [WordID]
    let modifier: NumberModifier
}

struct CurrencyQualifier: Sendable {
    let words: [WordID]
    let currencyWord: WordID
    let code: String
}

/// Builds the word table and its hash index.
struct LexiconBuilder {
    static let longestWord = 24
    var words: [Word] = []
    var slots: [UInt64: WordID] = [:]

    /// FNV-1a over the case-folded bytes.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        ByteHash.bytes(UnsafeBufferPointer(rebasing: bytes[start..<end]), lowercased: true)
    }

    func id(_ text: String) -> WordID {
        var copy = text.lowercased()
        return copy.withUTF8 { bytes in
            guard let id = slots[Self.key(bytes, 0, bytes.count)] else {
                preconditionFailure("the lexicon has no entry '\(text)'")
            }
            return id
        }
    }

    /// Adds a word, or changes it when it is already there.
    mutating func add(_ text: String, _ change: (inout Word) -> Void) {
        var copy = text.lowercased()
        let key = copy.withUTF8 { Self.key($0, 0, $0.count) }
        precondition(copy.utf8.count <= Self.longestWord, "'\(text)' is longer than the lexicon's longest word")
        if let id = slots[key] {
            precondition(words[Int(id)].text == Array(copy.utf8), "hash collision between '\(text)' and another word")
            change(&words[Int(id)])
        } else {
            var word = Word(text: Array(copy.utf8))
            change(&word)
            slots[key] = WordID(words.count)
            words.append(word)
        }
    }

    mutating func add(_ texts: [String], _ change: (inout Word) -> Void) {
        for text in texts { add(text, change) }
    }
}
