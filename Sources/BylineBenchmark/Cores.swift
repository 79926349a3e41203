import ArgumentParser
import Byline
import Foundation

/// The batch over a directory of files with one worker and with every core: wall and CPU
/// time of each and the speed-up.
struct Cores: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the batch's speed-up on every core over one worker (build with -c release).",
        discussion: """
            Runs what `byline annotate DIR --output OUT` runs (read, annotate, write each file)
            with one worker thread, then with one per core, each the fastest of --runs, and
            prints wall time, CPU time and the ratio. With --conll and a DIR that does not exist
            yet, DIR is first filled with the CoNLL-2003 documents rebuilt as text, a file each.
            Example:
              byline-benchmark cores /tmp/conll-corpus --conll ../shared/data/conll2003/train.txt
            """)

    @Argument(help: "A directory of *.txt files (made from --conll if it does not exist).")
    var directory: String

    @Option(help: "CoNLL-2003 files whose documents become DIR's files when DIR does not exist.")
    var conll: [String] = []

    @Option(help: "Output format written.")
    var format = "conll2003"

    @Option(help: "Timed runs of each; the fastest is reported.")
    var runs = 3

    func run() throws {
        if !FileManager.default.fileExists(atPath: directory) { try makeCorpus() }
        guard let outputFormat = OutputFormat(rawValue: format) else { throw ValidationError("unknown format \(format)") }
        let annotator = try Annotator()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("byline-benchmark-cores-\(getpid())")
        defer { try? FileManager.default.removeItem(at: output) }

        func measure(workers: Int) throws -> (wall: Double, cpu: Double, files: Int, bytes: Int) {
            var best = (wall: Double.infinity, cpu: 0.0, files: 0, bytes: 0)
            for _ in 0..<max(runs, 1) {
                try? FileManager.default.removeItem(at: output)
                var batch = Batch(annotator: annotator, outputFormat: outputFormat, outputDirectory: output.path)
                batch.workers = workers
                var failures: [String] = []
                let cpuBefore = CPUTime.seconds()
                let clock = ContinuousClock(), start = clock.now
                let failed = batch.run([directory], sinks: .init(output: { _ in }, diagnostic: { failures.append($0) },
                                                                 readStandardInput: { Data() }))
                let wall = (clock.now - start).seconds
                let cpu = CPUTime.seconds() - cpuBefore
                guard failed == 0 else { throw ValidationError(failures.joined(separator: "\n")) }
                if wall < best.wall {
                    let written = try FileManager.default.subpathsOfDirectory(atPath: output.path)
                    let bytes = try InputFiles(extensions: ["txt"]).expand([directory]).inputs.reduce(0) {
                        $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int ?? 0)
                    }
                    best = (wall, cpu, written.count, bytes)
                }
            }
            return best
        }

        let one = try measure(workers: 1)
        let all = try measure(workers: cores)
        print("corpus: \(directory), \(one.files) files, \(String(format: "%.2f", Double(one.bytes) / 1e6)) MB, --format \(format)")
        func line(_ name: String, _ run: (wall: Double, cpu: Double, files: Int, bytes: Int)) {
            print("\(name.padding(toLength: 12, withPad: " ", startingAt: 0))wall \(String(format: "%.2f", run.wall)) s, "
                + "CPU \(String(format: "%.2f", run.cpu)) s, \(String(format: "%.2f", Double(run.bytes) / 1e6 / run.wall)) MB/s")
        }
        line("1 worker:", one)
        line("\(cores) workers:", all)
        print("speed-up:   \(String(format: "%.2f", one.wall / all.wall))x on \(cores) cores")
    }

    private func makeCorpus() throws {
        guard !conll.isEmpty else { throw ValidationError("\(directory) does not exist; pass --conll FILE to make it") }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let documents = try conll.flatMap { try NewsCorpus.documents(fromCoNLL: $0) }
        for (number, text) in documents.enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(String(format: "%05d.txt", number)))
        }
    }
}

/// User and system CPU time of the whole process (every thread) so far.
enum CPUTime {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
