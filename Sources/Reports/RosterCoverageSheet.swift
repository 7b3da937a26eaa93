import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Roster coverage" sheet: per interval of the roster's days the agents required, the agents
/// the roster has working (the shifts assigned to somebody; open shifts do not count) and the gap
/// (rostered − required, a live formula), short in red and over-staffed in amber, and a chart of
/// required (columns) and rostered (line) agents.
enum RosterCoverageSheet {
    static func add(to workbook: Workbook, assigned: [RosterAssignedShift], plan: ShiftPlan, days: [LocalDate], notes: [String],
                    name: String) throws {
        let explanation = "Required: agents that must be working in the interval. Rostered: agents the roster has working "
            + "(shifts nobody could take do not count; a break covering part of an interval counts the part worked). Gap = "
            + "rostered − required: negative (red) where the roster is short, positive (amber) where it has more than needed."
        try ShiftPlanCoverageSheet.add(
            to: workbook, intervals: rostered(assigned: assigned, plan: plan, days: days), intervalMinutes: plan.intervalMinutes,
            supply: "rostered", title: "Roster coverage: agents required and rostered", notes: notes + [explanation],
            withTotals: false, name: name)
    }

    /// The plan's intervals on `days`, with `scheduled` the agents the assigned shifts have working.
    static func rostered(assigned: [RosterAssignedShift], plan: ShiftPlan, days: [LocalDate]) -> [IntervalCoverage] {
        guard let first = days.first, let last = days.last, plan.intervalMinutes > 0 else { return [] }
        var byDay: [Int: [ShiftVariant]] = [:]
        for shift in assigned {
            if let variant = shift.variant { byDay[shift.entry.date.dayNumber, default: []].append(variant) }
        }
        let length = plan.intervalMinutes
        return plan.coverage.filter { $0.date >= first && $0.date <= last }.map { interval in
            var worked = 0
            for back in 0...2 {
                let offset = back * 1440 + interval.start.minutes
                for variant in byDay[interval.date.dayNumber - back] ?? [] {
                    worked += variant.workedMinutes(from: offset, to: offset + length)
                }
            }
            return IntervalCoverage(date: interval.date, start: interval.start, label: interval.label, required: interval.required,
                                    scheduled: Double(worked) / Double(length))
        }
    }
}
