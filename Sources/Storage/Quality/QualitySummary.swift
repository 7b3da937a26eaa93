public import Quality

/// Counts and means over a set of evaluations: what a month of an agent, a team or an evaluator
/// comes to.
public struct QualitySummary: Hashable, Sendable {
    /// Evaluations counted (see ``QualityRepository/reportedStatuses``).
    public var evaluations: Int
    /// Of those, evaluations with a score (not every section N/A).
    public var scored: Int
    /// Mean score in percent over the scored evaluations; nil when none.
    public var meanScore: Double?
    /// Mean score in percent as if no criterion were critical; nil when none was scored.
    public var meanScoreIgnoringCriticals: Double?
    /// Evaluations that passed.
    public var passed: Int
    /// Critical-error counts by class, for the classes some counted evaluation's card has.
    public var criticalAccuracy: [CriticalClass: CriticalAccuracy.Tally]

    public init(evaluations: Int = 0, scored: Int = 0, meanScore: Double? = nil, meanScoreIgnoringCriticals: Double? = nil,
                passed: Int = 0, criticalAccuracy: [CriticalClass: CriticalAccuracy.Tally] = [:]) {
        self.evaluations = evaluations
        self.scored = scored
        self.meanScore = meanScore
        self.meanScoreIgnoringCriticals = meanScoreIgnoringCriticals
        self.passed = passed
        self.criticalAccuracy = criticalAccuracy
    }

    /// Share of the evaluations that passed, in percent; nil when there are none. An evaluation
    /// with nothing scored counts as not passed, as the domain never counts it a pass.
    public var passPercent: Double? { evaluations > 0 ? 100 * Double(passed) / Double(evaluations) : nil }

    /// Critical-error accuracy for `criticalClass` in percent; nil when the class never applied.
    public func criticalAccuracyPercent(_ criticalClass: CriticalClass) -> Double? { criticalAccuracy[criticalClass]?.percent }
}
