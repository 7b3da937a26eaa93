/// One interaction's scores for one criterion (or the overall score): the benchmark, how far each
/// rater was from it, and how widely the panel spread.
public struct ItemCalibration: Equatable, Sendable {
    public let interactionId: String
    /// The benchmark rater's score; nil when the benchmark marked it N/A.
    public let benchmark: Double?
    /// Each other rater who scored it, by rater id; empty when the benchmark has no score.
    public let deviations: [RaterDeviation]
    /// Mean |score − benchmark| over ``deviations``; nil when there are none.
    public let meanAbsoluteDeviation: Double?
    /// Scores given, the benchmark's included.
    public let scoreCount: Int
    /// Sample standard deviation (divisor n − 1) of all raters' scores, the benchmark's
    /// included; nil below two scores.
    public let standardDeviation: Double?
    public let lowest: Double?
    public let highest: Double?

    /// highest − lowest; nil when nobody scored it.
    public var range: Double? {
        guard let lowest, let highest else { return nil }
        return highest - lowest
    }

    init(interactionId: String, benchmark: Double?, scores: [(raterId: String, score: Double)],
         benchmarkRaterId: String) {
        let moments = SampleMoments(scores.map(\.score))
        var deviations: [RaterDeviation] = []
        if let benchmark {
            deviations = scores
                .filter { $0.raterId != benchmarkRaterId }
                .map { RaterDeviation(raterId: $0.raterId, score: $0.score, deviation: $0.score - benchmark) }
        }
        self.interactionId = interactionId
        self.benchmark = benchmark
        self.deviations = deviations
        self.meanAbsoluteDeviation = deviations.isEmpty
            ? nil : deviations.reduce(0) { $0 + abs($1.deviation) } / Double(deviations.count)
        self.scoreCount = moments.count
        self.standardDeviation = moments.standardDeviation
        self.lowest = moments.count > 0 ? moments.lowest : nil
        self.highest = moments.count > 0 ? moments.highest : nil
    }
}
