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
            on one core (the process pinned to it, one worker), then on every core (a worker
            each), each the fastest of --runs, and prints wall time, CPU time and the ratio. Without DIR, the benchmark news corpus
            (see `byline-benchmark corpus`) is written to a temporary directory and used.
            `byline-benchmark stages` prints the same measurement on its corpus.
            """)

    @Argument(help: "A directory of *.txt files (default: the benchmark news corpus).")
    var directory: String?

    @Option(help: "Output format written.")
    var format: OutputFormat = .jsonl

    @Option(help: "Timed runs of each; the fastest is reported.")
    var runs = 3

    func run() throws {
        let annotator = try Annotator()
        if let directory {
            try BatchSpeedUp.measure(directory: directory, format: format, runs: runs, annotator: annotator).report()
            return
        }
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("byline-benchmark-cores-corpus-\(getpid())")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try NewsCorpus.write(try NewsCorpus.articles(), to: corpus.path)
        try BatchSpeedUp.measure(directory: corpus.path, format: format, runs: runs, annotator: annotator).report()
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// The batch over a directory on one core and on every core. One core means the process
/// pinned to one CPU, not one worker thread beside a free writer thread: that is what a
/// machine with one core would do.
struct BatchSpeedUp {
    struct Run {
        var wall: Double
        var cpu: Double
    }

    var directory: String
    var format: OutputFormat
    var files: Int
    var bytes: Int
    var cores: Int
    var one: Run
    var all: Run

    static func measure(directory: String, format: OutputFormat, runs: Int, annotator: Annotator) throws -> BatchSpeedUp {
        let inputs = InputFiles(extensions: ["txt"]).expand([directory]).inputs
        let bytes = try inputs.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int ?? 0) }
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("byline-benchmark-cores-\(getpid())")
        defer { try? FileManager.default.removeItem(at: outputs) }
        var run = 0

        func fastest(cores: Int) throws -> Run {
            var best = Run(wall: .infinity, cpu: 0)
            for _ in 0..<max(runs, 1) {
                // Each run writes a new directory, and none is removed before the end: ext4 makes
                // a file created just after many were deleted pay a scan past every recently
                // freed inode (`recently_deleted`, a third of a run's time in a profile).
                run += 1
                let output = outputs.appendingPathComponent("run-\(run)")
                var batch = Batch(annotator: annotator, outputFormat: format, outputDirectory: output.path)
                batch.workers = cores
                var failures: [String] = []
                let cpuBefore = CPUTime.seconds()
                let clock = ContinuousClock(), start = clock.now
                let failed = try CPUAffinity.pinned(toFirst: cores) {
                    batch.run([directory], sinks: .init(output: { _ in }, diagnostic: { failures.append($0) },
                                                        readStandardInput: { Data() }))
                }
                let run = Run(wall: (clock.now - start).seconds, cpu: CPUTime.seconds() - cpuBefore)
                guard failed == 0 else { throw ValidationError(failures.joined(separator: "\n")) }
                if run.wall < best.wall { best = run }
            }
            return best
        }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        return BatchSpeedUp(directory: directory, format: format, files: inputs.count, bytes: bytes, cores: cores,
                            one: try fastest(cores: 1), all: try fastest(cores: cores))
    }

    func report() {
        print("batch of \(files) files, \(String(format: "%.2f", Double(bytes) / 1e6)) MB, --format \(format.rawValue) --output DIR:")
        func line(_ name: String, _ run: Run) {
            print("  \(name.padding(toLength: 11, withPad: " ", startingAt: 0))wall \(String(format: "%.2f", run.wall)) s, "
                + "CPU \(String(format: "%.2f", run.cpu)) s, \(String(format: "%.2f", Double(bytes) / 1e6 / run.wall)) MB/s")
        }
        line("1 core:", one)
        line("\(cores) cores:", all)
        print("  speed-up:  \(String(format: "%.2f", one.wall / all.wall))x on \(cores) cores")
    }
}

/// Which CPUs the calling thread, and the threads it starts, may run on (Linux).
enum CPUAffinity {
    private typealias Call = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
    /// glibc declares sched_getaffinity and sched_setaffinity only under _GNU_SOURCE, which
    /// Swift's Glibc module leaves out: they are looked up by name.
    private static func function(_ name: String) throws -> Call {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { throw ValidationError("\(name) is not available") }
        return unsafeBitCast(symbol, to: Call.self)
    }

    /// Runs `body` with the calling thread allowed on CPUs 0 to `count - 1` only; threads it
    /// starts inherit that. The thread's own set is restored after.
    static func pinned<Result>(toFirst count: Int, _ body: () throws -> Result) throws -> Result {
        let get = try function("sched_getaffinity"), set = try function("sched_setaffinity")
        var saved = cpu_set_t(), pinned = cpu_set_t()
        let size = MemoryLayout<cpu_set_t>.size
        guard get(0, size, &saved) == 0 else { throw ValidationError("sched_getaffinity: \(String(cString: strerror(errno)))") }
        withUnsafeMutableBytes(of: &pinned) { bytes in
            // CPU_SET is a C macro: CPU n is bit n of the set's bytes.
            for cpu in 0..<count { bytes[cpu / 8] |= UInt8(1 << (cpu % 8)) }
        }
        guard set(0, size, &pinned) == 0 else { throw ValidationError("sched_setaffinity: \(String(cString: strerror(errno)))") }
        defer { _ = set(0, size, &saved) }
        return try body()
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
