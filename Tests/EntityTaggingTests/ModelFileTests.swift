import BylineCore
import Foundation
import Testing
@testable import EntityTagging

/// The model file: what is written is read back exactly, and a damaged file is refused with
/// a message that says what is wrong.
@Suite struct ModelFileTests {
    static let model = TinyCorpus.trainedModel()

    @Test func aWrittenModelReadsBackAndTagsTheSame() throws {
        let bytes = Self.model.serialized()
        let loaded = try NERModel(bytes: bytes, path: "tiny.model")
        #expect(loaded.weights.stored().rows == Self.model.weights.stored().rows)
        #expect(loaded.weights.stored().values == Self.model.weights.stored().values)
        #expect(loaded.features == Self.model.features)
        #expect(loaded.description == Self.model.description)
        for document in TinyCorpus.documents {
            #expect(loaded.entities(in: document) == Self.model.entities(in: document))
        }
        #expect(loaded.serialized() == bytes)
    }

    @Test func aTruncatedFileIsRefused() {
        let bytes = Self.model.serialized()
        for length in [0, 5, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ModelFileError.self, "\(length) bytes") {
                _ = try NERModel(bytes: Array(bytes.prefix(length)), path: "cut.model")
            }
        }
    }

    @Test func aFlippedByteFailsTheChecksum() throws {
        var bytes = Self.model.serialized()
        bytes[bytes.count / 2] ^= 0x40
        let error = try #require(throws: ModelFileError.self) { _ = try NERModel(bytes: bytes, path: "bad.model") }
        #expect(error.description.contains("checksum"))
        #expect(error.description.hasPrefix("bad.model: "))
    }

    @Test func weightRowsOutOfOrderAreRefused() throws {
        var bytes = Self.model.serialized()
        // Swap the first two row numbers of WGHT and seal the file again with a valid checksum.
        let section = try #require((0..<bytes.count - 4).first { Array(bytes[$0..<$0 + 4]) == Array("WGHT".utf8) })
        let rows = section + 4 + 8 + 4
        for offset in 0..<4 { bytes.swapAt(rows + offset, rows + 4 + offset) }
        Self.seal(&bytes)
        let error = try #require(throws: ModelFileError.self) { _ = try NERModel(bytes: bytes, path: "shuffled.model") }
        #expect(error.description.contains("out of order"))
    }

    @Test func aFileOfAnotherFormatVersionIsRefused() throws {
        var bytes = Self.model.serialized()
        // Version 1, the format before name-list prefixes were marked, with a valid checksum.
        let version = ModelFile.magic.count
        withUnsafeBytes(of: UInt32(1).littleEndian) { bytes.replaceSubrange(version..<version + 4, with: $0) }
        Self.seal(&bytes)
        let error = try #require(throws: ModelFileError.self) { _ = try NERModel(bytes: bytes, path: "old.model") }
        #expect(error.description.contains("format version 1"))
        #expect(error.description.contains("byline train ner"))
    }

    @Test func anotherFileIsNotTakenForAModel() throws {
        let error = try #require(throws: ModelFileError.self) {
            _ = try NERModel(bytes: Array("-DOCSTART- -X- -X- O\n".utf8), path: "train.txt")
        }
        #expect(error.description.contains("magic"))
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: (any Error).self) { _ = try NERModel(contentsOf: "/nonexistent/ner.model") }
    }

    /// Replaces a model file's checksum with the right one for its bytes.
    static func seal(_ bytes: inout [UInt8]) {
        let payload = bytes.count - 8
        withUnsafeBytes(of: ByteHash.bytes(bytes[..<payload]).littleEndian) { bytes.replaceSubrange(payload..., with: $0) }
    }

    @Test func trainingIsReproducibleBitForBit() {
        let again = TinyCorpus.trainedModel()
        #expect(again.serialized() == Self.model.serialized())
    }

    /// A final model is trained without dev for a fixed number of epochs: it must be the last
    /// epoch's, the one a dev score rising every epoch would keep, not the first.
    @Test func withoutADevSetTheLastEpochIsKept() {
        var epochs = 0.0
        let rising = TinyCorpus.trainedModel(score: { epochs += 1; return epochs })
        let withoutDev = TinyCorpus.trainedModel(dev: nil)
        #expect(withoutDev.weights.stored().values == rising.weights.stored().values)
        #expect(withoutDev.weights.stored().rows == rising.weights.stored().rows)
        #expect(withoutDev.weights.stored().values != Self.model.weights.stored().values)
        #expect(withoutDev.description.hasSuffix("last epoch 4, no dev set"), "\(withoutDev.description)")
    }

    /// The load time is a benchmark figure (`byline-benchmark stages`), not asserted here: a
    /// timed test fails on a loaded machine, not on slow code.
    @Test func theBundledModelLoadsAndFitsTheSizeLimit() throws {
        let loaded = try NERModel.bundled()
        #expect(loaded.features == FeatureSet.all.union(.casing))
        let size = loaded.serialized().count
        #expect(size <= 25_000_000, "\(size) bytes")
    }
}

/// A few documents made by hand, enough to train a model in milliseconds.
enum TinyCorpus {
    /// Sentences of (word, type) pairs: nil type is outside any entity; adjacent equal types
    /// form one entity.
    static let sentences: [[(String, EntityType?)]] = [
        [("Angela", .person), ("Merkel", .person), ("visited", nil), ("Paris", .location), (".", nil)],
        [("Reuters", .organization), ("reported", nil), ("from", nil), ("London", .location), (".", nil)],
        [("Emmanuel", .person), ("Macron", .person), ("met", nil), ("German", .miscellaneous), ("officials", nil)],
        [("The", nil), ("European", .organization), ("Commission", .organization), ("said", nil), ("so", nil)],
        [("Shares", nil), ("of", nil), ("Siemens", .organization), ("rose", nil), ("in", nil), ("Frankfurt", .location)],
    ]

    static let documents: [Document] = sentences.enumerated().map { number, words in
        var source = ""
        var tokens: [Token] = []
        var entities: [Entity] = []
        var previous: EntityType? = nil
        for (index, (word, type)) in words.enumerated() {
            if !source.isEmpty { source += " " }
            let start = source.utf8.count
            source += word
            tokens.append(Token(span: TextSpan(start, source.utf8.count)))
            if let type {
                if previous == type, let last = entities.last {
                    entities[entities.count - 1] = Entity(tokens: last.tokens.lowerBound..<index + 1, type: type)
                } else {
                    entities.append(Entity(tokens: index..<index + 1, type: type))
                }
            }
            previous = type
        }
        var document = Document(id: "tiny#\(number)", source: source)
        document.tokens = tokens
        document.sentences = [Sentence(span: TextSpan(0, source.utf8.count), tokens: 0..<tokens.count)]
        document.entities = entities
        document.layers = [.text, .sentences, .tokens, .entities]
        return document
    }

    /// Four epochs; by default dev is the training set with a score that never improves, so the
    /// first epoch is kept.
    static func trainedModel(dev: [Document]? = documents, score: () -> Double = { 0.5 }) -> NERModel {
        var options = NERTrainer.Options()
        options.rowBits = 12
        options.maxEpochs = 4
        let trainer = NERTrainer(
            options: options,
            gazetteers: [("cities.LOC.full", ["Paris", "London", "Frankfurt"]), ("first.PER.first", ["Angela", "Emmanuel"])],
            clusters: "# test clusters\nparis\t1\t2\nlondon\t1\t2\nfrankfurt\t1\t3\n")
        return trainer.train(train: documents, dev: dev, description: "tiny", score: { _ in score() }, progress: { _ in })
    }
}
