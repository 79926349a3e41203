import BylineCore
import Foundation
import Synchronization
import Testing

/// Counts inputs taken and results consumed, to check the in-flight bound from inside `next()`.
private final class FlightLog: Sendable {
    struct Counts { var taken = 0, consumed = 0, mostInFlight = 0 }
    let counts = Mutex(Counts())

    func take() {
        counts.withLock {
            $0.taken += 1
            $0.mostInFlight = max($0.mostInFlight, $0.taken - $0.consumed)
        }
    }

    func consume() { counts.withLock { $0.consumed += 1 } }
}

/// The numbers 0..<count, logging each one taken.
private struct LoggedNumbers: IteratorProtocol {
    let count: Int
    let log: FlightLog
    var upcoming = 0

    mutating func next() -> Int? {
        guard upcoming < count else { return nil }
        log.take()
        upcoming += 1
        return upcoming - 1
    }
}

@Suite struct OrderedWorkPipelineTests {
    struct Odd: Error, Equatable { var number: Int }

    /// Work whose length varies with the input, so later inputs often finish first.
    static func uneven(_ number: Int) -> Int {
        var generator = SplitMix64(seed: UInt64(number))
        usleep(UInt32(generator.next() % 2_000))
        return number * number
    }

    @Test(arguments: [1, 2, 5])
    func resultsComeInInputOrder(workers: Int) {
        var results: [Int] = []
        OrderedWorkPipeline(workers: workers, capacity: 3 * workers).run((0..<200).makeIterator()) {
            Self.uneven($0)
        } consume: { results.append(try! $0.get()) }
        #expect(results == (0..<200).map { $0 * $0 })
    }

    @Test(arguments: [1, 3, 8])
    func noMoreThanTheCapacityIsInFlight(capacity: Int) {
        let log = FlightLog()
        var consumed = 0
        OrderedWorkPipeline(workers: 4, capacity: capacity).run(LoggedNumbers(count: 300, log: log)) {
            Self.uneven($0)
        } consume: { _ in
            log.consume()
            consumed += 1
        }
        #expect(consumed == 300)
        let most = log.counts.withLock { $0.mostInFlight }
        #expect(most <= capacity)
        #expect(most >= 1)
    }

    @Test func aFailingInputFailsAloneInItsPlace() {
        var outcomes: [Result<Int, Odd>] = []
        OrderedWorkPipeline(workers: 3, capacity: 6).run((0..<50).makeIterator()) { number in
            if number % 7 == 3 { throw Odd(number: number) }
            return Self.uneven(number)
        } consume: { outcomes.append($0.mapError { $0 as! Odd }) }
        #expect(outcomes.count == 50)
        for (number, outcome) in outcomes.enumerated() {
            #expect(outcome == (number % 7 == 3 ? .failure(Odd(number: number)) : .success(number * number)))
        }
    }

    @Test func noInputsEndsAtOnce() {
        var consumed = 0
        OrderedWorkPipeline(workers: 2, capacity: 2).run([Int]().makeIterator()) { $0 } consume: { _ in consumed += 1 }
        #expect(consumed == 0)
    }

    /// Inputs that arrive one at a time, as lines on a pipe do: the next is there only once the
    /// result of the one before has been consumed. Would never end if a result waited for the
    /// next input.
    @Test func aResultIsConsumedWhileTheNextInputIsAwaited() {
        struct Handshake: IteratorProtocol {
            let consumedSoFar: DispatchSemaphore
            var upcoming = 0
            mutating func next() -> Int? {
                guard upcoming < 20 else { return nil }
                if upcoming > 0 { consumedSoFar.wait() }
                upcoming += 1
                return upcoming - 1
            }
        }
        let consumedSoFar = DispatchSemaphore(value: 0)
        var results: [Int] = []
        OrderedWorkPipeline(workers: 2, capacity: 4).run(Handshake(consumedSoFar: consumedSoFar)) { $0 + 1 } consume: {
            results.append(try! $0.get())
            consumedSoFar.signal()
        }
        #expect(results == Array(1...20))
    }
}
