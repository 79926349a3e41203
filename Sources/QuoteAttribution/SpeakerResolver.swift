import BylineCore

/// The canonical speaker: the fullest name, in the document, of what a speaker mention refers
/// to (the gold conventions of seeds/gold/README.md).
///
/// - A person: the longest PER entity holding every word of the mention ("Michel" → "Charles
///   Michel"); `he`/`she`: the person speaking or the subject in the nearest sentence before,
///   else the last person named there (outside quotations).
/// - An acronym: the entity whose initials spell it ("EU" → "European Union").
/// - Names joined by `and`, and "the two countries", "both sides": the names in the order of
///   the document's first such coordination ("Azerbaijan and Armenia" → "Armenia and Azerbaijan").
/// - "the statement", "this text": the document's first mention of it without the article
///   ("a joint statement" → "joint statement").
/// - `it` and `they`: the subject (or speaker) of the nearest sentence before that fits.
/// - Anything else: the mention without its article or demonstrative.
struct SpeakerResolver {
    struct Name: Hashable {
        var words: [String]
        var text: String
    }

    struct Coordination {
        var tokens: Range<Int>
        var members: [Range<Int>]
        var types: [EntityType]
    }

    private struct CoordinationKey: Hashable {
        var names: Set<String>
        var count: Int
    }

    /// A speaker already resolved, for the pronouns after it.
    private struct Resolved {
        var tokens: Range<Int>
        var name: String?
        var person: Bool
        var plural: Bool
    }

    /// How many sentences back a pronoun looks for its referent.
    static let pronounReach = 8
    static let statementFamily: Set<String> = ["statement", "declaration", "text", "document", "communique"]
    static let countryGroups: Set<String> = ["countries", "nations", "states", "governments", "capitals", "neighbours", "neighbors"]
    static let peopleGroups: Set<String> = ["leaders", "presidents", "ministers", "men", "women", "senators", "lawmakers",
                                            "candidates", "brothers", "sisters", "officials"]

    private let document: Document
    private let grammar: Grammar
    private let people: NameIndex
    private let organizations: NameIndex
    /// The first non-person name of two words or more with each set of initials ("EU").
    private let nameOfInitials: [String: String]
    private let coordinations: CoordinationIndex
    /// Each coordination's canonical order, by the names it joins: the first one in the document.
    private var firstCoordination: [CoordinationKey: String] = [:]
    private let antecedents: AntecedentIndex
    /// The speakers resolved so far, by the sentence of their first token, in resolution order.
    private var resolved: [Int: [Resolved]] = [:]
    /// Counts the candidates the look-ups examine.
    private let work: LookUpWork

    private var table: TokenTable { grammar.table }

    init(document: Document, grammar: Grammar, work: LookUpWork = LookUpWork()) {
        self.document = document
        self.grammar = grammar
        self.work = work
        var people = NameIndex(), organizations = NameIndex(), nameOfInitials: [String: String] = [:]
        for entity in document.entities where !entity.tokens.isEmpty && entity.tokens.upperBound <= document.tokens.count {
            let words = entity.tokens.map { String(document.text(document.tokens[$0].span)) }.filter { $0 != "'s" }
            let name = Name(words: words, text: Self.text(of: entity.tokens, in: document))
            switch entity.type {
            case .person: people.add(name)
            case .organization: organizations.add(name)
            default: break
            }
            if entity.type != .person, words.count >= 2, nameOfInitials[Self.initials(words)] == nil {
                nameOfInitials[Self.initials(words)] = name.text
            }
        }
        self.people = people
        self.organizations = organizations
        self.nameOfInitials = nameOfInitials
        self.coordinations = CoordinationIndex(Self.coordinations(grammar))
        self.antecedents = AntecedentIndex(grammar: grammar, document: document)
        for coordination in coordinations.all {
            let names = coordination.members.map(memberName)
            let key = CoordinationKey(names: Set(names), count: names.count)
            if firstCoordination[key] == nil { firstCoordination[key] = Self.joined(names) }
        }
    }

