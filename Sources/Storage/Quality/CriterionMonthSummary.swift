public import CivilTime

/// One month of a criterion's trend.
public struct CriterionMonthSummary: Hashable, Sendable {
    public let month: CalendarMonth
    public let statistics: CriterionStatistics
}
