import ArgumentParser
import Byline
import Foundation

/// Seconds per MB of each stage and of the whole pipeline on one document of growing size:
/// a flat curve means every stage is linear in the document's length.
struct Scaling: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Seconds per MB of each stage on one document of 10 KB to 100 MB (build with -c release).",
        discussion: """
            Each size is one document: whole seed articles (or CoNLL-2003 documents rebuilt as
            text) repeated, a blank line apart, until it reaches the size. Each size runs in a
            fresh child process, so its peak memory (max RSS) is its own: "bytes/byte" is that
            peak, less the process's size once the model is loaded, per byte of text, taken
            while the whole pipeline runs (before the stages run alone). Times are on one core,
            the fastest of --runs; each stage alone starts from the output of the stages before
            it, made untimed. The default sizes take about two minutes with 3 runs; 100M takes
            about 4 minutes and 3.5 GB a run.
            """)

    enum Source: String, ExpressibleByArgument, CaseIterable {
        case seeds, conll
    }

    @Option(help: "Document sizes in bytes, comma-separated, with K (10^3) or M (10^6).")
    var sizes = "10K,100K,1M,10M"

    @Option(help: "Timed runs of each stage at each size; the fastest is reported (the first pays for fresh memory).")
    var runs = 3

    @Option(help: "What the documents repeat: \(Source.allCases.map(\.rawValue).joined(separator: " or ")).")
    var source: Source = .seeds

    @Option(help: "The seed articles (for --source seeds), from the package root.")
    var seeds = "seeds"

    @Option(help: "The CoNLL-2003 file (for --source conll).")
    var conll = "../shared/data/conll2003/train.txt"

    @Option(help: ArgumentHelp("Measure one document of this many bytes in this process and print its figures.",
                               visibility: .private))
    var child: Int?

    func run() throws {
        if let child {
            print(try Measurement(text: try text(bytes: child), runs: runs).line)
            return
        }
        let sizes = try self.sizes.split(separator: ",").map(Self.bytes)
        print("source: \(source == .seeds ? "\(seeds)/*.txt repeated" : "\(conll) documents written back as news text, joined by blank lines"); seconds per MB on one core, fastest of \(runs)")
        print(Measurement.header)
        for size in sizes {
            print(try measureInChild(bytes: size).row)
        }
    }

    /// "10K" → 10_000, "1M" → 1_000_000.
    static func bytes(_ size: Substring) throws -> Int {
        let factor = size.hasSuffix("K") ? 1_000 : size.hasSuffix("M") ? 1_000_000 : 1
        guard let number = Double(factor == 1 ? size : size.dropLast()), number > 0 else {
            throw ValidationError("bad size '\(size)': write a number of bytes, with K or M")
        }
        return Int(number * Double(factor))
    }

    /// Whole source documents, a blank line apart, until the text holds `bytes`.
    func text(bytes: Int) throws -> String {
        let documents: [String]
        switch source {
        case .seeds:
            let files = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
            documents = try files.map { try String(contentsOfFile: "\(seeds)/\($0)", encoding: .utf8) }
        case .conll:
            documents = try NewsCorpus.documents(fromCoNLL: conll).map(Detokenizer.article)
        }
        let pieces = documents.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" }.filter { $0.count > 2 }
        guard !pieces.isEmpty else { throw ValidationError("no documents in \(source == .seeds ? seeds : conll)") }
        var text = "", index = 0
        while text.utf8.count < bytes {
            text += pieces[index % pieces.count]
            index += 1
        }
        return text
    }

    private func measureInChild(bytes: Int) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["scaling", "--child", String(bytes), "--runs", String(runs), "--source", source.rawValue, "--seeds", seeds, "--conll", conll]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let measurement = Measurement(line: String(decoding: data, as: UTF8.self)) else {
            throw ValidationError("the measurement of \(bytes) bytes failed (status \(process.terminationStatus))")
        }
        return measurement
    }
}

/// One document's figures: its size, the seconds of each stage alone, of writing JSON Lines
/// and of the whole pipeline, and the memory.
struct Measurement {
    static let columns = ["normalize", "sentences", "tokens", "entities", "numbers", "quotes", "jsonl", "pipeline"]

    var bytes: Int
    var seconds: [Double]
    /// Max RSS once the model was loaded, and after the whole pipeline ran (kilobytes).
    var baseKilobytes: Int
    var peakKilobytes: Int

    init(text: String, runs: Int) throws {
        let model = try EntityTaggerKind.fast.recognizer()
        baseKilobytes = PeakMemory.kilobytes()
        bytes = text.utf8.count
        let annotator = try Annotator(entityModel: model)
        let pipeline = try Timing.fastest(runs) { _ = try annotator.annotate(text) }
        peakKilobytes = PeakMemory.kilobytes()

        var document = Document(id: "scaling", source: text)
        seconds = try annotator.stages.map { stage in
            var output = document
            let seconds = try Timing.fastest(runs) {
                output = document
                try stage.process(&output)
            }
            document = output
            document.layers.formUnion(stage.produces)
            return seconds
        }
        let writer = OutputFormat.jsonl.makeWriter()
        seconds.append(try Timing.fastest(runs) {
            var written = ""
            writer.write(document, into: &written)
        })
        seconds.append(pipeline)
    }

    /// The line a child prints: bytes, memory, then seconds.
    var line: String {
        "\(bytes) \(baseKilobytes) \(peakKilobytes) " + seconds.map { String($0) }.joined(separator: " ")
    }

    init?(line: String) {
        let fields = line.split(whereSeparator: \.isWhitespace)
        guard fields.count == 3 + Self.columns.count, let bytes = Int(fields[0]), let base = Int(fields[1]),
              let peak = Int(fields[2]) else { return nil }
        let seconds = fields.dropFirst(3).compactMap { Double($0) }
        guard seconds.count == Self.columns.count else { return nil }
        (self.bytes, baseKilobytes, peakKilobytes, self.seconds) = (bytes, base, peak, seconds)
    }

    static var header: String {
        "size (MB) " + columns.map { $0.leftPadded(10) }.joined() + "   peak MB  bytes/byte"
    }

    var row: String {
        let megabytes = Double(bytes) / 1e6
        return String(format: "%9.3f ", megabytes)
            + seconds.map { String(format: "%.3f", $0 / megabytes).leftPadded(10) }.joined()
            + String(peakKilobytes / 1024).leftPadded(10)
            + String(format: "%.1f", Double(peakKilobytes - baseKilobytes) * 1024 / Double(bytes)).leftPadded(12)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