    /// The canonical name of a speaker mention. Call in the order of the mentions in the text:
    /// pronouns look back at the speakers resolved before them.
    mutating func canonicalName(for mention: SpeakerMention) -> String? {
        let name: String?
        var isPerson = false, isPlural = false
        switch mention.kind {
        case .pronoun:
            let token = mention.tokens.lowerBound
            if table.is(.he, token) || table.is(.she, token) {
                name = person(before: token)
                isPerson = true
            } else if table.is(.it, token) {
                name = thing(before: token)
            } else if table.is(.they, token) {
                name = group(before: token)
                isPlural = true
            } else {
                name = nil
            }
        default:
            name = canonicalName(ofNamed: mention)
            isPerson = mention.kind == .person || mention.kind == .name
            isPlural = mention.kind == .coordination || table.shape(mention.phrase.head).contains(.endsInS)
        }
        resolved[Int(table[mention.tokens.lowerBound].sentence), default: []]
            .append(Resolved(tokens: mention.tokens, name: name, person: isPerson, plural: isPlural))
        return name
    }

    /// The canonical name of a mention that is not a pronoun.
    private func canonicalName(ofNamed mention: SpeakerMention) -> String {
        switch mention.kind {
        case .person, .name: personName(mention.tokens)
        case .entity: entityName(mention.tokens)
        case .coordination: coordinationName(members: members(of: mention.tokens))
        case .common, .pronoun: commonName(mention)
        }
    }

    // MARK: Names

    private func personName(_ tokens: Range<Int>) -> String {
        let words = tokens.map(word).filter { $0 != "'s" }
        var best: Name? = nil
        for name in people.names(holding: words, work: work) {
            if let current = best, (name.words.count, name.text.count) <= (current.words.count, current.text.count) { continue }
            best = name
        }
        return best?.text ?? text(tokens)
    }

