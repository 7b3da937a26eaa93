/// The score of one set of answers on one scorecard version, with everything that explains it.
///
/// Three views are kept apart: the weighted score (`score`, after gates and bonus), critical
/// errors per class (`criticalErrors`), and per-criterion results that ignore every gate
/// (`criteria`). `scoreIgnoringCriticals` is the weighted score as if no criterion were
/// critical, for teams who report the "calculated" score beside the gated one.
public struct ScoreResult: Hashable, Sendable {
    public let scorecardKey: String
    public let scorecardVersion: Int
    /// Percent 0…100 after gates and bonus; nil when every section was N/A and no gate fired.
    public let score: Double?
    /// Percent 0…100 with every critical rule ignored (bonus included, capped); equals `score`
    /// when no critical criterion failed.
    public let scoreIgnoringCriticals: Double?
    /// Bonus points earned by the answers, before the cap.
    public let bonusEarned: Double
    /// Bonus points actually added to `score` (after the cap; 0 on a fail-evaluation error).
    public let bonusAdded: Double
    public let outcome: ScoreOutcome
    /// Fail-evaluation criteria that failed, in card order.
    public let failedEvaluationBy: [String]
    /// One per section, in card order.
    public let sections: [SectionResult]
    /// One per criterion (bonus criteria too), in card order.
    public let criteria: [CriterionResult]
    /// One per critical class present on the card.
    public let criticalErrors: [CriticalClass: CriticalOutcome]
    public let trace: [ScoreTraceEntry]

    /// True when the outcome is a pass: no fail-evaluation error, something was scored, and the
    /// score reaches the pass mark when the card has one.
    public var passed: Bool { outcome.passed }

    /// Critical outcomes in report order (customer, business, compliance).
    public var criticalErrorsInOrder: [(criticalClass: CriticalClass, outcome: CriticalOutcome)] {
        criticalErrors.keys.sorted().compactMap { key in criticalErrors[key].map { (key, $0) } }
    }

    /// The result of the section with this id.
    public func section(_ id: String) -> SectionResult? { sections.first { $0.sectionID == id } }

    /// The result of the criterion with this id.
    public func criterion(_ id: String) -> CriterionResult? { criteria.first { $0.criterionID == id } }

    /// The trace as lines, for the CLI and reports.
    public var explanation: [String] { trace.map(\.message) }
}
