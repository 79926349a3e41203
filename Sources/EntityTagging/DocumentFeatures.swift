import BylineCore

/// Feature extraction for one document: token profiles, name-list matches and the
/// document-level evidence, computed once; then the weight-table rows of each token's features.
///
/// Features are (template, value) pairs hashed straight to a row of the weight table: a
/// collision shares a row, which a table of 2^20 rows makes rare enough not to matter.
struct DocumentFeatures {
    let features: FeatureSet
    let rowBits: Int
    private(set) var profiles: [TokenProfile]
    private let gazetteerCodes: NameListCodes
    private let gazetteerCategories: Int
    /// Per token: how its lowercase form is written in mid-sentence, non-headline positions
    /// of the document (bit 0: in lowercase, bit 1: capitalized).
    private var documentCase: [UInt8]
    /// Per token: the first token of the document with the same lowercase form, which stands
    /// for the form in `history` (filled only with the document features).
    private let firstOfForm: [Int32]
    /// Per form (at its first token): how many times each entity type was predicted for it so far.
    private var history: [SIMD4<UInt8>]
    private let sentenceOfToken: [Int32]
    /// Per token in a run of capitalized words within its sentence: its BILOU position in the
    /// run and the run's length (cut at 4), packed; 0 outside runs.
    private var capitalizedRun: [UInt8]
    private let sentences: [Range<Int>]
    /// Added to every feature template of a document written in one case (0 otherwise), so
    /// that its features are rows of their own.
    private let caseSalt: UInt64

    init(_ document: Document, model resources: TaggerResources, features: FeatureSet, rowBits: Int) {
        self.features = features
        self.rowBits = rowBits
        let tokens = document.tokens
        var profiles = TokenProfile.profiles(of: document)
        sentences = document.sentences.map(\.tokens)
        var sentenceOfToken = [Int32](repeating: 0, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for token in sentence where token < tokens.count { sentenceOfToken[token] = Int32(number) }
            guard let first = sentence.first, first < tokens.count else { continue }
            profiles[first].flags.insert(.sentenceStart)
            let letters = sentence.lazy.filter { profiles[$0].flags.contains(.hasLetter) }
            if letters.dropFirst().contains(where: { _ in true }) && letters.allSatisfy({ profiles[$0].flags.contains(.allCapitals) }) {
                for token in sentence { profiles[token].flags.insert(.capitalsSentence) }
            }
        }
        self.sentenceOfToken = sentenceOfToken

        if features.contains(.clusters), let clusters = resources.clusters {
            // The word as written, else lowercased (GloVe's clusters are all lowercase, so a
            // headline's GERMANY finds germany's cluster).
            for index in profiles.indices {
                let form = profiles[index].form, lower = profiles[index].lower
                profiles[index].clusters = clusters.clusters(form) ?? (lower == form ? nil : clusters.clusters(lower)) ?? 0
            }
        }

        if features.contains(.gazetteer), let gazetteer = resources.gazetteer {
            gazetteerCodes = gazetteer.matches(lowercaseHashes: profiles.map(\.lower), sentences: sentences)
            gazetteerCategories = gazetteer.categories.count
        } else {
            gazetteerCodes = NameListCodes(tokens: 0, categories: 0)
            gazetteerCategories = 0
        }

        var firstOfForm: [Int32] = []
        var caseOfForm = [UInt8](repeating: 0, count: tokens.count)
        if features.contains(.document) {
            let forms = HashTable(profiles.enumerated().map { ($1.lower, UInt64($0)) }, merge: { first, _ in first })
            firstOfForm = profiles.map { Int32(truncatingIfNeeded: forms.value($0.lower)!) }
            for (index, profile) in profiles.enumerated() where profile.flags.contains(.hasLetter)
                && profile.flags.isDisjoint(with: [.sentenceStart, .capitalsSentence]) {
                caseOfForm[Int(firstOfForm[index])] |= profile.flags.contains(.initialCapital) ? 2 : 1
            }
        }
        self.firstOfForm = firstOfForm
        documentCase = firstOfForm.isEmpty ? caseOfForm : firstOfForm.map { caseOfForm[Int($0)] }
        history = [SIMD4<UInt8>](repeating: .zero, count: firstOfForm.count)
        capitalizedRun = Self.capitalizedRuns(profiles, sentences: sentences)
        caseSalt = features.contains(.casing) ? DocumentCase(profiles).salt : 0
        self.profiles = profiles
    }

