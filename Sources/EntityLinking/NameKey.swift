import BylineCore
import Normalization

/// The words of a name as compared across spellings: what two ways of writing one name share.
///
/// Every word is case-folded and stripped of accents (the project's utf8proc folding, so
/// "Aliyev" and "ALİYEV" agree) and of everything but letters and digits ("O'Brien" → "obrien",
/// "U.N." → "un"). A person's name is also folded over the spelling choices of transliteration
/// from Russian, Armenian, Azeri, Arabic and Korean into English, chosen so that each one
/// rewrites a letter sequence only into another spelling of the same sound:
///
/// - `iy` → `i`: Aliyev / Aliev, Zelenskiy / Zelenski;
/// - `y` between a consonant and a vowel → `i`: Pashinyan / Pashinian, Ryabkov / Riabkov;
/// - `y` ending a word after a consonant → `i`: Zelensky / Zelenskiy;
/// - a doubled letter → one: Mohammed / Mohamed, Zelenskyy / Zelensky.
///
/// Not folded, because they join different common names: vowels (Allen / Allan), `y` between
/// consonants (Smith / Smyth), `ee` / `i` (Lee / Li), `kh` / `h` (Khan / Han), `ph` / `f`,
/// `j` / `y`, `ou` / `u`.
public struct NameKey: Hashable, Sendable, Comparable {
    /// The folded words, none empty.
    public let words: [String]

    /// Words that come before a name but are no part of it: titles and honorifics.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "pope", "general", "gen",
        "senator", "sen", "rep", "gov", "governor", "judge", "justice", "secretary", "mayor", "sheikh",
    ]

    /// The key of a name's words as written (tokens): titles before a person's name and "the"
    /// before an organization's left out; nil when nothing is left.
    public init?(written: some Sequence<Substring>, type: EntityType) {
        var words = written.compactMap { word -> String? in
            let folded = Self.letters(of: UnicodeNormalizer.foldedForMatching(String(word)))
            return folded.isEmpty || folded == "s" && (word.hasPrefix("'") || word.hasPrefix("\u{2019}")) ? nil : folded
        }
        if type == .person {
            while words.count > 1, Self.titles.contains(words[0]) { words.removeFirst() }
            words = words.map(Self.transliterationFolded)
        } else if words.count > 1, words[0] == "the" {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        self.words = words
        self.joined = words.joined()
    }

    /// The key as one string, words joined without spaces, so "Jong-un" and "Jong Un" or
    /// "O'Brien" and "O. 'Brien" agree.
    public let joined: String

    /// What a longer name that holds this one must hold too (see `isPart(of:)`): its first word
    /// that is more than an initial, else nothing (a name of initials is part of nothing). The
    /// linker looks longer names up by these, so that a document with thousands of names does
    /// not compare each with each.
    var partLookUp: String? { words.first { $0.count > 1 } }

    /// What `partLookUp` finds this name by: its words, and the letters of each run of two or
    /// three of them (for "OBrien" in "O. 'Brien").
    var lookUpKeys: Set<String> {
        var keys = Set(words)
        for length in 2...3 where length <= words.count {
            for start in 0...(words.count - length) { keys.insert(words[start..<(start + length)].joined()) }
        }
        return keys
    }

    public static func < (a: NameKey, b: NameKey) -> Bool { a.words.lexicographicallyPrecedes(b.words) }

    /// Whether this name is a part of `longer`: its words in order among the longer name's
    /// ("Michel" of "Charles Michel", "George Bush" of "George W. Bush", an initial for a word:
    /// "J. Smith" of "John Smith"), or its letters those of a run of two or three of the longer
    /// name's words ("OBrien" of "James O. 'Brien"). A name of initials alone is part of nothing.
    public func isPart(of longer: NameKey) -> Bool {
        guard partLookUp != nil, joined != longer.joined, words.count <= longer.words.count else { return false }
        var remaining = longer.words[...]
        var inOrder = true
        for word in words {
            // An initial stands for any word it begins ("James O." of "James O'Brien").
            let matches = { (other: String) in other == word || word.count == 1 && other.hasPrefix(word) }
            guard let found = remaining.firstIndex(where: matches) else { inOrder = false; break }
            remaining = longer.words[(found + 1)...]
        }
        if inOrder { return true }
        for length in 2...3 where length <= longer.words.count {
            for start in 0...(longer.words.count - length) where longer.words[start..<(start + length)].joined() == joined {
                return true
            }
        }
        return false
    }

    /// The capitals of an acronym as written ("EU", "U.N."): two to six letters, all capitals.
    public static func acronym(_ written: some StringProtocol) -> String? {
        let letters = written.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return String(letters)
    }

    /// The capitals the words of a name begin with, small words left out: "European Union" →
    /// "EU", "Organisation for Economic Co-operation and Development" → "OECD".
    public static func initials(_ words: some Sequence<Substring>) -> String {
        String(words.filter { !["of", "the", "and", "for", "de", "on", "in"].contains($0.lowercased()) && $0.first?.isLetter == true }
            .compactMap(\.first).map { Character($0.uppercased()) })
    }

    private static func letters(of text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// One word with the transliteration foldings above.
    static func transliterationFolded(_ word: String) -> String {
        let letters = undoubled(Array(word))
        var folded: [Character] = []
        folded.reserveCapacity(letters.count)
        for (index, letter) in letters.enumerated() {
            guard letter == "y", index > 0 else {
                folded.append(letter)
                continue
            }
            let before = letters[index - 1]
            let after: Character? = index + 1 < letters.count ? letters[index + 1] : nil
            if before == "i" { continue }  // iy → i
            let afterConsonant = before.isLetter && !vowels.contains(before)
            folded.append(afterConsonant && (after.map(vowels.contains) ?? true) ? "i" : "y")
        }
        return String(undoubled(folded))
    }

    /// The letters with each run of one letter made one.
    private static func undoubled(_ letters: [Character]) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(letters.count)
        for letter in letters where result.last != letter { result.append(letter) }
        return result
    }
}
