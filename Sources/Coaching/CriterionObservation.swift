import CivilTime

/// One scored answer of an agent on a criterion: the share of its points earned on a day (fail
/// gates ignored), as evaluations record it.
public struct CriterionObservation: Hashable, Sendable {
    public let agent: String
    public let criterionID: String
    public let date: LocalDate
    public let fraction: Double

    public init(agent: String, criterionID: String, date: LocalDate, fraction: Double) {
        self.agent = agent
        self.criterionID = criterionID
        self.date = date
        self.fraction = fraction
    }
}
