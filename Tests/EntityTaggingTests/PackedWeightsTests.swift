import BylineCore
import Testing
@testable import EntityTagging

/// The packed weight table scores exactly as the dense table it replaces.
@Suite struct PackedWeightsTests {
    /// A sparse random table: about one row in eight stored, some of them with zero weights.
    static func randomTable(rowBits: Int, seed: UInt64) -> (rows: [UInt32], values: [Int16]) {
        var generator = SplitMix64(seed: seed)
        var rows: [UInt32] = [], values: [Int16] = []
        for row in 0..<(1 << rowBits) where generator.next() % 8 == 0 {
            rows.append(UInt32(row))
            for _ in 0..<BILOU.count { values.append(Int16(truncatingIfNeeded: generator.next())) }
        }
        return (rows, values)
    }

    @Test func scoresAreTheSumsOfTheDenseRows() throws {
        let rowBits = 10
        let table = Self.randomTable(rowBits: rowBits, seed: 7)
        let packed = try #require(PackedWeights(rowBits: rowBits, rows: table.rows, values: table.values))
        var dense = [Int](repeating: 0, count: (1 << rowBits) * BILOU.count)
        for (index, row) in table.rows.enumerated() {
            for tag in 0..<BILOU.count { dense[Int(row) * BILOU.count + tag] = Int(table.values[index * BILOU.count + tag]) }
        }
        var generator = SplitMix64(seed: 11)
        for _ in 0..<200 {
            // Any rows, stored or not, repeated or not: a token's features.
            let rows = (0..<Int(generator.next() % 60)).map { _ in Int(generator.next() % UInt64(1 << rowBits)) }
            var scores = [Float](repeating: .nan, count: BILOU.count)
            rows.withUnsafeBufferPointer { rows in
                scores.withUnsafeMutableBufferPointer { packed.score(rows: rows, into: $0.baseAddress!) }
            }
            let expected = (0..<BILOU.count).map { tag in Float(rows.reduce(0) { $0 + dense[$1 * BILOU.count + tag] }) }
            #expect(scores == expected)
        }
        #expect(packed.stored().rows == table.rows)
        #expect(packed.stored().values == table.values)
    }

    @Test func rowsOutOfOrderOrOutOfRangeAreRefused() {
        let values = [Int16](repeating: 1, count: 2 * BILOU.count)
        #expect(PackedWeights(rowBits: 8, rows: [5, 3], values: values) == nil)
        #expect(PackedWeights(rowBits: 8, rows: [3, 3], values: values) == nil)
        #expect(PackedWeights(rowBits: 8, rows: [3, 256], values: values) == nil)
        #expect(PackedWeights(rowBits: 8, rows: [3, 255], values: values) != nil)
    }
}
