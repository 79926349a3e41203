import BylineCore
import Byline
import Foundation
import NeuralKernels
import Testing
import TestSupport
@testable import EntityTagging

/// The accurate tagger: Swift runs the network the training script made, as the script runs
/// it, and refuses a damaged model file with a message that says what is wrong.
@Suite struct NeuralModelTests {
    static let modelPath = Fixtures.packageRoot.appendingPathComponent("Sources/EntityTagging/Resources/ner-accurate.model").path
    static let model = Result { try NeuralModel.bundled() }

    /// A document of one sentence of the words, separated by spaces.
    static func sentence(_ words: [Substring]) -> Document { document([words]) }

    /// A document of these sentences' words, one space apart.
    static func document(_ sentences: [[Substring]]) -> Document {
        var source = "", tokens: [Token] = [], spans: [Sentence] = []
        for words in sentences {
            let first = tokens.count, start = source.utf8.count + (source.isEmpty ? 0 : 1)
            for word in words {
                if !source.isEmpty { source += " " }
                let begin = source.utf8.count
                source += word
                tokens.append(Token(span: TextSpan(begin, source.utf8.count)))
            }
            spans.append(Sentence(span: TextSpan(start, source.utf8.count), tokens: first..<tokens.count))
        }
        var document = Document(id: "parity", source: source)
        document.tokens = tokens
        document.sentences = spans
        document.layers = [.text, .sentences, .tokens]
        return document
    }

    /// The network tags sentence by sentence, and the input sums of the tokens a document
    /// repeats are computed once and copied: the parity sentences tagged as one document get
    /// the tags each gets alone.
    @Test func aSentencesTagsDoNotDependOnItsDocument() throws {
        let model = try Self.model.get()
        let fixture = try Fixtures.text(Fixtures.packageRoot.appendingPathComponent("Tests/EntityTaggingTests/Fixtures/neural-parity.tsv"))
        let sentences = fixture.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t")[0].split(separator: " ") }
        try #require(sentences.count >= 40)
        let together = model.sentenceTags(Self.document(sentences + sentences))
        #expect(together == (sentences + sentences).map { model.sentenceTags(Self.sentence($0))[0] })
    }

