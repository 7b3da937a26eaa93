/// A group of criteria scored together, with its weight in the overall score.
///
/// The section's score is the weighted share of points earned by its answered, non-bonus
/// criteria; see ``ScoringEngine``.
public struct ScorecardSection: Hashable, Sendable {
    /// Unique within the scorecard; stable across versions like criterion ids.
    public var id: String
    public var title: TranslatedText
    /// Relative weight among the sections; more than 0.
    public var weight: Double
    public var criteria: [Criterion]

    public init(id: String, title: TranslatedText, weight: Double = 1, criteria: [Criterion]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.criteria = criteria
    }
}
