/// One rater's score next to the benchmark's.
public struct RaterDeviation: Equatable, Sendable {
    public let raterId: String
    public let score: Double
    /// score − benchmark score: positive = more lenient than the benchmark.
    public let deviation: Double
}
