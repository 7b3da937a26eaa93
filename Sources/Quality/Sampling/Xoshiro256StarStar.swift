import Randomness

/// xoshiro256**: the seeded generator behind QA sampling, so that a recorded seed repeats a sample
/// exactly, on any machine.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 20_261_123)
/// generator.uniform(below: 10)   // 0…9, the same on every platform
/// ```
///
/// Blackman & Vigna (2021), "Scrambled linear pseudorandom number generators", ACM Transactions
/// on Mathematical Software 47(4); reference code `xoshiro256starstar.c` (prng.di.unimi.it). The
/// 256-bit state is filled from the seed by ``SplitMix64``, as the authors advise.
///
/// Use ``uniform(below:)`` for integers in a range: it is fixed here. The standard library's
/// `Int.random(in:using:)` and `shuffled(using:)` accept this generator too, but their algorithms
/// are not promised to stay the same across Swift versions.
public struct Xoshiro256StarStar: RandomNumberGenerator, Equatable, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// State from four SplitMix64 outputs of `seed`.
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    /// State given word by word, as the reference code takes it; nil for the all-zero state,
    /// from which the generator would only ever return 0.
    public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
        guard state != (0, 0, 0, 0) else { return nil }
        (s0, s1, s2, s3) = state
    }

    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// A uniformly distributed integer in 0 ..< `bound` (`bound` ≥ 1), without modulo bias:
    /// Lemire (2019), "Fast random integer generation in an interval", ACM TOMS 29(1), Algorithm 5.
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniform(below:) needs a bound of at least 1")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            // Reject the few low words that would over-represent some results.
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    private static func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
