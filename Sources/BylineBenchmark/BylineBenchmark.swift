import ArgumentParser

@main
struct BylineBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-benchmark",
        abstract: "Measurements behind the figures in Byline's README.",
        subcommands: [Throughput.self, GoldenRules.self, Stages.self, Cores.self])
}
