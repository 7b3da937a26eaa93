/// SplitMix64: a tiny seeded 64-bit generator, the same sequence on every platform, used for
/// seeded demo data, synthetic benchmarks, property tests and to expand one seed into the state
/// of xoshiro256** (QA sampling).
///
/// ```swift
/// var generator = SplitMix64(seed: 0x1a2b3c4d5e6f7531)
/// generator.next()   // 0x4141302768c9e9d0
/// ```
///
/// Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators", OOPSLA; the
/// constants are those of Vigna's reference `splitmix64.c` (prng.di.unimi.it). Only wrapping
/// integer arithmetic, so the sequence is the same on every platform and Swift version.
///
/// The standard library's `Int.random(in:using:)` and `shuffled(using:)` accept this generator,
/// but their algorithms are not promised to stay the same across Swift versions; ``below(_:)`` is.
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

    /// `next() % bound`: a number in `0..<bound`, 0 when `bound` is 0 or less.
    ///
    /// Plain modulo reduction, slightly biased for bounds that do not divide 2⁶⁴; kept as it is
    /// because seeded demo data and tests are drawn with it.
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
