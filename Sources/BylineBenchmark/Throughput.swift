import ArgumentParser
import Byline
import Foundation
import Segmentation

/// Throughput of normalization + sentences + tokens on one core, beside a bare ICU
/// sentence-break loop over the same bytes, and the process's peak memory.
struct Throughput: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure normalize + split + tokenize throughput on news text (build with -c release).")

    @Option(help: "CoNLL-2003 files whose documents, written back as news text, make the corpus with the seeds.")
    var conll: [String] = NewsCorpus.defaultCoNLL

    @Option(help: "Timed runs; the fastest is reported.")
    var runs = 5

    func run() throws {
        let corpus = try NewsCorpus.articles(conll: conll)
        let bytes = corpus.reduce(0) { $0 + $1.utf8.count }
        print("corpus: \(NewsCorpus.describe(corpus))")

        let icu = try ICUBreakIterator(kind: .sentence, locale: "en@ss=standard")
        var boundaries = 0
        let icuSeconds = try Timing.fastest(runs) {
            boundaries = 0
            for var text in corpus {
                try text.withUTF8 { try icu.forEachBoundary(in: $0) { _ in boundaries += 1 } }
            }
        }

        let stages: [any Stage] = [Normalizer(), try SentenceSplitter(), Tokenizer()]
        let pipeline = try Pipeline(stages: stages)
        var tokens = 0, sentences = 0
        let pipelineSeconds = try Timing.fastest(runs) {
            tokens = 0
            sentences = 0
            for text in corpus {
                var document = Document(id: "", source: text)
                try pipeline.run(&document)
                tokens += document.tokens.count
                sentences += document.sentences.count
            }
        }

        func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / 1e6 / seconds) }
        print("bare ICU sentence breaks:        \(rate(icuSeconds))  (\(boundaries) boundaries, \(String(format: "%.3f", icuSeconds)) s)")
        print("normalize + sentences + tokens:  \(rate(pipelineSeconds)), \(Int(Double(tokens) / pipelineSeconds)) tokens/s  (\(sentences) sentences, \(tokens) tokens, \(String(format: "%.3f", pipelineSeconds)) s)")
        print("peak memory (max RSS):           \(PeakMemory.megabytes()) MB")
    }

}

enum PeakMemory {
    static func megabytes() -> Int { kilobytes() / 1024 }

    static func kilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss  // kilobytes on Linux
    }
}
