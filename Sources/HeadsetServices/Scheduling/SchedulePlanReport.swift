import CivilTime
import Foundation
public import Interchange
public import Scheduling

/// What `headset schedule plan` prints: JSON for scripts, tables for a manager, CSV rows of shifts.
public struct SchedulePlanReport {
    public struct BreakJSON: Encodable {
        public let name: String
        public let start: String
        public let end: String
        public let minutes: Int
        public let paid: Bool
    }

    public struct ShiftJSON: Encodable {
        public let day: String
        public let weekday: String
        public let template: String
        public let start: String
        public let end: String
        public let breaks: [BreakJSON]
        public let paidHours: Double
        public let cost: Double
        public let count: Int
    }

    public struct IntervalJSON: Encodable {
        public let intervalStart: String
        public let required: Double
        public let scheduled: Double
        public let shortfall: Double
        public let surplus: Double
    }

    /// The documented JSON (docs/scheduling.md); optional figures are written as null, never left out.
    public struct PlanJSON: Encodable {
        public let status: String
        public let mode: String
        public let coverInfeasible: Bool
        public let totalCost: Double
        public let totalPaidHours: Double
        public let shiftCount: Int
        public let objective: Double?
        public let lpBound: Double?
        public let gap: Double?
        public let bestBound: Double?
        public let underAgentIntervals: Double
        public let overAgentIntervals: Double
        public let underIntervals: [IntervalJSON]
        public let shifts: [ShiftJSON]
        public let coverage: [IntervalJSON]
        public let intervalMinutes: Int
        public let requirementsColumn: String
        public let variants: Int
        public let candidates: Int
        public let solveSeconds: Double
        public let timeLimitSeconds: Double

        public enum CodingKeys: String, CodingKey {
            case status, mode, coverInfeasible, totalCost, totalPaidHours, shiftCount, objective, lpBound, gap, bestBound
            case underAgentIntervals, overAgentIntervals, underIntervals, shifts, coverage, intervalMinutes, requirementsColumn
            case variants, candidates, solveSeconds, timeLimitSeconds
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(mode, forKey: .mode)
            try container.encode(coverInfeasible, forKey: .coverInfeasible)
            try container.encode(totalCost, forKey: .totalCost)
            try container.encode(totalPaidHours, forKey: .totalPaidHours)
            try container.encode(shiftCount, forKey: .shiftCount)
            try container.encode(objective, forKey: .objective)
            try container.encode(lpBound, forKey: .lpBound)
            try container.encode(gap, forKey: .gap)
            try container.encode(bestBound, forKey: .bestBound)
            try container.encode(underAgentIntervals, forKey: .underAgentIntervals)
            try container.encode(overAgentIntervals, forKey: .overAgentIntervals)
            try container.encode(underIntervals, forKey: .underIntervals)
            try container.encode(shifts, forKey: .shifts)
            try container.encode(coverage, forKey: .coverage)
            try container.encode(intervalMinutes, forKey: .intervalMinutes)
            try container.encode(requirementsColumn, forKey: .requirementsColumn)
            try container.encode(variants, forKey: .variants)
            try container.encode(candidates, forKey: .candidates)
            try container.encode(solveSeconds, forKey: .solveSeconds)
            try container.encode(timeLimitSeconds, forKey: .timeLimitSeconds)
        }
    }

    public static let csvHeader = ["day", "weekday", "template", "start", "end", "breaks", "paid_hours", "cost", "count"]

    public let json: PlanJSON
    public let csvRows: [[String]]
    public let text: String

