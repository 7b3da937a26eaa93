import CivilTime
import Foundation
import Scheduling
import Workbook

/// The "Roster coverage" sheet: per interval of the roster's days the agents required, the agents
/// the roster has working (the shifts assigned to somebody; open shifts do not count), the gap
/// (rostered − required, a live formula), short in red and over-staffed in amber, the calls and
/// expected service level when the requirements carried calls, and a chart of required (columns)
/// and rostered (line) agents.
enum RosterCoverageSheet {
    static func add(to workbook: Workbook, roster: RosterDocument, coverage: [IntervalCoverage], notes: [String],
                    name: String) throws -> ShiftPlanCoverageSheet.Layout {
        let explanation = "Required: agents that must be working in the interval. Rostered: agents the roster has working "
            + "(shifts nobody could take do not count; a break covering part of an interval counts the part worked). Gap = "
            + "rostered − required: negative (red) where the roster is short, positive (amber) where it has more than needed."
        return try ShiftPlanCoverageSheet.add(
            to: workbook, intervals: coverage, intervalMinutes: roster.intervalMinutes, supply: "rostered",
            title: "Roster coverage: agents required and rostered", notes: notes + [explanation], withTotals: false, name: name,
            service: roster.service)
    }
}
