/// One step of a score's explanation: a structured kind for reports and tests, and an English
/// sentence for people.
///
/// The trace lists, section by section in card order, the N/A removals, then the section's
/// verdict (N/A, failed or scored); then fail-evaluation errors, bonuses, the overall score and
/// the outcome.
public struct ScoreTraceEntry: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// N/A removed a criterion and its weight from its section.
        case notApplicableRemoved(criterionID: String, sectionID: String, weight: Double)
        /// Every criterion of the section was N/A: its weight leaves the overall.
        case sectionNotApplicable(sectionID: String, weight: Double)
        /// A critical criterion failed the section (effect says whether it also fails the evaluation).
        case sectionFailed(sectionID: String, criterionID: String, criticalClass: CriticalClass, effect: CriticalEffect)
        /// The section's score after gates (not emitted for N/A sections).
        case sectionScored(sectionID: String, score: Double, weight: Double)
        /// A fail-evaluation criterion failed: the overall score is 0.
        case evaluationFailed(criterionID: String, criticalClass: CriticalClass)
        /// A bonus criterion added `added` points of the `earned` (less when capped at 100).
        case bonusAdded(criterionID: String, added: Double, earned: Double)
        /// A bonus criterion earned points that were not added.
        case bonusWithheld(criterionID: String, earned: Double, reason: BonusWithholding)
        /// The overall score (nil when nothing was scored) over this many applicable sections.
        case overall(score: Double?, sectionsCounted: Int, sections: Int)
        /// The verdict.
        case outcome(ScoreOutcome)
    }

    /// Why a bonus was not added.
    public enum BonusWithholding: Hashable, Sendable {
        /// A fail-evaluation error sets the score to 0, bonus or not.
        case evaluationFailed
        /// There is no score to add to (every section N/A).
        case nothingScored
    }

    public let kind: Kind
    /// E.g. `Section 'Compliance' failed by critical criterion verify-identity (compliance-critical)`.
    public let message: String

    public var description: String { message }
}
