import Foundation

/// One interval of a deferred-work plan: staffing, work done, backlog carried forward, and what
/// became of the items that arrived in it.
public struct DeferredWorkIntervalPlan: Equatable, Sendable {
    public let start: Date
    public let seconds: Double
    public let isOpen: Bool
    /// Productive agents as workload FTE (fractional): the plan itself. Always 0 when closed.
    public let workloadAgents: Double
    /// Whole productive agents: `workloadAgents` rounded up.
    public let agents: Int
    /// Agents to schedule so that `agents` are productive after shrinkage (rounded up).
    public let scheduledAgents: Int
    /// Items finished in this interval (FIFO, fluid: fractions of items possible).
    public let itemsHandled: Double
    /// Seconds of work done in this interval.
    public let workSecondsHandled: Double
    /// Items waiting at the end of the interval, carried to the next.
    public let backlogItems: Double
    /// Seconds of work waiting at the end of the interval, carried to the next.
    public let backlogWorkSeconds: Double
    /// The fate of the items that arrived in this interval.
    public let arrivals: DeferredWorkOutcome

    public var end: Date { start.addingTimeInterval(seconds) }
    public var workHoursHandled: Double { workSecondsHandled / 3600 }
    public var backlogWorkHours: Double { backlogWorkSeconds / 3600 }
}
