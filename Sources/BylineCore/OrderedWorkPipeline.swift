import Foundation

/// Runs a transform over a stream of inputs on several threads and hands the results back on
/// the calling thread in input order, with a fixed number of inputs in flight.
///
/// Workers take the next input (one at a time, so the input iterator need not be thread-safe),
/// transform it, and leave the result in a reorder buffer; the calling thread consumes results
/// in input order as soon as the next one is there. An input counts as in flight from the moment
/// it is taken until its result is consumed, and at most `capacity` are: memory holds that many
/// inputs and results, whatever the length of the stream, and a slow consumer holds the readers
/// back. A transform that throws fails its own input only; the consumer gets the error in that
/// input's place and the others go on.
public struct OrderedWorkPipeline: Sendable {
    public let workers: Int
    public let capacity: Int

    /// - Parameters:
    ///   - workers: threads that take and transform inputs (the cores, for work that computes).
    ///   - capacity: inputs in flight at most; at least `workers` keeps every worker busy, a few
    ///     times that lets fast inputs flow past a slow one.
    public init(workers: Int, capacity: Int) {
        precondition(workers >= 1 && capacity >= 1, "a pipeline needs a worker and room for an input")
        self.workers = workers
        self.capacity = capacity
    }

    /// Transforms every input of `inputs` and calls `consume` with each result in input order.
    /// Returns when every input has been consumed.
    ///
    /// `inputs.next()` is called from the worker threads, never two at once; a blocking `next()`
    /// (a line from standard input) keeps no finished result from being consumed.
    public func run<Inputs: IteratorProtocol, Output>(
        _ inputs: sending Inputs,
        transform: @escaping @Sendable (Inputs.Element) throws -> Output,
        consume: (Result<Output, any Error>) -> Void
    ) {
        let shared = SharedState<Inputs, Output>(inputs: inputs, capacity: capacity, workers: workers)
        for _ in 0..<workers {
            let thread = Thread { shared.work(transform) }
            thread.start()
        }
        shared.consumeInOrder(consume)
    }
}

/// What the workers and the consumer share; each field is guarded as its comment says.
private final class SharedState<Inputs: IteratorProtocol, Output>: @unchecked Sendable {
    /// Guards `inputs`, `taken` and `exhausted`: taking an input is separate from handing in a
    /// result, so a worker blocked in `next()` delays no one but the other readers.
    private let inputLock = NSLock()
    private var inputs: Inputs
    private var taken = 0
    private var exhausted = false

    /// One permit per input that may be in flight; the consumer gives a permit back per result.
    private let slots: DispatchSemaphore

    /// Guards `finished` and `runningWorkers`; signalled when either changes.
    private let results = NSCondition()
    private var finished: [Int: Result<Output, any Error>] = [:]
    private var runningWorkers: Int

    init(inputs: Inputs, capacity: Int, workers: Int) {
        self.inputs = inputs
        self.slots = DispatchSemaphore(value: capacity)
        self.runningWorkers = workers
    }

    func work(_ transform: (Inputs.Element) throws -> Output) {
        while let (index, input) = take() {
            let result = Result { try transform(input) }
            results.lock()
            finished[index] = result
            results.signal()
            results.unlock()
        }
        results.lock()
        runningWorkers -= 1
        results.signal()
        results.unlock()
    }

    /// The next input and its position, after waiting for room; nil when the inputs are done.
    private func take() -> (Int, Inputs.Element)? {
        slots.wait()
        inputLock.lock()
        defer { inputLock.unlock() }
        guard !exhausted, let input = inputs.next() else {
            exhausted = true
            slots.signal()
            return nil
        }
        taken += 1
        return (taken - 1, input)
    }

    func consumeInOrder(_ consume: (Result<Output, any Error>) -> Void) {
        var next = 0
        while true {
            results.lock()
            while finished[next] == nil && runningWorkers > 0 { results.wait() }
            // With every worker gone, every input taken is in `finished`: none at `next` means the end.
            guard let result = finished.removeValue(forKey: next) else {
                results.unlock()
                return
            }
            results.unlock()
            consume(result)
            slots.signal()
            next += 1
        }
    }
}
