/// An agent's mean QA score with a Student t confidence interval, flagged when the sample is too
/// small to trust.
///
/// ```swift
/// let result = try ScoreMeanInterval(scores: [82, 90, 75, 88, 95])
/// result.mean        // 86
/// result.interval    // 76.4…95.6 at 95 % (t = 2.776 with 4 degrees of freedom)
/// result.warning     // nil: 5 evaluations meet the default minimum of 5
/// ```
///
/// mean ± t_{(1 + c)/2, n − 1} · s/√n, with s the sample standard deviation (divisor n − 1) and
/// c the confidence level; the interval is then clamped to the score scale (0…100 by default),
/// since no mean can leave it. One score has no interval (nothing measures its spread).
public struct ScoreMeanInterval: Equatable, Sendable {
    /// n: evaluations averaged.
    public let count: Int
    public let mean: Double
    /// s; nil for a single score.
    public let standardDeviation: Double?
    /// c, e.g. 0.95.
    public let confidence: Double
    /// t · s/√n before clamping; nil for a single score.
    public let marginOfError: Double?
    /// The confidence interval clamped to the scale; nil for a single score.
    public let interval: ClosedRange<Double>?
    /// The sample size below which ``warning`` is set.
    public let minimumSample: Int

    /// Set when n is below ``minimumSample``.
    public var warning: SampleSizeWarning? {
        count < minimumSample ? .belowMinimumSample(count: count, minimum: minimumSample) : nil
    }

    /// - Parameters:
    ///   - scores: the agent's evaluation scores, each within `scale`.
    ///   - confidence: two-sided confidence level, strictly between 0 and 1.
    ///   - minimumSample: fewer evaluations than this raise ``warning`` (at least 1).
    ///   - scale: the score scale; the interval never leaves it.
    public init(scores: [Double], confidence: Double = 0.95, minimumSample: Int = 5,
                scale: ClosedRange<Double> = 0...100) throws(SamplingError) {
        guard confidence > 0, confidence < 1 else {
            throw .invalidParameter(name: "confidence", value: "\(confidence)",
                                    requirement: "must lie strictly between 0 and 1 (e.g. 0.95)")
        }
        guard minimumSample >= 1 else {
            throw .invalidParameter(name: "minimum sample", value: "\(minimumSample)", requirement: "must be at least 1")
        }
        guard !scores.isEmpty else { throw .noScores }
        for (index, score) in scores.enumerated() where !(score.isFinite && scale.contains(score)) {
            throw .scoreOutsideScale(position: index + 1, value: score, scale: scale)
        }

        let moments = SampleMoments(scores)
        self.count = moments.count
        self.mean = moments.mean
        self.standardDeviation = moments.standardDeviation
        self.confidence = confidence
        self.minimumSample = minimumSample
        if let deviation = moments.standardDeviation {
            let n = Double(moments.count)
            let t = StudentTDistribution.quantile((1 + confidence) / 2, degreesOfFreedom: n - 1)
            let margin = t * deviation / n.squareRoot()
            self.marginOfError = margin
            let lower = min(max(moments.mean - margin, scale.lowerBound), scale.upperBound)
            self.interval = lower ... max(min(moments.mean + margin, scale.upperBound), lower)
        } else {
            self.marginOfError = nil
            self.interval = nil
        }
    }
}
