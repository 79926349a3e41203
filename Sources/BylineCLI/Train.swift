import ArgumentParser
import Byline
import Foundation

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model.",
        subcommands: [TrainNER.self])
}

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger on CoNLL-2003 files.",
        discussion: """
            Trains a structured averaged perceptron with Viterbi decoding over BILOU tags on the gold tags (last
            column) of --train, prints the dev F1 after each epoch, stops when dev has not
            improved for --patience epochs, and writes the best epoch's model. Without --dev it
            runs --epochs epochs and writes the last (a final model trained on the dev set too,
            with the epoch count a run with --dev chose). The same data and options always make
            the same model, bit for bit.

            Example (how the shipped model was trained, see models/README.md):
              byline train ner --train ../shared/data/conll2003/train.txt \\
                --dev ../shared/data/conll2003/valid.txt \\
                --gazetteers ../shared/data/gazetteers --clusters models/word-clusters.tsv \\
                --out Sources/EntityTagging/Resources/ner.model
            """)

    @Option(help: "Training data, CoNLL-2003 format; repeat it to train on several files together.")
    var train: [String]
    @Option(help: "Development data, CoNLL-2003 format: picks the epoch. Without it, the last of --epochs is kept.")
    var dev: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "A directory of name lists (<source>.<TYPE>.<kind>.txt, one name a line); repeat it for several.")
    var gazetteers: [String] = []
    @Option(help: "Word clusters: word<TAB>id<TAB>id... lines.") var clusters: String?
    @Option(help: "At most this many epochs (exactly this many without --dev).") var epochs = 30
    @Option(help: "Stop after this many epochs without a better dev F1.") var patience = 5
    @Option(help: "Seed of the training order.") var seed: UInt64 = 2003
    @Flag(help: "Also train on a lowercased and an all-capitals copy of every training document, with features of their own for text written in one case.")
    var recased = false
    @Option(help: "Weight table size: 2^bits feature rows.") var rowBits = 20
    @Option(help: "Feature groups to leave out, comma-separated: \(FeatureSet.names.map(\.0).joined(separator: ", ")).")
    var without: String = ""

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var options = NERTrainer.Options()
        options.maxEpochs = epochs
        options.patience = patience
        options.seed = seed
        options.rowBits = rowBits
        for name in without.split(separator: ",") {
            guard let group = FeatureSet.names.first(where: { $0.0 == name })?.1 else {
                throw ValidationError("unknown feature group '\(name)'")
            }
            options.features.remove(group)
        }
        if recased { options.features.insert(.casing) }
        let lists = try gazetteers.flatMap(Self.readLists)
        let clusterText = try clusters.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let trainer = NERTrainer(options: options, gazetteers: lists, clusters: clusterText)
        let trainDocuments = try train.flatMap { try GoldCoNLL.read($0, recased: recased) }
        let devDocuments = try dev.map { try GoldCoNLL.read($0) }
        print("training on \(trainDocuments.count) documents, \(trainDocuments.reduce(0) { $0 + $1.tokens.count }) tokens; features: \(FeatureSet.names.filter { options.features.contains($0.1) }.map(\.0).joined(separator: " "))")
        let model = trainer.train(
            train: trainDocuments, dev: devDocuments,
            description: "trained on \(train.map { ($0 as NSString).lastPathComponent }.joined(separator: " + "))\(dev.map { ", dev \(($0 as NSString).lastPathComponent)" } ?? ""), seed \(seed)",
            score: { GoldCoNLL.entityF1(gold: devDocuments ?? [], predicted: $0) },
            progress: { epoch in
                let dev = epoch.devScore.map { ", dev F1 \(NERTrainer.percent($0))" } ?? ""
                print("epoch \(epoch.number): \(epoch.trainingMistakes) training mistakes\(dev), \(String(format: "%.1f", epoch.seconds)) s")
            })
        try model.write(to: out)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        let elapsed = (clock.now - started).components.seconds
        print("\(model.description)\nwrote \(out) (\(size / 1_000_000) MB) in \(elapsed) s")
    }

    /// Every `*.txt` list in the directory, sorted by name, `#` lines skipped.
    static func readLists(_ directory: String) throws -> [(name: String, entries: [String])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let entries = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
            return (String(name.dropLast(4)), entries)
        }
    }
}

/// CoNLL-2003 files with their gold entities (the last column) as the entity layer.
enum GoldCoNLL {
    /// The file's documents; with `recased`, followed by a lowercased and an all-capitals copy
    /// of each (the words recased, the tags kept).
    static func read(_ path: String, recased: Bool = false) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let texts = recased ? [text, CoNLL2003Reader.recasing(text) { $0.lowercased() }, CoNLL2003Reader.recasing(text) { $0.uppercased() }] : [text]
        let documents = try texts.flatMap { try CoNLL2003Reader().read($0, file: path) }
        return try documents.map { document in
            var gold = document
            switch document.entitiesFromLastInputColumn() {
            case .success(let entities): gold.entities = entities
            case .failure(let error): throw ValidationError("\(document.id): \(error)")
            case nil: break
            }
            return gold
        }
    }

    /// Exact-match entity F1 (conlleval's phrase F1 for well-formed tags).
    static func entityF1(gold: [Document], predicted: [Document]) -> Double {
        var score = SpanScore()
        for (gold, predicted) in zip(gold, predicted) {
            let expected = Set(gold.entities)
            score.gold += expected.count
            score.predicted += predicted.entities.count
            score.correct += predicted.entities.filter(expected.contains).count
        }
        return score.f1
    }
}
