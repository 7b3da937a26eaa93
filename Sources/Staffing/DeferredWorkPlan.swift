/// A deferred-work plan checked by FIFO simulation: staffing per interval and the response
/// performance it achieves, overall and per arrival day.
public struct DeferredWorkPlan: Equatable, Sendable {
    public let target: DeferredWorkTarget
    public let intervals: [DeferredWorkIntervalPlan]
    /// One entry per calendar day the plan's intervals start on (days without arrivals too), in time
    /// order; each holds the items that arrived that day.
    public let days: [DeferredWorkDay]
    /// All items of the plan.
    public let overall: DeferredWorkOutcome

    /// Whether the share of due items answered in time reaches the target (within 10⁻⁹, to absorb
    /// rounding). Also true when no item is due within the plan.
    public var meetsTarget: Bool { (overall.share ?? 1) >= target.fraction - 1e-9 }
    /// Productive agent-hours over the plan (workload FTE × interval length).
    public var workloadAgentHours: Double {
        intervals.reduce(0) { $0 + $1.workloadAgents * $1.seconds } / 3600
    }
}
