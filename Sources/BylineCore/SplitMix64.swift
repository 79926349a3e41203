/// A tiny seeded generator (SplitMix64, Steele et al. 2014): the same values on every run,
/// machine and Swift version (the standard library's generator is neither seeded nor
/// specified). The entity trainer's shuffle and the randomized tests draw from it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return ByteHash.finalize(state)
    }
}
