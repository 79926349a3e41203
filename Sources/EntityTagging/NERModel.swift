import BylineCore
import Foundation

/// A trained entity tagger: quantized weights over hashed feature rows, the feature groups
/// they were trained with, and the name lists and word clusters the features look up.
public struct NERModel: Sendable, ModelFileLoading, TagScorer {
    public let features: FeatureSet
    var rowBits: Int { weights.rowBits }
    /// The rows of `BILOU.count` weights that are not all zero, scaled to Int16 (only the argmax matters).
    let weights: PackedWeights
    let resources: TaggerResources
    /// How the model was made (data, command, dev F1), shown by `byline train` and kept in the file.
    public let description: String

    /// Quantizes trained weights: `1 << rowBits` rows of `BILOU.count`.
    init(features: FeatureSet, rowBits: Int, weights: [Float], resources: TaggerResources, description: String) {
        self.features = features
        let largest = weights.lazy.map(abs).max() ?? 0
        let scale = largest > 0 ? Float(Int16.max) / largest : 0
        var rows: [UInt32] = []
        var values: [Int16] = []
        for row in 0..<(1 << rowBits) {
            let quantized = weights[row * BILOU.count..<(row + 1) * BILOU.count].map { Int16(($0 * scale).rounded()) }
            guard quantized.contains(where: { $0 != 0 }) else { continue }
            rows.append(UInt32(row))
            values.append(contentsOf: quantized)
        }
        self.weights = PackedWeights(rowBits: rowBits, rows: rows, values: values)!
        self.resources = resources
        self.description = description
    }

    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        weights.score(rows: rows, into: scores)
    }

    func score(sentenceRows rows: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        weights.score(sentenceRows: rows, ends: ends, into: scores)
    }

    /// Tags a document's tokens; the document's sentences and tokens must be made.
    ///
    /// A document is tagged in windows of whole sentences of about `windowTokens` tokens, so
    /// the features' memory (some 200 bytes a token) stays bounded whatever the document's
    /// size. The document evidence (how a word is capitalized elsewhere, how it was tagged
    /// before) is gathered within a window: the whole document for anything up to a book
    /// chapter, a stretch of a few dozen articles in a file that joins thousands.
    public func entities(in document: Document) -> [Entity] { entities(in: document, keeping: nil) }

    /// The scores the decoder saw for every token of the document (for a decoder that adds them
    /// to its own: the accurate tagger's).
    func scores(in document: Document) -> PerceptronScores {
        let kept = PerceptronScores(tokenCount: document.tokens.count)
        _ = entities(in: document, keeping: kept)
        return kept
    }

    /// The entities, and with `kept` the scores the decoder saw.
    func entities(in document: Document, keeping kept: PerceptronScores?) -> [Entity] {
        guard document.tokens.count > Self.windowTokens else { return entities(inWindow: document, keeping: kept, at: 0) }
        var found: [Entity] = []
        for window in Self.windows(document.sentences) {
            let base = document.sentences[window.lowerBound].tokens.lowerBound
            let end = document.sentences[window.upperBound - 1].tokens.upperBound
            var part = document
            part.tokens = Array(document.tokens[base..<end])
            part.sentences = document.sentences[window].map { Sentence(span: $0.span, tokens: $0.tokens.shifted(by: -base)) }
            found += entities(inWindow: part, keeping: kept, at: base).map { Entity(tokens: $0.tokens.shifted(by: base), type: $0.type) }
        }
        return found
    }

    /// The tokens a window of sentences holds at least, unless the document ends first.
    static let windowTokens = 1 << 15

    /// Runs of whole sentences of at least `windowTokens` tokens (the last may hold fewer).
    static func windows(_ sentences: [Sentence]) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        var start = 0, tokens = 0
        for (index, sentence) in sentences.enumerated() {
            tokens += sentence.tokens.count
            if tokens >= windowTokens || index == sentences.count - 1 {
                windows.append(start..<(index + 1))
                start = index + 1
                tokens = 0
            }
        }
        return windows
    }

    /// The entities of a window whose first token is the document's `base`.
    private func entities(inWindow document: Document, keeping kept: PerceptronScores?, at base: Int) -> [Entity] {
        var extractor = DocumentFeatures(document, model: resources, features: features, rowBits: rowBits)
        var scorer = self
        let tags = ViterbiDecoder.run(&extractor, sentences: document.sentences, scorer: &scorer, keeping: kept, at: base)
        return ViterbiDecoder.entities(tags, sentences: document.sentences).compactMap { PersonTitles.withoutTitle($0, in: document) }
    }

    // MARK: - The model file

    /// The bundled model, trained on CoNLL-2003 (see models/README.md).
    public static let bundledName = "ner"

    public init(bytes: [UInt8], path: String) throws(ModelFileError) {
        let file = try ModelFile.Reader(bytes, path: path)
        var meta = try file.section("META")
        description = try meta.string()
        var config = try file.section("CONF")
        features = FeatureSet(rawValue: try config.integer())
        let rowBits = Int(try config.integer() as UInt32)
        let tagCount = Int(try config.integer() as UInt32)
        guard (8...24).contains(rowBits), tagCount == BILOU.count else {
            throw ModelFileError(path: path, message: "unsupported shape: 2^\(rowBits) rows of \(tagCount) tags")
        }

        // Weights are stored sparse: the rows with a nonzero weight, ascending, then their weights.
        var table = try file.section("WGHT")
        let rowCount = Int(try table.integer() as UInt32)
        let rows: [UInt32] = try table.integers(count: rowCount)
        let values: [Int16] = try table.integers(count: rowCount * tagCount)
        guard let weights = PackedWeights(rowBits: rowBits, rows: rows, values: values) else {
            throw ModelFileError(path: path, message: "weight rows out of range or out of order")
        }
        self.weights = weights

        var gazetteer = try file.section("GAZT")
        let categoryCount = Int(try gazetteer.integer() as UInt32)
        guard categoryCount <= Gazetteer.maxCategories else {
            throw ModelFileError(path: path, message: "\(categoryCount) name lists; at most \(Gazetteer.maxCategories) are supported")
        }
        let categories = try (0..<categoryCount).map { _ throws(ModelFileError) in try gazetteer.string() }
        let gazetteerCount = Int(try gazetteer.integer() as UInt32)
        let gazetteerKeys: [UInt64] = try gazetteer.integers(count: gazetteerCount)
        let gazetteerValues: [UInt64] = try gazetteer.integers(count: gazetteerCount)
        var clusters = try file.section("CLUS")
        let levels = Int(try clusters.integer() as UInt32)
        let clusterCount = Int(try clusters.integer() as UInt32)
        let clusterKeys: [UInt64] = try clusters.integers(count: clusterCount)
        let clusterValues: [UInt64] = try clusters.integers(count: clusterCount)
        resources = TaggerResources(
            gazetteer: categories.isEmpty ? nil : Gazetteer(
                categories: categories, table: HashTable(zip(gazetteerKeys, gazetteerValues).map { ($0, $1) })),
            clusters: levels == 0 ? nil : WordClusters(
                table: HashTable(zip(clusterKeys, clusterValues).map { ($0, $1) }), levels: levels))
    }

    /// The model file's bytes.
    func serialized() -> [UInt8] {
        var file = ModelFile.Writer()
        file.section("META") { $0.append(string: description) }
        file.section("CONF") {
            $0.append(features.rawValue)
            $0.append(UInt32(rowBits))
            $0.append(UInt32(BILOU.count))
        }
        file.section("WGHT") { section in
            let stored = weights.stored()
            section.append(UInt32(stored.rows.count))
            section.append(contentsOf: stored.rows)
            section.append(contentsOf: stored.values)
        }
        file.section("GAZT") { section in
            let categories = resources.gazetteer?.categories ?? []
            section.append(UInt32(categories.count))
            for name in categories { section.append(string: name) }
            let entries = resources.gazetteer?.table.entries ?? []
            section.append(UInt32(entries.count))
            section.append(contentsOf: entries.map(\.key))
            section.append(contentsOf: entries.map(\.value))
        }
        file.section("CLUS") { section in
            section.append(UInt32(resources.clusters?.levels ?? 0))
            let entries = resources.clusters?.table.entries ?? []
            section.append(UInt32(entries.count))
            section.append(contentsOf: entries.map(\.key))
            section.append(contentsOf: entries.map(\.value))
        }
        return file.finished()
    }

    /// Writes the model file whole or not at all (a temporary file renamed over the path).
    public func write(to path: String) throws {
        let temporary = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(serialized())) else {
            throw ModelFileError(path: path, message: "cannot write the file")
        }
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }
}
