/// How one section scored, after section gates (fail-section, and fail-evaluation on a
/// criterion of this section), with what was removed or failed.
public struct SectionResult: Hashable, Sendable {
    public let sectionID: String
    /// The section's weight in the overall score.
    public let weight: Double
    /// Percent 0…100 after gates: 0 when failed by a critical criterion; nil when every
    /// criterion was N/A (the section's weight then leaves the overall).
    public let score: Double?
    /// Percent 0…100 as if no criterion were critical; nil when every criterion was N/A.
    public let scoreIgnoringCriticals: Double?
    /// Sum of the weights of the answered, non-bonus criteria: the denominator of the score.
    public let weightUsed: Double
    /// Non-bonus criteria answered N/A, removed from the section's score, in card order.
    public let notApplicableCriteria: [String]
    /// Critical criteria whose failure zeroed this section, in card order.
    public let failedBy: [String]

    public var isNotApplicable: Bool { score == nil }
    public var isFailed: Bool { !failedBy.isEmpty }
}
