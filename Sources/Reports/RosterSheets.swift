import CivilTime
import Foundation
import Scheduling
import Workbook

/// The roster workbook design: a "Roster" sheet (people × days, each cell the shift code coloured
/// by template, rostered hours per person as live formulas next to the contract minimum and
/// maximum), a "Roster coverage" sheet (agents required and rostered per interval, the gap as a
/// live formula, short in red and over in amber, a chart of both) and a "Rule check" sheet (every
/// working-time violation). Used by `headset schedule roster --xlsx`.
///
/// ```swift
/// try Workbook.write(to: url) { workbook in
///     try RosterSheets.add(to: workbook, assignment: result, shifts: horizon, plan: plan, from: first, days: 28)
/// }
/// ```
public enum RosterSheets {
    public static let rosterSheetName = "Roster"
    public static let coverageSheetName = "Roster coverage"
    public static let ruleCheckSheetName = "Rule check"

    /// Table-of-contents lines, in the order ``add(to:assignment:shifts:plan:from:days:notes:)`` adds the sheets.
    public static let summaries = [
        SheetSummary(sheetName: rosterSheetName,
                     description: "People × days: each day's shift code coloured by template; rostered hours against the contract."),
        SheetSummary(sheetName: coverageSheetName,
                     description: "Agents required vs rostered per interval, the gap (short in red, over in amber) and a chart of both."),
        SheetSummary(sheetName: ruleCheckSheetName, description: "Every working-time rule the roster breaks, with the law it cites."),
    ]

    /// Adds "Roster", "Roster coverage" and "Rule check". `shifts` are the shifts the roster was
    /// assigned from (they give each entry its template); `plan` gives the intervals and their
    /// requirement; the roster covers `days` days from `from`. `notes` head every sheet.
    public static func add(to workbook: Workbook, assignment: RosterAssignment, shifts: [RosterShift], plan: ShiftPlan,
                           from: LocalDate, days: Int, notes: [String] = []) throws {
        let days = (0..<max(0, days)).map { from.adding(days: $0) }
        let assigned = RosterAssignedShift.match(assignment.roster.entries, to: shifts)
        try RosterGridSheet.add(to: workbook, assignment: assignment, assigned: assigned, days: days, notes: notes,
                                name: rosterSheetName)
        try RosterCoverageSheet.add(to: workbook, assigned: assigned, plan: plan, days: days, notes: notes,
                                    name: coverageSheetName)
        try RosterRuleCheckSheet.add(to: workbook, violations: assignment.violations, notes: notes, name: ruleCheckSheetName)
    }

    /// `Mon 7 Dec`.
    static func dayLabel(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.weekday.shortName) \(date.day) \(months[date.month - 1])"
    }
}
