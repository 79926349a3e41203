import BylineCore

// Indexes the speaker rules build once per document, so that each mention, pronoun or
// quotation asks about the few candidates that can fit instead of scanning back over the whole
// document: the cost of a look-up does not grow with the document's length.

/// Candidates examined one by one by the look-ups of one document's quote rules (a binary
/// search counts as one: its cost grows with the logarithm of the document, not the
/// document). A test reads it to check that the work per quotation stays the same however
/// long the document is.
final class LookUpWork {
    private(set) var steps = 0

    func add(_ count: Int) { steps += count }
}

/// The index of the first element of `elements` for which `isAfter` holds, where it holds for
/// a suffix of them (binary search).
func firstIndex<Element>(in elements: [Element], where isAfter: (Element) -> Bool, work: LookUpWork) -> Int {
    work.add(1)
    var low = 0, high = elements.count
    while low < high {
        let middle = (low + high) / 2
        if isAfter(elements[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
}

/// The distinct names of one entity type in a document, in the order of their first mention,
/// with the names holding each word.
struct NameIndex {
    private var names: [SpeakerResolver.Name] = []
    private var known = Set<SpeakerResolver.Name>()
    private var holdingWord: [String: [Int]] = [:]

    /// Adds a mention's name; a name mentioned again adds nothing (the rules read only its
    /// first place among names that are equal).
    mutating func add(_ name: SpeakerResolver.Name) {
        guard known.insert(name).inserted else { return }
        for word in Set(name.words) { holdingWord[word, default: []].append(names.count) }
        names.append(name)
    }

    /// The names holding every one of `words`, in document order (all names for no words).
    func names(holding words: [String], work: LookUpWork) -> [SpeakerResolver.Name] {
        let candidates = words.isEmpty ? Array(names.indices)
            : words.map { holdingWord[$0] ?? [] }.min { $0.count < $1.count } ?? []
        work.add(candidates.count)
        return candidates.map { names[$0] }.filter { name in words.allSatisfy(name.words.contains) }
    }
}

/// A document's coordinations of names, in text order (they do not overlap, so both their
/// starts and their ends increase), and by their number of members and type.
struct CoordinationIndex {
    let all: [SpeakerResolver.Coordination]
    private var bySize: [Int: [SpeakerResolver.Coordination]] = [:]
    private var bySizeOfOneType: [SizeAndType: [SpeakerResolver.Coordination]] = [:]

    private struct SizeAndType: Hashable {
        var size: Int
        var type: EntityType
    }

    init(_ coordinations: [SpeakerResolver.Coordination]) {
        all = coordinations
        for coordination in coordinations {
            bySize[coordination.members.count, default: []].append(coordination)
            if let type = coordination.types.first, coordination.types.allSatisfy({ $0 == type }) {
                bySizeOfOneType[SizeAndType(size: coordination.members.count, type: type), default: []].append(coordination)
            }
        }
    }

    /// The last coordination of `size` members (all of `type`, when given) that ends by `token`.
    func last(endingBy token: Int, size: Int, allOf type: EntityType?, work: LookUpWork) -> SpeakerResolver.Coordination? {
        let candidates = (type.map { bySizeOfOneType[SizeAndType(size: size, type: $0)] } ?? bySize[size]) ?? []
        let end = firstIndex(in: candidates, where: { $0.tokens.upperBound > token }, work: work)
        return end > 0 ? candidates[end - 1] : nil
    }

    /// The last coordination that starts in `range`.
    func last(startingIn range: Range<Int>, work: LookUpWork) -> SpeakerResolver.Coordination? {
        let end = firstIndex(in: all, where: { $0.tokens.lowerBound >= range.upperBound }, work: work)
        guard end > 0, range.contains(all[end - 1].tokens.lowerBound) else { return nil }
        return all[end - 1]
    }
}

/// The mentions of a document ("a joint statement") that a later definite one ("the
/// statement", "this text") takes its name from, by head word: a document word outside
/// quotations after an article other than `the` and the nominal words between them.
struct AntecedentIndex {
    private struct Antecedent {
        var head: Int
        var name: String
    }

    private var byHead: [String: [Antecedent]] = [:]
    /// The antecedents whose head is one of `SpeakerResolver.statementFamily`, which stand for
    /// each other.
    private var statements: [Antecedent] = []

    init(grammar: Grammar, document: Document) {
        let table = grammar.table
        for k in 0..<table.count where table.has(.document, k) && !grammar.quoted[k] {
            var start = k - 1
            while start >= 0, grammar.isNominal(start), !table.has(.document, start) { start -= 1 }
            guard start >= 0, table.has(.article, start),
                  SpeakerResolver.word(start, in: document).lowercased() != "the" else { continue }
            let antecedent = Antecedent(head: k, name: SpeakerResolver.text(of: (start + 1)..<(k + 1), in: document))
            let head = SpeakerResolver.word(k, in: document).lowercased()
            byHead[head, default: []].append(antecedent)
            if SpeakerResolver.statementFamily.contains(head) { statements.append(antecedent) }
        }
    }

    /// The name of the last antecedent before `position` for a mention with this head word.
    func last(before position: Int, head: String, work: LookUpWork) -> String? {
        let candidates = SpeakerResolver.statementFamily.contains(head) ? statements : byHead[head] ?? []
        let end = firstIndex(in: candidates, where: { $0.head >= position }, work: work)
        return end > 0 ? candidates[end - 1].name : nil
    }
}