    private func entityName(_ tokens: Range<Int>) -> String {
        let type = table.entity(at: tokens.lowerBound)?.type
        if type == .person { return personName(tokens) }
        let written = text(tokens)
        let letters = written.filter { $0 != "." }
        if (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase }),
           let full = nameOfInitials[letters] {
            return full
        }
        if type == .organization {
            let words = tokens.map(word)
            let longer = organizations.names(holding: words, work: work).filter { $0.words.count > words.count }
            if let fullest = longer.max(by: { $0.words.count < $1.words.count }) { return fullest.text }
        }
        return written
    }

    private static func initials(_ words: [String]) -> String {
        String(words.filter { !["of", "the", "and", "for", "de"].contains($0) }.compactMap(\.first).map { Character($0.uppercased()) })
    }

    /// Members in the order of the document's first coordination of the same names.
    private func coordinationName(members: [Range<Int>]) -> String {
        let memberNames = members.map(memberName)
        return firstCoordination[CoordinationKey(names: Set(memberNames), count: memberNames.count)] ?? Self.joined(memberNames)
    }

    private func memberName(_ tokens: Range<Int>) -> String {
        table.entity(at: tokens.lowerBound) == nil ? personName(tokens) : entityName(tokens)
    }

    private static func joined(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// The names of a coordination mention: its runs between `and`, `&`, commas and articles.
    private func members(of tokens: Range<Int>) -> [Range<Int>] {
        var members: [Range<Int>] = []
        var start: Int? = nil
        for token in tokens {
            let joiner = table.is(.and, token) || table.shape(token).contains(.comma) || table.has(.article, token)
            if joiner {
                if let begun = start { members.append(begun..<token) }
                start = nil
            } else if start == nil {
                start = token
            }
        }
        if let begun = start { members.append(begun..<tokens.upperBound) }
        return members
    }

    /// Entity names joined by `and` (or commas in a list an `and` ends), outside quotations.
    private static func coordinations(_ grammar: Grammar) -> [Coordination] {
        let table = grammar.table
        var found: [Coordination] = []
        var k = 0
        while k < table.count {
            guard let first = table.entity(at: k), first.tokens.lowerBound == k, !grammar.quoted[k] else {
                k += 1
                continue
            }
            var members = [first.tokens], types = [first.type], lastAnd: Int? = nil
            var j = first.tokens.upperBound
            while j < table.count, table.is(.and, j) || table.shape(j).contains(.comma) {
                var next = j + 1
                if next < table.count, table.has(.article, next) { next += 1 }
                guard next < table.count, let entity = table.entity(at: next), entity.tokens.lowerBound == next,
                      !grammar.quoted[next] else { break }
                if table.is(.and, j) { lastAnd = members.count }
                members.append(entity.tokens)
                types.append(entity.type)
                j = entity.tokens.upperBound
            }
            if let lastAnd {
                let kept = lastAnd + 1
                found.append(Coordination(tokens: members[0].lowerBound..<members[kept - 1].upperBound,
                                          members: Array(members[..<kept]), types: Array(types[..<kept])))
            }
            k = max(j, k + 1)
        }
        return found
    }

    // MARK: Phrases with a common noun

    private func commonName(_ mention: SpeakerMention) -> String {
        let first = mention.tokens.lowerBound, head = mention.phrase.head
        let headWord = word(head).lowercased()
        if table.has(.group, head), let size = groupSize(mention.tokens),
           let coordination = lastCoordination(before: first, size: size, head: headWord) {
            return coordinationName(members: coordination.members)
        }
        let definite = table.has(.demonstrative, first) || table.is(.that, first)
            || table.has(.article, first) && word(first).lowercased() == "the"
        if table.has(.document, head), definite, let antecedent = antecedents.last(before: first, head: headWord, work: work) {
            return antecedent
        }
        if definite, mention.tokens.count == 2, table.has(.title, head), let holder = titleHolder(before: first, title: headWord) {
            return holder
        }
        let determiner = table.has(.article, first) || table.has(.demonstrative, first) || table.is(.that, first)
        return text(determiner && mention.tokens.count > 1 ? (first + 1)..<mention.tokens.upperBound : mention.tokens)
    }

    /// Who a bare title ("the Secretary", "the governor") stands for: news names a person once
    /// and then calls them by their office. The nearest person written with that title before
    /// the name ("Defense Secretary Lloyd Austin"), else a person who is the subject of the
    /// sentence just before ("Ron DeSantis campaigned in Iowa. ... the governor said").
    private func titleHolder(before token: Int, title: String) -> String? {
        let nearby = sentences(before: token, reach: Self.pronounReach)
        for (_, range) in nearby {
            var k = range.upperBound - 1
            while k > range.lowerBound {
                if let entity = table.entity(at: k), entity.type == .person, entity.tokens.lowerBound == k,
                   word(k - 1).lowercased() == title {
                    return personName(entity.tokens)
                }
                k -= 1
            }
        }
        guard nearby.count > 1, let subject = grammar.clauseSubject(from: nearby[1].range.lowerBound, before: nearby[1].range.upperBound)
        else { return nil }
        let mention = grammar.mention(subject)
        return mention.kind == .person || mention.kind == .name ? personName(mention.tokens) : nil
    }

    private func groupSize(_ tokens: Range<Int>) -> Int? {
        for token in tokens {
            if table.is(.two, token) || table.is(.both, token) { return 2 }
            if table.is(.three, token) { return 3 }
        }
        return nil
    }

    private func lastCoordination(before token: Int, size: Int, head: String) -> Coordination? {
        let wanted: EntityType? = Self.countryGroups.contains(head) ? .location : Self.peopleGroups.contains(head) ? .person : nil
        if let wanted, let typed = coordinations.last(endingBy: token, size: size, allOf: wanted, work: work) { return typed }
        return coordinations.last(endingBy: token, size: size, allOf: nil, work: work)
    }

    // MARK: Pronouns

    /// The sentences a pronoun at `token` looks back over, nearest first, each up to the
    /// pronoun (its own) or whole, with their index.
    private func sentences(before token: Int, reach: Int) -> [(index: Int, range: Range<Int>)] {
        let own = Int(table[token].sentence)
        return stride(from: own, through: max(0, own - reach), by: -1).map { index in
            let sentence = table.sentences[index]
            return (index, sentence.lowerBound..<(index == own ? token : sentence.upperBound))
        }
    }

    /// The last speaker resolved in a sentence's `range` that fits.
    private func lastResolved(sentence: Int, in range: Range<Int>, where fits: (Resolved) -> Bool) -> Resolved? {
        resolved[sentence]?.last { range.contains($0.tokens.lowerBound) && fits($0) }
    }

    private func person(before token: Int) -> String? {
        for (sentence, range) in sentences(before: token, reach: Self.pronounReach) {
            if let speaker = lastResolved(sentence: sentence, in: range, where: \.person) { return speaker.name }
            if let subject = grammar.clauseSubject(from: range.lowerBound, before: range.upperBound) {
                let mention = grammar.mention(subject)
                if mention.kind == .person || mention.kind == .name { return personName(mention.tokens) }
            }
            var k = range.upperBound - 1
            while k >= range.lowerBound {
                if !grammar.quoted[k], let entity = table.entity(at: k), entity.type == .person {
                    return personName(entity.tokens.clamped(to: range))
                }
                k -= 1
            }
        }
        return nil
    }

    private func thing(before token: Int) -> String? {
        for (sentence, range) in sentences(before: token, reach: 3) {
            if let subject = grammar.clauseSubject(from: range.lowerBound, before: range.upperBound) {
                let mention = grammar.mention(subject)
                if mention.kind == .entity || mention.kind == .common { return canonicalName(ofNamed: mention) }
            }
            if let speaker = lastResolved(sentence: sentence, in: range, where: { !$0.person && !$0.plural }) {
                return speaker.name
            }
        }
        return nil
    }

    private func group(before token: Int) -> String? {
        for (sentence, range) in sentences(before: token, reach: 3) {
            if let subject = grammar.clauseSubject(from: range.lowerBound, before: range.upperBound) {
                let mention = grammar.mention(subject)
                if mention.kind == .coordination || mention.kind == .common && table.shape(subject.head).contains(.endsInS) {
                    return canonicalName(ofNamed: mention)
                }
            }
            if let speaker = lastResolved(sentence: sentence, in: range, where: \.plural) { return speaker.name }
            if let coordination = coordinations.last(startingIn: range, work: work) {
                return coordinationName(members: coordination.members)
            }
        }
        return nil
    }

    // MARK: Text

    private func word(_ token: Int) -> String { Self.word(token, in: document) }

    static func word(_ token: Int, in document: Document) -> String { String(document.text(document.tokens[token].span)) }

    private func text(_ tokens: Range<Int>) -> String { Self.text(of: tokens, in: document) }

    /// The normalized text from the first token's start to the last token's end, white space
    /// runs made one space.
    static func text(of tokens: Range<Int>, in document: Document) -> String {
        guard !tokens.isEmpty else { return "" }
        let start = document.tokens[tokens.lowerBound].span.start
        let end = max(start, document.tokens[tokens.upperBound - 1].span.end)
        let text = document.text(TextSpan(start, end))
        // Most names are ASCII words one space apart: nothing to collapse, no Characters to make.
        if isSingleSpacedASCII(text.utf8) { return String(text) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// ASCII without control characters (tabs, line breaks), spaces only single and inside.
    private static func isSingleSpacedASCII(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 || byte < 0x20 || byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20
    }
}
