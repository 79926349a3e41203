import BylineCore

/// A person without a leading title ("Dr. Smith" is PER "Smith", "Chancellor Olaf Scholz" PER
/// "Olaf Scholz", as the CoNLL-2003 guidelines tag them): the training data has too few of
/// most titles for either tagger to learn this, so it is a rule, applied to both. A title
/// alone is not a person.
enum PersonTitles {
    static func withoutTitle(_ entity: Entity, in document: Document) -> Entity? {
        guard entity.type == .person, let first = entity.tokens.first else { return entity }
        let form = document.text(document.tokens[first].span)
        let word = form.hasSuffix(".") ? form.dropLast() : form
        guard Abbreviations.isPersonTitle(word.utf8) || titles.contains(word.lowercased()) else { return entity }
        return entity.tokens.count > 1 ? Entity(tokens: entity.tokens.dropFirst(), type: .person) : nil
    }

    /// Titles written in full before a name; not those that are also names or name parts in
    /// CoNLL-2003 (King, Prince, Pope, Major, Lord, Miss, General).
    private static let titles: Set<String> = [
        "president", "vice-president", "chancellor", "premier", "minister", "secretary", "senator", "congressman",
        "congresswoman", "governor", "ambassador", "judge", "sheikh", "cardinal", "colonel", "captain", "lieutenant",
        "sergeant", "admiral", "commander", "chairman", "chairwoman", "professor", "doctor", "sir", "mr", "mrs", "ms",
    ]
}
