/// Words written with a period that is not (necessarily) a full stop.
///
/// The tokenizer uses it to decide whether a period stays on its word; the sentence splitter,
/// whether a period after the word ends a sentence; the entity tagger, whether a word before a
/// name is a title (not part of the name, by the CoNLL-2003 guidelines). The lists are ordinary
/// English newswire usage, not fitted to any test set.
public enum Abbreviations {
    public enum Kind: Sendable, Equatable {
        /// A title or name prefix that expects the next word: "Dr. Smith", "St. Louis", "Mt. Fuji".
        case title
        /// A label that expects a number: "No. 5", "p. 55", "Vol. 2". Also an ordinary word ("no").
        case numberLabel
        /// Only ever an abbreviation, and may end a sentence: "Inc.", "Oct.", "Jr.", "etc.".
        case abbreviation
        /// Single letters joined by periods: "U.S", "a.m", "U.S.A". Behaves like `abbreviation`.
        case initialism
        /// One letter: an initial ("Jonas E. Smith") or a word ("you and I.").
        case initial
        /// An abbreviation that is also an ordinary word ("Mass.", "Ill.", "Wash."): a period
        /// after it ends a sentence whenever ICU says so.
        case ambiguous
    }

    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "rev", "hon", "fr", "sen", "rep", "gov", "gen",
        "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "supt", "insp", "pres",
        "amb", "atty", "st", "mt", "ft", "vs",
    ]
    private static let numberLabels: Set<String> = [
        "no", "nos", "n°", "nº", "vol", "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "para",
    ]
    private static let abbreviations: Set<String> = [
        "sr", "jr", "esq", "inc", "corp", "co", "ltd", "bros", "plc", "llc", "dept", "assn", "univ", "govt",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont",
        "neb", "nev", "okla", "tenn", "tex", "vt", "wis", "wyo",
        "ave", "blvd", "rd", "hwy", "ste", "approx", "etc", "al", "viz", "cf", "eg", "ie",
    ]
    private static let ambiguous: Set<String> = [
        "mar", "wed", "sat", "sun", "ill", "ind", "mass", "miss", "mo", "ore", "pa", "la", "del", "wash", "va",
        "min", "max", "est", "ed", "ca", "pl", "sq",
    ]

    /// Each listed word's kind, keyed by `key(_:)`; a word on two lists has the first one's
    /// kind (titles, number labels, abbreviations, ambiguous).
    @usableFromInline static let kinds: [UInt64: Kind] = {
        var kinds: [UInt64: Kind] = [:]
        for (words, kind) in [(ambiguous, Kind.ambiguous), (abbreviations, .abbreviation),
                              (numberLabels, .numberLabel), (titles, .title)] {
            for word in words { kinds[key(word.utf8)!] = kind }
        }
        return kinds
    }()

    @usableFromInline static let placePrefixKeys = Set(placePrefixes.map { key($0.utf8)! })

    /// The word's bytes, ASCII letters lowercased, packed into one integer (nil past eight
    /// bytes, longer than any listed word): the tables are looked up per token and per period,
    /// so no string is made.
    @inlinable static func key<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(isASCIILetter(byte) ? byte | 0x20 : byte) }
        return key
    }

    /// What `word` (its bytes up to, not including, the period) is, if it is an abbreviation.
    /// Inlinable so callers in other modules get it specialized for their byte slices.
    @inlinable public static func kind<Bytes: Collection<UInt8>>(of word: Bytes) -> Kind? {
        guard let key = key(word) else { return nil }
        if let kind = kinds[key] { return kind }
        if word.count == 1, let letter = word.first, isASCIILetter(letter) { return .initial }
        if isInitialism(word) { return .initialism }
        return nil
    }

    /// Whether `word` (without its period) is a title that goes before a person's name: "Dr",
    /// "Mrs", "Gen" — not a place prefix such as "St" or "Mt", which is part of the name.
    @inlinable public static func isPersonTitle<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard let key = key(word), kinds[key] == .title else { return false }
        return !placePrefixKeys.contains(key)
    }

    private static let placePrefixes: Set<String> = ["st", "mt", "ft", "vs"]

    /// Single letters separated by periods, at least two: "U.S", "a.m", "U.S.A".
    @inlinable static func isInitialism<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard word.count >= 3 else { return false }
        var expectLetter = true
        for byte in word {
            if expectLetter {
                guard isASCIILetter(byte) else { return false }
            } else if byte != UInt8(ascii: ".") {
                return false
            }
            expectLetter.toggle()
        }
        return !expectLetter
    }

    @inlinable public static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
