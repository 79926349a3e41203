import BylineCore

/// Capitalized words that usually open a sentence rather than continue a name.
///
/// After an abbreviation that can end a sentence ("Inc.", "U.S."), the next word decides:
/// "the U.S. Government" continues, "the U.S. How about you?" does not. Function words
/// and sentence adverbs are the evidence that a new sentence began.
enum SentenceStarters {
    static let words: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
        "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "whom", "whose", "when",
        "where", "why", "how", "which", "but", "and", "or", "so", "yet", "if", "as", "while", "although",
        "though", "because", "since", "after", "before", "in", "on", "at", "for", "from", "with", "by", "to",
        "of", "some", "many", "most", "all", "both", "each", "every", "no", "not", "none", "nor", "however",
        "meanwhile", "also", "still", "then", "now", "thus", "instead", "indeed", "moreover", "furthermore",
        "later", "earlier", "last", "next", "one", "such", "do", "does", "did", "is", "are", "was", "were",
        "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "let",
    ]

    static func contains<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard word.count <= 12 else { return false }
        return words.contains(String(decoding: word.map { Abbreviations.isASCIILetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
}