    public init(plan: ShiftPlan, planner: ShiftPlanner, requirements: ShiftRequirementFile, shiftsFile: String, timeLimitSeconds: Double) {
        let shifts = plan.counts.map(Self.shiftJSON)
        func intervalJSON(_ coverage: IntervalCoverage) -> IntervalJSON {
            IntervalJSON(intervalStart: coverage.label, required: coverage.required, scheduled: coverage.scheduled,
                         shortfall: coverage.shortfall, surplus: coverage.surplus)
        }
        json = PlanJSON(status: plan.status.rawValue, mode: plan.mode.rawValue, coverInfeasible: plan.coverInfeasible,
                        totalCost: plan.totalCost, totalPaidHours: plan.totalPaidHours, shiftCount: plan.shiftCount,
                        objective: plan.objective, lpBound: plan.lpBound, gap: plan.gap, bestBound: plan.bestBound,
                        underAgentIntervals: plan.underAgentIntervals, overAgentIntervals: plan.overAgentIntervals,
                        underIntervals: plan.underIntervals.map(intervalJSON), shifts: shifts,
                        coverage: plan.coverage.map(intervalJSON), intervalMinutes: plan.intervalMinutes,
                        requirementsColumn: requirements.column, variants: planner.variants.count,
                        candidates: plan.candidateCount, solveSeconds: plan.solveSeconds, timeLimitSeconds: timeLimitSeconds)
        csvRows = shifts.map { shift in
            [shift.day, shift.weekday, shift.template, shift.start, shift.end, Self.breaksText(shift.breaks),
             NumberText.plain(shift.paidHours), NumberText.plain(shift.cost), String(shift.count)]
        }
        text = Self.text(plan: plan, planner: planner, requirements: requirements, shiftsFile: shiftsFile)
    }

    private static func shiftJSON(_ count: ShiftCount) -> ShiftJSON {
        let variant = count.variant
        let breaks = variant.breaks.map { placed in
            BreakJSON(name: placed.name, start: TimeOfDay.text(variant.start.minutes + placed.offsetMinutes),
                      end: TimeOfDay.text(variant.start.minutes + placed.endOffsetMinutes), minutes: placed.durationMinutes,
                      paid: placed.isPaid)
        }
        return ShiftJSON(day: count.date.description, weekday: count.date.weekday.rawValue, template: variant.template,
                         start: variant.start.description, end: variant.end.description, breaks: breaks,
                         paidHours: variant.paidHours, cost: variant.cost, count: count.count)
    }

    /// `09:00-09:15 break; 11:30-12:00 lunch (unpaid)`.
    public static func breaksText(_ breaks: [BreakJSON]) -> String {
        breaks.map { "\($0.start)-\($0.end) \($0.name)" + ($0.paid ? "" : " (unpaid)") }.joined(separator: "; ")
    }

    // MARK: Tables for people

    private static func text(plan: ShiftPlan, planner: ShiftPlanner, requirements: ShiftRequirementFile, shiftsFile: String) -> String {
        let curve = requirements.curve
        var lines = [
            "Shift plan for \(requirements.source) (\(requirements.column)): \(curve.firstDate) – \(curve.lastDate), "
                + "\(curve.intervals.count) intervals of \(curve.intervalMinutes) min",
            "Shifts from \(shiftsFile): \(planner.templates.count) templates, \(planner.variants.count) variants a day "
                + "(start × break placement)",
        ]
        var status = "\(plan.status.rawValue) · cost \(amount(plan.totalCost)) · \(oneDecimal(plan.totalPaidHours)) paid hours · "
            + "\(plan.shiftCount) shifts"
        if plan.mode == .balance, let objective = plan.objective {
            status += " · objective \(amount(objective)) (cost + weighted shortfall and surplus)"
        }
        if let lpBound = plan.lpBound, let gap = plan.gap {
            status += " · LP bound \(amount(lpBound)) (gap \(String(format: "%.2f %%", gap * 100)))"
        }
        status += " · \(String(format: "%.2f", plan.solveSeconds)) s"
        lines.append(status)
        if plan.coverInfeasible {
            lines.append("Full coverage is impossible with these templates: this plan leaves the least shortfall (see below).")
        } else if plan.mode == .balance {
            lines.append("Capped (" + caps(planner.options) + "): cost + \(amount(planner.options.underWeight)) per agent-hour short"
                + " + \(amount(planner.options.overWeight)) per agent-hour over, minimised.")
        }
        lines.append("")
        lines.append(shiftTable(plan).rendered())
        lines.append("")
        lines.append(coverageTable(plan).rendered())
        let under = plan.underIntervals
        if !under.isEmpty {
            let hours = plan.underAgentIntervals * Double(plan.intervalMinutes) / 60
            lines.append("")
            lines.append("Not covered: \(under.count) intervals, \(oneDecimal(hours)) agent-hours short"
                + (under.count > 20 ? " (the first 20; all in --format json)" : "") + ":")
            let table = TextTable(headers: ["interval start", "required", "scheduled", "short"],
                                  rows: under.prefix(20).map { [$0.label, amount($0.required), amount($0.scheduled), amount($0.shortfall)] },
                                  alignments: [.left, .right, .right, .right])
            lines.append(table.rendered())
        }
        lines.append("")
        lines.append("Break times of every shift: --format json, or --out FILE.csv.")
        return lines.joined(separator: "\n")
    }

