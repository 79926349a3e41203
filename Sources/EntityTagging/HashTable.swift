import BylineCore

/// A read-only open-addressing hash table from 64-bit keys to 64-bit values, for the name
/// lists and word clusters the tagger looks up per token. Zero keys are remapped so that zero
/// marks an empty slot.
struct HashTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt64]
    private let mask: Int
    /// The entries, in the order they were given (what the model file stores).
    let entries: [(key: UInt64, value: UInt64)]

    /// Entries with equal keys are merged with `merge` (bitwise or by default).
    init(_ entries: [(key: UInt64, value: UInt64)], merge: (UInt64, UInt64) -> UInt64 = { $0 | $1 }) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt64](repeating: 0, count: capacity)
        var unique: [(key: UInt64, value: UInt64)] = []
        unique.reserveCapacity(entries.count)
        var slots: [Int] = []
        slots.reserveCapacity(entries.count)
        for (key, value) in entries {
            let stored = Self.stored(key)
            var slot = Int(truncatingIfNeeded: stored) & (capacity - 1)
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & (capacity - 1) }
            if keys[slot] == stored {
                values[slot] = merge(values[slot], value)
            } else {
                keys[slot] = stored
                values[slot] = value
                slots.append(slot)
                unique.append((key, value))
            }
        }
        self.keys = keys
        self.values = values
        self.mask = capacity - 1
        self.entries = zip(unique, slots).map { ($0.0.key, values[$0.1]) }
    }

    @inline(__always)
    func value(_ key: UInt64) -> UInt64? {
        let stored = Self.stored(key)
        var slot = Int(truncatingIfNeeded: stored) & mask
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 {
        // The low bits pick the slot: mix them so FNV's weak low bits do not cluster.
        let mixed = ByteHash.combine(key, 0)
        return mixed == 0 ? 1 : mixed
    }
}
