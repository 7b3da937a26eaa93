/// One criterion's statistics in a report; criteria are matched across scorecard versions by id.
public struct CriterionSummary: Hashable, Sendable {
    public let scorecardKey: String
    public let criterionID: String
    public let statistics: CriterionStatistics
}
