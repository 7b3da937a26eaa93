public import CivilTime

/// An agent's month: the summary, and every criterion answered in it.
public struct AgentMonthReport: Hashable, Sendable {
    public let agent: String
    public let month: CalendarMonth
    public let summary: QualitySummary
    /// By scorecard key, then card order.
    public let criteria: [CriterionSummary]
}
