import BylineCore
import Formats

/// Says which person or organization each PER and ORG mention of a document is, and who said
/// each quote, with ids that are the same in every document (docs/people.md).
///
/// Within a document a mention joins the fullest name it is part of ("Michel" and "President
/// Michel" join "Charles Michel"), unless it is part of two ("Kim" with "Kim Jong Un" and "Kim Yo
/// Jong": it stays apart from both); an acronym joins the one name it abbreviates in the document
/// ("EU" and "European Union"), or the name it follows in brackets ("Islamic State (ISIL)").
/// Across documents, mentions are the same entity when their fullest names have the same
/// `NameKey`: the id is a hash of the type and that key, so it does not depend on which
/// documents came before, and a stream can write it at once.
public struct EntityLinker: EntityIdentifying {
    public init() {}

    public func identities(of document: Document) -> any DocumentIdentities { link(document) }

    public func link(_ document: Document) -> LinkedDocument {
        var mentions: [LinkedDocument.Mention] = []
        for entity in document.entities where entity.type == .person || entity.type == .organization {
            guard !entity.tokens.isEmpty, entity.tokens.upperBound <= document.tokens.count,
                  let key = NameKey(written: words(entity.tokens, in: document), type: entity.type) else { continue }
            mentions.append(LinkedDocument.Mention(tokens: entity.tokens, type: entity.type, key: key, ownKey: key,
                                                   written: document.writtenText(ofTokens: entity.tokens)))
        }
        var fullest: [String: NameKey] = [:]
        for type in [EntityType.person, .organization] {
            let ofType = mentions.filter { $0.type == type }
            let names = Dictionary(ofType.map { ($0.key.joined, $0.key) }, uniquingKeysWith: { first, _ in first })
            let links = type == .person ? personLinks(names) : organizationLinks(ofType, names, in: document)
            for (name, target) in links { fullest[Self.slot(type, name)] = target }
        }
        return LinkedDocument(mentions: mentions.map { mention in
            var linked = mention
            linked.key = fullest[Self.slot(mention.type, mention.key.joined)] ?? mention.key
            return linked
        })
    }

    private static func slot(_ type: EntityType, _ name: String) -> String { type.rawValue + " " + name }

    /// Each person's name → the fullest name of the document it is part of, when there is one.
    private func personLinks(_ names: [String: NameKey]) -> [String: NameKey] {
        var byLookUp: [String: [NameKey]] = [:]
        for name in names.values {
            for key in name.lookUpKeys { byLookUp[key, default: []].append(name) }
        }
        func longer(holding name: NameKey) -> [NameKey] {
            guard let lookUp = name.partLookUp else { return [] }
            return (byLookUp[lookUp] ?? []).filter { name.isPart(of: $0) }
        }
        var links: [String: NameKey] = [:]
        for (joined, name) in names {
            let holders = longer(holding: name).filter { longer(holding: $0).isEmpty }
            if holders.count == 1 { links[joined] = holders[0] }
        }
        return links
    }

    /// Each acronym → the organization's name it stands for in the document, when there is one.
    private func organizationLinks(_ mentions: [LinkedDocument.Mention], _ names: [String: NameKey],
                                   in document: Document) -> [String: NameKey] {
        let bracketed = bracketedAcronyms(mentions, in: document)
        var expansions: [String: Set<String>] = [:]
        for mention in mentions where mention.key.words.count >= 2 {
            let initials = NameKey.initials(words(mention.tokens, in: document))
            if initials.count >= 2 { expansions[initials, default: []].insert(mention.key.joined) }
        }
        var links: [String: NameKey] = [:]
        for mention in mentions {
            guard let acronym = NameKey.acronym(mention.written) else { continue }
            if let expansion = bracketed[acronym] ?? expansions[acronym].flatMap({ $0.count == 1 ? $0.first : nil }),
               let name = names[expansion] {
                links[mention.key.joined] = name
            }
        }
        return links
    }

