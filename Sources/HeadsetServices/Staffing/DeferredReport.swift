import CivilTime
public import Foundation
public import Staffing

/// What `headset deferred` prints: the plan per interval and a one-paragraph summary.
public struct DeferredReport {
    public struct IntervalJSON: Encodable {
        public let intervalStart: String
        public let open: Bool
        public let itemsArrived: Double
        public let workloadAgents: Double
        public let agents: Int
        public let scheduledAgents: Int
        public let itemsHandled: Double
        public let backlogItems: Double
        public let backlogHours: Double
    }

    public struct PlanJSON: Encodable {
        public let targetShare: Double
        public let windowSeconds: Double
        public let answeredInTimeShare: Double?
        public let meetsTarget: Bool
        public let itemsDue: Double
        public let itemsLate: Double
        public let itemsImpossible: Double
        public let agentHours: Double
        public let intervals: [IntervalJSON]
    }

    public let table: TextTable
    public let json: PlanJSON
    public let summary: String

    public init(plan: DeferredWorkPlan, timeZone: TimeZone) {
        let rows = plan.intervals.map { interval in
            IntervalJSON(intervalStart: ISO8601Text.local(interval.start, in: timeZone, zeroOffset: .z), open: interval.isOpen,
                         itemsArrived: interval.arrivals.arrived, workloadAgents: interval.workloadAgents,
                         agents: interval.agents, scheduledAgents: interval.scheduledAgents,
                         itemsHandled: interval.itemsHandled, backlogItems: interval.backlogItems,
                         backlogHours: interval.backlogWorkHours)
        }
        json = PlanJSON(targetShare: plan.target.fraction, windowSeconds: plan.target.windowSeconds,
                        answeredInTimeShare: plan.overall.share, meetsTarget: plan.meetsTarget,
                        itemsDue: plan.overall.due, itemsLate: plan.overall.late, itemsImpossible: plan.overall.impossible,
                        agentHours: plan.workloadAgentHours, intervals: rows)
        let number = { (value: Double) in String(format: "%.2f", value) }
        table = TextTable(
            headers: ["interval_start", "open", "items_arrived", "workload_agents", "agents", "scheduled_agents",
                      "items_handled", "backlog_items", "backlog_hours"],
            rows: rows.map { row in
                [row.intervalStart, row.open ? "yes" : "no", number(row.itemsArrived), number(row.workloadAgents),
                 String(row.agents), String(row.scheduledAgents), number(row.itemsHandled), number(row.backlogItems),
                 number(row.backlogHours)]
            },
            alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .right])
        let share = plan.overall.share.map { String(format: "%.1f %%", $0 * 100) } ?? "n/a"
        var text = "Answered within \(Int(plan.target.windowSeconds / 3600)) h: \(share) of \(number(plan.overall.due)) items "
            + "(target \(String(format: "%.0f", plan.target.fraction * 100)) %), \(number(plan.workloadAgentHours)) agent-hours of work."
        if plan.overall.impossible > 0 {
            text += " \(number(plan.overall.impossible)) items had no open time in their window and cannot be answered in time."
        }
        if !plan.meetsTarget { text += " The target is NOT met." }
        summary = text
    }
}
