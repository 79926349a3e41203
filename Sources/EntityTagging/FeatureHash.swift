/// 64-bit hashing of token bytes and feature values: how features become weight-table rows
/// without building a string per feature.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step for one byte.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// FNV-1a of bytes, ASCII letters folded to lowercase when `lowercased`.
    @inline(__always)
    static func bytes<C: Collection<UInt8>>(_ bytes: C, lowercased: Bool = false) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = add(hash, lowercased ? asciiLower(byte) : byte) }
        return hash
    }

    /// Combines two values into one well-mixed hash (SplitMix64's finalizer over their mix).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &* (b &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
