public import CivilTime

/// One month of a trend.
public struct QualityMonthSummary: Hashable, Sendable {
    public let month: CalendarMonth
    public let summary: QualitySummary
}