    /// Fixtures/neural-parity.tsv holds dev sentences and the tags scripts/train-ner-neural.py's
    /// network gave them when it wrote the bundled model: Swift must give the same tags, which
    /// it only does when its inputs (vocabulary, casing, name lists, bytes) and its arithmetic
    /// are the script's.
    @Test func swiftTagsAsTheTrainingScriptDid() throws {
        let model = try Self.model.get()
        let fixture = try Fixtures.text(Fixtures.packageRoot.appendingPathComponent("Tests/EntityTaggingTests/Fixtures/neural-parity.tsv"))
        var sentences = 0, differences: [String] = []
        for line in fixture.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            try #require(fields.count == 2, "\(line)")
            let words = fields[0].split(separator: " "), expected = fields[1].split(separator: " ").map(String.init)
            let tags = model.sentenceTags(Self.sentence(words))[0].map { NeuralModel.tagNames[$0] }
            sentences += 1
            if tags != expected {
                differences.append("\(fields[0])\n  script: \(expected.joined(separator: " "))\n  swift:  \(tags.joined(separator: " "))")
            }
        }
        #expect(sentences >= 40)
        #expect(differences.isEmpty, "\(differences.count) of \(sentences) sentences differ:\n\(differences.joined(separator: "\n"))")
    }

    @Test func bioTagsBecomeEntitiesAsConllevalReadsThem() {
        // O B-PER I-PER I-LOC B-ORG B-ORG I-MISC: an I- of another type, or after O, starts one.
        var entities: [Entity] = []
        NeuralModel.decode([0, 1, 2, 4, 5, 5, 8], offset: 10, into: &entities)
        #expect(entities == [
            Entity(tokens: 11..<13, type: .person), Entity(tokens: 13..<14, type: .location),
            Entity(tokens: 14..<15, type: .organization), Entity(tokens: 15..<16, type: .organization),
            Entity(tokens: 16..<17, type: .miscellaneous),
        ])
    }

    @Test func entitiesBecomeBIOTagsAndBack() {
        let entities = [Entity(tokens: 1..<3, type: .person), Entity(tokens: 3..<4, type: .person),
                        Entity(tokens: 5..<8, type: .miscellaneous), Entity(tokens: 8..<9, type: .location)]
        // What the joint decoding returns: the BILOU path read as BIO.
        let tags = BILOU.encode(entities, tokens: 0..<10).map { NeuralModel.bioOfBILOU[$0] }
        #expect(tags == [0, 1, 2, 1, 0, 7, 8, 8, 3, 0])
        var decoded: [Entity] = []
        NeuralModel.decode(tags, offset: 0, into: &decoded)
        #expect(decoded == entities)
    }

    /// The perceptron's share moves the joint decoding from the network's own entities (weight
    /// 0) to the perceptron's (a share the network's scores cannot outweigh), on the seeds,
    /// where the two differ.
    @Test func theGuideWeighsThePerceptronsTagsIn() throws {
        let network = try Self.model.get(), perceptron = try NERModel.bundled()
        func guided(weight: Float) -> PerceptronGuidedNetwork {
            PerceptronGuidedNetwork(network: network, guide: perceptron, weight: weight)
        }
        let annotator = try Annotator(entityModel: nil)
        var differed = false
        for seed in try Fixtures.seeds() {
            let document = try annotator.annotate(try Fixtures.text(seed))
            let own = network.entities(in: document), perceptrons = perceptron.entities(in: document)
            differed = differed || own != perceptrons
            #expect(guided(weight: 0).entities(in: document) == own)
            #expect(guided(weight: 1_000).entities(in: document) == perceptrons)
        }
        #expect(differed, "the seeds no longer tell the two taggers apart")
    }

    /// The LSTM step of the C kernel (rational tanh and logistic function, AVX2 where the CPU
    /// has it) against the same step with libm's, over gate sums from -20 to 20 and a hidden
    /// size that leaves a remainder past the 8-lane loop.
    @Test func theLSTMCellIsFloatAccurate() {
        let hidden = 67
        var worstMemory: Float = 0, worstState: Float = 0
        for step in -200...200 {
            let sums = (0..<4 * hidden).map { Float(step) / 10 + Float($0 % 7) * 0.37 - 1.1 }
            let before = (0..<hidden).map { Float($0 % 5) - 2 }
            var memory = before, state = [Float](repeating: .nan, count: hidden)
            byline_lstm_cell(sums, hidden, &memory, &state)
            for j in 0..<hidden {
                func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }
                let expected = sigmoid(sums[hidden + j]) * before[j] + sigmoid(sums[j]) * tanhf(sums[2 * hidden + j])
                worstMemory = max(worstMemory, abs(memory[j] - expected))
                worstState = max(worstState, abs(state[j] - sigmoid(sums[3 * hidden + j]) * tanhf(expected)))
            }
        }
        #expect(worstMemory < 1e-5, "cell off by \(worstMemory)")
        #expect(worstState < 1e-5, "state off by \(worstState)")
    }

    /// News written with curly quotes, apostrophes, dashes and an ellipsis gets the tags of the
    /// same text in CoNLL-2003's ASCII: the network reads those characters as ASCII (it never
    /// saw them in training, and the first 128-unit model tagged a lone em dash MISC).
    @Test func typographicPunctuationIsReadAsASCII() throws {
        let network = try Self.model.get(), annotator = try Annotator(entityModel: nil)
        let pairs = [
            ("Peace talks — mediated by the European Union — have stalled, said Josep Borrell’s office.",
             "Peace talks - mediated by the European Union - have stalled, said Josep Borrell's office."),
            ("“We are ready,” Nikol Pashinyan told reporters in Yerevan… on Monday – late.",
             "\"We are ready,\" Nikol Pashinyan told reporters in Yerevan... on Monday - late."),
            ("«Non», a dit Emmanuel Macron à l’Élysée ‘hier’.", "\"Non\", a dit Emmanuel Macron à l'Élysée 'hier'."),
        ]
        for (typographic, ascii) in pairs {
            let curly = try annotator.annotate(typographic), plain = try annotator.annotate(ascii)
            #expect(curly.tokens.count == plain.tokens.count, "\(typographic)")
            #expect(network.sentenceTags(curly) == network.sentenceTags(plain), "\(typographic)")
        }
        let dash = Array("—".utf8), word = Array("Borrell’s".utf8), plain = Array("Pashinyan".utf8)
        #expect(dash.withUnsafeBufferPointer(NeuralFeatures.asciiSpelling) == Array("-".utf8))
        #expect(word.withUnsafeBufferPointer(NeuralFeatures.asciiSpelling) == Array("Borrell's".utf8))
        #expect(plain.withUnsafeBufferPointer(NeuralFeatures.asciiSpelling) == nil)
    }

    /// The training script's `TYPOGRAPHIC` and Swift's table are one table: a character one of
    /// them maps and the other does not would reach the network unlike anything it was trained on.
    @Test func theScriptAndSwiftReadTypographicPunctuationAlike() throws {
        let script = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("scripts/train-ner-neural.py"), encoding: .utf8)
        let block = try #require(script.range(of: "TYPOGRAPHIC = str.maketrans({").flatMap { start in
            script.range(of: "})", range: start.upperBound..<script.endIndex).map { script[start.upperBound..<$0.lowerBound] }
        })
        var table: [Unicode.Scalar: String] = [:]
        for match in block.matches(of: /"\\u([0-9a-f]{4})": (?:'([^']*)'|"([^"]*)")/) {
            let scalar = try #require(UInt32(match.1, radix: 16).flatMap(Unicode.Scalar.init))
            table[scalar] = String(match.2 ?? match.3 ?? "")
        }
        #expect(table.count >= 19, "read \(table.count) entries of the script's table")
        #expect(table == NeuralFeatures.typographic)
    }

    /// The kernel's four-row path (sentences side by side in the LSTM, tokens in the input and
    /// output layers) gives each row what the row alone gives, to the bit, and both are the
    /// plain sum; 1 to 9 rows cover the four-row loop and its remainder.
    @Test func rowsTogetherGiveWhatEachRowGivesAlone() {
        let count = 37, stride = 48
        let columns = (0..<count * stride).map { Float(($0 * 7919) % 201) / 100 - 1 }
        for rows in 1...9 {
            let x = (0..<rows * count).map { Float(($0 * 104_729) % 97) / 50 - 0.97 }
            let start = (0..<rows * stride).map { Float($0 % 13) / 4 }
            var together = start
            byline_columns_multiply_add(x, count, rows, count, columns, stride, &together, stride)
            for row in 0..<rows {
                var alone = Array(start[row * stride..<(row + 1) * stride])
                x.withUnsafeBufferPointer { x in
                    byline_columns_multiply_add(x.baseAddress! + row * count, 0, 1, count, columns, stride, &alone, 0)
                }
                #expect(Array(together[row * stride..<(row + 1) * stride]) == alone, "\(rows) rows, row \(row)")
                let plain = (0..<stride).map { j in
                    (0..<count).reduce(start[row * stride + j]) { $0 + x[row * count + $1] * columns[$1 * stride + j] }
                }
                #expect(zip(alone, plain).allSatisfy { abs($0 - $1) < 1e-4 }, "\(rows) rows, row \(row)")
            }
        }
    }

    @Test func casingClasses() {
        let expected: [(String, UInt8)] = [
            ("1996", 0), ("1996-08-22", 1), ("europe", 2), ("NATO", 3), ("A", 4), ("Pashinyan", 4), ("Élysée", 4),
            ("3M", 5), ("iPhone", 6), (",", 6), ("ÖZIL", 3), ("straße", 2),
        ]
        for (word, casing) in expected {
            let found = Array(word.utf8).withUnsafeBufferPointer { NeuralFeatures.casing($0) }
            #expect(found == casing, "\(word)")
        }
    }

    @Test func theBundledModelLoadsAndFitsTheSizeLimit() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: Self.modelPath)[.size] as? Int)
        #expect(size <= 30_000_000, "\(size) bytes")
        #expect(try Self.model.get().description.contains("BiLSTM-CRF"))
    }

    // MARK: - Damaged files

    static func bytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: modelPath))) }

    @Test func aTruncatedFileIsRefused() throws {
        let bytes = try Self.bytes()
        for length in [0, 7, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ModelFileError.self, "\(length) bytes") {
                _ = try NeuralModel(bytes: Array(bytes.prefix(length)), path: "cut.model")
            }
        }
    }

    @Test func aFlippedByteFailsTheChecksum() throws {
        var bytes = try Self.bytes()
        bytes[bytes.count / 3] ^= 0x08
        let error = try #require(throws: ModelFileError.self) { _ = try NeuralModel(bytes: bytes, path: "bad.model") }
        #expect(error.description.hasPrefix("bad.model: "))
        #expect(error.description.contains("checksum"))
    }

    @Test func thePerceptronsFileIsNotTakenForTheNeuralOne() throws {
        let perceptron = [UInt8](try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Sources/EntityTagging/Resources/ner.model")))
        let error = try #require(throws: ModelFileError.self) { _ = try NeuralModel(bytes: perceptron, path: "ner.model") }
        #expect(error.description.contains("magic 'BYLINENN'"))
    }

    @Test func anotherVersionIsRefusedWithHowToRemakeIt() throws {
        var bytes = try Self.bytes()
        let version = NeuralModel.format.magic.count
        withUnsafeBytes(of: UInt32(7).littleEndian) { bytes.replaceSubrange(version..<version + 4, with: $0) }
        ModelFileTests.seal(&bytes)
        let error = try #require(throws: ModelFileError.self) { _ = try NeuralModel(bytes: bytes, path: "new.model") }
        #expect(error.description.contains("format version 7"))
        #expect(error.description.contains("scripts/train-ner-neural.py"))
    }

    /// A shape that does not fit the sections (here 16 hidden units fewer) is an error, not a
    /// read past a section's end or a network of the wrong size; a hidden size that is no
    /// multiple of the SIMD width is refused as a shape.
    @Test func aShapeThatDoesNotFitTheSectionsIsRefused() throws {
        var bytes = try Self.bytes()
        let conf = try #require((0..<bytes.count - 4).first { Array(bytes[$0..<$0 + 4]) == Array("CONF".utf8) })
        let hidden = conf + 4 + 8 + 6 * 4
        bytes[hidden] -= 16
        ModelFileTests.seal(&bytes)
        let error = try #require(throws: ModelFileError.self) { _ = try NeuralModel(bytes: bytes, path: "shape.model") }
        #expect(error.description.contains("section LSTM is longer than its shape says"), "\(error)")
        bytes[hidden] += 1
        ModelFileTests.seal(&bytes)
        let odd = try #require(throws: ModelFileError.self) { _ = try NeuralModel(bytes: bytes, path: "shape.model") }
        #expect(odd.description.contains("unsupported shape"), "\(odd)")
    }
}
