/// One step of the pipeline: reads the layers it requires, adds the layers it produces.
///
/// A stage is shared by every thread that runs the pipeline, so it holds only read-only
/// resources; anything mutable (an ICU iterator) is made per call.
public protocol Stage: Sendable {
    var name: String { get }
    var requires: Set<Layer> { get }
    var produces: Set<Layer> { get }
    func process(_ document: inout Document) throws
}

/// Why a pipeline could not be assembled.
public struct PipelineError: Error, Equatable, CustomStringConvertible {
    public let stage: String
    public let missing: [Layer]

    public var description: String {
        let names = missing.map { "'\($0)'" }.joined(separator: ", ")
        return "stage '\(stage)' requires the \(names) layer\(missing.count > 1 ? "s" : ""), which no earlier stage produces"
    }
}

/// Stages in order, checked at construction so a bad order fails before any document runs.
public struct Pipeline: Sendable {
    public let stages: [any Stage]
    /// The layers available after the last stage.
    public let produces: Set<Layer>

    /// - Parameter available: layers the documents already carry (a CoNLL reader supplies
    ///   sentences and tokens, for instance).
    public init(stages: [any Stage], available: Set<Layer> = []) throws {
        var layers = available
        for stage in stages {
            let missing = stage.requires.subtracting(layers)
            guard missing.isEmpty else {
                throw PipelineError(stage: stage.name, missing: missing.sorted { $0.rawValue < $1.rawValue })
            }
            layers.formUnion(stage.produces)
        }
        self.stages = stages
        self.produces = layers
    }

    public func run(_ document: inout Document) throws {
        for stage in stages {
            try stage.process(&document)
            document.layers.formUnion(stage.produces)
        }
    }
}
