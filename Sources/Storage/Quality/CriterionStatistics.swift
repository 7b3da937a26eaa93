/// How one criterion was answered over a set of evaluations, every gate ignored (the criterion's
/// own result, as ``Quality/CriterionResult`` gives it).
public struct CriterionStatistics: Hashable, Sendable {
    /// Answers given, N/A included.
    public var answers: Int
    /// Of those, N/A.
    public var notApplicable: Int
    /// Mean share of the criterion's points earned (0…1) over the answers that were not N/A;
    /// nil when all were.
    public var meanFraction: Double?
    /// Answers that failed the criterion's critical rule.
    public var criticalFailures: Int

    public init(answers: Int = 0, notApplicable: Int = 0, meanFraction: Double? = nil, criticalFailures: Int = 0) {
        self.answers = answers
        self.notApplicable = notApplicable
        self.meanFraction = meanFraction
        self.criticalFailures = criticalFailures
    }
}