    private static func capitalizedRuns(_ profiles: [TokenProfile], sentences: [Range<Int>]) -> [UInt8] {
        var runs = [UInt8](repeating: 0, count: profiles.count)
        for sentence in sentences where sentence.upperBound <= profiles.count {
            var start = sentence.lowerBound
            while start < sentence.upperBound {
                guard profiles[start].flags.contains(.initialCapital) else { start += 1; continue }
                var end = start
                while end < sentence.upperBound && profiles[end].flags.contains(.initialCapital) { end += 1 }
                let length = UInt8(min(4, end - start))
                for token in start..<end {
                    let position: BILOU.Position = end - start == 1 ? .unit
                        : token == start ? .begin : token == end - 1 ? .last : .inside
                    runs[token] = (UInt8(position.rawValue) + 1) << 4 | length
                }
                start = end
            }
        }
        return runs
    }

    /// Records a predicted tag, for the history feature of later tokens.
    mutating func record(tag: Int, token: Int) {
        guard features.contains(.document), let type = BILOU.type(of: tag),
              profiles[token].flags.contains(.initialCapital) || profiles[token].flags.contains(.allCapitals)
        else { return }
        let lane = BILOU.typeIndex(type), form = Int(firstOfForm[token])
        if history[form][lane] < 255 { history[form][lane] += 1 }
    }

    /// The row whose weights score each tag after `previous` (`BILOU.count` for a sentence's
    /// start): the transition weights of the Viterbi decoder, kept in the same table.
    func transitionRow(from previous: Int) -> Int {
        Int(truncatingIfNeeded: ByteHash.combine(Template.transition.rawValue, UInt64(previous)) >> UInt64(64 - rowBits))
    }

    /// The most rows `rows(token:into:)` writes: each template once, but four cluster levels,
    /// four history lanes and three gazetteer templates per name list.
    var maxRowsPerToken: Int { Int(Template.transition.rawValue) + 3 + 3 + 3 * gazetteerCategories }

    /// Writes the rows of token `index`'s features to `rows`, which has room for
    /// `maxRowsPerToken`; returns how many it wrote.
    func rows(token index: Int, into rows: UnsafeMutablePointer<Int>) -> Int {
        let sentence = sentences[Int(sentenceOfToken[index])]
        let shift = UInt64(64 - rowBits)
        var written = 0
        let salt = caseSalt
        @inline(__always) func add(_ template: Template, _ value: UInt64) {
            rows[written] = Int(truncatingIfNeeded: ByteHash.combine(template.rawValue &+ salt, value) >> shift)
            written &+= 1
        }
        func profile(_ offset: Int) -> TokenProfile? {
            let position = index + offset
            return sentence.contains(position) ? profiles[position] : nil
        }
        let token = profiles[index]
        let before = profile(-1), after = profile(1)
        let boundary: UInt64 = 0x5EED

        add(.bias, 0)
        if features.contains(.lexical) {
            add(.form, token.form)
            add(.lower, token.lower)
            add(.prefix1, token.prefixes.0); add(.prefix2, token.prefixes.1)
            add(.prefix3, token.prefixes.2); add(.prefix4, token.prefixes.3)
            add(.suffix1, token.suffixes.0); add(.suffix2, token.suffixes.1)
            add(.suffix3, token.suffixes.2); add(.suffix4, token.suffixes.3)
        }
        if features.contains(.shape) {
            add(.shape, token.shape)
            add(.shortShape, token.shortShape)
            add(.shapeBefore, ByteHash.combine(before?.shortShape ?? boundary, token.shortShape))
            add(.shapeAfter, ByteHash.combine(token.shortShape, after?.shortShape ?? boundary))
            add(.sentenceStartShape, ByteHash.combine(token.flags.contains(.sentenceStart) ? 1 : 0, token.shortShape))
            add(.capitalizedRun, UInt64(capitalizedRun[index]))
        }
        if features.contains(.window) {
            add(.lowerBefore, before?.lower ?? boundary)
            add(.lowerAfter, after?.lower ?? boundary)
            add(.lowerBefore2, profile(-2)?.lower ?? boundary)
            add(.lowerAfter2, profile(2)?.lower ?? boundary)
            add(.bigramBefore, ByteHash.combine(before?.lower ?? boundary, token.lower))
            add(.bigramAfter, ByteHash.combine(token.lower, after?.lower ?? boundary))
            add(.suffixBefore, before?.suffixes.2 ?? boundary)
        }
        if features.contains(.clusters) {
            for level in 0..<4 {
                let id = (token.clusters >> UInt64(16 * level)) & 0xFFFF
                guard id != 0 else { continue }
                add(.cluster, UInt64(level) << 32 | id)
            }
            add(.clusterShape, ByteHash.combine(token.clusters >> 32 & 0xFFFF, token.shortShape))
            // The neighbours' clusters at two levels, the next-but-one at the coarsest.
            add(.clusterBefore, (before?.clusters ?? 0) & 0xFFFF_FFFF)
            add(.clusterAfter, (after?.clusters ?? 0) & 0xFFFF_FFFF)
            add(.clusterBeforeFine, (before?.clusters ?? 0) >> 32)
            add(.clusterAfterFine, (after?.clusters ?? 0) >> 32)
            add(.clusterBefore2, (profile(-2)?.clusters ?? 0) & 0xFFFF)
            add(.clusterAfter2, (profile(2)?.clusters ?? 0) & 0xFFFF)
        }
        if features.contains(.gazetteer) {
            let capitalized: UInt64 = token.flags.contains(.initialCapital) || token.flags.contains(.allCapitals) ? 1 : 0
            gazetteerCodes.forEach(token: index) { add(.gazetteer, UInt64($0) << 1 | capitalized) }
            if sentence.contains(index - 1) { gazetteerCodes.forEach(token: index - 1) { add(.gazetteerBefore, UInt64($0)) } }
            if sentence.contains(index + 1) { gazetteerCodes.forEach(token: index + 1) { add(.gazetteerAfter, UInt64($0)) } }
        }
        if features.contains(.document) {
            let headline: UInt64 = token.flags.contains(.capitalsSentence) ? 1 : 0
            add(.documentCase, UInt64(documentCase[index]) << 8 | headline << 4
                | (token.flags.contains(.sentenceStart) ? 2 : 0) | (token.flags.contains(.initialCapital) ? 1 : 0))
            if headline == 1 { add(.headlineWord, token.lower) }
            let counts = history[Int(firstOfForm[index])]
            if counts != .zero {
                var best = 0
                for lane in 1..<4 where counts[lane] > counts[best] { best = lane }
                add(.history, UInt64(best))
                for lane in 0..<4 where counts[lane] > 0 { add(.historySeen, UInt64(lane)) }
            }
        }
        return written
    }

