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

    /// What `word` (its bytes up to, not including, the period) is, if it is an abbreviation.
    public static func kind<Bytes: Collection<UInt8>>(of word: Bytes) -> Kind? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        let key = String(decoding: word.map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        if titles.contains(key) { return .title }
        if numberLabels.contains(key) { return .numberLabel }
        if abbreviations.contains(key) { return .abbreviation }
        if ambiguous.contains(key) { return .ambiguous }
        if word.count == 1, let letter = word.first, isASCIILetter(letter) { return .initial }
        if isInitialism(word) { return .initialism }
        return nil
    }

    /// Single letters separated by periods, at least two: "U.S", "a.m", "U.S.A".
    /// Whether `word` (without its period) is a title that goes before a person's name: "Dr",
    /// "Mrs", "Gen" — not a place prefix such as "St" or "Mt", which is part of the name.
    public static func isPersonTitle<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard kind(of: word) == .title else { return false }
        let key = String(decoding: word.map { isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        return !placePrefixes.contains(key)
    }

    private static let placePrefixes: Set<String> = ["st", "mt", "ft", "vs"]

    static func isInitialism<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
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

    public static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
