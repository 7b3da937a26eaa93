/// SplitMix64: a tiny 64-bit generator, used here to expand one seed into xoshiro256**'s state.
///
/// ```swift
/// var generator = SplitMix64(seed: 0x1a2b3c4d5e6f7531)
/// generator.next()   // 0x4141302768c9e9d0
/// ```
///
/// Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators", OOPSLA; the
/// constants are those of Vigna's reference `splitmix64.c` (prng.di.unimi.it). Only wrapping
/// integer arithmetic, so the sequence is the same on every platform and Swift version.
public struct SplitMix64: RandomNumberGenerator, Equatable, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
