/// 64-bit hashing of bytes without building a string: FNV-1a for words (the entity tagger's
/// features, the number stage's lexicon, model checksums) and SplitMix64's finalizer to mix
/// values together.
public enum ByteHash {
    /// FNV-1a's offset basis: the hash of no bytes.
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step for one byte.
    @inlinable @inline(__always)
    public static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// FNV-1a of bytes, ASCII letters folded to lowercase when `lowercased`.
    @inlinable @inline(__always)
    public static func bytes<C: Collection<UInt8>>(_ bytes: C, lowercased: Bool = false) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = add(hash, lowercased ? asciiLower(byte) : byte) }
        return hash
    }

    /// Combines two values into one well-mixed hash.
    @inlinable @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize(a &+ 0x9E37_79B9_7F4A_7C15 &* (b &+ 1))
    }

    /// SplitMix64's output function: every input bit moves about half the output bits.
    @inlinable @inline(__always)
    public static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable @inline(__always)
    public static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
