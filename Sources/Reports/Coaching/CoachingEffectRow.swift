/// One criterion's scores before and after coaching: the mean fraction of its points earned
/// (0…1) on each side and how many evaluations that mean rests on.
public struct CoachingEffectRow: Sendable {
    /// The stable criterion id (`empathy`).
    public let criterion: String
    public let label: String
    /// Nil when `beforeCount` is 0.
    public let beforeMean: Double?
    public let beforeCount: Int
    /// Nil when `afterCount` is 0.
    public let afterMean: Double?
    public let afterCount: Int

    public init(criterion: String, label: String, beforeMean: Double?, beforeCount: Int, afterMean: Double?, afterCount: Int) {
        self.criterion = criterion
        self.label = label
        self.beforeMean = beforeMean
        self.beforeCount = beforeCount
        self.afterMean = afterMean
        self.afterCount = afterCount
    }

    /// After − before, as Excel computes it from the stored means; nil when either is missing.
    var change: Double? {
        guard let beforeMean, let afterMean else { return nil }
        return ExcelNumber.stored(afterMean) - ExcelNumber.stored(beforeMean)
    }
}
