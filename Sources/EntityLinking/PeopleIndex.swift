import BylineCore

/// What one document says of each person and organization in it: made where the document was
/// annotated, so that only this (not the document) travels to the index.
public struct DocumentPeople: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var type: EntityType
        /// The entity's fullest name in the document, as written (the most frequent writing of it).
        public var name: String
        /// Each writing of a mention, with its number of mentions.
        public var variants: [String: Int]
        public var mentions: Int
        public var quotes: Int
        /// The cues of its quotes (lowercased), with their number of quotes.
        public var cues: [String: Int]
    }

    /// In the order of their first mention.
    public var entries: [Entry]

    public init(_ document: Document, linker: EntityLinker = EntityLinker()) {
        self.init(document, linked: linker.link(document))
    }

    /// From a document already linked (`EntityLinker.link`), by a caller that needs the links too.
    public init(_ document: Document, linked: LinkedDocument) {
        var entries: [Entry] = []
        var indexOfID: [String: Int] = [:]
        /// Per entity, the writings of its fullest name, with their mentions and first position.
        var fullNames: [[String: (count: Int, first: Int)]] = []
        for (position, mention) in linked.mentions.enumerated() {
            let id = mention.id
            let index: Int
            if let known = indexOfID[id] {
                index = known
            } else {
                index = entries.count
                indexOfID[id] = index
                entries.append(Entry(id: id, type: mention.type, name: mention.written, variants: [:], mentions: 0, quotes: 0, cues: [:]))
                fullNames.append([:])
            }
            entries[index].mentions += 1
            entries[index].variants[mention.written, default: 0] += 1
            if mention.ownKey.joined == mention.key.joined {
                let seen = fullNames[index][mention.written]
                fullNames[index][mention.written] = ((seen?.count ?? 0) + 1, seen?.first ?? position)
            }
        }
        for index in entries.indices {
            // Most written, then longest, then first: "Ilham Aliyev" over "Ilham Aliev" once each.
            if let best = fullNames[index].min(by: { a, b in
                (-a.value.count, -a.key.count, a.value.first) < (-b.value.count, -b.key.count, b.value.first)
            }) {
                entries[index].name = best.key
            }
        }
        for quote in document.quotes {
            guard let speaker = linked.speaker(of: quote), let index = indexOfID[speaker.id] else { continue }
            entries[index].quotes += 1
            if let cue = quote.cue.map(document.writtenText(ofTokens:)), !cue.isEmpty {
                entries[index].cues[cue.lowercased(), default: 0] += 1
            }
        }
        self.entries = entries
    }
}

/// The people and organizations of a whole corpus, one record per entity: documents are added
/// one at a time and forgotten, so memory grows with the entities, not the documents.
public struct PeopleIndex: Sendable {
    public struct Entity: Sendable {
        public var id: String
        public var type: EntityType
        /// Each document's fullest name, with the number of documents that have it.
        public var names: [String: Int] = [:]
        public var variants: [String: Int] = [:]
        public var documents = 0
        public var mentions = 0
        public var quotes = 0
        public var cues: [String: Int] = [:]

        /// The name most documents give in full, then the most mentioned writing, then the
        /// first in code point order: the same whatever order the documents came in.
        public var name: String {
            names.min { a, b in
                (-a.value, -(variants[a.key] ?? 0), a.key) < (-b.value, -(variants[b.key] ?? 0), b.key)
            }?.key ?? id
        }

        /// The writings, most mentioned first (then in code point order).
        public var variantsByMentions: [String] { Self.byCount(variants) }

        /// The cues, most used first (then in code point order), with their counts.
        public var cuesByQuotes: [(cue: String, quotes: Int)] { Self.byCount(cues).map { ($0, cues[$0] ?? 0) } }

        private static func byCount(_ counts: [String: Int]) -> [String] {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }
    }

    private var entities: [String: Entity] = [:]

    public init() {}

    public mutating func add(_ document: DocumentPeople) {
        for entry in document.entries {
            var entity = entities[entry.id] ?? Entity(id: entry.id, type: entry.type)
            entity.names[entry.name, default: 0] += 1
            entity.variants.merge(entry.variants, uniquingKeysWith: +)
            entity.documents += 1
            entity.mentions += entry.mentions
            entity.quotes += entry.quotes
            entity.cues.merge(entry.cues, uniquingKeysWith: +)
            entities[entry.id] = entity
        }
    }

    /// Persons first, then organizations; each by documents, mentions, quotes (most first), name and id.
    public var sorted: [Entity] {
        entities.values.sorted { a, b in
            let first = (a.type == .person ? 0 : 1, -a.documents, -a.mentions, -a.quotes)
            let second = (b.type == .person ? 0 : 1, -b.documents, -b.mentions, -b.quotes)
            if first != second { return first < second }
            return (a.name, a.id) < (b.name, b.id)
        }
    }
}