    /// Acronyms written in brackets right after a name: "European Union (EU)" → EU: europeanunion.
    private func bracketedAcronyms(_ mentions: [LinkedDocument.Mention], in document: Document) -> [String: String] {
        var ties: [String: String] = [:]
        for (name, next) in zip(mentions, mentions.dropFirst()) {
            let open = name.tokens.upperBound, close = next.tokens.upperBound
            guard next.tokens.lowerBound == open + 1, close < document.tokens.count,
                  token(open, in: document) == "(", token(close, in: document) == ")",
                  name.key.words.count >= 2, let acronym = NameKey.acronym(next.written) else { continue }
            if ties[acronym] == nil { ties[acronym] = name.key.joined }
        }
        return ties
    }

    private func token(_ index: Int, in document: Document) -> Substring { document.text(document.tokens[index].span) }

    private func words(_ tokens: Range<Int>, in document: Document) -> [Substring] {
        tokens.map { token($0, in: document) }
    }

}

/// A document's PER and ORG mentions, each with the key of the entity it is.
public struct LinkedDocument: DocumentIdentities {
    public struct Mention: Sendable {
        public var tokens: Range<Int>
        public var type: EntityType
        /// The key of the entity: of the fullest name this mention joined, else its own.
        public var key: NameKey
        /// The key of the mention's own words.
        public var ownKey: NameKey
        /// As written in the source.
        public var written: String

        /// The entity's id: `per-` or `org-` and a hash of the key, the same in every document.
        public var id: String { Self.id(type: type, key: key) }

        static func id(type: EntityType, key: NameKey) -> String {
            let prefix = type == .person ? "per-" : "org-"
            let hash = ByteHash.finalize(ByteHash.bytes((type.rawValue + ":" + key.joined).utf8))
            let hex = String(hash, radix: 16)
            return prefix + String(repeating: "0", count: 16 - hex.count) + hex
        }
    }

    /// In text order.
    public let mentions: [Mention]
    private let mentionStarts: [Int]
    /// The first mention of each entity by its type and key, and of each mention's own words:
    /// for canonical speakers.
    private let byName: [String: Int]

    init(mentions: [Mention]) {
        self.mentions = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        self.mentionStarts = self.mentions.map(\.tokens.lowerBound)
        var byName: [String: Int] = [:]
        for (index, mention) in self.mentions.enumerated() {
            for key in [mention.key, mention.ownKey] {
                let name = mention.type.rawValue + " " + key.joined
                if byName[name] == nil { byName[name] = index }
            }
        }
        self.byName = byName
    }

    public func entityID(at tokens: Range<Int>) -> String? { mention(at: tokens)?.id }

    /// The mention that begins at these tokens' start.
    public func mention(at tokens: Range<Int>) -> Mention? {
        let index = firstMention(from: tokens.lowerBound)
        return index < mentions.count && mentions[index].tokens == tokens ? mentions[index] : nil
    }

    public func speakerID(of quote: Quote) -> String? { speaker(of: quote)?.id }

    /// The mention of the entity that said a quote: the one PER or ORG entity inside its speaker
    /// ("EU" in "the EU"); else, for a speaker that names none ("he"), the entity whose name is
    /// the quote's canonical speaker. Nil for a group ("Michel and Macron") or anything else.
    public func speaker(of quote: Quote) -> Mention? {
        guard let speaker = quote.speaker else { return nil }
        var inside: [Mention] = []
        var index = firstMention(from: speaker.lowerBound)
        while index < mentions.count, mentions[index].tokens.lowerBound < speaker.upperBound {
            if mentions[index].tokens.upperBound <= speaker.upperBound { inside.append(mentions[index]) }
            index += 1
        }
        if let first = inside.first {
            return inside.allSatisfy({ $0.id == first.id }) ? first : nil
        }
        guard let canonical = quote.canonicalSpeaker else { return nil }
        let words = canonical.split(separator: " ")
        for type in [EntityType.person, .organization] {
            if let key = NameKey(written: words, type: type), let found = byName[type.rawValue + " " + key.joined] {
                return mentions[found]
            }
        }
        return nil
    }

    private func firstMention(from token: Int) -> Int {
        var low = 0, high = mentionStarts.count
        while low < high {
            let middle = (low + high) / 2
            if mentionStarts[middle] < token { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
