import BylineCore

/// A read-only open-addressing hash table from 64-bit keys to 64-bit values, for the name
/// lists and word clusters the tagger looks up per token. Zero keys are remapped so that zero
/// marks an empty slot. A key and its value share a slot, so a look-up that finds its key
/// costs one cache miss, not two.
struct HashTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var value: UInt64 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    /// The entries, in the order they were given (what the model file stores).
    let entries: [(key: UInt64, value: UInt64)]

    /// Entries with equal keys are merged with `merge` (bitwise or by default).
    init(_ entries: [(key: UInt64, value: UInt64)], merge: (UInt64, UInt64) -> UInt64 = { $0 | $1 }) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var unique: [(key: UInt64, value: UInt64)] = []
        unique.reserveCapacity(entries.count)
        var uniqueSlots: [Int] = []
        uniqueSlots.reserveCapacity(entries.count)
        for (key, value) in entries {
            let stored = Self.stored(key)
            var slot = Int(truncatingIfNeeded: stored) & (capacity - 1)
            while slots[slot].key != 0 && slots[slot].key != stored { slot = (slot + 1) & (capacity - 1) }
            if slots[slot].key == stored {
                slots[slot].value = merge(slots[slot].value, value)
            } else {
                slots[slot] = Slot(key: stored, value: value)
                uniqueSlots.append(slot)
                unique.append((key, value))
            }
        }
        self.slots = slots
        self.mask = capacity - 1
        self.entries = zip(unique, uniqueSlots).map { ($0.0.key, slots[$0.1].value) }
    }

    @inline(__always)
    func value(_ key: UInt64) -> UInt64? {
        let stored = Self.stored(key)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: stored) & mask
            while true {
                let found = slots[slot]
                if found.key == stored { return found.value }
                if found.key == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 {
        // The low bits pick the slot: mix them so FNV's weak low bits do not cluster.
        let mixed = ByteHash.combine(key, 0)
        return mixed == 0 ? 1 : mixed
    }
}
