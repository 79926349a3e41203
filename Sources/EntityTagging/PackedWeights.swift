/// The quantized weights as the tagger reads them: only the rows with a nonzero weight, found
/// through a rank bitmap over the hashed row numbers.
///
/// Features hash to one of 2^20 rows, but a trained model leaves most rows all zero (the shipped
/// one keeps 55,272). A dense table of every row is 35 MB read at random, so each feature costs
/// a miss to memory; the stored rows alone are under 2 MB and the bitmap 256 KB, which stay in
/// the caches. A feature whose row is not stored costs only its bitmap bit.
///
/// A stored row is split in two: the weights of the 16 entity tags fill 32 bytes on a 32-byte
/// boundary, so one row is one aligned load that never straddles two cache lines, and the weight
/// of O is kept in a column of its own (110 KB).
struct PackedWeights: @unchecked Sendable {
    /// Per 64 hashed rows: which of them are stored, and how many stored rows come before them.
    private struct Block {
        var stored: UInt64 = 0
        var rank: UInt32 = 0
    }

    typealias EntityLanes = SIMD16<Int16>

    let rowBits: Int
    private let blocks: [Block]
    private let outside: [Int16]
    private let storage: Storage
    /// How many rows are stored.
    var count: Int { outside.count - 1 }

    /// The rows given as `rows` (strictly ascending row numbers) and their weights, `BILOU.count`
    /// per row in `values`; returns nil if a row number is out of range or out of order.
    init?(rowBits: Int, rows: [UInt32], values: [Int16]) {
        precondition(values.count == rows.count * BILOU.count)
        let rowCount = 1 << rowBits
        var blocks = [Block](repeating: Block(), count: (rowCount + 63) / 64)
        // One more row, all zero, for the rows that are not stored.
        var outside = [Int16](repeating: 0, count: rows.count + 1)
        let storage = Storage(count: rows.count + 1)
        var previous = -1
        for (index, row) in rows.enumerated() {
            let number = Int(row)
            guard number > previous, number < rowCount else { return nil }
            previous = number
            blocks[number >> 6].stored |= 1 << UInt64(number & 63)
            let base = index * BILOU.count
            outside[index] = values[base]
            // The 16 entity weights follow O's in the row: one copy, not 16 lane stores.
            values.withUnsafeBytes { values in
                UnsafeMutableRawPointer(storage.lanes + index).copyMemory(
                    from: values.baseAddress! + (base + 1) * MemoryLayout<Int16>.stride, byteCount: MemoryLayout<EntityLanes>.size)
            }
        }
        var rank: UInt32 = 0
        for block in blocks.indices {
            blocks[block].rank = rank
            rank += UInt32(blocks[block].stored.nonzeroBitCount)
        }
        self.rowBits = rowBits
        self.blocks = blocks
        self.outside = outside
        self.storage = storage
    }

    /// The stored row numbers, ascending, and their weights, `BILOU.count` per row: what the
    /// model file keeps.
    func stored() -> (rows: [UInt32], values: [Int16]) {
        var rows: [UInt32] = []
        rows.reserveCapacity(count)
        var values: [Int16] = []
        values.reserveCapacity(count * BILOU.count)
        for (number, block) in blocks.enumerated() {
            var bits = block.stored
            while bits != 0 {
                let row = number * 64 + bits.trailingZeroBitCount
                bits &= bits - 1
                let index = rows.count
                rows.append(UInt32(row))
                values.append(outside[index])
                let lanes = storage.lanes[index]
                values.append(contentsOf: lanes.indices.map { lanes[$0] })
            }
        }
        return (rows, values)
    }

    /// Where a hashed row's weights are: its index among the stored rows, or `count`, an
    /// all-zero row, when it is not stored. Without a branch: whether a feature's row is stored
    /// is unpredictable, and a mispredicted branch would stop the loads of the next features
    /// from overlapping with this one's.
    @inline(__always)
    private func slot(ofRow row: Int) -> Int {
        let block = blocks.withUnsafeBufferPointer { $0[row &>> 6] }
        let bit = UInt64(1) &<< UInt64(row & 63)
        let rank = Int(block.rank) &+ (block.stored & (bit &- 1)).nonzeroBitCount
        return block.stored & bit != 0 ? rank : count
    }

    /// Sets `scores[tag]` to the sum of the rows' weights for each tag.
    @inline(__always)
    func score(rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: rows.count) { slots in
            for (index, row) in rows.enumerated() { slots[index] = Int32(truncatingIfNeeded: slot(ofRow: row)) }
            sum(slots: UnsafeBufferPointer(slots), into: scores)
        }
    }

    /// The scores of every token of a sentence (see `TagScorer`). All the rows' slots are found
    /// first, so the bitmap's loads overlap; then each token's rows are summed.
    func score(sentenceRows rows: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: rows.count) { slots in
            for (index, row) in rows.enumerated() { slots[index] = Int32(truncatingIfNeeded: slot(ofRow: row)) }
            var start = 0
            for (position, end) in ends.enumerated() {
                sum(slots: UnsafeBufferPointer(rebasing: slots[start..<end]), into: scores + position * BILOU.count)
                start = end
            }
        }
    }

    /// The sums of stored rows, exact: the sums of Int16 weights over a token's features stay
    /// far below 2^24, where Float stops holding every integer.
    @inline(__always)
    private func sum(slots: UnsafeBufferPointer<Int32>, into scores: UnsafeMutablePointer<Float>) {
        var entities = SIMD16<Int32>()
        var outsideSum: Int32 = 0
        outside.withUnsafeBufferPointer { outside in
            let lanes = storage.lanes
            for slot in slots {
                outsideSum &+= Int32(outside[Int(slot)])
                entities &+= SIMD16<Int32>(truncatingIfNeeded: lanes[Int(slot)])
            }
        }
        scores[0] = Float(outsideSum)
        UnsafeMutableRawPointer(scores + 1).storeBytes(of: SIMD16<Float>(entities), as: SIMD16<Float>.self)
    }

    /// The entity lanes, 64-byte aligned, freed with the last copy of the table.
    private final class Storage {
        let lanes: UnsafeMutablePointer<EntityLanes>

        init(count: Int) {
            lanes = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<EntityLanes>.stride, alignment: 64)
                .bindMemory(to: EntityLanes.self, capacity: count)
            lanes.initialize(repeating: EntityLanes(), count: count)
        }

        deinit { lanes.deallocate() }
    }
}