    enum Template: UInt64 {
        case bias = 1, form, lower, prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case shape, shortShape, shapeBefore, shapeAfter, sentenceStartShape, capitalizedRun
        case lowerBefore, lowerAfter, lowerBefore2, lowerAfter2, bigramBefore, bigramAfter, suffixBefore
        case cluster, clusterShape, clusterBefore, clusterAfter, clusterBeforeFine, clusterAfterFine, clusterBefore2, clusterAfter2
        case gazetteer, gazetteerBefore, gazetteerAfter
        case documentCase, headlineWord, history, historySeen
        case transition
    }
}

/// The name lists and clusters a model was trained with, carried in the model file.
struct TaggerResources: Sendable {
    var gazetteer: Gazetteer?
    var clusters: WordClusters?
}

/// How a document is written as a whole: news comes lowercased (transcripts, some feeds) or
/// all in capitals (wire alerts) as well as in mixed case.
enum DocumentCase {
    case mixed, lowercase, capitals

    /// Lowercase when no word with letters has a capital, capitals when every one is in
    /// capitals; a document without letters is mixed. Reads no further than it must: the
    /// first capitalized word of a news text ("Armenia, Azerbaijan agree") decides.
    init(_ profiles: some Sequence<TokenProfile>) {
        var lowercase = true, capitals = true, hasWords = false
        for profile in profiles where profile.flags.contains(.hasLetter) {
            hasWords = true
            if !profile.flags.isDisjoint(with: [.initialCapital, .allCapitals]) { lowercase = false }
            if !profile.flags.contains(.allCapitals) { capitals = false }
            if !lowercase && !capitals { break }
        }
        self = !hasWords ? .mixed : lowercase ? .lowercase : capitals ? .capitals : .mixed
    }

    /// The case of a document, profiling its tokens only until the case is known.
    init(_ document: Document) { self = TokenProfile.reading(document) { DocumentCase($0) } }

    /// Added to every feature template of a document written in one case, past every
    /// template's raw value, so that its features are rows of their own.
    var salt: UInt64 {
        switch self {
        case .mixed: 0
        case .lowercase: 256
        case .capitals: 512
        }
    }
}
