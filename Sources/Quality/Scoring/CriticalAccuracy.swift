/// Critical-error accuracy per class over many evaluations: the share with no error of the
/// class among those where the class applied (COPC's customer-, business- and
/// compliance-critical accuracy).
///
/// ```swift
/// let accuracy = CriticalAccuracy(results)
/// accuracy.percent(for: .compliance)   // 95.0: 19 of 20 applicable evaluations error-free
/// ```
///
/// An evaluation counts for a class when its card has criteria of that class and at least one
/// was answered (not N/A). Kept apart from the weighted score on purpose: a card can score 95 %
/// on average while one call in ten breaks the law.
public struct CriticalAccuracy: Hashable, Sendable {
    /// Counts for one class.
    public struct Tally: Hashable, Sendable {
        /// Evaluations where the class applied.
        public var applicable: Int = 0
        /// Of those, evaluations with no error of the class.
        public var errorFree: Int = 0

        /// Counts made elsewhere (Storage sums them in SQL).
        public init(applicable: Int = 0, errorFree: Int = 0) {
            self.applicable = applicable
            self.errorFree = errorFree
        }

        /// Errors made: `applicable - errorFree`.
        public var withErrors: Int { applicable - errorFree }
        /// `errorFree ÷ applicable` in percent; nil when the class never applied.
        public var percent: Double? { applicable > 0 ? 100 * Double(errorFree) / Double(applicable) : nil }
    }

    /// Counts by class; a class no evaluation's card has is absent.
    public private(set) var tallies: [CriticalClass: Tally] = [:]

    public init<Results: Sequence>(_ results: Results) where Results.Element == ScoreResult {
        for result in results { add(result) }
    }

    /// Counts one more evaluation.
    public mutating func add(_ result: ScoreResult) {
        for (criticalClass, outcome) in result.criticalErrors {
            var tally = tallies[criticalClass] ?? Tally()
            switch outcome {
            case .passed:
                tally.applicable += 1
                tally.errorFree += 1
            case .failed:
                tally.applicable += 1
            case .notApplicable:
                break
            }
            tallies[criticalClass] = tally
        }
    }

    /// The counts for `criticalClass` (zeros when absent).
    public func tally(for criticalClass: CriticalClass) -> Tally { tallies[criticalClass] ?? Tally() }

    /// Accuracy for `criticalClass` in percent; nil when the class never applied.
    public func percent(for criticalClass: CriticalClass) -> Double? { tally(for: criticalClass).percent }
}
