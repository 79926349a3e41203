import BylineCore
import Foundation

/// The accurate entity tagger (`--ner accurate`): a BiLSTM-CRF over frozen GloVe vectors,
/// casing, name lists and a character CNN, trained by scripts/train-ner-neural.py (see
/// models/NEURAL.md). Tags each sentence on its own, in BIO.
public struct NeuralModel: Sendable, ModelFileLoading, EntityRecognizer {
    /// How the model was made (epoch, dev F1, seed, training time), kept in the file.
    public let description: String
    let network: NeuralNetwork
    /// Lowercased GloVe word hashes to their vocabulary row + 1.
    let vocabulary: HashTable
    let gazetteer: Gazetteer

    /// The tags the network scores, in the order of its outputs.
    static let tagNames = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    static let format = ModelFile.Format(
        magic: Array("BYLINENN".utf8), version: 1, remake: "scripts/train-ner-neural.py (see models/NEURAL.md)")

    public func entities(in document: Document) -> [Entity] { entities(in: document, guide: nil) }

    func entities(in document: Document, guide: NeuralNetwork.Guide?) -> [Entity] {
        var entities: [Entity] = []
        for (sentence, tags) in zip(document.sentences, sentenceTags(document, guide: guide)) {
            Self.decode(tags, offset: sentence.tokens.lowerBound, into: &entities)
        }
        return entities
    }

    /// The tag ids of each sentence's tokens (none for a sentence beyond the tokens).
    func sentenceTags(_ document: Document, guide: NeuralNetwork.Guide? = nil) -> [[Int]] {
        let features = NeuralFeatures(document, vocabulary: vocabulary, gazetteer: gazetteer)
        var text = document.text
        let sentences = document.sentences.map { $0.tokens.upperBound <= document.tokens.count ? $0.tokens : 0..<0 }
        return text.withUTF8 { utf8 in
            network.tags(sentences: sentences, features: features, spans: document.tokens, utf8: utf8, guide: guide)
        }
    }

    /// The BIO tag id (O, then B- and I- per type, as `tagNames`) of each BILOU tag: B and U
    /// begin an entity, I and L continue it.
    static let bioOfBILOU: [Int] = (0..<BILOU.count).map { tag in
        guard let type = BILOU.type(of: tag), let position = BILOU.position(of: tag) else { return 0 }
        return 1 + 2 * BILOU.typeIndex(type) + (position == .begin || position == .unit ? 0 : 1)
    }

    /// Entities from BIO tag ids, read as conlleval does: an I- tag that does not continue an
    /// entity of its type starts one.
    static func decode(_ tags: [Int], offset: Int, into entities: inout [Entity]) {
        var open: (start: Int, type: EntityType)? = nil
        for index in 0...tags.count {
            let tag = index < tags.count ? tags[index] : 0  // an O after the end closes the last one
            let type = tag == 0 ? nil : BILOU.types[(tag - 1) / 2]
            let begins = tag % 2 == 1
            if let current = open, type != current.type || begins {
                entities.append(Entity(tokens: offset + current.start..<offset + index, type: current.type))
                open = nil
            }
            if let type, open == nil { open = (index, type) }
        }
    }

    // MARK: - The model file

    /// The bundled model, trained on CoNLL-2003 (see models/NEURAL.md).
    public static let bundledName = "ner-accurate"

    public init(bytes: [UInt8], path: String) throws(ModelFileError) {
        let file = try ModelFile.Reader(bytes, path: path, format: Self.format)
        var meta = try file.section("META")
        description = try meta.string()

        var config = try file.section("CONF")
        let numbers = try (0..<10).map { _ throws(ModelFileError) in Int(try config.integer() as UInt32) }
        let shape = NeuralNetwork.Shape(
            embedding: numbers[0], vocabulary: numbers[1], charDimension: numbers[2], charFilters: numbers[3],
            charWidth: numbers[4], maxBytes: numbers[5], hidden: numbers[6], tags: numbers[7], casings: numbers[8],
            nameLists: numbers[9])
        guard shape.tags == Self.tagNames.count, shape.casings == NeuralFeatures.casingCount, shape.charWidth % 2 == 1,
              shape.hidden % NeuralNetwork.lanes == 0,
              numbers.prefix(9).allSatisfy({ (1...(1 << 24)).contains($0) }), (0...Gazetteer.maxCategories).contains(shape.nameLists)
        else {
            throw ModelFileError(path: path, message: "unsupported shape \(numbers) (embedding, vocabulary, char dimension, filters, width, bytes, hidden, tags, casings, name lists)")
        }

        var tagSection = try file.section("TAGS")
        let tags = try (0..<shape.tags).map { _ throws(ModelFileError) in try tagSection.string() }
        guard tags == Self.tagNames else {
            throw ModelFileError(path: path, message: "tags \(tags); this byline reads \(Self.tagNames)")
        }

        var words = try file.section("VOCB")
        let wordList = Self.lines(try words.string(), keepingEmpty: true)
        guard wordList.count == shape.vocabulary else {
            throw ModelFileError(path: path, message: "\(wordList.count) words for \(shape.vocabulary) vectors")
        }
        vocabulary = HashTable(
            wordList.enumerated().map { (ByteHash.bytes($0.element.utf8), UInt64($0.offset + 1)) }, merge: { first, _ in first })
        let halves: [UInt16] = try words.integers(count: shape.vocabulary * shape.embedding)
        let embeddings = halves.map { Float(Float16(bitPattern: $0)) }

        var lists = try file.section("GAZT")
        let nameLists = try (0..<shape.nameLists).map { _ throws(ModelFileError) in
            (name: try lists.string(), entries: Self.lines(try lists.string(), keepingEmpty: false).map(String.init))
        }
        gazetteer = Gazetteer(lists: nameLists)

        var chars = try file.section("CHAR")
        let charEmbedding = try chars.floats(count: 257 * shape.charDimension)
        let convolution = try chars.floats(count: shape.charFilters * shape.charDimension * shape.charWidth)
        let charBias = try chars.floats(count: shape.charFilters)

        var lstm = try file.section("LSTM")
        let directions = try (0..<2).map { _ throws(ModelFileError) in
            (inputWeights: try lstm.floats(count: shape.gates * shape.inputs),
             hiddenWeights: try lstm.floats(count: shape.gates * shape.hidden),
             bias: try lstm.floats(count: shape.gates))
        }
        var output = try file.section("OUTP")
        let outputWeights = try output.floats(count: shape.tags * 2 * shape.hidden)
        let outputBias = try output.floats(count: shape.tags)
        var crf = try file.section("CRFT")
        let transitions = try crf.floats(count: shape.tags * shape.tags)
        let start = try crf.floats(count: shape.tags)
        let end = try crf.floats(count: shape.tags)
        for (name, reader) in [("VOCB", words), ("GAZT", lists), ("CHAR", chars), ("LSTM", lstm), ("OUTP", output), ("CRFT", crf)]
        where !reader.atEnd {
            throw ModelFileError(path: path, message: "section \(name) is longer than its shape says")
        }
        network = NeuralNetwork(
            shape: shape, embeddings: embeddings, charEmbedding: charEmbedding, convolution: convolution, charBias: charBias,
            lstm: directions, outputWeights: outputWeights, outputBias: outputBias, transitions: transitions,
            start: start, end: end)
    }

    /// The lines of a text, split on newline bytes: splitting by Character (grapheme clusters)
    /// made loading the 3 MB of words and name lists take a second.
    static func lines(_ text: String, keepingEmpty: Bool) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: !keepingEmpty).map { Substring($0) }
    }
}