    /// One row per day and template: shifts, paid hours and the starts used.
    private static func shiftTable(_ plan: ShiftPlan) -> TextTable {
        struct Key: Hashable { let date: LocalDate; let template: String }
        var order: [Key] = []
        var grouped: [Key: [ShiftCount]] = [:]
        for count in plan.counts {
            let key = Key(date: count.date, template: count.variant.template)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(count)
        }
        order.sort { ($0.date, $0.template) < ($1.date, $1.template) }
        var rows: [[String]] = []
        for key in order {
            let counts = grouped[key]!
            var byStart: [TimeOfDay: Int] = [:]
            for count in counts { byStart[count.variant.start, default: 0] += count.count }
            let starts = byStart.keys.sorted().map { "\($0) ×\(byStart[$0]!)" }.joined(separator: ", ")
            let shifts = counts.reduce(0) { $0 + $1.count }
            let hours = counts.reduce(0) { $0 + Double($1.count) * $1.variant.paidHours }
            rows.append([day(key.date), key.template, String(shifts), oneDecimal(hours), starts])
        }
        rows.append(["total", "", String(plan.shiftCount), oneDecimal(plan.totalPaidHours), ""])
        return TextTable(headers: ["day", "template", "shifts", "paid hours", "starts"], rows: rows,
                         alignments: [.left, .left, .right, .right, .left])
    }

    /// One row per day: agent-hours required, scheduled, short and over; intervals short; peak.
    private static func coverageTable(_ plan: ShiftPlan) -> TextTable {
        let hours = Double(plan.intervalMinutes) / 60
        var order: [LocalDate] = []
        var byDay: [LocalDate: [IntervalCoverage]] = [:]
        for interval in plan.coverage {
            if byDay[interval.date] == nil { order.append(interval.date) }
            byDay[interval.date, default: []].append(interval)
        }
        func row(_ label: String, _ intervals: [IntervalCoverage]) -> [String] {
            [label,
             oneDecimal(intervals.reduce(0) { $0 + $1.required } * hours),
             oneDecimal(intervals.reduce(0) { $0 + $1.scheduled } * hours),
             oneDecimal(intervals.reduce(0) { $0 + $1.shortfall } * hours),
             String(intervals.count { $0.shortfall > 0 }),
             oneDecimal(intervals.reduce(0) { $0 + $1.surplus } * hours),
             amount(intervals.map(\.required).max() ?? 0)]
        }
        var rows = order.map { row(day($0), byDay[$0]!) }
        rows.append(row("total", plan.coverage))
        return TextTable(headers: ["day", "required agent-h", "scheduled agent-h", "short agent-h", "intervals short",
                                   "over agent-h", "peak required"], rows: rows,
                         alignments: [.left, .right, .right, .right, .right, .right, .right])
    }

    private static func caps(_ options: ShiftPlanOptions) -> String {
        var parts: [String] = []
        if let agents = options.maximumAgentsPerDay { parts.append("at most \(agents) shifts a day") }
        if let hours = options.maximumPaidHoursPerWeek { parts.append("at most \(amount(hours)) paid hours a week") }
        return parts.joined(separator: ", ")
    }

    private static func day(_ date: LocalDate) -> String { "\(date.weekday.shortName) \(date)" }
    private static func oneDecimal(_ value: Double) -> String { NumberText.oneDecimal(value) }
    /// Whole numbers as they are, fractions to two decimals.
    private static func amount(_ value: Double) -> String {
        value == value.rounded() ? NumberText.plain(value) : String(format: "%.2f", value)
    }
}
