/// Count, mean, spread and extremes of a list of scores in one pass (Welford's update, so a long
/// list of close scores keeps its digits).
struct SampleMoments {
    private(set) var count = 0
    private(set) var mean = 0.0
    /// Σ (x − mean)².
    private(set) var squaredDeviations = 0.0
    private(set) var lowest = Double.infinity
    private(set) var highest = -Double.infinity

    init() {}

    init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squaredDeviations += delta * (value - mean)
        lowest = min(lowest, value)
        highest = max(highest, value)
    }

    /// Sample standard deviation (divisor n − 1); nil below two values.
    var standardDeviation: Double? {
        count >= 2 ? (squaredDeviations / Double(count - 1)).squareRoot() : nil
    }
}
