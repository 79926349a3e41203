import ArgumentParser

@main
struct BylineBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-benchmark",
        abstract: "Measurements behind the figures in Byline's README.",
        subcommands: [Stages.self, Cores.self, Throughput.self, Scaling.self, GoldenRules.self, Corpus.self])
}
