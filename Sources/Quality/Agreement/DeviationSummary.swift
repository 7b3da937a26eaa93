/// How far a set of scores lies from the benchmark's: deviation = score − benchmark score.
public struct DeviationSummary: Equatable, Sendable {
    /// Scores compared with a benchmark score.
    public let comparisons: Int
    /// Leniency: the mean signed deviation. Positive = scores above the benchmark (more lenient),
    /// negative = below (stricter).
    public let meanDeviation: Double
    /// Mean absolute deviation: how far off, whichever direction.
    public let meanAbsoluteDeviation: Double

    public init(comparisons: Int, meanDeviation: Double, meanAbsoluteDeviation: Double) {
        self.comparisons = comparisons
        self.meanDeviation = meanDeviation
        self.meanAbsoluteDeviation = meanAbsoluteDeviation
    }
}

/// Sums deviations, then yields a ``DeviationSummary`` (nil when nothing was compared).
struct DeviationAccumulator {
    private var count = 0
    private var signed = 0.0
    private var absolute = 0.0

    mutating func add(_ deviation: Double) {
        count += 1
        signed += deviation
        absolute += abs(deviation)
    }

    var summary: DeviationSummary? {
        count > 0 ? DeviationSummary(comparisons: count, meanDeviation: signed / Double(count),
                                     meanAbsoluteDeviation: absolute / Double(count)) : nil
    }
}
