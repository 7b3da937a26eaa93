/// How one criterion scored, ignoring every fail gate: the view for per-criterion trends.
///
/// A failed critical criterion still shows what it earned (0 for a "No"), and criteria in a
/// failed section or evaluation keep their own fractions, so trends per criterion are not
/// distorted by other criteria's critical errors.
public struct CriterionResult: Hashable, Sendable {
    public let criterionID: String
    public let sectionID: String
    public let value: AnswerValue
    /// Share of the criterion's points earned, 0…1; nil when answered N/A or, for a bonus
    /// criterion, not answered.
    public let fraction: Double?
    /// The criterion's weight in its section (bonus criteria: not used).
    public let weight: Double
    public let isBonus: Bool
    /// Bonus points earned before the cap at 100 (0 for normal criteria).
    public let bonusPoints: Double
    /// True when the answer trips the criterion's critical rule.
    public let failedCritical: Bool

    public var isNotApplicable: Bool { fraction == nil }
}
